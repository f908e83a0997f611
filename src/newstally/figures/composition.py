"""Parts of a total: "including 68 children", "among them five women", "six civilians were among
22 people killed", "31 civilians were identified among those killed"."""

from __future__ import annotations

import re
from dataclasses import replace

from newstally.records import Figure

PART_BEFORE = re.compile(
    r"(?:including|among them|among whom|of whom|of them|mostly|mainly|most of them)[\s:,]*$",
    re.IGNORECASE,
)
WHOLE_AFTER = re.compile(
    r"\s*(?:including\s[^,.]{0,40}?\s)?(?:were|was)\s+(?:\w+\s+)?among\b", re.IGNORECASE
)
TOTAL_BEFORE = re.compile(
    r"(?:(?:bringing|brings|brought|raising|raised|pushing)\s+(?:the\s+\w*\s*toll\s+)?to"
    r"|total(?:\s+death)?\s+toll\b[^.]{0,40}?\b(?:to|at|of|reached))\s+$",
    re.IGNORECASE,
)
WHO_OWN = re.compile(r"\s+who\b", re.IGNORECASE)  # "including one who died": its own measure
TOTAL_AFTER = re.compile(r"\s+(?:\w+\s+)?in total\b", re.IGNORECASE)
TOTAL_REACH = 3  # sentences (with figures) whose smaller counts a running total takes in
AMONG_BEFORE = re.compile(
    r"\b(?:were|was|are|is)\s+among\s+(?:at least\s+|some\s+)?$", re.IGNORECASE
)
AMONG_DEAD = re.compile(
    r"\bamong\s+(?:those|the)\s+(?:[\w-]+\s+){0,2}?(?:killed|dead|victims|fatalities)\b",
    re.IGNORECASE,
)


def link_parts(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """`figures` with `part_of` set to the index of the total each part belongs to."""
    linked = list(figures)
    for index, figure in enumerate(figures):
        whole = _whole(text, linked, index)
        if whole is not None and whole != index:
            own = WHO_OWN.match(text, figure.end) is not None and figure.measure != ""
            measure = figure.measure if own else figures[whole].measure
            linked[index] = replace(figure, part_of=whole, measure=measure)
    for index in range(len(figures)):
        if _opens_with_among(text, linked, index):
            _take_previous_sentence(linked, index)
        if _is_running_total(text, linked[index]):
            _take_earlier(linked, index)
    return tuple(linked)


def _is_running_total(text: str, figure: Figure) -> bool:
    """A count said to be the total so far: "bringing to 45 the number killed", "35 in total"."""
    before = text[max(0, figure.start - 60) : figure.start]
    return (
        TOTAL_BEFORE.search(before) is not None or TOTAL_AFTER.match(text, figure.end) is not None
    )


def _take_earlier(figures: list[Figure], whole: int) -> None:
    """Smaller counts of the same measure in the total's sentence and the two before are its
    parts; a total that names no group counts the group its parts share ("12 civilians ...
    bringing to 45 the number killed")."""
    total = figures[whole]
    starts = sorted({f.sentence_start or 0 for f in figures[: whole + 1]})[-TOTAL_REACH:]
    groups: set[str] = set()
    for index in range(whole):
        part = figures[index]
        fits = part.measure == total.measure and part.value < total.value
        if fits and (part.sentence_start or 0) in starts and part.part_of is None:
            figures[index] = replace(part, part_of=whole)
            groups.add(part.group)
    if total.group_text is None and len(groups) == 1:
        figures[whole] = replace(total, group=groups.pop())


def _opens_with_among(text: str, figures: list[Figure], index: int) -> bool:
    """A sentence's first count comes after "were among": "They were among 19 people killed"."""
    figure = figures[index]
    first = _neighbour(figures, index, -1) is None
    return first and AMONG_BEFORE.search(text[max(0, figure.start - 30) : figure.start]) is not None


def _take_previous_sentence(figures: list[Figure], whole: int) -> None:
    """The totals of the sentence before become parts of `whole`."""
    current = figures[whole].sentence_start or 0
    before = [f.sentence_start or 0 for f in figures[:whole] if (f.sentence_start or 0) < current]
    if not before:
        return
    total = figures[whole]
    for index in range(whole):
        part = figures[index]
        fits = part.measure == total.measure and part.value <= total.value
        if fits and part.sentence_start == max(before) and part.part_of is None:
            figures[index] = replace(part, part_of=whole)


def _whole(text: str, figures: list[Figure], index: int) -> int | None:
    figure = figures[index]
    before = _neighbour(figures, index, -1)
    after = _neighbour(figures, index, 1)
    gap = (
        text[max(figures[before].end, figure.start - 40) : figure.start]
        if before is not None
        else ""
    )
    if before is not None and PART_BEFORE.search(gap):
        return _top(figures, before)
    among = WHOLE_AFTER.match(text, figure.end)
    if after is not None and among:
        return _first_from(figures, after, among.end())
    if AMONG_DEAD.search(text, figure.end, min(figure.sentence_end or 0, figure.end + 80)):
        return _latest_total(figures, index)
    return None


def _first_from(figures: list[Figure], index: int, at: int) -> int:
    """The first figure of `index`'s sentence, from `index` on, that starts at or after `at`."""
    sentence = figures[index].sentence_start
    while index + 1 < len(figures) and figures[index].start < at:
        if figures[index + 1].sentence_start != sentence:
            break
        index += 1
    return index


def _neighbour(figures: list[Figure], index: int, step: int) -> int | None:
    """The figure next to `index` in the same sentence, if any."""
    other = index + step
    if not 0 <= other < len(figures):
        return None
    return other if figures[other].sentence_start == figures[index].sentence_start else None


def _top(figures: list[Figure], index: int) -> int:
    """The total a part hangs from: a part's total is its own total's total."""
    while figures[index].part_of is not None:
        index = figures[index].part_of  # type: ignore[assignment]
    return index


def _latest_total(figures: list[Figure], index: int) -> int | None:
    """The latest count of the dead before `index` that could hold it: of people, or of
    any group when larger ("80 militants killed ... nine among the terrorists killed")."""
    part = figures[index]
    for earlier in range(index - 1, -1, -1):
        whole = figures[earlier]
        larger = whole.part_of is None and whole.value > part.value
        if whole.measure == "killed" and (whole.group == "people" or larger):
            return earlier
    return None
