"""The first pass of find_dates: time expressions found by the patterns in `data/find.txt`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources

from newstally.clean import is_boilerplate
from newstally.dates.words import NUMBERS
from newstally.records import Span
from newstally.twin import Twin, agreed, twin

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
# A preposition or modifier before an expression is taken into it ("since Thursday").
LEAD = re.compile(
    r"\b(?i:on|since|in|by|until|till|from|during|as of|before|after|through|at|early|late|mid)"
    r"[ -]$"
)
PLACEHOLDERS = {
    "LEAD": "",
    "MONTH": rf"\b(?:{MONTHS})(?![a-z])",
    "WEEKDAY": r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
    "NUMBER": r"(?:\d+|(?i:a|an|a few|several|many|" + "|".join(NUMBERS) + r"))",
    "NUMBERWORD": "|".join(NUMBERS),
    "YEAR": r"(?<![\d,.])(?:1[89]|20)\d{2}",
    "SPOKENYEAR": r"(?:(?:eighteen|nineteen)(?:[ -](?:hundred|and|NUMBERWORD))+"
    r"|two thousand(?: and NUMBERWORD)?)".replace("NUMBERWORD", "|".join(NUMBERS)),
}


def _patterns() -> tuple[Twin, ...]:
    text = resources.files("newstally.dates").joinpath("data/find.txt").read_text("utf-8")
    lines = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple(twin(re.compile(_fill(line))) for line in lines)


def _fill(line: str) -> str:
    for name, pattern in PLACEHOLDERS.items():
        line = line.replace("{" + name + "}", pattern)
    return line


PATTERNS = _patterns()


def _candidates(text: str) -> Iterator[tuple[int, int]]:
    fast = agreed(text)
    for pattern in PATTERNS:
        for match in pattern.choose(fast).finditer(text):
            phrase = match.group()
            stripped = phrase.rstrip(" ,")
            start = match.start() + len(phrase) - len(phrase.lstrip())
            if stripped.strip():
                yield _lead(text, start), match.start() + len(stripped)


def _lead(text: str, start: int) -> int:
    """`start` moved back over a leading preposition or modifier, if there is one."""
    found = LEAD.search(text, max(0, start - 9), start)
    return found.start() if found else start


def time_spans(text: str, boilerplate: tuple[Span, ...] = ()) -> tuple[tuple[int, int], ...]:
    """Non-overlapping (start, end) spans of time expressions, longest first, in text order."""
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(set(_candidates(text)), key=lambda s: (s[0] - s[1], s[0])):
        clear = all(end <= s or e <= start for s, e in chosen)
        if clear and not is_boilerplate(boilerplate, start, end):
            chosen.append((start, end))
    return tuple(sorted(chosen))
