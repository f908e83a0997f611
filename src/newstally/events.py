"""Articles grouped into the real-world events they report.

Stub: the copies-and-events issue fills this in.
"""

from __future__ import annotations

from newstally.records import ArticleReport, Event


def group_events(items: tuple[ArticleReport, ...]) -> tuple[Event, ...]:
    """Events, each listing its articles; every article belongs to exactly one event."""
    return tuple(
        Event(id=f"e{n}", title=item.article.title or item.article.id, articles=(item.article.id,))
        for n, item in enumerate(items, start=1)
    )
