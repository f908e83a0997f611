"""A named person killed with a count of their fellows is one more: "Ramadan al-Sabta
alongside nine of his comrades" is 10 fighters, "Abu Malik a field commander of the group and
eight more militants" 9. Only counts of combatants whose group opens with "of his" or "more"
(the person is one of them); the phrases are the rows of `data/leaders.tsv`.

A person the sentence already counts works the same way: "The rebel commander was killed
along with three of his men" is 4, "A police officer and two of his colleagues" 3."""

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
JOINED = re.compile(
    r"(?:\s+(?:was|were|had been|has been|is|are)\s+(?:\w+\s+){0,2}?)?[\s,]*"
    rf"(?:{alternation(TERMS['joiner'])})\s+$",
    re.IGNORECASE,
)
# The fellows' words that tie them to one person ("of his", "of her"; not "more").
OWN = tuple(term for term in TERMS["fellow"] if term.startswith("of "))
OWN_WORDS = alternation(OWN, space=r"\s+")
PERSONAL = re.compile(rf"[\w-]+\s+(?:{OWN_WORDS})\s", re.IGNORECASE)
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


def with_person_before(text: str, figures: list[Figure]) -> list[Figure]:
    """`figures` (of one sentence, in text order) with a count of someone's fellows joined to
    the one person counted just before it; the person's own figure is then left out."""
    joined = list(figures)
    for index in range(len(joined) - 1, 0, -1):
        person, fellows = joined[index - 1], joined[index]
        if _is_fellow_of(text, person, fellows):
            group = person.group if fellows.group == "people" else fellows.group
            joined[index] = replace(
                fellows, value=fellows.value + 1, start=person.start, group=group
            )
            del joined[index - 1]
    return joined


def _is_fellow_of(text: str, person: Figure, fellows: Figure) -> bool:
    """`fellows` counts people of `person`'s side ("three of his men") joined to them."""
    own = PERSONAL.match(text, fellows.start, fellows.end) is not None
    sides = {person.group, fellows.group}
    kin = fellows.group == "people" or len(sides) == 1 or sides <= COMBATANT_GROUPS
    joined = JOINED.fullmatch(text, person.end, fellows.start) is not None
    return person.value == 1 and own and kin and joined
