"""Time expressions found in an article and resolved against its published date, or against an
earlier expression when they lean on one ("the next day", "a year earlier")."""

from __future__ import annotations

from newstally.dates.context import Anaphor, anaphor, clause_direction, fits, moment, moved
from newstally.dates.find import time_spans
from newstally.dates.resolve import coarsen, normalise, resolve
from newstally.records import Article, TimeExpression

__all__ = ["find_dates", "find_timeml", "normalise", "resolve"]


def _anchored(move: Anaphor, earlier: list[str | None]) -> str | None:
    """`move` taken from the latest earlier value fine enough to move from, if there is one."""
    for value in reversed(earlier):
        anchor = moment(value)
        if anchor is not None and fits(anchor, move):
            return moved(anchor, move)
    return None


def _published(article: Article, move: Anaphor) -> list[str | None]:
    """The published day as the last resort anchor of "the next day" (not of "a year earlier",
    which alone is read as dateparser reads it)."""
    return [] if move.keep_anchor_grain else [(article.published or "")[:10]]


def _paragraph(text: str, start: int, spans: tuple[tuple[int, int], ...], upto: int) -> int:
    """The index of the first of spans[:upto] in the paragraph (line) holding `start`."""
    opening = text.rfind("\n", 0, start) + 1
    return next((i for i in range(upto) if spans[i][0] >= opening), upto)


def find_timeml(article: Article) -> tuple[tuple[int, int, str | None], ...]:
    """(start, end, TimeML value) of every time expression in `article` outside boilerplate;
    the same wording leaning on nothing is resolved once per article."""
    by_wording: dict[str, str | None] = {}
    values: list[str | None] = []
    spans = time_spans(article.text, article.boilerplate)
    for index, (start, end) in enumerate(spans):
        phrase = article.text[start:end]
        move = anaphor(phrase)
        in_paragraph = move is not None and move.in_paragraph
        first = _paragraph(article.text, start, spans, index) if in_paragraph else 0
        value = _anchored(move, _published(article, move) + values[first:]) if move else None
        if value is None:
            direction = clause_direction(article.text, start)
            key = f"{direction} {' '.join(phrase.lower().split())}"
            if key not in by_wording:
                by_wording[key] = normalise(phrase, article.published, direction)
            value = by_wording[key]
        values.append(value)
    return tuple((start, end, value) for (start, end), value in zip(spans, values, strict=True))


def find_dates(article: Article) -> tuple[TimeExpression, ...]:
    """Every time expression in `article` outside boilerplate, in the report's date forms."""
    return tuple(
        TimeExpression(article.text[start:end], coarsen(value, article.published), start, end)
        for start, end, value in find_timeml(article)
    )
