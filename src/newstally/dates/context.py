"""Relative expressions anchored on an earlier time expression rather than the published date:
"On March 3 ... the next day" is March 4, "a year earlier" after "the third quarter of 1989" is
1988's third quarter. The phrasings are the rows of `data/anaphors.tsv`; deictic expressions
("yesterday", "last week", "on Saturday") stay anchored on the published date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources

from newstally.dates.words import NUMBERS, strip_prefix

WEEKDAY_STEMS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
GRAINS = ("day", "week", "month", "quarter", "year")
COUNTS = {"a": 1, "an": 1, "one": 1} | NUMBERS
ANCHOR_FORMS = (
    ("day", re.compile(r"(\d{4})-(\d{2})-(\d{2})")),
    ("week", re.compile(r"(\d{4})-W(\d{2})")),
    ("month", re.compile(r"(\d{4})-(\d{2})")),
    ("quarter", re.compile(r"(\d{4})-Q([1-4])")),
    ("year", re.compile(r"(\d{4})")),
)


@dataclass(frozen=True)
class Anaphor:
    """A phrase's move from its anchor: `shift` units of `unit`, written in `grain` ("unit",
    "anchor" or a grain named outright: "the year-ago quarter" is a quarter)."""

    shift: int
    unit: str
    grain: str
    in_paragraph: bool
    weekday: int | None = None
    year: int | None = None

    @property
    def keep_anchor_grain(self) -> bool:
        return self.grain == "anchor"


@dataclass(frozen=True)
class Moment:
    """A resolved value as its first day and grain ("1989-Q3" -> 1989-07-01, quarter)."""

    start: date
    grain: str


def _rows() -> tuple[tuple[re.Pattern[str], str, str, str, str], ...]:
    text = resources.files("newstally.dates").joinpath("data/anaphors.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line[:1] not in ("#", ""))
    return tuple((re.compile(p, re.IGNORECASE), s, u, g, w) for p, s, u, g, w in rows)


ANAPHORS = _rows()


def _tense_clause() -> re.Pattern[str]:
    text = resources.files("newstally.dates").joinpath("data/tense.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line[:1] not in ("#", "")]
    ways = {way: "|".join(cue for w, cue in rows if w == way) for way, _ in rows}
    cue = rf"(?<![\w'-])(?:{'|'.join(ways.values())})\b"
    stop = rf"{cue}|\b(?:said|says|told|announced|reported|added|stated)\b|[.;:!?\n]"
    named = "|".join(f"(?P<{way}>{cues})" for way, cues in ways.items())
    return re.compile(rf"(?<![\w'-])(?:{named})\b(?:(?!{stop}).){{0,80}}$", re.IGNORECASE)


TENSE_CLAUSE = _tense_clause()


def clause_direction(text: str, start: int) -> str:
    """ "coming" or "past" when the clause leading up to `start` says which ("will meet on",
    "ended on"), else ""."""
    match = TENSE_CLAUSE.search(text, max(0, start - 100), start)
    return "" if match is None else next(way for way, cue in match.groupdict().items() if cue)


def _count(number: str) -> int | None:
    return int(number) if number.isdigit() else COUNTS.get(number)


def anaphor(expression: str) -> Anaphor | None:
    """How `expression` moves from an earlier expression, or None when it does not lean on one."""
    text = strip_prefix(expression).lower()
    for pattern, shift, unit, grain, where in ANAPHORS:
        match = pattern.fullmatch(text)
        count = _count(match["n"]) if match and "n" in shift else 1
        if match and count is not None:
            steps = count * (-1 if shift.startswith("-") else 1) if "n" in shift else int(shift)
            unit = match["unit"] if unit == "*" else unit
            day = match.groupdict().get("weekday")
            weekday = WEEKDAY_STEMS.index(day) if day else None
            year = int(match["year"]) if match.groupdict().get("year") else None
            return Anaphor(steps, unit, grain, where == "paragraph", weekday, year)
    return None


def moment(value: str | None) -> Moment | None:
    """`value` ("1998-02-13", "1989-Q3", "1998-W07", "1990") as a Moment, or None."""
    for grain, form in ANCHOR_FORMS:
        match = form.fullmatch(value or "")
        if match:
            return _moment(grain, [int(part) for part in match.groups()])
    return None


def _moment(grain: str, parts: list[int]) -> Moment | None:
    try:
        if grain == "week":
            return Moment(date.fromisocalendar(parts[0], parts[1], 1), grain)
        if grain == "quarter":
            return Moment(date(parts[0], 3 * parts[1] - 2, 1), grain)
        return Moment(date(*[*parts, 1, 1][:3]), grain)
    except ValueError:
        return None


def fits(anchor: Moment, move: Anaphor) -> bool:
    """Whether `anchor` is fine enough to move by `move`'s unit ("the next day" needs a day) and
    to be written in the grain `move` names ("the year-ago quarter" needs a quarter or finer)."""
    named = move.grain if move.grain in GRAINS else move.unit
    return GRAINS.index(anchor.grain) <= min(GRAINS.index(move.unit), GRAINS.index(named))


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, _days_in(year, month + 1)))


def _days_in(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _to_weekday(day: date, weekday: int, direction: int) -> int:
    """Days from `day` to the nearest `weekday` strictly before it (direction < 0) or after."""
    if direction < 0:
        return -((day.weekday() - weekday - 1) % 7 + 1)
    return (weekday - day.weekday() - 1) % 7 + 1


def moved(anchor: Moment, move: Anaphor) -> str | None:
    """The TimeML value `move` gives from `anchor` (None past the calendar's ends)."""
    months = {"month": 1, "quarter": 3, "year": 12}.get(move.unit, 0) * move.shift
    if move.year is not None:
        months = 12 * (move.year - anchor.start.year)
    days = {"day": 1, "week": 7}.get(move.unit, 0) * move.shift
    if move.weekday is not None:
        days = _to_weekday(anchor.start, move.weekday, move.shift)
    try:
        start = _add_months(anchor.start, months) + timedelta(days=days)
    except (ValueError, OverflowError):
        return None
    grain = move.grain if move.grain in GRAINS else move.unit
    if move.keep_anchor_grain and fits(anchor, move):
        grain = anchor.grain
    return timeml(start, grain)


def timeml(day: date, grain: str) -> str:
    """`day` written in `grain`: 1989-07-01 as a quarter is "1989-Q3"."""
    if grain == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    forms = {
        "day": day.isoformat(),
        "month": day.isoformat()[:7],
        "quarter": f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}",
    }
    return forms.get(grain, f"{day.year:04d}")
