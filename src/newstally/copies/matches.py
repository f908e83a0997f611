"""Pairs of articles that share their text (near-copies) or their facts in order (rewrites)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from newstally.copies.content import bags, contents, days, numbers, sentence_words, words
from newstally.copies.near import near_copies, signatures
from newstally.copies.rewrite import align, figures_in_order
from newstally.copies.vectors import Ints, Matrix, candidate_pairs, cosines, tfidf
from newstally.records import Article

# Rewrite candidates: TF-IDF cosine at least this, at most this many per article.
REWRITE_COSINE = 0.1
MOST_REWRITE_CANDIDATES = 3
# A rewrite: this many sentences align in order, and this share of the shorter article's;
# or FIGURES_IN_ORDER figures in the same order with a lower share; or, when one names the
# other as its original, the figures or the lowest share.
ALIGNED_SENTENCES = 3
ALIGNED_SHARE = 0.6
FIGURES_IN_ORDER = 3
ALIGNED_SHARE_WITH_FIGURES = 0.5
ALIGNED_SHARE_CREDITED = 0.25


Credited = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class Match:
    """Articles `first` and `second` (positions) share text or facts; `evidence` says how."""

    first: int
    second: int
    kind: str
    strength: float
    evidence: str


@dataclass(frozen=True, slots=True)
class Matches:
    pairs: tuple[Match, ...]
    words: tuple[int, ...]  # content words of each article


def find_matches(articles: tuple[Article, ...], credited: Credited) -> Matches:
    """Near-copies by MinHash LSH, then rewrites among TF-IDF blocking candidates.

    `credited(i, j)` is true when one of the two names the other as its original: then a
    looser alignment is enough."""
    texts = contents(articles)
    signed = signatures(words(text) for text in texts)
    found = {(m.first, m.second): m for m in _near_copies(signed)}
    matrix = tfidf(bags(articles, texts))
    sentences: dict[int, list[frozenset[str]]] = {}
    figures: dict[int, list[int]] = {}
    for first, second in _rewrite_candidates(matrix, days(articles)):
        if (first, second) in found:
            continue
        for n in (first, second):
            if n not in sentences:
                sentences[n] = sentence_words(texts[n])
                figures[n] = numbers(texts[n])
        one, two = sentences[first], sentences[second]
        rewrite = _rewrite(one, two, figures[first], figures[second], credited(first, second))
        if rewrite:
            found[first, second] = Match(first, second, "rewrite", *rewrite)
    return Matches(tuple(found.values()), tuple(len(text.split()) for text in texts))


def _near_copies(signed: list[MinHash | None]) -> list[Match]:
    return [
        Match(i, j, "copy", 1 + jaccard, f"about {jaccard:.0%} of their word shingles are shared")
        for i, j, jaccard in near_copies(signed)
    ]


def _rewrite_candidates(matrix: Matrix, day: Ints) -> list[tuple[int, int]]:
    """Blocking pairs with cosine >= REWRITE_COSINE, each article's best few only."""
    left, right = candidate_pairs(matrix, day)
    scores = cosines(matrix, left, right)
    keep = scores >= REWRITE_COSINE
    left, right, scores = left[keep], right[keep], scores[keep]
    taken: dict[int, int] = defaultdict(int)
    chosen = []
    for n in np.argsort(-scores):
        i, j = int(left[n]), int(right[n])
        if taken[i] < MOST_REWRITE_CANDIDATES and taken[j] < MOST_REWRITE_CANDIDATES:
            taken[i] += 1
            taken[j] += 1
            chosen.append((i, j))
    return chosen


def _rewrite(
    one: list[frozenset[str]],
    two: list[frozenset[str]],
    first: list[int],
    second: list[int],
    credited: bool,
) -> tuple[float, str] | None:
    """(strength, evidence) when one text rewrites the other."""
    shorter = min(len(one), len(two))
    aligned = align(one, two) if len(one) <= len(two) else align(two, one)
    shared = figures_in_order(first, second)
    share = aligned / shorter if shorter else 0.0
    figures = len(shared) >= FIGURES_IN_ORDER
    strong = (
        share >= ALIGNED_SHARE
        or (figures and share >= ALIGNED_SHARE_WITH_FIGURES)
        or (credited and (figures or share >= ALIGNED_SHARE_CREDITED))
    )
    if aligned < ALIGNED_SENTENCES or not strong:
        return None
    evidence = (
        f"{aligned} of the shorter text's {shorter} sentences align with the other's, in order"
    )
    if shared:
        evidence += (
            ", with the figures " + ", ".join(f"{v:,}" for v in shared) + " in the same order"
        )
    return share + 0.05 * len(shared), evidence
