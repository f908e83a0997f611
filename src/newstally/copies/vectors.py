"""Articles as TF-IDF vectors, and candidate pairs by blocking, never all pairs.

Blocking is a sorted neighbourhood: each article is listed under its most distinctive terms,
each list is sorted by date, and only articles close together in some list are paired. The
work grows with the number of articles times the (fixed) terms and window sizes.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

# Terms kept per article, terms it is listed under, neighbours paired in each list.
KEPT_TERMS = 80
BLOCKING_TERMS = 10
WINDOW = 12
# Cosines are computed this many pairs at a time.
CHUNK = 100_000

type Matrix = sparse.csr_matrix
Ints = NDArray[np.int64]


def tfidf(bags: Iterable[Counter[str]]) -> Matrix:
    """Rows of l2-normalised, sublinear TF-IDF weights, each cut to its KEPT_TERMS best.

    `bags` is read once, so a generator keeps only one article's words in memory at a time."""
    rows, cols, counts, index, size = _term_arrays(bags)
    frequency = np.bincount(cols, minlength=len(index))
    weights = (1 + np.log(counts)) * (1 + np.log((size + 1) / (frequency[cols] + 1)))
    order = np.lexsort((-weights, rows))
    rows, cols, weights = rows[order], cols[order], weights[order]
    starts = np.searchsorted(rows, rows, side="left")
    keep = np.arange(len(rows)) - starts < KEPT_TERMS
    rows, cols, weights = rows[keep], cols[keep], weights[keep]
    norms = np.sqrt(np.bincount(rows, weights=weights * weights, minlength=size))
    values = weights / np.where(norms > 0, norms, 1.0)[rows]
    return sparse.csr_matrix(
        (values, (rows, cols)), shape=(size, max(len(index), 1)), dtype=np.float32
    )


def incidence(bags: Iterable[Counter[str]]) -> Matrix:
    """Rows of 0/1: which terms each bag holds (a dot product counts shared terms)."""
    rows, cols, _, index, size = _term_arrays(bags)
    values = np.ones(len(rows), dtype=np.float32)
    return sparse.csr_matrix((values, (rows, cols)), shape=(size, max(len(index), 1)))


TermArrays = tuple[Ints, Ints, NDArray[np.float64], dict[str, int], int]


def _term_arrays(bags: Iterable[Counter[str]]) -> TermArrays:
    """(row, term, count) of every term of every bag, the term index and the number of bags."""
    index: dict[str, int] = {}
    rows, cols, counts = array("q"), array("q"), array("d")
    size = 0
    for row, bag in enumerate(bags):
        size = row + 1
        rows.extend([row] * len(bag))
        cols.extend(index.setdefault(term, len(index)) for term in bag)
        counts.extend(bag.values())
    found = np.frombuffer(counts, dtype=np.float64) if counts else np.empty(0)
    return _ints(rows), _ints(cols), found, index, size


def _ints(values: array[int]) -> Ints:
    return np.frombuffer(values, dtype=np.int64) if values else np.empty(0, np.int64)


def candidate_pairs(matrix: Matrix, days: Ints) -> tuple[Ints, Ints]:
    """Pairs (i < j) of articles near each other in the date-sorted list of a shared term."""
    terms, docs = _blocking_keys(matrix)
    order = np.lexsort((docs, days[docs], terms))
    terms, docs = terms[order], docs[order]
    firsts, seconds = [], []
    for step in range(1, WINDOW + 1):
        same = terms[step:] == terms[:-step]
        firsts.append(docs[:-step][same])
        seconds.append(docs[step:][same])
    left, right = (
        np.concatenate([np.empty(0, np.int64), *firsts]),
        np.concatenate([np.empty(0, np.int64), *seconds]),
    )
    low, high = np.minimum(left, right), np.maximum(left, right)
    keys = np.unique(low * len(days) + high)
    return keys // len(days), keys % len(days)


def cosines(matrix: Matrix, left: Ints, right: Ints) -> NDArray[np.float32]:
    """The cosine of each pair of rows."""
    parts = [np.empty(0, np.float32)]
    for start in range(0, len(left), CHUNK):
        stop = start + CHUNK
        product = matrix[left[start:stop]].multiply(matrix[right[start:stop]])
        parts.append(np.asarray(product.sum(axis=1), dtype=np.float32).ravel())
    return np.concatenate(parts)


def _blocking_keys(matrix: Matrix) -> tuple[Ints, Ints]:
    """(term, article) for each article's BLOCKING_TERMS heaviest terms found in others too."""
    shared = np.bincount(matrix.indices, minlength=matrix.shape[1]) >= 2
    terms, docs = [], []
    for row in range(matrix.shape[0]):
        start, stop = matrix.indptr[row], matrix.indptr[row + 1]
        columns = matrix.indices[start:stop]
        weights = np.where(shared[columns], matrix.data[start:stop], 0.0)
        best = np.argsort(-weights)[: min(BLOCKING_TERMS, int(shared[columns].sum()))]
        terms.append(columns[best])
        docs.append(np.full(len(best), row))
    empty = np.empty(0, np.int64)
    return np.concatenate([empty, *terms]).astype(np.int64), np.concatenate([empty, *docs])
