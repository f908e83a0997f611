"""Time expressions found in an article and resolved against its published date."""

from __future__ import annotations

from newstally.dates.resolve import normalise, resolve
from newstally.records import Article, TimeExpression

__all__ = ["find_dates", "normalise", "resolve"]


def find_dates(article: Article) -> tuple[TimeExpression, ...]:
    """Every time expression in `article`, resolved against its published date."""
    return ()
