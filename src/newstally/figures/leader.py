"""A named person killed with a count of their fellows is one more: "Ramadan al-Sabta
alongside nine of his comrades" is 10 fighters, "Abu Malik a field commander of the group and
eight more militants" 9. Only counts of combatants whose group opens with "of his" or "more"
(the person is one of them); the phrases are the rows of `data/leaders.tsv`."""

from __future__ import annotations

import re
from dataclasses import replace

from newstally.figures.terms import COMBATANT_GROUPS, alternation, rows
from newstally.records import Figure, Sentence

TERMS = {
    kind: tuple(r[1] for r in rows("leaders.tsv") if r[0] == kind)
    for kind, _ in rows("leaders.tsv")
}
NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:al|el|ad|as|bin|ibn)-[\w'’-]+)"
ROLE = (
    rf"\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(TERMS['role'])})"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
)
LEADER = re.compile(
    rf"(?<![\w'’-])(?P<who>[A-Z][\w'’.-]*(?:\s+{NAME_WORD}){{0,6}}|[Hh]e|[Ss]he)(?:{ROLE})?"
    rf"\s+(?:{alternation(TERMS['joiner'])})\s+$"
)
PLACE_BEFORE = re.compile(rf"\b(?:{alternation(TERMS['not_before'])})\s+$", re.IGNORECASE)
FELLOWS = re.compile(rf"(?:[\w.,-]+\s+){{1,3}}?(?:{alternation(TERMS['fellow'])})\s", re.IGNORECASE)


def with_leader(text: str, figure: Figure, sentence: Sentence) -> Figure:
    """`figure` counting also the person named just before it, when its group is their
    fellows; starts at the person's name."""
    if figure.group not in COMBATANT_GROUPS or not FELLOWS.match(text, figure.start, figure.end):
        return figure
    leader = LEADER.search(text, max(sentence.start, figure.start - 160), figure.start)
    if leader is None or PLACE_BEFORE.search(text, sentence.start, leader.start()):
        return figure
    return replace(figure, value=figure.value + 1, start=leader.start())
