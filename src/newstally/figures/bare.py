"""People named by a bare noun, without a determiner, as headlines write them: "Teen killed in
shooting", "Police: Youth wounded", "13-year-old Pollok boy injured", "Boy, 14, fatally shot",
"4-year-old shot by brother", "Two arrested after child shot", "charged with killing uncle".
Each is a count of one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newstally.figures.persons import NOT_FOLLOWERS, NOUN, PART, WORDS_OF
from newstally.figures.terms import GROUP_OF, MEASURES, alternation, group_of_age, norm
from newstally.records import Figure, Sentence

HARM_VERBS = alternation(WORDS_OF["harm_verb"])
SUFFERS = alternation(WORDS_OF["suffer"])
AGE = PART["age"]
DETERMINERS = r"(?:a|an|the|another|one|his|her|their|this|that|its)"
THEN = (
    rf"(?:,\s*\d{{1,3}},)?\s+(?:{PART['be']}\s+)?(?:{PART['adverb']}\s+)?"
    rf"(?:(?:{SUFFERS})\s+(?:an?\s+)?)?"
)
OPENING = re.compile(
    rf"(?:(?-i:[A-Z])[\w'’.-]*:\s+)?(?P<who>(?:(?:{AGE}|(?!{DETERMINERS}\b)(?-i:[A-Z])[\w'’.-]*)\s+){{0,3}}?(?P<noun>{NOUN})"
    rf"|(?P<age>{AGE})){THEN}",
    re.IGNORECASE,
)
OBJECT = re.compile(
    rf"(?<![\w-])(?:{HARM_VERBS})\s+"
    rf"(?P<who>(?:(?-i:[A-Z])[\w'’.-]*\s+|{AGE}\s+){{0,2}}(?P<noun>{NOUN}))(?![\w'’-])",
    re.IGNORECASE,
)
INSIDE = re.compile(
    rf"(?<![\w-])(?:after|as|when|where|while)\s+(?P<who>(?P<noun>{NOUN})){THEN}", re.IGNORECASE
)


def bare_people(text: str, sentence: Sentence) -> Iterator[Figure]:
    """The person a headline-like opening or an "after child shot" clause names."""
    for match in _openings(text, sentence):
        measure = MEASURES.match(text, match.end(), sentence.end)
        if measure and norm(measure.group()).split()[0] not in NOT_FOLLOWERS:
            yield _person(text, match)


def bare_objects(text: str, sentence: Sentence) -> Iterator[Figure]:
    """A bare person after a harm verb, as headlines write it: "charged with killing uncle",
    "Wyoming man kills infant son"."""
    for match in OBJECT.finditer(text, sentence.start, sentence.end):
        yield _person(text, match)


def _openings(text: str, sentence: Sentence) -> Iterator[re.Match[str]]:
    opening = OPENING.match(text, sentence.start, sentence.end)
    if opening:
        yield opening
    yield from INSIDE.finditer(text, sentence.start, sentence.end)


def _person(text: str, match: re.Match[str]) -> Figure:
    if "age" in match.re.groupindex and match.group("age"):
        group = group_of_age(match.group("age"))
        start, end = match.start("age"), match.end("age")
    else:
        group = GROUP_OF[norm(match.group("noun"))]
        start, end = match.start("who"), match.end("who")
    return Figure("", group, 1, start, end, group_text=text[start:end])
