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
WHOLE_AFTER = re.compile(r"\s*(?:were|was)\s+(?:\w+\s+)?among\b", re.IGNORECASE)
AMONG_DEAD = re.compile(
    r"\bamong\s+(?:those|the)\s+(?:killed|dead|victims|fatalities)\b", re.IGNORECASE
)


def link_parts(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """`figures` with `part_of` set to the index of the total each part belongs to."""
    linked = list(figures)
    for index, figure in enumerate(figures):
        whole = _whole(text, tuple(linked), index)
        if whole is not None and whole != index:
            linked[index] = replace(figure, part_of=whole, measure=figures[whole].measure)
    return tuple(linked)


def _whole(text: str, figures: tuple[Figure, ...], index: int) -> int | None:
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
    if after is not None and WHOLE_AFTER.match(text, figure.end):
        return after
    if AMONG_DEAD.search(text, figure.end, min(figure.sentence_end or 0, figure.end + 80)):
        return _latest_total(figures, index)
    return None


def _neighbour(figures: tuple[Figure, ...], index: int, step: int) -> int | None:
    """The figure next to `index` in the same sentence, if any."""
    other = index + step
    if not 0 <= other < len(figures):
        return None
    return other if figures[other].sentence_start == figures[index].sentence_start else None


def _top(figures: tuple[Figure, ...], index: int) -> int:
    """The total a part hangs from: a part's total is its own total's total."""
    while figures[index].part_of is not None:
        index = figures[index].part_of  # type: ignore[assignment]
    return index


def _latest_total(figures: tuple[Figure, ...], index: int) -> int | None:
    for earlier in range(index - 1, -1, -1):
        if figures[earlier].measure == "killed" and figures[earlier].group == "people":
            return earlier
    return None
