"""Whether one article rewrites another: sentences that align in order, figures in order.

A sentence of one article aligns with a sentence of the other when they share enough content
words (overlap over the smaller); the aligned pairs that keep their order are the longest
increasing run of partner positions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

# Share of the smaller sentence's words both must hold to align.
SENTENCE_OVERLAP = 0.4


@dataclass(frozen=True, slots=True)
class Alignment:
    """How far one article follows another."""

    sentences: int  # sentences of the first that align, in order, with the second
    of_sentences: int  # sentences of the first
    figures: tuple[int, ...]  # figures both give, in the same order


def align(first: Sequence[frozenset[str]], second: Sequence[frozenset[str]]) -> int:
    """How many sentences of `first` align, in order, with sentences of `second`."""
    partners = []
    for bag in first:
        best = _best_partner(bag, second)
        if best is not None:
            partners.append(best)
    return _longest_increasing(partners)


def figures_in_order(first: Sequence[int], second: Sequence[int]) -> tuple[int, ...]:
    """The longest run of distinct numbers that both give in the same order."""
    a, b = _distinct(first), _distinct(second)
    table: list[list[tuple[int, ...]]] = [[()] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = (a[i], *table[i + 1][j + 1])
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1], key=len)
    return table[0][0]


def _best_partner(bag: frozenset[str], others: Sequence[frozenset[str]]) -> int | None:
    best, best_share = None, SENTENCE_OVERLAP
    for position, other in enumerate(others):
        share = len(bag & other) / min(len(bag), len(other))
        if share >= best_share:
            best, best_share = position, share
    return best


def _longest_increasing(values: list[int]) -> int:
    tails: list[int] = []
    for value in values:
        place = bisect_left(tails, value)
        tails[place : place + 1] = [value]
    return len(tails)


def _distinct(values: Sequence[int]) -> list[int]:
    """First occurrences only, small counts (under 10) left out, at most 40."""
    seen: dict[int, None] = {}
    for value in values:
        if value >= 10:
            seen.setdefault(value)
    return list(seen)[:40]
