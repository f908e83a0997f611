"""Scope of a figure: the article's main event, or background (earlier or other events,
"the war has killed more than 300,000"); and counts an update replaced ("a previous toll of
112")."""

from __future__ import annotations

import re
from dataclasses import replace

from newstally.figures.measures import TOLL_RISE, UPDATED_TO
from newstally.figures.terms import CUE_OF, CUES, norm
from newstally.records import Figure, Sentence

YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
EARLIER_REACH = 4
RELATED = re.compile(r"\bRelated(?:\s+(?:News|Articles|Stories|Content))?\b")


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


def is_linked(text: str, figure: Figure, sentence: Sentence) -> bool:
    """True for a count in the headlines a page links to after "Related", which a scraped
    text runs into the article's sentence: "Print Tweet Related ... 43 civilians dead"."""
    return RELATED.search(text, sentence.start, figure.start) is not None


def replaced_by_updates(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """`figures` with the counts an update replaced marked earlier: the smaller counts of the
    same measure in the sentence before "the toll rose to 82", "later updated to 82"."""
    marked = list(figures)
    for update in figures:
        before = text[max(0, update.start - 80) : update.start]
        if update.part_of is None and (UPDATED_TO.search(before) or TOLL_RISE.search(before)):
            for index in _replaced(figures, update):
                marked[index] = replace(marked[index], earlier=True)
    return tuple(marked)


def _replaced(figures: tuple[Figure, ...], update: Figure) -> list[int]:
    """The indices of the smaller totals of `update`'s measure and group in the sentence before
    it (a count of civilians before "the total toll rose to 524" is a part, not replaced)."""
    starts = [f.sentence_start or 0 for f in figures if f.measure == update.measure]
    previous = max((s for s in starts if s < (update.sentence_start or 0)), default=None)
    return [
        index
        for index, f in enumerate(figures)
        if f.sentence_start == previous
        and (f.measure, f.group) == (update.measure, update.group)
        and f.part_of is None
        and f.value < update.value
    ]


def _year(published: str | None) -> int | None:
    return int(published[:4]) if published and published[:4].isdigit() else None
