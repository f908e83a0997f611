"""Choosing the lead: the first sentence that gives the main event's count of a measure, and
the sentences just after it that sharpen or complete a loose, vague or partial lead."""

from __future__ import annotations

from newstally.figures.numbers import VAGUE_VALUE
from newstally.figures.singles import is_counted
from newstally.figures.terms import COMBATANT_GROUPS, norm
from newstally.records import Figure

TOTAL_GROUPS = ("people", "civilians")
PRECISE_LOOKAHEAD = 3
LOOSE = ("more_than", "about", "at_most")
FIRM = ("exact", "at_least")
SHARPER_REACH = 1.5  # a firm count up to half again the loose bound is its sharper reading


def current_figures(figures: tuple[Figure, ...], measure: str) -> list[Figure]:
    return [f for f in figures if f.measure == measure and f.scope == "event" and not f.earlier]


def lead_figures(figures: list[Figure]) -> list[Figure]:
    """The figures of the lead sentence, precise ones preferred over vague amounts. The lead
    is the first sentence with a total: one whose counts are all parts of a later total
    ("10 people died ... They were among 19 killed") is not."""
    if not figures:
        return []
    totals = [f for f in figures if f.part_of is None] or figures
    lead = sentences_from(figures, totals, 1)
    precise = [f for f in lead if not is_vague(f)]
    if precise:
        return _sharper_after(figures, precise) or _counted_after(figures, precise) or precise
    return _precise_after(figures, lead) or lead


def _sharper_after(figures: list[Figure], lead: list[Figure]) -> list[Figure]:
    """A lead bounded loosely ("more than 30") gives way to a firm count of the same group a
    sentence later that fits the bound ("at least 31")."""
    loose = [f for f in lead if f.qualifier in LOOSE and f.part_of is None]
    after = sentences_from(figures, lead, 2)
    for bound in loose:
        for figure in after:
            fits = bound.value < figure.value <= bound.value * SHARPER_REACH
            if fits and figure.group == bound.group and figure.qualifier in FIRM:
                return [f for f in after if f.sentence_start == figure.sentence_start]
    return []


def _counted_after(figures: list[Figure], lead: list[Figure]) -> list[Figure]:
    """A lead naming one fighter without a count ("Army kills top commander") gives way to a
    larger count of the same group in the next sentence ("X alongside nine of his comrades")."""
    groups = {f.group for f in lead}
    if any(is_counted(f) for f in lead) or not groups <= COMBATANT_GROUPS:
        return []
    after = [
        f for f in sentences_from(figures, lead, 2) if f.sentence_start != lead[0].sentence_start
    ]
    larger = [f for f in after if f.group in groups and f.value > 1 and not is_vague(f)]
    return [f for f in after if f.sentence_start == larger[0].sentence_start] if larger else []


def _precise_after(figures: list[Figure], lead: list[Figure]) -> list[Figure]:
    """The first sentence after a vague lead with a count of people at least as large."""
    least = max(f.value for f in lead)
    later = sentences_from(figures, lead, PRECISE_LOOKAHEAD + 1)
    for figure in later:
        groups = (*TOTAL_GROUPS, lead[0].group)
        if figure.group in groups and not is_vague(figure) and figure.value >= least:
            return [f for f in later if f.sentence_start == figure.sentence_start]
    return []


def sentences_from(figures: list[Figure], lead: list[Figure], count: int) -> list[Figure]:
    """The figures of `count` sentences that hold figures, starting at the lead's sentence."""
    if not lead:
        return []
    first = lead[0].sentence_start or 0
    starts = sorted({f.sentence_start or 0 for f in figures if (f.sentence_start or 0) >= first})
    return [f for f in figures if (f.sentence_start or 0) in starts[:count]]


def is_vague(figure: Figure) -> bool:
    return norm(figure.value_text or "") in VAGUE_VALUE
