"""Scope of a figure: the article's main event, or background (earlier or other events,
"the war has killed more than 300,000"); and counts an update replaced ("a previous toll of
112")."""

from __future__ import annotations

import re

from newstally.figures.terms import CUE_OF, CUES, norm
from newstally.records import Figure, Sentence

YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
EARLIER_REACH = 4


def scope_of(text: str, sentence: Sentence, published: str | None) -> str:
    """ "background" when the sentence names a background cue or an earlier year, else "event"."""
    for match in CUES.finditer(text, sentence.start, sentence.end):
        if CUE_OF[norm(match.group())] == "background":
            return "background"
    year = _year(published)
    if year is None:
        return "event"
    years = [int(y) for y in YEAR.findall(text, sentence.start, sentence.end)]
    return "background" if any(y < year for y in years) else "event"


def is_earlier(text: str, figure: Figure, sentence: Sentence) -> bool:
    """True when an "earlier" cue stands right before the figure ("a previous toll of 112")."""
    for match in CUES.finditer(text, max(sentence.start, figure.start - 60), figure.end):
        near = len(re.findall(r"\w+", text[match.end() : figure.end])) <= EARLIER_REACH
        if CUE_OF[norm(match.group())] == "earlier" and near:
            return True
    return False


def _year(published: str | None) -> int | None:
    return int(published[:4]) if published and published[:4].isdigit() else None
