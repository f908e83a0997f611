"""Periods dateparser does not give in TimeML form: quarters, seasons, decades, weekends, and
month names without a year (the nearer of last and next, as TimeBank annotates them).

Each kind's pattern is a row of `data/patterns.tsv`; this module holds one function per kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from importlib import resources

from newstally.dates.words import NUMBERS

QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
DECADE_WORDS = ("twen", "thir", "for", "fif", "six", "seven", "eigh", "nine")
SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# A month named without a year is taken from the future only when that is this much nearer.
PAST_BIAS = 2
SHIFT = {"last": -1, "past": -1, "next": 1, "this": 0}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    text = resources.files("newstally.dates").joinpath("data/patterns.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line[:1] not in ("#", ""))
    return tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in rows)


PATTERNS = _patterns()


WEEKDAY_STEMS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _weekday(match: re.Match[str], base: date) -> str:
    """The nearest such weekday before the published day (after it for "next", "coming")."""
    wanted = WEEKDAY_STEMS.index(match["day"].lower())
    if (match["rel"] or "").lower() in ("next", "this coming", "coming"):
        return (base + timedelta(days=(wanted - base.weekday() - 1) % 7 + 1)).isoformat()
    return (base - timedelta(days=(base.weekday() - wanted - 1) % 7 + 1)).isoformat()


def _relative_day(match: re.Match[str], base: date) -> str:
    return (base + timedelta(days=DAY_OFFSETS[match["word"].lower()])).isoformat()


def _month_number(name: str) -> int:
    return MONTHS.index(name.lower()[:3]) + 1


def _month_day_year(match: re.Match[str], base: date) -> str | None:
    month = _month_number(match["month"] or match["month2"])
    day, year = int(match["day"] or match["day2"]), int(match["year"] or match["year2"])
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_year(match: re.Match[str], base: date) -> str:
    return f"{match['year']}-{_month_number(match['month']):02d}"


def _iso_date(match: re.Match[str], base: date) -> str | None:
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"])).isoformat()
    except ValueError:
        return None


def _year(match: re.Match[str], base: date) -> str:
    return match["year"]


def _quarter(match: re.Match[str], base: date) -> str:
    name = match["n"].lower().lstrip("q")
    number = QUARTERS.get(name) or int(name)
    year = match["year"] or match["year2"]
    if year:
        return f"{year}-Q{number}"
    if match["rel"] or match["ago"]:
        return f"{base.year + SHIFT[(match['rel'] or 'last').lower()]}-Q{number}"
    started = date(base.year, 3 * number - 2, 1) <= base
    return f"{base.year if started else base.year - 1}-Q{number}"


def _half(match: re.Match[str], base: date) -> str:
    """ "the last half of 1989" is TimeML's 1989-H2."""
    return f"{match['year']}-H{1 if match['n'].lower() == 'first' else 2}"


def _latest_quarter(match: re.Match[str], base: date) -> str:
    """ "this quarter"; "the quarter", "the latest quarter": the last one completed."""
    shift = {"this": 0, "next": 1}.get((match["rel"] or "").lower(), -1)
    index = (base.month - 1) // 3 + base.year * 4 + shift
    return f"{index // 4}-Q{index % 4 + 1}"


def _season(match: re.Match[str], base: date) -> str:
    code = SEASONS[match["season"].lower()]
    relation = (match["rel"] or "this").lower()
    year = int(match["year"] or base.year + SHIFT.get(relation, 0))
    if relation in ("last", "past") and not match["year"]:
        ended = date(base.year, (SEASON_STARTS[code] + 1) % 12 + 1, 28) < base
        year = base.year if ended else base.year - 1
    return f"{year}-{code}"


