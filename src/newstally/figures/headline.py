"""The headline against the body: a count the headline gives in digits or words ("2 children
killed") is firmer than a body that only names one person at a time ("her brother ... shot to
death"), so it is taken when larger."""

from __future__ import annotations

from dataclasses import replace

from newstally.figures.singles import is_counted
from newstally.records import Figure, Toll

MEASURES = ("killed", "injured")


def counted_headline(body: Toll, headline: Toll, figures: tuple[Figure, ...]) -> Toll:
    """`body` with each of killed / injured taken from `headline` when the headline's count is
    larger and the body's value comes from no counted figure (only people named one by one).
    `figures` are the body's figures (the headline's set aside)."""
    better = {}
    for measure in MEASURES:
        told, head = getattr(body, measure), getattr(headline, measure)
        if told is not None and head is not None and head > told:
            better[measure] = told if _counts(figures, measure, told) else head
    return replace(body, **better) if better else body


def _counts(figures: tuple[Figure, ...], measure: str, value: int) -> bool:
    """Whether a counted figure of the body gives `value`."""
    return any(is_counted(f) and f.value == value for f in _current(figures, measure))


def _current(figures: tuple[Figure, ...], measure: str) -> list[Figure]:
    return [f for f in figures if f.measure == measure and f.scope == "event" and not f.earlier]
