"""The article's toll: killed, injured, civilians, combatants, children and women of its main
event, read from its figures.

The main event's figures are those of scope `event` that no update replaced. The totals come
from the lead: the first sentence that gives a count of the measure (a headline and its first
sentence often repeat one count, so each group's largest count there is taken). A lead that
only says "dozens" gives way to the first precise count at least that large in the sentences
after it. Combatants are the sum over combatant groups. Children and women, often named a
sentence or two later, come from the first sentences from the lead on.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newstally.figures.numbers import VAGUE_VALUE
from newstally.figures.singles import is_counted
from newstally.figures.terms import (
    CIVILIAN_GROUPS,
    CLOSING,
    COMBATANT_GROUPS,
    GROUP_OF,
    alternation,
    norm,
)
from newstally.records import Figure, Toll

PART_SENTENCES = 3
SPLIT_SENTENCES = 3
PRECISE_LOOKAHEAD = 3
TOTAL_GROUPS = ("people", "civilians")
LOOSE = ("more_than", "about", "at_most")
FIRM = ("exact", "at_least")
_COMBATANT_WORDS = tuple(word for word, group in GROUP_OF.items() if group in COMBATANT_GROUPS)
REST = re.compile(
    r"\b(?:the rest|the others|the remainder|the remaining)\b[^.]{0,80}?\b(?:were|are)\b"
    rf"(?:(?!civilian)[^.]){{0,40}}?\b(?:{alternation(_COMBATANT_WORDS)})\b",
    re.IGNORECASE,
)
AND_GAP = re.compile(r"[\s,]*(?:and|as well as|along with|plus)\s+", re.IGNORECASE)
MOSTLY_CIVILIANS = re.compile(
    r"[\s,(–—-]*(?:mostly|mainly|largely|most of them|the majority|nearly all of them)\s+"
    r"(?:\w+\s+)?civilians\b",
    re.IGNORECASE,
)
TOLL_BEFORE = re.compile(r"\bdeath toll\b[^.]{0,40}$", re.IGNORECASE)
REST_REACH = (
    1200  # characters from the lead where fighters named split it ("the rest were fighters")
)
SHARPER_REACH = 1.5  # a firm count up to half again the loose bound is its sharper reading


def toll_of(figures: tuple[Figure, ...], text: str = "") -> Toll:
    """The toll of the main event, each part null when the figures do not give it (with the
    article's `text`, counts of one group joined by "and" are added up first)."""
    figures = joined(text, figures) if text else figures
    killed = _current(figures, "killed")
    lead = _lead(killed)
    early = _sentences_from(killed, lead, PART_SENTENCES)
    opening = _sentences_from(killed, killed[:1], PART_SENTENCES)
    around_lead = [*opening, *early]
    civilians, combatants = _largest(lead, "civilians"), _combatants(lead)
    sizes = [
        _largest(lead, "people") or 0,
        (civilians or _family(lead, CIVILIAN_GROUPS)) + (combatants or 0),
        _largest(lead, "children") or 0,
        _largest(lead, "women") or 0,
        _with_others(lead),
        _listed(lead),
    ]
    total = _total_after_parts(killed, lead, max(sizes)) or None
    if total and civilians is None and combatants is None:
        reach = (lead[0].sentence_start or 0) + REST_REACH
        after = [f for f in _sentences_from(killed, lead, SPLIT_SENTENCES) if f.start < reach]
        civilians, combatants = _split([f for f in after if _within(f, figures, total)], total)
    if total and civilians is None and combatants is None:
        civilians = _civilians_of_total(early, figures, total)
    if total and civilians is None and combatants is None and _mostly_civilians(text, lead, total):
        civilians = total
    injured = _current(figures, "injured")
    around_lead = [f for f in around_lead if not _in_larger(f, figures, total)]
    return Toll(
        killed=total,
        injured=max((f.value for f in _lead(injured)), default=None),
        civilians=civilians,
        combatants=combatants,
        children=_largest(around_lead, "children"),
        women=_largest(around_lead, "women"),
    )


def joined(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """`figures` with two counts of one group and measure joined by "and" added up in the
    first ("120 IS fighters and 60 foreign fighters" are 180), the second set aside."""
    summed = list(figures)
    for index in range(len(figures) - 1, 0, -1):
        first, second = summed[index - 1], summed[index]
        same = (first.measure, first.group, first.sentence_start) == (
            second.measure,
            second.group,
            second.sentence_start,
        )
        if (
            same
            and first.scope == second.scope == "event"
            and AND_GAP.fullmatch(text, first.end, second.start)
        ):
            summed[index - 1] = replace(first, value=first.value + second.value, end=second.end)
            summed[index] = replace(second, scope="background")
    return tuple(summed)


def _total_after_parts(killed: list[Figure], lead: list[Figure], total: int) -> int:
    """A lead listing only parts ("five children and four medical staff killed") gives way to
    a larger total of people in the next sentence ("the strikes killed 13 people") when a part
    is named again after it ("Among the dead were five children")."""
    if len({f.group for f in lead}) < 2 or any(f.group in TOTAL_GROUPS for f in lead):
        return total
    if any(f.group in COMBATANT_GROUPS for f in lead):
        return total
    after = [f for f in _sentences_from(killed, lead, 2) if f not in lead]
    larger = [f for f in after if f.group in TOTAL_GROUPS and f.value > total]
    parts = {(f.group, f.value) for f in lead}
    again = [f for f in _sentences_from(killed, larger, 2) if (f.group, f.value) in parts]
    return larger[0].value if again and not _is_vague(larger[0]) else total


def _split(early: list[Figure], total: int) -> tuple[int | None, int | None]:
    """Combatants named in the sentences after a lead that gave only a total, and civilians as
    the rest: as FA-KES's coders do, the dead not named as combatants count as civilians (a
    count of some civilians there, "two medics", is a part, not the rest)."""
    within = [f for f in early if f.value <= total]
    combatants = _combatants(within)
    if combatants is None:
        return None, None
    if combatants > total:
        combatants = max(f.value for f in within if f.group in COMBATANT_GROUPS)
    named = next(f for f in within if f.group in COMBATANT_GROUPS).sentence_start
    beside = _largest([f for f in within if f.sentence_start == named], "civilians")
    if beside is not None and beside + combatants <= total:
        return beside, combatants
    return (total - combatants or None), combatants


def _mostly_civilians(text: str, lead: list[Figure], total: int) -> bool:
    """The lead's total said to be "mostly civilians" (no number): the coders' rule counts
    them all as civilians when no combatants are named."""
    said = [f for f in lead if f.value == total and f.group == "people"]
    return any(MOSTLY_CIVILIANS.match(text, f.end) for f in said)


def _within(figure: Figure, figures: tuple[Figure, ...], total: int) -> bool:
    """A count that may be a part of `total`: not larger, and not a part of another total
    ("rebels fired rockets killing seven people including a policeman")."""
    whole = figures[figure.part_of] if figure.part_of is not None else None
    return figure.value <= total and (whole is None or whole.value == total)


def _in_larger(figure: Figure, figures: tuple[Figure, ...], total: int | None) -> bool:
    """A part of a count larger than `total`, so of another event: "executed 48 people
    earlier this week, among them 10 children" beside a toll of 4."""
    whole = figures[figure.part_of] if figure.part_of is not None else None
    return whole is not None and total is not None and whole.value > total


def _civilians_of_total(early: list[Figure], figures: tuple[Figure, ...], total: int) -> int | None:
    """Civilians named as part of the lead's total said again: "at least 30 people including
    24 civilians" after "killing at least 30 people"."""
    for figure in early:
        whole = figures[figure.part_of] if figure.part_of is not None else None
        if figure.group == "civilians" and whole is not None and whole.value == total:
            return figure.value
    return None


def _current(figures: tuple[Figure, ...], measure: str) -> list[Figure]:
    return [f for f in figures if f.measure == measure and f.scope == "event" and not f.earlier]


def _lead(figures: list[Figure]) -> list[Figure]:
    """The figures of the lead sentence, precise ones preferred over vague amounts. The lead
    is the first sentence with a total: one whose counts are all parts of a later total
    ("10 people died ... They were among 19 killed") is not."""
    if not figures:
        return []
    totals = [f for f in figures if f.part_of is None] or figures
    lead = _sentences_from(figures, totals, 1)
    precise = [f for f in lead if not _is_vague(f)]
    if precise:
        return _sharper_after(figures, precise) or _counted_after(figures, precise) or precise
    return _precise_after(figures, lead) or lead


def _sharper_after(figures: list[Figure], lead: list[Figure]) -> list[Figure]:
    """A lead bounded loosely ("more than 30") gives way to a firm count of the same group a
    sentence later that fits the bound ("at least 31")."""
    loose = [f for f in lead if f.qualifier in LOOSE and f.part_of is None]
    after = _sentences_from(figures, lead, 2)
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
        f for f in _sentences_from(figures, lead, 2) if f.sentence_start != lead[0].sentence_start
    ]
    larger = [f for f in after if f.group in groups and f.value > 1 and not _is_vague(f)]
    return [f for f in after if f.sentence_start == larger[0].sentence_start] if larger else []


def _precise_after(figures: list[Figure], lead: list[Figure]) -> list[Figure]:
    """The first sentence after a vague lead with a count of people at least as large."""
    least = max(f.value for f in lead)
    later = _sentences_from(figures, lead, PRECISE_LOOKAHEAD + 1)
    for figure in later:
        groups = (*TOTAL_GROUPS, lead[0].group)
        if figure.group in groups and not _is_vague(figure) and figure.value >= least:
            return [f for f in later if f.sentence_start == figure.sentence_start]
    return []


def _sentences_from(figures: list[Figure], lead: list[Figure], count: int) -> list[Figure]:
    """The figures of `count` sentences that hold figures, starting at the lead's sentence."""
    if not lead:
        return []
    first = lead[0].sentence_start or 0
    starts = sorted({f.sentence_start or 0 for f in figures if (f.sentence_start or 0) >= first})
    return [f for f in figures if (f.sentence_start or 0) in starts[:count]]


def _largest(figures: list[Figure], group: str) -> int | None:
    values = [f.value for f in figures if f.group == group]
    return max(values) if values else None


def _listed(lead: list[Figure]) -> int:
    """A lead that names only some groups of non-combatants adds them up: "five women and a
    child" (a lead with a total of people or civilians does not)."""
    tops = [f for f in lead if f.part_of is None and f.group not in COMBATANT_GROUPS]
    if any(f.group in TOTAL_GROUPS for f in tops):
        return 0
    return sum({f.group: f.value for f in sorted(tops, key=lambda f: f.value)}.values())


def _with_others(lead: list[Figure]) -> int:
    """A list ending in "others" adds up: "nine children and 14 others" is 23."""
    tops = [f for f in lead if f.part_of is None]
    others = [f for f in tops if norm(f.group_text or "") in CLOSING]
    return (
        sum(f.value for f in tops if f.sentence_start == others[0].sentence_start) if others else 0
    )


def _combatants(figures: list[Figure]) -> int | None:
    return _family(figures, COMBATANT_GROUPS) or None


def _family(figures: list[Figure], groups: frozenset[str]) -> int:
    """The sum over `groups` of each one's largest count; kinds with the same count are taken
    for one count named twice ("45 fighters" in the headline, "45 opposition fighters")."""
    kinds = {f.group for f in figures} & groups
    return sum({_largest(figures, group) or 0 for group in kinds})


def _is_vague(figure: Figure) -> bool:
    return norm(figure.value_text or "") in VAGUE_VALUE


def rest_are_combatants(text: str, figures: tuple[Figure, ...], toll: Toll) -> Toll:
    """`toll` with combatants as the dead who are not civilians when the text says so near the
    lead: "Six civilians were among 22 killed ... The rest of the dead were IS fighters"."""
    if not (toll.killed and toll.civilians) or toll.combatants is not None:
        return toll
    killed = _current(figures, "killed")
    start = killed[0].sentence_start or 0 if killed else 0
    if toll.civilians >= toll.killed or not REST.search(text, start, start + REST_REACH):
        return toll
    return replace(toll, combatants=toll.killed - toll.civilians)


def later_toll(text: str, figures: tuple[Figure, ...], toll: Toll) -> Toll:
    """`toll` with the larger death toll a second source gives for the event in the sentence
    after the lead: "killed at least 22 people ... The Observatory said the death toll was at
    least 24"."""
    if not toll.killed or toll.combatants is not None or toll.civilians not in (None, toll.killed):
        return toll
    killed = _current(figures, "killed")
    lead = _lead(killed)
    after = [
        f for f in _sentences_from(killed, lead, 2) if f.sentence_start != lead[0].sentence_start
    ]
    larger = [f for f in after if _is_larger_toll(text, f, toll.killed)]
    if not larger:
        return toll
    civilians = larger[0].value if toll.civilians else None
    return replace(toll, killed=larger[0].value, civilians=civilians)


def _is_larger_toll(text: str, figure: Figure, killed: int) -> bool:
    """A precise total of people above `killed`, given as "the death toll"."""
    said = TOLL_BEFORE.search(text, max(0, figure.start - 60), figure.start) is not None
    total = figure.group in TOTAL_GROUPS and figure.part_of is None
    return said and total and figure.value > killed and not _is_vague(figure)
