"""How alike two articles are as reports of one event: words, names, numbers and dates.

The score is the TF-IDF cosine of their content (title words counted twice; names, places and
numbers are terms too), plus a bonus per figure both give, less a penalty that grows with the
days between their dates: the nearer of their published days and their event days (the day
each names for its event, `events.dating`), so a follow-up that names the day stays close.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from newstally.copies.content import NO_DATE, bags, contents, days, figure_bags, name_bags
from newstally.copies.vectors import Ints, Matrix, candidate_pairs, cosines, incidence, tfidf
from newstally.records import Article

# The share of the score that comes from the names both use (the rest from all words).
NAME_WEIGHT = 0.4
# Score lost per day between two articles' dates, and the most days that count.
PENALTY_PER_DAY = 0.01
PENALTY_DAYS = 30
# Event grouping takes a line repeated in several articles as site template whatever its length
# (up to this); copies that share long paragraphs are joined by their derivation anyway.
TEMPLATE_ANY_LENGTH = 100_000
# Score gained per number (10 or more, not a year) both articles give, up to MOST_FIGURES.
PER_FIGURE = 0.04
MOST_FIGURES = 3

Scores = NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Features:
    """What articles are compared by: TF-IDF rows, figure rows, day numbers."""

    words: Matrix
    names: Matrix
    figures: Matrix
    days: Ints
    event_days: Ints


@dataclass(frozen=True, slots=True)
class Scored:
    """Candidate pairs (i < j) and their scores."""

    left: Ints
    right: Ints
    scores: Scores


def features(articles: tuple[Article, ...], event_days: Ints | None = None) -> Features:
    """The articles' features; `event_days` (the day each one's event happened, see
    `events.dating`) stand in for the published days when given."""
    texts = contents(articles, longest=TEMPLATE_ANY_LENGTH)
    return Features(
        words=tfidf(bags(articles, texts)),
        names=tfidf(name_bags(texts)),
        figures=incidence(figure_bags(texts)),
        days=days(articles),
        event_days=days(articles) if event_days is None else event_days,
    )


def scored_pairs(found: Features) -> Scored:
    """Candidate pairs by blocking, each scored."""
    left, right = candidate_pairs(found.words, found.days)
    return Scored(left, right, score(found, left, right))


def score(found: Features, left: Ints, right: Ints) -> Scores:
    """Cosine plus the shared-figure bonus less the date penalty, for each pair."""
    shared = np.minimum(cosines(found.figures, left, right), MOST_FIGURES) * PER_FIGURE
    penalty = np.minimum(
        date_penalty(found.days[left], found.days[right]),
        date_penalty(found.event_days[left], found.event_days[right]),
    )
    text = (1 - NAME_WEIGHT) * cosines(found.words, left, right)
    names = NAME_WEIGHT * cosines(found.names, left, right)
    return (text + names + shared - penalty).astype(np.float32)


def date_penalty(first: Ints, second: Ints) -> Scores:
    """PENALTY_PER_DAY for each day apart (up to PENALTY_DAYS); 0 when a date is unknown."""
    apart = np.minimum(np.abs(first - second), PENALTY_DAYS)
    known = (first != NO_DATE) & (second != NO_DATE)
    return np.where(known, apart * PENALTY_PER_DAY, 0.0).astype(np.float32)
