"""The measure of a count: the nearest kill, injury, arrest... word before or after it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from newstally.figures.context import words_between
from newstally.figures.numbers import COUNT, NUMBER
from newstally.figures.terms import MEASURE_OF, MEASURES, alternation, norm, terms
from newstally.records import Figure, Sentence


def _words(kind: str) -> str:
    """The words of `kind` in `data/measure_words.tsv` as a regex alternative."""
    return alternation(terms("measure_words.tsv", kind), space=" ")


ADJACENT_ONLY = frozenset(norm(w) for w in terms("measure_words.tsv", "adjacent"))
MAX_RIGHT = 10
MAX_LEFT = 6
MAX_LEFT_TOLL = 12
TOLL_RISE = re.compile(
    rf"\btoll\b[^.]*\b(?:{_words('rise')})\s+(?:to|at)\s+$|\btoll\b[^.]{{0,60}}\breached\s+$",
    re.IGNORECASE,
)
PASSIVE_COUNT = re.compile(
    rf"(?<![\w,.])(?:{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:were|was|are|have been|had been)\s+$",
    re.IGNORECASE,
)
CLAUSE_OPEN = re.compile(rf"[\s,;]*(?:{_words('clause')})\s+(?:another\s+)?", re.IGNORECASE)
AUXILIARY = re.compile(
    r"(?:\s*[,–—-]+[^,.;–—]{1,60}?[,–—-]+)?"  # "four others, including a boy, were shot"
    rf"\s+(?:(?:{_words('auxiliary')})\s+){{1,3}}",
    re.IGNORECASE,
)
_UPDATE = rf"\b(?:{_words('update')})\s+to\b"
UPDATE = re.compile(_UPDATE, re.IGNORECASE)
UPDATED_TO = re.compile(rf"{_UPDATE}\s+(?:(?:{_words('bound')})\s+)?$", re.IGNORECASE)
OWN_SUBJECT = re.compile(
    r"\b(?:he|she)\s+(?:(?:was|were|is|are|had been|has been)\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
WHO_AFTER = re.compile(r"\s+who\s+(?:(?:was|were|had been|has been|later)\s+){0,2}(?:\w+\s+)?")
GLUED_STOP = re.compile(r"(?<=[a-z])[.!?][\"”’]?[A-Z]")
OTHERS = re.compile(r"\bothers?\b", re.IGNORECASE)
REACH = 160  # characters either side searched for a measure word
PART_GAP = re.compile(rf"\b(?:{_words('part')})\s+$", re.IGNORECASE)
LIST_GAP = re.compile(rf"^[\s,;–—-]*(?:(?:{_words('list')})\s+)?$")


def with_measure(text: str, figure: Figure, sentence: Sentence) -> Figure:
    """`figure` with the measure of the nearest measure word before or after it."""
    right = MEASURES.search(text, figure.end, min(sentence.end, figure.end + REACH))
    floor = max(sentence.start, figure.start - REACH)
    left = _last(MEASURES.finditer(text, floor, figure.start))
    right_gap = words_between(text, figure.end, right.start()) if right else None
    left_gap = words_between(text, left.end(), figure.start) if left else None
    if right_gap is not None and right_gap > MAX_RIGHT:
        right = right_gap = None
    if right is not None and right_gap and _adjacent_only(right):
        right = right_gap = None  # "two officers drove him to the hospital": not theirs
    if left is not None and _adjacent_only(left):
        left = left_gap = None
    if left is not None and left_gap is not None and left_gap > _left_limit(left.group()):
        left = left_gap = None
    if right is not None and OWN_SUBJECT.search(text, figure.end, right.start()):
        right = right_gap = None  # "with three friends when she was shot": hers, not theirs
    if left is not None and GLUED_STOP.search(text, left.end(), figure.start):
        left = left_gap = None  # "pronounced dead.The three other victims": another sentence
    if TOLL_RISE.search(text[floor : figure.start]):
        return replace(figure, measure="killed")
    if (left is None or left_gap is None) and right is None:
        return _updated(text, figure, sentence) or _own(text, figure)
    if left is None or left_gap is None:
        return replace(figure, measure=_measure(right.group())) if right else figure
    if right is not None and right_gap is not None and right_gap <= 1 and _owned(text, left, floor):
        return replace(figure, measure=_measure(right.group()))
    if right is not None and WHO_AFTER.fullmatch(text, figure.end, right.start()):
        return replace(figure, measure=_measure(right.group()))  # "one who was pronounced dead"
    if right is not None and _own_clause(text, left.end(), figure, right.start()):
        return replace(figure, measure=_measure(right.group()))
    if right is not None and _others_after(text, left.end(), figure):
        return replace(figure, measure=_measure(right.group()))
    if right is None or right_gap is None or _prefers_left(text, left_gap, right_gap, right):
        return replace(figure, measure=_measure(left.group()))
    return replace(figure, measure=_measure(right.group()))


def _updated(text: str, figure: Figure, sentence: Sentence) -> Figure | None:
    """A bare count a toll was updated to takes the measure of the count before it, a
    sentence back at most: "an initial death toll of 47. This was later updated to 82"."""
    if not UPDATED_TO.search(text, max(0, figure.start - 60), figure.start):
        return None
    floor = max(0, sentence.start - REACH)
    before = _last(MEASURES.finditer(text, floor, figure.start))
    return replace(figure, measure=_measure(before.group())) if before else None


def _own(text: str, figure: Figure) -> Figure:
    """`figure` with the measure its own words name, when no word around it does: "14 of the
    dead were fighters"."""
    inside = MEASURES.search(text, figure.start, figure.end)
    return replace(figure, measure=_measure(inside.group())) if inside else figure


