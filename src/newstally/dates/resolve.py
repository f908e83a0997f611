"""One time expression resolved against a published date, past preferred.

`normalise` gives a TimeML-style value ("2025-03-08", "2025-W09", "2025-03", "2025");
`resolve` coarsens it to the report's date forms (YYYY-MM-DD, YYYY-MM or YYYY).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from importlib import resources
from typing import Any

from dateparser.date import DateDataParser

# Two unrelated bases: an expression that resolves the same against both is absolute.
PROBE_BASES = (datetime(2001, 1, 1), datetime(2013, 7, 17))
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "")


def _prefixes() -> tuple[str, ...]:
    text = resources.files("newstally.dates").joinpath("data/prefixes.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip()[:1] not in ("#", ""))


PREFIX = re.compile(r"^(?:(?:" + "|".join(map(re.escape, _prefixes())) + r")\s+)+", re.IGNORECASE)


def published_date(published: str | None) -> date | None:
    """The date part of an ISO `published` value, or None when it is not one."""
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def strip_prefix(expression: str) -> str:
    """`expression` without leading prepositions: "since Thursday" -> "Thursday"."""
    return PREFIX.sub("", " ".join(expression.split())).strip(" ,.;:")


def _parse(expression: str, base: datetime) -> tuple[datetime, str] | None:
    settings: dict[str, Any] = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_TIME_AS_PERIOD": True,
    }
    found = DateDataParser(languages=["en"], settings=settings).get_date_data(expression)
    if found.date_obj is None:
        return None
    return found.date_obj, found.period or "day"


def _format(moment: datetime, period: str) -> str:
    if period == "year":
        return f"{moment.year:04d}"
    if period == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if period == "week":
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return moment.date().isoformat()


def _same_weekday(expression: str, base: date) -> bool:
    """A bare weekday naming the published day itself ("on Sunday" in a Sunday paper)."""
    day = WEEKDAYS[base.weekday()]
    return expression.lower() in {f"{day} {part}".strip() for part in PARTS_OF_DAY}


def normalise(expression: str, published: str | None) -> str | None:
    """`expression` as a TimeML-style value (day, ISO week, month or year), or None."""
    text = strip_prefix(expression)
    if not text or re.fullmatch(r"\d{1,3}", text):
        return None
    base = published_date(published)
    if base is None:
        values = {_value(text, probe) for probe in PROBE_BASES}
        return values.pop() if len(values) == 1 else None
    if _same_weekday(text, base):
        return base.isoformat()
    return _value(text, datetime(base.year, base.month, base.day))


def _value(text: str, base: datetime) -> str | None:
    parsed = _parse(text, base)
    return None if parsed is None else _format(*parsed)


def resolve(expression: str, published: str | None) -> str | None:
    """`expression` ("on Saturday", "since Thursday", "in December") as an ISO date, or None.

    An ISO week is given as the month holding its Thursday.
    """
    value = normalise(expression, published)
    if value is None or "-W" not in value:
        return value
    year, week = value.split("-W")
    thursday = date.fromisocalendar(int(year), int(week), 4)
    return f"{thursday.year:04d}-{thursday.month:02d}"
