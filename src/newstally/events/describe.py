"""Each event's id, title, start date and places, from its articles.

The title is the most central article's title (or first sentence); the start is the earliest
date among the articles' published dates and the dates they mention from a week before the
first was published up to the last; the places are the gazetteer places the central article's
opening names, most named first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

import numpy as np

from newstally.copies.content import content
from newstally.copies.vectors import Matrix
from newstally.entities.places import find_places
from newstally.records import ArticleReport, Event
from newstally.text import sentences

TITLE_CHARS = 140
# Dates mentioned up to this many days before the first article count towards the start.
START_WINDOW_DAYS = 7
# Places are read from this much of the central article's opening, at most MOST_PLACES.
PLACE_CHARS = 1500
MOST_PLACES = 3


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
        start=_start([items[n] for n in group]),
        places=_places(central),
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


def _start(items: list[ArticleReport]) -> str | None:
    published = sorted(p for p in (item.article.published for item in items) if p and _full(p))
    if not published:
        return None
    floor = (date.fromisoformat(published[0]) - timedelta(days=START_WINDOW_DAYS)).isoformat()
    mentioned = [d.value for item in items for d in item.dates if d.value and _full(d.value)]
    return min([published[0], *(v for v in mentioned if floor <= v <= published[-1])])


def _full(value: str) -> bool:
    """True for a whole ISO date (YYYY-MM-DD) that parses."""
    if len(value) != len("YYYY-MM-DD"):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _places(item: ArticleReport) -> tuple[str, ...]:
    opening = content(item.article)[:PLACE_CHARS]
    counts = Counter(place.name for place in find_places(opening))
    return tuple(name for name, _ in counts.most_common(MOST_PLACES))
