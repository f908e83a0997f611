"""How alike two articles are as reports of one event: words, names, numbers and dates.

The score is the TF-IDF cosine of their content (title words counted twice; names, places and
numbers are terms too), less a penalty that grows with the days between their dates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from newstally.copies.content import NO_DATE
from newstally.copies.vectors import Ints, Matrix, candidate_pairs, cosines

# Score lost per day between two articles' dates, and the most days that count.
PENALTY_PER_DAY = 0.005
PENALTY_DAYS = 60
# Score gained per number (10 or more, not a year) both articles give, up to MOST_FIGURES.
PER_FIGURE = 0.04
MOST_FIGURES = 3


@dataclass(frozen=True, slots=True)
class Scored:
    """Candidate pairs (i < j) and their scores."""

    left: Ints
    right: Ints
    scores: NDArray[np.float32]


def scored_pairs(matrix: Matrix, figures: Matrix, day: Ints) -> Scored:
    """Candidate pairs by blocking, scored: cosine plus shared figures less the date penalty."""
    left, right = candidate_pairs(matrix, day)
    shared = np.minimum(cosines(figures, left, right), MOST_FIGURES) * PER_FIGURE
    scores = cosines(matrix, left, right) + shared - date_penalty(day[left], day[right])
    return Scored(left, right, scores.astype(np.float32))


def date_penalty(first: Ints, second: Ints) -> NDArray[np.float32]:
    """PENALTY_PER_DAY for each day apart (up to PENALTY_DAYS); 0 when a date is unknown."""
    apart = np.minimum(np.abs(first - second), PENALTY_DAYS)
    known = (first != NO_DATE) & (second != NO_DATE)
    return np.where(known, apart * PENALTY_PER_DAY, 0.0).astype(np.float32)