def _own_clause(text: str, left_end: int, figure: Figure, right_start: int) -> bool:
    """A count opening its own clause after "and" takes the passive verb after it: "three
    people were killed and at least 22 others have been wounded"."""
    opened = CLAUSE_OPEN.fullmatch(text, left_end, figure.start) is not None
    return opened and AUXILIARY.fullmatch(text, figure.end, right_start) is not None


def _others_after(text: str, left_end: int, figure: Figure) -> bool:
    """ "One person is dead and three others are being treated for injuries": others after
    "and" are not the dead (the verb after them tells what happened to them)."""
    opened = CLAUSE_OPEN.fullmatch(text, left_end, figure.start) is not None
    return opened and OTHERS.search(text, figure.start, figure.end) is not None


def _owned(text: str, left: re.Match[str], floor: int) -> bool:
    """The measure word before a count already closes a passive count before it: "14 people
    were killed 25 were wounded"."""
    return PASSIVE_COUNT.search(text[max(floor, left.start() - 60) : left.start()]) is not None


def _prefers_left(text: str, left_gap: int, right_gap: int, right: re.Match[str]) -> bool:
    """The nearer measure word wins, the one after on a tie ("8 persons killed 58 others
    injured"), unless that one is right before the next count ("killed 30 people injured 90")."""
    if left_gap == right_gap == 0:
        return COUNT.match(text, right.end() + _spaces(text, right.end())) is not None
    return left_gap < right_gap


def share_measures(text: str, figures: list[Figure]) -> list[Figure]:
    """Counts listed together ("125 soldiers and 148 fighters were killed") share a measure, and
    a part takes its total's ("updated to 82 on Sunday including 58 civilians")."""
    shared = list(figures)
    for _ in range(2):
        for index in range(len(shared) - 1):
            first, second = shared[index], shared[index + 1]
            gap = text[first.end : second.start]
            if LIST_GAP.match(gap) or (not second.measure and PART_GAP.search(gap)):
                measure = first.measure or second.measure
                shared[index] = replace(first, measure=first.measure or measure)
                shared[index + 1] = replace(second, measure=second.measure or measure)
    return shared


def _spaces(text: str, at: int) -> int:
    return len(text[at : at + 10]) - len(text[at : at + 10].lstrip())


def _left_limit(word: str) -> int:
    return MAX_LEFT_TOLL if "toll" in word.lower() else MAX_LEFT


def _adjacent_only(word: re.Match[str]) -> bool:
    """A place phrase measures only the count right before it: "sent four people to the
    hospital"."""
    return norm(word.group()) in ADJACENT_ONLY


def _measure(word: str) -> str:
    return MEASURE_OF[norm(word)]


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - the last one is wanted
        pass
    return found
