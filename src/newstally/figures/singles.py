"""People an article lists one by one add up: "A 2-year-old boy and a man in his 20s were
killed" is 2 killed, "killed his son and then himself" 2, "a boy was shot in the arm and a
woman was shot in the back" 2 injured, "left a 10-year-old girl and two men wounded" 3. Only
people joined as a list add up (an appositive name may sit between: "his daughter, Meredith
Jessie, and her father"), in the first sentences that give the measure; a count with a list in
apposition ("Two people, a 14-year-old and an 18-year-old") is not added to it."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from newstally.figures.context import NAME
from newstally.figures.terms import alternation, terms
from newstally.records import Figure, Toll

MEASURES = ("killed", "injured")
LIST_SENTENCES = 3  # sentences with the measure read for a list
PRONOUNS = frozenset(("he", "she", "him", "her", "they", "them"))
LIST_WORDS = alternation(terms("singles.tsv", "list"), space=" ")
LIST_GAP = re.compile(
    r"(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){0,3}"  # the rest of a name: "Morgan R. Rogers and"
    rf"(?:\s*,\s*{NAME}(?:\s*,\s*\d{{1,3}})?)?(?:\s*,)?\s+(?:{LIST_WORDS})(?:\s+then)?\s+",
)
COMMA_GAP = re.compile(r"\s*,\s+")
CLAUSE_GAP = re.compile(
    r"[^;.]{0,60}?\b(?:was|is|were)\s+[^,;.]{1,60}?,?\s+(?:and|while|but)\s+", re.IGNORECASE
)
PASSIVE = re.compile(r"\s+(?:was|is|were|had been|has been)\b")
SELF = re.compile(r"himself|herself|(?:his|her)\s+own\s+life", re.IGNORECASE)
POSSESSIVE = re.compile(r"(?:his|her|their)\s", re.IGNORECASE)
ANAPHOR = re.compile(r"(?:he|she|the|this|that)\b(?!\s+\w+['’]s?\s)", re.IGNORECASE)
ALSO_HURT = re.compile(r"\s+(?:was|were|is)\s+also\s+(?:shot|wounded|injured|hurt|struck|hit)\b")
COUNTED = re.compile(
    rf"(?:[a-z]+\s+){{0,3}}(?:\d[\d,.]*|{alternation(terms('singles.tsv', 'number'))})",
    re.IGNORECASE,
)


def listed_singles(text: str, figures: tuple[Figure, ...], toll: Toll) -> Toll:
    """`toll` with killed / injured raised to the people the article lists one by one."""
    raised = {}
    for measure in MEASURES:
        current = _current(figures, measure)
        told = max(getattr(toll, measure) or 0, _listed(text, current, measure == "killed"))
        if told == 1 and measure == "injured":
            told = 1 + len(_also_hurt(text, current))
        if told > (getattr(toll, measure) or 0):
            raised[measure] = told
    return replace(toll, **raised) if raised else toll


def _listed(text: str, current: list[Figure], selves: bool) -> int:
    """The most people one list names in the first sentences with `current` figures."""
    starts = sorted({f.sentence_start for f in current}, key=lambda s: s or 0)
    found = [
        _in_sentence(text, _people([f for f in current if f.sentence_start == start]), selves)
        for start in starts[:LIST_SENTENCES]
    ]
    return max(found, default=0)


def _in_sentence(text: str, people: list[Figure], killers: bool) -> int:
    """The longest list, or (with `killers`, for the dead) a victim and then the attacker
    himself: "shot his daughter before turning the gun on himself" is 2."""
    listed = _longest_list(text, people)
    selves = [f for f in people if SELF.fullmatch(text[f.start : f.end])]
    if not (killers and selves):
        return listed
    before = [f for f in people if f.end <= selves[0].start]
    first = next((i for i, f in enumerate(before) if POSSESSIVE.match(text, f.start)), None)
    if first is None:
        return listed
    victims = before[first:]  # "his wife and two young sons before killing himself": 4
    return max(listed, (_longest_list(text, victims) or victims[0].value) + 1)


def _people(lead: list[Figure]) -> list[Figure]:
    """The figures of one sentence, overlaps and pronouns left out, in text order."""
    people: list[Figure] = []
    for figure in sorted(lead, key=lambda f: (f.start, -f.end)):
        alone = all(figure.start >= p.end or figure.end <= p.start for p in people)
        if alone and (figure.group_text or "").lower() not in PRONOUNS:
            people.append(figure)
    return people


def is_counted(figure: Figure) -> bool:
    """A count written as a number ("two", "2", "at least one"), not a person named ("a man",
    "a 2-year-old boy", "his brother")."""
    return figure.value != 1 or COUNTED.fullmatch(figure.value_text or "") is not None


def _longest_list(text: str, people: list[Figure]) -> int:
    """The most people in one run joined by list words, with a person named one by one in it:
    "A, B and C" (commas count only in a run that ends with "and"); 0 without such a run."""
    best, run, pending = 0, people[:1], []
    for first, second in pairwise(people):
        gap = text[first.end : second.start]
        if COMMA_GAP.fullmatch(gap) and not is_counted(first):
            pending.append(second)
            continue
        run = [*run, *pending, second] if _joined(text, gap, second) else [second]
        pending = []
        best = max(best, _size(run))
    return best


def _size(run: list[Figure]) -> int:
    named = len(run) > 1 and any(not is_counted(f) for f in run)
    return sum(f.value for f in run) if named else 0


def _joined(text: str, gap: str, second: Figure) -> bool:
    if LIST_GAP.fullmatch(gap):
        return True
    clause = CLAUSE_GAP.fullmatch(gap)
    return clause is not None and PASSIVE.match(text, second.end) is not None


def _current(figures: tuple[Figure, ...], measure: str) -> list[Figure]:
    found = [f for f in figures if f.measure == measure and f.scope == "event" and not f.earlier]
    return sorted(found, key=lambda f: f.start)


def _also_hurt(text: str, current: list[Figure]) -> set[str]:
    """People named after the first one hurt, in later sentences, as "also" hurt: "Henry was
    shot once. His granddaughter was also shot in the ankle" is 2 (not "he", "the victim")."""
    first = current[0] if current else None
    if first is None or is_counted(first):
        return set()
    found = set()
    for figure in current[1:]:
        words = (figure.group_text or text[figure.start : figure.end]).lower()
        later = figure.sentence_start != first.sentence_start and not is_counted(figure)
        named = not ANAPHOR.match(text, figure.start)
        if later and named and ALSO_HURT.match(text, figure.end, figure.sentence_end or figure.end):
            found.add(words)
    return found
