"""Civilians against combatants: the coders' rule that the dead not named as combatants are
civilians, "mostly civilians", "the rest were fighters", and parts that belong to a total."""

from __future__ import annotations

import re
from dataclasses import replace

from newstally.figures.terms import COMBATANT_GROUPS, GROUP_OF, alternation
from newstally.figures.toll.lead import current_figures
from newstally.figures.toll.sums import combatants_sum, largest_count
from newstally.records import Figure, Toll

_COMBATANT_WORDS = tuple(word for word, group in GROUP_OF.items() if group in COMBATANT_GROUPS)
REST = re.compile(
    r"\b(?:the rest|the others|the remainder|the remaining)\b[^.]{0,80}?\b(?:were|are)\b"
    rf"(?:(?!civilian)[^.]){{0,40}}?\b(?:{alternation(_COMBATANT_WORDS)})\b",
    re.IGNORECASE,
)
MOSTLY_CIVILIANS = re.compile(
    r"[\s,(–—-]*(?:mostly|mainly|largely|most of them|the majority|nearly all of them)\s+"
    r"(?:\w+\s+)?civilians\b",
    re.IGNORECASE,
)
REST_REACH = (
    1200  # characters from the lead where fighters named split it ("the rest were fighters")
)


def split_total(early: list[Figure], total: int) -> tuple[int | None, int | None]:
    """Combatants named in the sentences after a lead that gave only a total, and civilians as
    the rest: as FA-KES's coders do, the dead not named as combatants count as civilians (a
    count of some civilians there, "two medics", is a part, not the rest)."""
    within = [f for f in early if f.value <= total]
    combatants = combatants_sum(within)
    if combatants is None:
        return None, None
    if combatants > total:
        combatants = max(f.value for f in within if f.group in COMBATANT_GROUPS)
    named = next(f for f in within if f.group in COMBATANT_GROUPS).sentence_start
    beside = largest_count([f for f in within if f.sentence_start == named], "civilians")
    if beside is not None and beside + combatants <= total:
        return beside, combatants
    return (total - combatants or None), combatants


def mostly_civilians(text: str, lead: list[Figure], total: int) -> bool:
    """The lead's total said to be "mostly civilians" (no number): the coders' rule counts
    them all as civilians when no combatants are named."""
    said = [f for f in lead if f.value == total and f.group == "people"]
    return any(MOSTLY_CIVILIANS.match(text, f.end) for f in said)


def may_be_part(figure: Figure, figures: tuple[Figure, ...], total: int) -> bool:
    """A count that may be a part of `total`: not larger, and not a part of another total
    ("rebels fired rockets killing seven people including a policeman")."""
    whole = figures[figure.part_of] if figure.part_of is not None else None
    return figure.value <= total and (whole is None or whole.value == total)


def in_larger(figure: Figure, figures: tuple[Figure, ...], total: int | None) -> bool:
    """A part of a count larger than `total`, so of another event: "executed 48 people
    earlier this week, among them 10 children" beside a toll of 4."""
    whole = figures[figure.part_of] if figure.part_of is not None else None
    return whole is not None and total is not None and whole.value > total


def civilians_of_total(early: list[Figure], figures: tuple[Figure, ...], total: int) -> int | None:
    """Civilians named as part of the lead's total said again: "at least 30 people including
    24 civilians" after "killing at least 30 people"."""
    for figure in early:
        whole = figures[figure.part_of] if figure.part_of is not None else None
        if figure.group == "civilians" and whole is not None and whole.value == total:
            return figure.value
    return None


def rest_are_combatants(text: str, figures: tuple[Figure, ...], toll: Toll) -> Toll:
    """`toll` with combatants as the dead who are not civilians when the text says so near the
    lead: "Six civilians were among 22 killed ... The rest of the dead were IS fighters"."""
    if not (toll.killed and toll.civilians) or toll.combatants is not None:
        return toll
    killed = current_figures(figures, "killed")
    start = killed[0].sentence_start or 0 if killed else 0
    if toll.civilians >= toll.killed or not REST.search(text, start, start + REST_REACH):
        return toll
    return replace(toll, combatants=toll.killed - toll.civilians)
