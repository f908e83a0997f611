"""People a sentence lists one by one add up: "A 2-year-old boy and a man in his 20s were
killed" is 2 killed, "killed his son and then himself" 2, "a boy was shot in the arm and a
woman was shot in the back" 2 injured. The lead sentence of a measure (its first) is read when
it gives no count in numbers; only people joined as a list add up (an appositive name may sit
between: "his daughter, Meredith Jessie, and her father")."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from newstally.records import Figure, Toll

MEASURES = ("killed", "injured")
PRONOUNS = frozenset(("he", "she", "him", "her", "they", "them"))
NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
LIST_GAP = re.compile(
    rf"(?:\s*,\s*{NAME}(?:\s*,\s*\d{{1,3}})?)?(?:\s*,)?\s+(?:and|as well as|along with)"
    r"(?:\s+then)?\s+",
)
COMMA_GAP = re.compile(r"\s*,\s+")
CLAUSE_GAP = re.compile(r"\s+(?:was|is|were)\s+[^,;.]{1,60}?\s+(?:and|while|but)\s+")
PASSIVE = re.compile(r"\s+(?:was|is|were|had been|has been)\b")
COUNTED = re.compile(
    r"(?:[a-z]+\s+){0,3}(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)",
    re.IGNORECASE,
)


def listed_singles(text: str, figures: tuple[Figure, ...], toll: Toll) -> Toll:
    """`toll` with killed / injured raised to the people the lead sentence names one by one."""
    raised = {}
    for measure in MEASURES:
        named = _named_in_lead(text, _current(figures, measure))
        if named > (getattr(toll, measure) or 0):
            raised[measure] = named
    return replace(toll, **raised) if raised else toll


def _named_in_lead(text: str, current: list[Figure]) -> int:
    """How many people the first sentence with `current` figures names, 0 when it counts."""
    if not current:
        return 0
    lead = [f for f in current if f.sentence_start == current[0].sentence_start]
    if any(is_counted(f) for f in lead):
        return 0
    people: list[Figure] = []
    for figure in sorted(lead, key=lambda f: (f.start, -f.end)):
        alone = all(figure.start >= p.end or figure.end <= p.start for p in people)
        if alone and (figure.group_text or "").lower() not in PRONOUNS:
            people.append(figure)
    return _longest_list(text, people)


def is_counted(figure: Figure) -> bool:
    """A count written as a number ("two", "2", "at least one"), not a person named ("a man",
    "a 2-year-old boy", "his brother")."""
    return figure.value != 1 or COUNTED.fullmatch(figure.value_text or "") is not None


def _longest_list(text: str, people: list[Figure]) -> int:
    """The most people in one run joined by list words: "A, B and C" (commas count only in a
    run that ends with "and")."""
    longest, run, pending = min(len(people), 1), 1, 0
    for first, second in pairwise(people):
        gap = text[first.end : second.start]
        if COMMA_GAP.fullmatch(gap):
            pending += 1
        elif _joined(text, gap, second):
            run, pending = run + pending + 1, 0
        else:
            run, pending = 1, 0
        longest = max(longest, run)
    return longest


def _joined(text: str, gap: str, second: Figure) -> bool:
    if LIST_GAP.fullmatch(gap):
        return True
    clause = CLAUSE_GAP.fullmatch(gap)
    return clause is not None and PASSIVE.match(text, second.end) is not None


def _current(figures: tuple[Figure, ...], measure: str) -> list[Figure]:
    found = [f for f in figures if f.measure == measure and f.scope == "event" and not f.earlier]
    return sorted(found, key=lambda f: f.start)
