"""Time expressions found in an article and resolved against its published date, or against an
earlier expression when they lean on one ("the next day", "a year earlier")."""

from __future__ import annotations

import re
from dataclasses import replace

from newstally.dates.context import Anaphor, anaphor, clause_direction, fits, moment, moved
from newstally.dates.find import time_spans
from newstally.dates.resolve import coarsen, normalise, resolve
from newstally.records import Article, TimeExpression

__all__ = ["find_dates", "find_timeml", "normalise", "resolve"]


# TimeML's duration ("the first nine months" is P9M): a comparison just after one compares spans
# of time ("for the nine months ... a year earlier") that no date names.
DURATION = re.compile(r"P(?:\d+|X)[DWMY]")
# An earlier expression's value and the move from its own anchor that gave it, if one did.
Earlier = tuple[str | None, Anaphor | None]


def _anchored(move: Anaphor, earlier: list[Earlier]) -> str | None:
    """`move` taken from the latest earlier value fine enough to move from, if there is one."""
    if move.grain != "unit" and earlier and DURATION.fullmatch(earlier[-1][0] or ""):
        return None
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


def _first_from(spans: tuple[tuple[int, int], ...], upto: int, opening: int) -> int:
    """The index of the first of spans[:upto] starting at or after `opening`."""
    return next((i for i in range(upto) if spans[i][0] >= opening), upto)


def _nearby(
    text: str, spans: tuple[tuple[int, int], ...], index: int, earlier: list[Earlier]
) -> list[Earlier]:
    """The expressions before spans[index] in its paragraph (line), after the periods (month,
    quarter, year) of the paragraph before it: "Sales fell in the third quarter.\nA year
    earlier, ..." (a day there is an event, not the time a comparison is made from)."""
    opening = text.rfind("\n", 0, spans[index][0]) + 1
    previous = text.rfind("\n", 0, len(text[:opening].rstrip())) + 1
    first = _first_from(spans, index, opening)
    periods = [e for e in earlier[_first_from(spans, first, previous) : first] if _period(e[0])]
    return periods + earlier[first:]


def _period(value: str | None) -> bool:
    anchor = moment(value)
    return anchor is not None and anchor.grain in ("month", "quarter", "year")


def _leaning(
    article: Article, index: int, spans: tuple[tuple[int, int], ...], earlier: list[Earlier]
) -> Earlier:
    """The value of the expression at spans[index] when it leans on an earlier one, and how."""
    start, end = spans[index]
    move = anaphor(article.text[start:end])
    if move is None:
        return None, None
    nearby = _nearby(article.text, spans, index, earlier) if move.in_paragraph else earlier
    return _anchored(move, _published(article, move) + nearby), move


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
