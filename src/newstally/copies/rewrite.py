"""Whether one article rewrites another: sentences that align in order, figures in order.

A sentence of one article aligns with the sentence of the other that shares the largest share
of the smaller one's content words (at least SENTENCE_OVERLAP); the aligned pairs that keep
their order are the longest increasing run of partner positions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

Dense = NDArray[np.float32]

# Share of the smaller sentence's words both must hold to align.
SENTENCE_OVERLAP = 0.5
# Only this many distinct figures of each article are compared.
MOST_FIGURES = 40


def align(first: Sequence[frozenset[str]], second: Sequence[frozenset[str]]) -> int:
    """How many sentences of `first` align, in order, with sentences of `second`."""
    if not first or not second:
        return 0
    shared = frozenset().union(*first) & frozenset().union(*second)
    if not shared:
        return 0
    vocabulary = {word: n for n, word in enumerate(shared)}
    one, two = (_incidence(bags, vocabulary) for bags in (first, second))
    overlap = one @ two.T
    smaller = np.minimum.outer([len(bag) for bag in first], [len(bag) for bag in second])
    share = overlap / smaller
    partners = share.argmax(axis=1)[share.max(axis=1) >= SENTENCE_OVERLAP]
    return _longest_increasing(partners.tolist())


def figures_in_order(first: Sequence[int], second: Sequence[int]) -> tuple[int, ...]:
    """The longest run of distinct numbers (10 or more) that both give in the same order."""
    a, b = _distinct(first), _distinct(second)
    length = np.zeros((len(a) + 1, len(b) + 1), dtype=np.int32)
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            same = a[i] == b[j]
            length[i, j] = (
                length[i + 1, j + 1] + 1 if same else max(length[i + 1, j], length[i, j + 1])
            )
    return _walk(a, b, length)


def _incidence(bags: Sequence[frozenset[str]], vocabulary: dict[str, int]) -> Dense:
    """Rows of 0/1, one per sentence, over the words of `vocabulary`."""
    places = [
        (row, vocabulary[word]) for row, bag in enumerate(bags) for word in bag & vocabulary.keys()
    ]
    found = np.zeros((len(bags), len(vocabulary)), dtype=np.float32)
    found[[row for row, _ in places], [col for _, col in places]] = 1.0
    return found


def _walk(a: list[int], b: list[int], length: NDArray[np.int32]) -> tuple[int, ...]:
    found: list[int] = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            found.append(a[i])
            i, j = i + 1, j + 1
        elif length[i + 1, j] >= length[i, j + 1]:
            i += 1
        else:
            j += 1
    return tuple(found)


def _longest_increasing(values: list[int]) -> int:
    tails: list[int] = []
    for value in values:
        place = bisect_left(tails, value)
        tails[place : place + 1] = [value]
    return len(tails)


def _distinct(values: Sequence[int]) -> list[int]:
    """First occurrences only, counts under 10 left out, at most MOST_FIGURES."""
    seen: dict[int, None] = {}
    for value in values:
        if value >= 10:
            seen.setdefault(value)
    return list(seen)[:MOST_FIGURES]
