"""People, organisations, places and groups, with spelling variants merged, places geocoded.

Stub: the fact-sheet issue fills this in.
"""

from __future__ import annotations

from newstally.records import Article, Entity


def find_entities(articles: tuple[Article, ...]) -> tuple[Entity, ...]:
    return ()
