"""People, organisations, places and groups, with spelling variants merged, places geocoded.

`mentions.article_mentions` finds and types the names in each article (`places.find_places`
geocodes places from the offline gazetteer); `merge.merge` joins them into entities across
articles; `typing.ner_types` optionally types what the rules leave open.
"""

from __future__ import annotations

from typing import Any

from newstally.entities.mentions import article_mentions, corpus_nicknames
from newstally.entities.merge import labels_of, lone_words, merge
from newstally.entities.places import find_places
from newstally.entities.typing import ner_types
from newstally.records import Article, Entity

__all__ = ["find_entities", "find_places"]


def find_entities(articles: tuple[Article, ...], nlp: Any = None) -> tuple[Entity, ...]:
    """The entities named in `articles`, each with its variants and every mention.

    With a spaCy pipeline `nlp` (`newstally.nlp.load()`), lone recurring words the rules leave
    untyped ("Apple", "Obama") are typed by its NER and kept."""
    nicknames = corpus_nicknames(articles)
    mentions = tuple(m for article in articles for m in article_mentions(article, nicknames))
    if nlp is None:
        return merge(mentions)
    words = lone_words(mentions, labels_of(mentions))
    return merge(mentions, ner_types(articles, mentions, words, nlp))
