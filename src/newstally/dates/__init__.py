"""Time expressions found in an article and resolved against its published date."""

from __future__ import annotations

from newstally.dates.find import time_spans
from newstally.dates.resolve import normalise, resolve
from newstally.records import Article, TimeExpression

__all__ = ["find_dates", "normalise", "resolve"]


def find_dates(article: Article) -> tuple[TimeExpression, ...]:
    """Every time expression in `article` outside boilerplate, resolved against its published
    date (the same wording is resolved once per article)."""
    values: dict[str, str | None] = {}
    found = []
    for start, end in time_spans(article.text, article.boilerplate):
        phrase = article.text[start:end]
        key = " ".join(phrase.lower().split())
        if key not in values:
            values[key] = resolve(phrase, article.published)
        found.append(TimeExpression(phrase, values[key], start, end))
    return tuple(found)
