"""Boilerplate marked as spans, never cut, so offsets into the text stay stable.

The patterns live in `data/boilerplate.tsv`; a title repeated as the first body line and the
metadata lines found by the reader (date line, source line) are marked too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources

from newstally.records import Span

# A repeated title is looked for only near the top of the text.
TITLE_WINDOW = 600


def _load_rules() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(kind, where, compiled pattern) for each row of the data file."""
    rows = resources.files("newstally").joinpath("data/boilerplate.tsv").read_text("utf-8")
    rules = []
    for row in rows.splitlines():
        if row.strip() and not row.startswith("#"):
            kind, where, pattern = row.split("\t")
            rules.append((kind, where, re.compile(pattern, re.IGNORECASE)))
    return tuple(rules)


RULES = _load_rules()


def mark_boilerplate(
    text: str, title: str | None, metadata: tuple[Span, ...] = ()
) -> tuple[Span, ...]:
    """Every span of `text` judged not to be article content, sorted by position.

    `metadata` holds spans the reader already marked (the title line, a date or source line).
    """
    spans = [*metadata, *_pattern_spans(text)]
    if title:
        title_starts = {span.start for span in metadata if span.kind == "title"}
        spans.extend(_repeated_title(text, title, title_starts))
    return tuple(sorted(set(spans), key=lambda span: (span.start, span.end, span.kind)))


def is_boilerplate(spans: tuple[Span, ...], start: int, end: int) -> bool:
    """True when [start, end) lies inside one of `spans`."""
    return any(span.start <= start and end <= span.end for span in spans)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    position = 0
    for line in text.split("\n"):
        yield position, line
        position += len(line) + 1


def _pattern_spans(text: str) -> Iterator[Span]:
    for offset, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        lead = offset + line.index(stripped[0])
        for kind, where, pattern in RULES:
            if where == "line" and pattern.fullmatch(stripped):
                yield Span(lead, lead + len(stripped), kind)
                break
            if where == "inline":
                yield from (
                    Span(offset + m.start(), offset + m.end(), kind) for m in pattern.finditer(line)
                )


def _repeated_title(text: str, title: str, title_starts: set[int]) -> Iterator[Span]:
    """The title written again in the body, not counting the title line itself."""
    words = re.findall(r"\w+", title)
    if len(words) < 3:
        return
    pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"[.!?:]?", re.IGNORECASE)
    for match in pattern.finditer(text[:TITLE_WINDOW]):
        if match.start() not in title_starts:
            yield Span(match.start(), match.end(), "repeated_title")
            return
