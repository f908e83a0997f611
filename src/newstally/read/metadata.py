"""Metadata found in an article's own text when the input gave none: published date, source.

Each finder returns the value and the span it was read from, so the span can be marked
(the date line is metadata, not content) and traced. The forms live in `data/datelines.json`,
`data/sources.json` and `data/agencies.tsv`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import dateparser

# Only the opening of an article holds its date line (after a headline at most).
DATE_WINDOW = 300


@dataclass(frozen=True, slots=True)
class Found:
    value: str
    start: int
    end: int


def _data(name: str) -> str:
    return resources.files("newstally.read").joinpath(f"data/{name}").read_text("utf-8")


def _expand(template: str, pieces: dict[str, str]) -> str:
    """`template` with every `{NAME}` replaced by its piece."""
    return re.sub(r"\{([A-Z_]+)\}", lambda match: pieces[match[1]], template)


def _load_agencies() -> dict[str, str]:
    rows = (row.split("\t") for row in _data("agencies.tsv").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


DATELINES: dict[str, Any] = json.loads(_data("datelines.json"))
MONTHS: dict[str, int] = DATELINES["months"]
NUMERIC_ORDER: dict[str, str] = DATELINES["numeric_order"]
NOT_AFTER = frozenset(DATELINES["not_after"])
DATE_FORMS = tuple(
    re.compile(r"(?<![\w/:.-])" + _expand(form, DATELINES["pieces"]), re.IGNORECASE)
    for form in DATELINES["forms"]
)
AGENCIES = _load_agencies()
_AGENCY = "|".join(re.escape(alias) for alias in sorted(AGENCIES, key=len, reverse=True))
SOURCE_LINES = tuple(
    re.compile(_expand(line, {"AGENCY": _AGENCY, "WEEKDAY": DATELINES["pieces"]["WEEKDAY"]}))
    for line in json.loads(_data("sources.json"))["lines"]
)
WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


def find_published(text: str) -> Found | None:
    """The publication date written near the top of `text`, as ISO `YYYY-MM-DD`.

    The span covers the whole date phrase (label, weekday, day, month, year, time).
    """
    window = text[:DATE_WINDOW]
    candidates = [found for found in _dates(window) if not _inside_sentence(window, found.start)]
    return min(candidates, key=lambda found: (found.start, -found.end), default=None)


def _dates(text: str) -> list[Found]:
    """Every valid date phrase in `text`, one per form and position."""
    found = []
    for form in DATE_FORMS:
        for match in form.finditer(text):
            value = _iso(match)
            if value is not None:
                found.append(Found(value, match.start(), match.end()))
    return found


def _inside_sentence(text: str, start: int) -> bool:
    """True when the date follows a word like `on` or `since`: a date in prose, not a date line."""
    before = WORD_BEFORE.search(text[max(0, start - 20) : start])
    return before is not None and before[1].lower() in NOT_AFTER


def _iso(match: re.Match[str]) -> str | None:
    """The matched date as ISO `YYYY-MM-DD`, or None when it is no real date."""
    parts = match.groupdict()
    year = int(parts["year"])
    if parts.get("a"):
        day, month = _numeric_day_month(int(parts["a"]), int(parts["b"]), parts["sep"])
    else:
        day = int(parts["day"])
        month = MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["mnum"])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric_day_month(a: int, b: int, sep: str) -> tuple[int, int]:
    """(day, month) of `a<sep>b<sep>year`: a part over 12 settles it, else the convention."""
    if a > 12 or (b <= 12 and NUMERIC_ORDER.get(sep, "dmy") == "dmy"):
        return a, b
    return b, a


def find_source(text: str) -> Found | None:
    """A source line such as `Original Source: www.thenationalnews.com` or `(Reuters) -`.

    A news agency is returned by its canonical name (`REUTERS` -> `Reuters`).
    """
    for pattern in SOURCE_LINES:
        match = pattern.search(text)
        if match:
            name = AGENCIES.get(match["name"], match["name"])
            return Found(name, match.start(), match.end())
    return None


def normalise_date(value: str) -> str | None:
    """An input's date field as ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`); None if unreadable."""
    text = value.strip()
    match = re.fullmatch(r"((?:19|20)\d\d)(?:[-/]([01]\d))?", text)
    if match:
        return "-".join(part for part in match.groups() if part)
    dates = _dates(text[:DATE_WINDOW])
    if dates:
        return min(dates, key=lambda found: (found.start, -found.end)).value
    return _parsed(text)


def _parsed(text: str) -> str | None:
    """Last resort for other spellings of a full date; None when not a whole, absolute date."""
    try:
        parsed = dateparser.parse(
            text[:100],
            languages=["en"],
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"]},
        )
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date().isoformat() if parsed else None
