"""People, organisations, places and groups, with spelling variants merged, places geocoded.

`mentions.article_mentions` finds and types the names in each article (`places.find_places`
geocodes places from the offline gazetteer); `merge.merge` joins them into entities across
articles.
"""

from __future__ import annotations

from newstally.entities.mentions import article_mentions
from newstally.entities.merge import merge
from newstally.entities.places import find_places
from newstally.records import Article, Entity

__all__ = ["find_entities", "find_places"]


def find_entities(articles: tuple[Article, ...]) -> tuple[Entity, ...]:
    """The entities named in `articles`, each with its variants and every mention."""
    return merge(tuple(m for article in articles for m in article_mentions(article)))
