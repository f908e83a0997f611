"""Number phrases: digits ("1,000", "1.5 million"), words ("twenty-two", "a thousand"),
vague amounts ("dozens", read by ACLED's convention), ranges and the qualifier before them.

A found count is a `Figure` whose measure and group are not known yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newstally.figures.terms import QUALIFIER_OF, alternation, norm, rows
from newstally.records import Figure

WORD_ROWS = rows("numbers.tsv")
WORD_VALUE = {norm(word): int(value) for word, value, _ in WORD_ROWS}
VAGUE_VALUE = {norm(row[0]): int(row[1]) for row in rows("vague.tsv")}


def _kind(*kinds: str) -> str:
    return alternation(tuple(word for word, _, kind in WORD_ROWS if kind in kinds))


DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALE = _kind("scale")
WORD = rf"(?:{_kind('ten')})(?:[\s-](?:{_kind('unit')}))?|{_kind('unit', 'teen')}"
NUMBER = (
    rf"(?:{DIGITS})(?:\s+(?:{SCALE}))?"
    rf"|(?:{WORD}|an?)\s+(?:{SCALE})(?:\s+(?:and\s+)?(?:{WORD}))?"
    rf"|{WORD}"
)
VAGUE = alternation(tuple(VAGUE_VALUE))
QUALIFIER = alternation(tuple(QUALIFIER_OF))
COUNT = re.compile(
    rf"(?<![\w$£€.,+-])(?:(?P<qualifier>{QUALIFIER})\s+)?"
    rf"(?:(?P<between>between)\s+(?P<low>{NUMBER})\s+and\s+(?P<high>{NUMBER})"
    rf"|(?P<first>{NUMBER})(?:\s*(?:-|–|to|or)\s*(?P<second>{NUMBER}))?"
    rf"|(?P<vague>{VAGUE}))(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)


def find_counts(text: str, start: int, end: int) -> Iterator[Figure]:
    """Every number phrase in `text[start:end]`, as a Figure without measure or group."""
    for match in COUNT.finditer(text, start, end):
        figure = _count(match)
        if figure is not None:
            yield figure


def _count(match: re.Match[str]) -> Figure | None:
    low_text = match.group("low") or match.group("first")
    high_text = match.group("high") or match.group("second")
    qualifier = QUALIFIER_OF.get(norm(match.group("qualifier") or ""), "exact")
    if match.group("vague"):
        value, high = VAGUE_VALUE[norm(match.group("vague"))], None
        qualifier = "at_least" if qualifier == "exact" else qualifier
    else:
        found = number_value(low_text)
        if found is None:
            return None
        value, high = found, number_value(high_text) if high_text else None
    if high is not None and high > value:
        qualifier = "range"
    else:
        high = None
    number_start = match.start("qualifier") if match.group("qualifier") else match.start()
    value_start = match.end("qualifier") if match.group("qualifier") else number_start
    return Figure(
        measure="",
        group="people",
        value=value,
        high=high,
        qualifier=qualifier,
        start=number_start,
        end=match.end(),
        value_text=match.string[value_start : match.end()].strip(),
    )


def number_value(text: str) -> int | None:
    """The integer a number phrase names: "1,000" 1000, "1.5 million", "two hundred and ten"."""
    if norm(text) in VAGUE_VALUE:
        return VAGUE_VALUE[norm(text)]
    words = norm(text.replace(",", "")).replace(" and ", " ").split()
    total, current = 0, 0.0
    for word in words:
        amount = _word_amount(word)
        if amount is None:
            return None
        if word in ("hundred",):
            current = (current or 1) * amount
        elif amount >= 1000 and word.isalpha():
            total += int((current or 1) * amount)
            current = 0
        else:
            current += amount
    return int(total + current)


def _word_amount(word: str) -> float | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    if word in ("a", "an"):
        return 0
    parts = word.split()
    return WORD_VALUE.get(word) if parts else None
