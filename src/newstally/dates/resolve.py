"""One time expression resolved against a published date, past preferred.

`normalise` gives a TimeML-style value ("2025-03-08", "2025-W09", "2025-Q1", "2025-03", "2025",
"PRESENT_REF"); `resolve` coarsens it to the report's date forms (YYYY-MM-DD, YYYY-MM, YYYY).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from dateparser.date import DateDataParser

from newstally.dates.periods import period
from newstally.dates.words import reference, rewrite, spell_years, strip_prefix

# Two unrelated bases: an expression that resolves the same against both is absolute.
PROBE_BASES = (date(2001, 1, 1), date(2013, 7, 17))
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "")
REPORT_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# A weekday or month (and day) named without a direction or year, which a future clause turns
# towards the coming one.
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
UNDIRECTED = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?"
    rf"|{MONTH}(?: \d{{1,2}}(?:st|nd|rd|th)?)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH}",
    re.IGNORECASE,
)


def published_date(published: str | None) -> date | None:
    """The date part of an ISO `published` value, or None when it is not one."""
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _parse(expression: str, base: date) -> tuple[datetime, str] | None:
    settings: dict[str, Any] = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_TIME_AS_PERIOD": True,
    }
    try:
        found = DateDataParser(languages=["en"], settings=settings).get_date_data(expression)
    except (ValueError, OverflowError):
        return None
    if found.date_obj is None:
        return None
    return found.date_obj, found.period or "day"


def _format(moment: datetime, granularity: str) -> str:
    if granularity == "year":
        return f"{moment.year:04d}"
    if granularity == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if granularity == "week":
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return moment.date().isoformat()


def _same_weekday(text: str, base: date) -> bool:
    """A bare weekday naming the published day itself ("on Sunday" in a Sunday paper)."""
    day = WEEKDAYS[base.weekday()]
    return text.lower() in {f"{day} {part}".strip() for part in PARTS_OF_DAY}


def _towards(text: str, base: date, direction: str) -> str:
    """ "Monday" as "coming Monday" or "past Monday" (a Monday paper's "Monday" stays that day)."""
    if direction and UNDIRECTED.fullmatch(text) and not _same_weekday(text, base):
        return f"{direction} {text}"
    return text


def _value(text: str, base: date, direction: str = "") -> str | None:
    text = _towards(text, base, direction)
    if _same_weekday(text, base):
        return base.isoformat()
    found = period(text, base)
    if found is not None:
        return found
    parsed = _parse(text, base)
    return None if parsed is None else _format(*parsed)


def normalise(expression: str, published: str | None, direction: str = "") -> str | None:
    """`expression` as a TimeML-style value, or None when it is not a time expression;
    `direction` "coming" or "past" when its clause says which (a bare "Monday" or "December" is
    then the coming or the past one)."""
    text = strip_prefix(expression)
    if not text or re.fullmatch(r"\d{1,3}", text):
        return None
    vague = reference(text) or reference(rewrite(text))
    if vague is not None:
        return vague
    text = strip_prefix(spell_years(rewrite(text)))
    if not text:
        return None
    base = published_date(published)
    if base is not None:
        return _value(text, base, direction)
    values = {_value(text, probe) for probe in PROBE_BASES}
    return values.pop() if len(values) == 1 else None


def coarsen(value: str | None, published: str | None) -> str | None:
    """A TimeML-style value in the report's date forms: a week as the month of its Thursday,
    a quarter or season as its year, PRESENT_REF as the published date."""
    if value is None or REPORT_DATE.fullmatch(value):
        return value
    if value == "PRESENT_REF":
        base = published_date(published)
        return base.isoformat() if base else None
    week = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value)
    if week:
        thursday = date.fromisocalendar(int(week[1]), int(week[2]), 4)
        return f"{thursday.year:04d}-{thursday.month:02d}"
    year = re.match(r"\d{4}-", value)
    return year.group()[:4] if year else None


def resolve(expression: str, published: str | None) -> str | None:
    """`expression` ("on Saturday", "since Thursday", "in December") as an ISO date, or None."""
    return coarsen(normalise(expression, published), published)
