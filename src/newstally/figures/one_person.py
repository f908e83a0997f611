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
    PLURAL,
    SINGULAR,
    alternation,
    group_of_age,
    norm,
)
from newstally.records import Figure, Sentence

_PERSON = alternation(tuple(SINGULAR))
_PLURAL = alternation(PLURAL)
SINGLE_PERSON = re.compile(
    rf"(?<!\w)(?<!\w-)(?:an?|one|another)\s+(?:(?!(?:and|or|{_PERSON})\b)[\w-]+\s+){{0,2}}?"
    rf"(?P<noun>{_PERSON})(?![\w-])",
    re.IGNORECASE,
)
ANOTHER_BARE = re.compile(
    r"(?<![\w-])another(?P<rest>\s+(?:(?:was|is|has\s+been)\s+)?(?:\w+ly\s+)?)",
    re.IGNORECASE,
)
AND_PERSON = re.compile(
    rf"\s+and\s+(?:an?\s+)?(?:(?P<noun>{_PERSON})|(?P<age>\d{{1,3}}[\s-]+(?:year|month)s?[\s-]+old))"
    r"(?![\w-])",
    re.IGNORECASE,
)
BOTH = re.compile(
    rf"(?<![\w-])both\s+(?:of\s+the\s+)?(?:[a-z-]+\s+)?(?P<noun>{_PLURAL})(?![\w-])", re.IGNORECASE
)


def single_people(text: str, sentence: Sentence) -> Iterator[Figure]:
    """People counted without digits: "a child", "a 16-year-old boy", "a woman and child"."""
    for match in SINGLE_PERSON.finditer(text, sentence.start, sentence.end):
        person = _one_person(text, match, match.start())
        if _another_fighter(person):
            continue
        yield person
        also = AND_PERSON.match(text, match.end(), sentence.end)
        if also and also.group("noun"):
            yield _one_person(text, also, also.start("noun"))
        elif also:  # "an 18-year-old girl and 3-year-old were hurt"
            yield _aged(also.group("age"), also.start("age"), also.end())
    yield from _both(text, sentence)
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


def _both(text: str, sentence: Sentence) -> Iterator[Figure]:
    """ "both victims", "both of the men": two people."""
    for match in BOTH.finditer(text, sentence.start, sentence.end):
        noun = match.group("noun")
        group = GROUP_OF[norm(noun)]
        yield Figure("", group, 2, match.start(), match.end(), group_text=noun, value_text="both")


def _aged(age: str, start: int, end: int) -> Figure:
    """One person named by an age alone ("3-year-old"): a child under 18."""
    return Figure("", group_of_age(age), 1, start, end, value_text=age)
