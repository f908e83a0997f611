"""Each event's id, title, start date and places, from its articles."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from newstally.copies.content import content
from newstally.copies.vectors import Matrix
from newstally.records import ArticleReport, Event
from newstally.text import sentences

TITLE_CHARS = 140


def describe(
    items: tuple[ArticleReport, ...], labels: list[int], matrix: Matrix
) -> tuple[Event, ...]:
    """Events numbered e1, e2, ... in the order of their first article."""
    groups: dict[int, list[int]] = defaultdict(list)
    for position, label in enumerate(labels):
        groups[label].append(position)
    ordered = sorted(groups.values(), key=min)
    return tuple(_event(f"e{n}", items, group, matrix) for n, group in enumerate(ordered, start=1))


def _event(
    event_id: str, items: tuple[ArticleReport, ...], group: list[int], matrix: Matrix
) -> Event:
    central = items[_most_central(group, matrix)]
    return Event(
        id=event_id,
        title=_title(central),
        articles=tuple(items[n].article.id for n in group),
        start=_start(items[n] for n in group),
    )


def _most_central(group: list[int], matrix: Matrix) -> int:
    """The member most like the others (the first on ties)."""
    if len(group) < 3:
        return group[0]
    rows = matrix[group]
    closeness = np.asarray((rows @ rows.T).sum(axis=1)).ravel()
    return group[int(np.argmax(closeness))]


def _title(item: ArticleReport) -> str:
    if item.article.title:
        return item.article.title
    text = content(item.article)
    first = next(iter(sentences(text)), None)
    if first is None:
        return item.article.id
    sentence = text[first.start : first.end]
    return (
        sentence if len(sentence) <= TITLE_CHARS else sentence[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    )


def _start(items: Iterable[ArticleReport]) -> str | None:
    dates = [item.article.published for item in items if item.article.published]
    return min(dates) if dates else None
