"""Counts of people in one article: numbers, measures, groups, attribution, time, the toll.

Stub: the figures issue fills this in.
"""

from __future__ import annotations

from newstally.records import Article, Figure, Toll


def extract_figures(article: Article) -> tuple[Figure, ...]:
    """Every count of people stated in `article`, outside its boilerplate."""
    return ()


def article_toll(article: Article, figures: tuple[Figure, ...]) -> Toll:
    """The article's reading of its main event, from its figures."""
    return Toll()
