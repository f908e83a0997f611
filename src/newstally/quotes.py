"""Direct quotes with their speakers; one statement in two translations is one quote.

Stub: the fact-sheet issue fills this in.
"""

from __future__ import annotations

from newstally.records import ArticleReport, Entity, Quote


def find_quotes(
    items: tuple[ArticleReport, ...], entities: tuple[Entity, ...]
) -> tuple[Quote, ...]:
    return ()
