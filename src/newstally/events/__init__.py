"""Articles grouped into the real-world events they report.

Candidate pairs come from blocking (`newstally.copies.vectors`), are scored by
`similarity.scored_pairs`, and are clustered by average linkage; an article and the in-corpus
original it copies or rewrites always share an event.
"""

from __future__ import annotations

from collections.abc import Iterator

from newstally.events.cluster import average_linkage
from newstally.events.dating import event_days
from newstally.events.describe import describe
from newstally.events.similarity import features, scored_pairs
from newstally.records import ArticleReport, Event

# Mean similarity at which two groups of articles are one event.
THRESHOLD = 0.1


def group_events(items: tuple[ArticleReport, ...]) -> tuple[Event, ...]:
    """Events, each listing its articles; every article belongs to exactly one event."""
    found = features(tuple(item.article for item in items), event_days(items))
    scored = scored_pairs(found)
    pairs = zip(scored.left.tolist(), scored.right.tolist(), scored.scores.tolist(), strict=True)
    labels = average_linkage(len(items), [*pairs, *_derived_pairs(items)], THRESHOLD)
    return describe(items, labels, found.words)


def _derived_pairs(items: tuple[ArticleReport, ...]) -> Iterator[tuple[int, int, float]]:
    """A copy and its original, as a pair that always clusters."""
    position = {item.article.id: n for n, item in enumerate(items)}
    for n, item in enumerate(items):
        original = item.derived_from.article if item.derived_from else None
        if original in position and position[original] != n:
            yield min(n, position[original]), max(n, position[original]), 1.0
