"""One sentence read for counts of people: the fast first pass and the reading of a candidate."""

from __future__ import annotations

import re
from dataclasses import replace

from newstally.figures.agents import is_agent, is_spared
from newstally.figures.groups import group_before, predicate_group, with_group
from newstally.figures.leader import with_leader, with_person_before
from newstally.figures.measures import UPDATE, share_measures, with_measure
from newstally.figures.not_people import is_people_count
from newstally.figures.numbers import find_counts
from newstally.figures.one_person import single_people
from newstally.figures.persons import is_age, persons
from newstally.figures.terms import MEASURES
from newstally.records import Figure, Sentence

GUN_ON_SELF = re.compile(
    r"\bturn(?:ed|ing|s)?\s+the\s+gun\s+on\s+(?:himself|herself)$|\b(?:his|her)\s+own\s+life$", re.I
)

DEAD_PERSON = re.compile(
    r"(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:deceased|slain|dead)\s", re.I
)


def is_candidate(text: str, sentence: Sentence) -> bool:
    """The first pass: only a sentence with a measure word (or a toll "updated to" a new
    count) can hold a figure."""
    return (
        MEASURES.search(text, sentence.start, sentence.end) is not None
        or UPDATE.search(text, sentence.start, sentence.end) is not None
    )


def read_sentence(text: str, sentence: Sentence) -> list[Figure]:
    """Every count of people in `sentence` with its measure and group, in text order."""
    counts = [c for c in find_counts(text, sentence.start, sentence.end)]
    counts = [c for c in counts if is_people_count(text, c, sentence) and not is_age(text, c)]
    counts += _new(single_people(text, sentence), counts)
    grouped = [g for c in sorted(counts, key=_at) if (g := with_group(text, c, sentence))]
    grouped = [with_leader(text, g, sentence) for g in grouped]
    grouped = sorted([*grouped, *_new(persons(text, sentence), grouped)], key=_at)
    grouped = with_person_before(text, grouped)
    victims = [f for f in grouped if not _unharmed(text, f, sentence)]
    measured = [_measured(text, figure, sentence) for figure in victims]
    bounded = [
        replace(f, sentence_start=sentence.start, sentence_end=sentence.end) for f in measured
    ]
    return [figure for figure in share_measures(text, bounded) if figure.measure]


def _measured(text: str, figure: Figure, sentence: Sentence) -> Figure:
    if GUN_ON_SELF.search(text, max(sentence.start, figure.start - 30), figure.end):
        return replace(figure, measure="killed")  # "turned the gun on himself", "took his own life"
    if figure.value == 1 and DEAD_PERSON.match(text, figure.start, figure.end):
        return replace(figure, measure="killed")  # "a deceased white male", "the slain man"
    grouped = group_before(text, figure, sentence)
    grouped = predicate_group(text, grouped, grouped.end, sentence.end)
    measured = with_measure(text, grouped, sentence)
    return predicate_group(text, measured, measured.end, sentence.end)


def _unharmed(text: str, figure: Figure, sentence: Sentence) -> bool:
    return is_agent(text, figure, sentence) or is_spared(text, figure, sentence)


def _new(found: object, counts: list[Figure]) -> list[Figure]:
    """The people counted without digits that do not overlap a number already found."""
    taken = [(c.start, c.end) for c in counts]
    return [f for f in found if all(f.end <= s or f.start >= e for s, e in taken)]  # type: ignore[attr-defined]


def _at(figure: Figure) -> int:
    return figure.start
