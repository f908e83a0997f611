"""Words around a count: the word before or after, how many words lie between two offsets."""

from __future__ import annotations

import re

from newstally.figures.terms import phrase_map, rows, words_regex

WORD = re.compile(r"[\w'’$%]+(?:[-.][\w'’]+)*")
# A person's name: one to four capitalised words, a middle initial allowed ("Kyre Bethea",
# "John W. Smith"); shared by the subject of a measure and a name in apposition in a list.
NAME = r"(?:[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){0,3})"
FILLER_ROLE = phrase_map("fillers.tsv")
FILLERS = words_regex(tuple(row[0] for row in rows("fillers.tsv")))
STOP_WORDS = frozenset(word for word, role in FILLER_ROLE.items() if role == "stop")
NOT_BEFORE = frozenset(row[0] for row in rows("not_before.txt"))
NOT_AFTER = frozenset(row[0] for row in rows("not_after.txt"))


def word_after(text: str, end: int, limit: int) -> str:
    """The word starting right after `end` (spaces skipped), lower-cased, or ""."""
    match = re.compile(r"[ \t]*([\w'’$%]+(?:-[\w'’]+)*)").match(text, end, limit)
    return match.group(1).lower() if match else ""


def word_before(text: str, start: int, floor: int) -> str:
    """The word ending right before `start` (spaces skipped), lower-cased, or ""."""
    match = re.search(
        r"([\w'’$%]+(?:[-.][\w'’]+)*\.?)[ \t]*$", text[max(floor, start - 40) : start]
    )
    return match.group(1).lower().rstrip(".") if match else ""


def words_between(text: str, start: int, end: int) -> int:
    """How many words lie in `text[start:end]`."""
    return len(WORD.findall(text, start, end)) if end > start else 0


def role_at(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The filler role of a phrase starting at `start` (spaces skipped) and where it ends."""
    while start < end and text[start] in " \t":
        start += 1
    match = FILLERS.match(text, start, end)
    return (FILLER_ROLE[_norm(match.group())], match.end()) if match else None


def _norm(phrase: str) -> str:
    return re.sub(r"[\s-]+", " ", phrase.lower())
