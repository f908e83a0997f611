"""People counted without digits: "a child", "a 16-year-old boy", "a woman and child", and
the bare nouns of headlines (see `bare`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newstally.figures.bare import bare_objects, bare_people
from newstally.figures.terms import (
    COMBATANT_GROUPS,
    GROUP_OF,
    MEASURES,
    SINGULAR,
    alternation,
    norm,
)
from newstally.records import Figure, Sentence

_PERSON = alternation(tuple(SINGULAR))
SINGLE_PERSON = re.compile(
    rf"(?<![\w-])(?:an?|one|another)\s+(?:(?!(?:and|or|{_PERSON})\b)[\w-]+\s+){{0,2}}?"
    rf"(?P<noun>{_PERSON})(?![\w-])",
    re.IGNORECASE,
)
ANOTHER_BARE = re.compile(
    r"(?<![\w-])another(?P<rest>\s+(?:(?:was|is|has\s+been)\s+)?(?:\w+ly\s+)?)",
    re.IGNORECASE,
)
AND_PERSON = re.compile(rf"\s+and\s+(?:an?\s+)?(?P<noun>{_PERSON})(?![\w-])", re.IGNORECASE)


def single_people(text: str, sentence: Sentence) -> Iterator[Figure]:
    """People counted without digits: "a child", "a 16-year-old boy", "a woman and child"."""
    for match in SINGLE_PERSON.finditer(text, sentence.start, sentence.end):
        person = _one_person(text, match, match.start())
        if _another_fighter(person):
            continue
        yield person
        also = AND_PERSON.match(text, match.end(), sentence.end)
        if also:
            yield _one_person(text, also, also.start("noun"))
    yield from _another_hurt(text, sentence)
    yield from bare_people(text, sentence)
    yield from bare_objects(text, sentence)


def _another_fighter(person: Figure) -> bool:
    """ "another militant" goes on a war report's tally, it is no victim of its own."""
    another = (person.value_text or "").lower().startswith("another")
    return another and person.group in COMBATANT_GROUPS


def _one_person(text: str, match: re.Match[str], start: int) -> Figure:
    noun = match.group("noun")
    return Figure(
        measure="",
        group=GROUP_OF[norm(noun)],
        value=1,
        start=start,
        end=match.end(),
        group_text=noun,
        value_text=text[start : match.start("noun")].strip() or None,
    )


def _another_hurt(text: str, sentence: Sentence) -> Iterator[Figure]:
    """ "another" with no noun, right before what happened to that one: "three people were
    killed and another injured", "one man died and another was wounded"."""
    for match in ANOTHER_BARE.finditer(text, sentence.start, sentence.end):
        if MEASURES.match(text, match.end("rest"), sentence.end):
            yield Figure("", "people", 1, match.start(), match.start() + 7, value_text="another")