def _decade(match: re.Match[str], base: date) -> str:
    century = (match["century"] or "'").strip("'") or str(base.year // 100)
    return f"{century}{match['decade']}"


def _relative_decade(match: re.Match[str], base: date) -> str:
    """ "the last decade" in 1998 is the 1980s (TimeML "198")."""
    return str(base.year // 10 + SHIFT[match["rel"].lower()])


def _decade_word(match: re.Match[str], base: date) -> str:
    word = match["decade"].lower()
    digit = next(i for i, stem in enumerate(DECADE_WORDS, start=2) if word.startswith(stem))
    return f"{base.year // 100}{digit}"


def _century(match: re.Match[str], base: date) -> str:
    return f"{int(match['n']) - 1:02d}"


def _weekend(match: re.Match[str], base: date) -> str:
    """The weekend ending on or before the published date (or holding it)."""
    saturday = base - timedelta(days=(base.weekday() - 5) % 7)
    year, week, _ = saturday.isocalendar()
    return f"{year}-W{week:02d}-WE"


def _month_of_year(match: re.Match[str], base: date) -> str:
    month = MONTHS.index(match["month"].lower()[:3]) + 1
    return f"{base.year + SHIFT[match['rel'].lower()]:04d}-{month:02d}"


def _month_day(match: re.Match[str], base: date) -> str | None:
    """A month (and day) without a year: whichever of its last and next times is nearer."""
    month = MONTHS.index((match["month"] or match["month2"]).lower()[:3]) + 1
    day = match["day"] or match["day2"]
    try:
        candidates = [date(y, month, int(day or 15)) for y in range(base.year - 1, base.year + 2)]
    except ValueError:
        return None
    chosen = _month_of(candidates, (match["rel"] or "").lower(), base, bool(day))
    return chosen.isoformat() if day else chosen.isoformat()[:7]


def _month_of(candidates: list[date], relation: str, base: date, has_day: bool) -> date:
    """Last, this or next year's candidate, the coming or past one, or the nearer one."""
    month_start = date(base.year, base.month, 1)
    if relation == "this":
        return candidates[1]
    if relation in ("coming", "past"):
        today = base if has_day else month_start
        days = [(c if has_day else c.replace(day=1), c) for c in candidates]
        coming = [c for day, c in days if day >= today]
        return coming[0] if relation == "coming" else [c for day, c in days if day <= today][-1]
    if relation:
        past = [c for c in candidates if c.replace(day=1) < month_start]
        future = [c for c in candidates if c.replace(day=1) > month_start]
        return past[-1] if relation == "last" else future[0]
    return min(candidates, key=lambda c: abs((c - base).days) * (1 if c <= base else PAST_BIAS))


def _duration(match: re.Match[str], base: date) -> str:
    """ "the past three months" as TimeML's duration P3M: how long, not when."""
    count = match["n"] if match["n"].isdigit() else NUMBERS[match["n"].lower()]
    return f"P{count}{match['unit'][0].upper()}"


def _past_ref(match: re.Match[str], base: date) -> str:
    return "PAST_REF"


def _future_ref(match: re.Match[str], base: date) -> str:
    return "FUTURE_REF"


HANDLERS: dict[str, Callable[[re.Match[str], date], str | None]] = {
    "weekday": _weekday,
    "relative_day": _relative_day,
    "month_day_year": _month_day_year,
    "month_year": _month_year,
    "iso_date": _iso_date,
    "year": _year,
    "quarter": _quarter,
    "half": _half,
    "latest_quarter": _latest_quarter,
    "season": _season,
    "decade": _decade,
    "relative_decade": _relative_decade,
    "decade_word": _decade_word,
    "century": _century,
    "weekend": _weekend,
    "month_of_year": _month_of_year,
    "month_day": _month_day,
    "duration": _duration,
    "past_ref": _past_ref,
    "future_ref": _future_ref,
}


def period(text: str, base: date) -> str | None:
    """The TimeML value of `text` when one of the period patterns reads it, else None (also
    when it falls past the calendar's ends)."""
    for kind, pattern in PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            try:
                return HANDLERS[kind](match, base)
            except (ValueError, OverflowError):
                return None
    return None
