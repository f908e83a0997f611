"""Adding counts up: counts of one group joined by "and", lists of groups, "N others", the
combatant kinds, and a total given after a lead that only listed parts."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from newstally.figures.terms import CLOSING, COMBATANT_GROUPS, norm
from newstally.figures.toll.lead import TOTAL_GROUPS, is_vague, sentences_from
from newstally.records import Figure

AND_GAP = re.compile(r"[\s,]*(?:and|as well as|along with|plus)\s+", re.IGNORECASE)


LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
GENERIC = frozenset(("people", "persons", "civilians", "victims", "others"))


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


def total_after_parts(killed: list[Figure], lead: list[Figure], total: int) -> int:
    """A lead listing only parts ("five children and four medical staff killed") gives way to
    a larger total of people in the next sentence ("the strikes killed 13 people") when a part
    is named again after it ("Among the dead were five children")."""
    if len({f.group for f in lead}) < 2 or any(f.group in TOTAL_GROUPS for f in lead):
        return total
    if any(f.group in COMBATANT_GROUPS for f in lead):
        return total
    after = [f for f in sentences_from(killed, lead, 2) if f not in lead]
    larger = [f for f in after if f.group in TOTAL_GROUPS and f.value > total]
    parts = {(f.group, f.value) for f in lead}
    again = [f for f in sentences_from(killed, larger, 2) if (f.group, f.value) in parts]
    return larger[0].value if again and not is_vague(larger[0]) else total


def largest_count(figures: list[Figure], group: str) -> int | None:
    values = [f.value for f in figures if f.group == group]
    return max(values) if values else None


def listed_sum(lead: list[Figure]) -> int:
    """A lead that names only some groups of non-combatants adds them up: "five women and a
    child" (a lead with a total of people or civilians does not)."""
    tops = [f for f in lead if f.part_of is None and f.group not in COMBATANT_GROUPS]
    if any(f.group in TOTAL_GROUPS for f in tops):
        return 0
    return sum({f.group: f.value for f in sorted(tops, key=lambda f: f.value)}.values())


def with_others_sum(lead: list[Figure]) -> int:
    """A list ending in "others" adds up: "nine children and 14 others" is 23."""
    tops = [f for f in lead if f.part_of is None]
    others = [f for f in tops if norm(f.group_text or "") in CLOSING]
    return (
        sum(f.value for f in tops if f.sentence_start == others[0].sentence_start) if others else 0
    )


def combatants_sum(figures: list[Figure]) -> int | None:
    return family_sum(figures, COMBATANT_GROUPS) or None


def family_sum(figures: list[Figure], groups: frozenset[str]) -> int:
    """The sum over `groups` of each one's largest count; kinds with the same count are taken
    for one count named twice ("45 fighters" in the headline, "45 opposition fighters")."""
    kinds = {f.group for f in figures} & groups
    return sum({largest_count(figures, group) or 0 for group in kinds})


def joined_groups_sum(text: str, lead: list[Figure]) -> int:
    """Counts of different kinds of people listed together add up: "two girls and two men
    were shot", "2 Girls, 2 Men Shot" are 4 (a count of all "people" is a total, not a kind)."""
    tops = sorted((f for f in lead if f.part_of is None), key=lambda f: f.start)
    best, run = 0, tops[:1]
    for first, second in pairwise(tops):
        listed = LIST_JOIN.fullmatch(text, first.end, second.start) is not None
        run = [*run, second] if listed else [second]
        kinds = [norm(f.group_text or "") for f in run]
        if len(run) > 1 and not set(kinds) & GENERIC:
            best = max(best, sum(f.value for f in run))
    return best
