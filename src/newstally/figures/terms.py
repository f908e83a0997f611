"""The term lists of `data/`, loaded once at import into regular expressions and maps."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources


def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of `data/name`, comments and blank lines skipped."""
    text = resources.files("newstally.figures").joinpath("data", name).read_text("utf-8")
    lines = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple(tuple(line.split("\t")) for line in lines)


def terms(name: str, kind: str | None = None) -> tuple[str, ...]:
    """The first column of `data/name`; with `kind`, of the rows whose second column is it."""
    return tuple(row[0] for row in rows(name) if kind is None or row[1:2] == (kind,))


def alternation(phrases: Iterable[str], space: str = r"[\s-]+") -> str:
    """A regex alternative matching any phrase, longest first; a space matches `space` (by
    default any run of spaces and hyphens).

    Phrases are grouped under their first letter ("k(?:illed|idnapped)|w(?:ounded)"): the
    regex engine then tries only the group a text's letter starts, in the same order, so it
    matches exactly what the flat list would, several times faster."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    firsts = {p[:1] for p in ordered}
    if not all(f.isascii() and f.isalpha() for f in firsts) or len(firsts) != len(
        {f.lower() for f in firsts}
    ):  # a first letter that is no ASCII letter, or one in both cases: the flat list
        return "|".join(_escaped(p, space) for p in ordered)
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        groups.setdefault(phrase[0], []).append(_escaped(phrase[1:], space))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _escaped(phrase: str, space: str) -> str:
    return re.escape(phrase).replace(r"\ ", space)


def words_regex(
    phrases: list[str] | tuple[str, ...], flags: int = re.IGNORECASE
) -> re.Pattern[str]:
    """Any of `phrases` as whole words."""
    return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", flags)


def phrase_map(name: str, column: int = 1) -> dict[str, str]:
    """Lower-cased phrase -> the value in `column`, with spaces and hyphens made alike."""
    return {norm(row[0]): row[column] for row in rows(name)}


SPACES = re.compile(r"[\s-]+")


def norm(phrase: str) -> str:
    """A phrase lower-cased with runs of spaces and hyphens as one space."""
    return SPACES.sub(" ", phrase.lower()).strip()


MEASURE_OF = phrase_map("measures.tsv")
MEASURES = words_regex(tuple(row[0] for row in rows("measures.tsv")))
GROUP_OF = phrase_map("groups.tsv")
CLOSING = frozenset(norm(row[0]) for row in rows("groups.tsv") if row[3:] == ("closes",))
SINGULAR = frozenset(norm(row[0]) for row in rows("groups.tsv") if row[2] == "1")
PLURAL = tuple(row[0] for row in rows("groups.tsv") if row[2] == "0")
ADULT_AGE = 18


def group_of_age(age: str) -> str:
    """The group of one person named by an age ("a 3-year-old"): children under ADULT_AGE,
    people otherwise (or when the age has no leading digits)."""
    years = re.match(r"\d+", age)
    return "children" if years and int(years.group()) < ADULT_AGE else "people"


GROUPS = words_regex(tuple(row[0] for row in rows("groups.tsv")))
THINGS = frozenset(row[0].lower() for row in rows("things.txt"))
QUALIFIER_OF = phrase_map("qualifiers.tsv")
CUE_OF = phrase_map("cues.tsv")
CUES = words_regex(tuple(row[0] for row in rows("cues.tsv")))
SPEECH = words_regex(tuple(row[0] for row in rows("speech.txt")))
COMBATANT_GROUPS = frozenset(
    ("combatants", "fighters", "militants", "rebels", "soldiers", "security_forces", "police")
)
CIVILIAN_GROUPS = frozenset(("civilians", "medics", "journalists", "aid_workers", "workers"))
