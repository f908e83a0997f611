"""Metadata found in an article's own text when the input gave none: published date, source.

Each finder returns the value and the span it was read from, so the span can be marked
(the date line is metadata, not content) and traced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Only the opening of an article holds its date line.
DATE_WINDOW = 300

ISO_DATE = re.compile(
    r"\b(?:date\s*:?\s*)?(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", re.I
)

SOURCE_LINES = (
    re.compile(r"^\s*Original Source:\s*(?P<name>\S.*?)\s*$", re.M | re.I),
    re.compile(r"^\s*Source:\s*(?P<name>\S.*?)\s*$", re.M | re.I),
    re.compile(r"\((?P<name>Reuters|AFP|AP|Associated Press)\)\s*[-–—]", re.I),
    re.compile(r"[-–—]\s*(?P<name>REUTERS|AFP)\s*$", re.M),
)


@dataclass(frozen=True, slots=True)
class Found:
    value: str
    start: int
    end: int


def find_published(text: str) -> Found | None:
    """The publication date written near the top of `text`, as ISO `YYYY-MM-DD`."""
    match = ISO_DATE.search(text[:DATE_WINDOW])
    if match is None:
        return None
    value = f"{match['y']}-{match['m']}-{match['d']}"
    return Found(value, match.start(), match.end())


def find_source(text: str) -> Found | None:
    """A source line such as `Original Source: www.thenationalnews.com` or `(Reuters) -`."""
    for pattern in SOURCE_LINES:
        match = pattern.search(text)
        if match:
            return Found(match["name"], match.start(), match.end())
    return None


def normalise_date(value: str) -> str | None:
    """An input's date field as ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`); None if unreadable."""
    match = re.match(r"\s*((?:19|20)\d\d)(?:-([01]\d)(?:-([0-3]\d))?)?", value)
    if match:
        return "-".join(part for part in match.groups() if part)
    found = find_published(value)
    return found.value if found else None
