"""Time expressions found in an article and resolved against its published date, or against an
earlier expression when they lean on one ("the next day", "a year earlier")."""

from __future__ import annotations

from dataclasses import replace

from newstally.dates.context import Anaphor, anaphor, clause_direction, fits, moment, moved
from newstally.dates.find import time_spans
from newstally.dates.resolve import coarsen, normalise, resolve
from newstally.records import Article, TimeExpression

__all__ = ["find_dates", "find_timeml", "normalise", "resolve"]


# An earlier expression's value and the move from its own anchor that gave it, if one did.
Earlier = tuple[str | None, Anaphor | None]


def _anchored(move: Anaphor, earlier: list[Earlier]) -> str | None:
    """`move` taken from the latest earlier value fine enough to move from, if there is one."""
    for value, made_by in reversed(earlier):
        anchor = moment(value)
        if anchor is None or not fits(anchor, move):
            continue
        if not (_looks_back(move) and made_by is not None and _looks_back(made_by)):
            return moved(anchor, move)
        if (made_by.shift, made_by.unit) == (move.shift, move.unit):
            return moved(anchor, replace(move, shift=0))
    return None


def _looks_back(move: Anaphor) -> bool:
    """A comparison with an earlier time ("a year earlier", "the year-ago quarter"). It looks
    back from the time the story is about: after the same comparison it is the same time, and
    it never looks back from another one."""
    return move.shift < 0 and move.grain != "unit"


def _published(article: Article, move: Anaphor) -> list[Earlier]:
    """The published day as the last resort anchor of "the next day" (not of "a year earlier",
    which alone is read as dateparser reads it)."""
    return [] if move.keep_anchor_grain else [((article.published or "")[:10], None)]


def _paragraph(text: str, start: int, spans: tuple[tuple[int, int], ...], upto: int) -> int:
    """The index of the first of spans[:upto] in the paragraph (line) holding `start`."""
    opening = text.rfind("\n", 0, start) + 1
    return next((i for i in range(upto) if spans[i][0] >= opening), upto)


def _leaning(
    article: Article, index: int, spans: tuple[tuple[int, int], ...], earlier: list[Earlier]
) -> Earlier:
    """The value of the expression at spans[index] when it leans on an earlier one, and how."""
    start, end = spans[index]
    move = anaphor(article.text[start:end])
    if move is None:
        return None, None
    first = _paragraph(article.text, start, spans, index) if move.in_paragraph else 0
    return _anchored(move, _published(article, move) + earlier[first:]), move


def find_timeml(article: Article) -> tuple[tuple[int, int, str | None], ...]:
    """(start, end, TimeML value) of every time expression in `article` outside boilerplate;
    the same wording leaning on nothing is resolved once per article."""
    by_wording: dict[str, str | None] = {}
    earlier: list[Earlier] = []
    spans = time_spans(article.text, article.boilerplate)
    for index, (start, end) in enumerate(spans):
        value, move = _leaning(article, index, spans, earlier)
        if value is None:
            direction = clause_direction(article.text, start)
            phrase = article.text[start:end]
            key = f"{direction} {' '.join(phrase.lower().split())}"
            if key not in by_wording:
                by_wording[key] = normalise(phrase, article.published, direction)
            value, move = by_wording[key], None
        earlier.append((value, move))
    return tuple(
        (start, end, value) for (start, end), (value, _) in zip(spans, earlier, strict=True)
    )


def find_dates(article: Article) -> tuple[TimeExpression, ...]:
    """Every time expression in `article` outside boilerplate, in the report's date forms."""
    return tuple(
        TimeExpression(article.text[start:end], coarsen(value, article.published), start, end)
        for start, end, value in find_timeml(article)
    )
