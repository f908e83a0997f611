"""The day each article's event happened, as far as the article tells.

A follow-up published weeks later still names the day of the shooting ("on March 9"), so the
earliest whole date an article mentions, from REACH_DAYS before its published date up to that
date, is taken as its event's day; without one, the published day. An article without a
published date gets none (NO_DATE): its mentions have nothing to be checked against.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from newstally.copies.content import NO_DATE
from newstally.copies.vectors import Ints
from newstally.records import ArticleReport

REACH_DAYS = 400


def event_days(items: tuple[ArticleReport, ...]) -> Ints:
    """Each article's event day as a day number, NO_DATE when unknown."""
    return np.array([_event_day(item) for item in items], dtype=np.int64)


def _event_day(item: ArticleReport) -> int:
    published = _ordinal(item.article.published)
    if published == NO_DATE:
        return NO_DATE
    mentioned = (_ordinal(expression.value) for expression in item.dates)
    return min(
        (d for d in mentioned if published - REACH_DAYS <= d <= published), default=published
    )


def _ordinal(value: str | None) -> int:
    if value is None or len(value) != len("YYYY-MM-DD"):
        return NO_DATE
    try:
        return date.fromisoformat(value).toordinal()
    except ValueError:
        return NO_DATE
