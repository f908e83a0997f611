"""Sentences and tokens with character offsets into the article text.

A fast rule-based splitter: paragraphs (line breaks) always end a sentence; inside a line a
sentence ends at `.`, `!` or `?` (with closing quotes) followed by space and a capital, digit or
opening quote, unless the word before is a known abbreviation or a single initial.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from newstally.records import Sentence, Token
from newstally.twin import agreed, twin

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "maj",
        "cpl",
        "pvt",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "fig",
        "approx",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "u.s",
        "u.n",
        "u.k",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    ]
)
BOUNDARY = twin(
    re.compile(
        r"[.!?]+[\"'”’)\]]*"  # the stop and any closing quotes or brackets
        r"(?=\s+[\"'“‘(\[]?[A-Z0-9])"  # then space and what opens a sentence
        r"|(?<=[a-z]{3})[.!?](?=[A-Z][a-z]{2,})"  # or a stop glued to the next word ("dead.Police")
    )
)
# The word before a full stop, looked for only this far back: abbreviations are short, and
# searching the whole line before every stop is quadratic on long one-line articles.
WORD_BEFORE = re.compile(r"[\w.]+$")
ABBREVIATION_LOOKBACK = 40
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|[^\w\s]")


def sentences(text: str) -> tuple[Sentence, ...]:
    """Every sentence of `text` as offsets, whitespace trimmed; empty lines yield nothing."""
    found: list[Sentence] = []
    position = 0
    boundary = BOUNDARY.choose(agreed(text))
    for line in text.split("\n"):
        found.extend(_line_sentences(line, position, boundary))
        position += len(line) + 1
    return tuple(found)


def tokens(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Word, number and punctuation tokens of `text[start:end]`, offsets into `text`."""
    stop = len(text) if end is None else end
    return tuple(Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, stop))


def _line_sentences(line: str, offset: int, boundary: Any) -> Iterator[Sentence]:
    start = 0
    for match in boundary.finditer(line):
        if _is_abbreviation(line, match.start()):
            continue
        yield from _trimmed(line, start, match.end(), offset)
        start = match.end()
    yield from _trimmed(line, start, len(line), offset)


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    word = WORD_BEFORE.search(line, max(0, dot - ABBREVIATION_LOOKBACK), dot)
    if word is None:
        return False
    before = word.group().lower()
    return before in ABBREVIATIONS or (len(before) == 1 and before.isalpha())


def _trimmed(line: str, start: int, end: int, offset: int) -> Iterator[Sentence]:
    piece = line[start:end]
    stripped = piece.strip()
    if stripped:
        lead = start + piece.index(stripped[0])
        yield Sentence(offset + lead, offset + lead + len(stripped))
