"""Time expressions resolved against the article's published date.

Stub: the fact-sheet issue fills this in.
"""

from __future__ import annotations

from newstally.records import Article, TimeExpression


def resolve(expression: str, published: str | None) -> str | None:
    """`expression` ("on Saturday", "since Thursday", "in December") as an ISO date, or None."""
    return None


def find_dates(article: Article) -> tuple[TimeExpression, ...]:
    """Every time expression in `article`, resolved against its published date."""
    return ()
