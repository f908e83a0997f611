"""The pipeline: read -> clean -> extract -> group -> reconcile -> render, as one function.

Each stage is a plain function over immutable records; this module only calls them in order.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newstally.copies import find_copies
from newstally.dates import find_dates
from newstally.entities import find_entities
from newstally.events import group_events
from newstally.figures import article_toll, extract_figures
from newstally.quotes import find_quotes
from newstally.reconcile import reconcile
from newstally.records import Article, ArticleReport, Corpus, Report
from newstally.summary import main_event, summarise


def analyze(corpus: Corpus) -> Report:
    """Everything newstally finds in `corpus`, as one immutable Report."""
    items = tuple(extract(article) for article in corpus.articles)
    derivations = find_copies(items)
    items = tuple(replace(item, derived_from=derivations.get(item.article.id)) for item in items)
    events = group_events(items)
    event_of = {article_id: event.id for event in events for article_id in event.articles}
    items = tuple(replace(item, event=event_of.get(item.article.id)) for item in items)
    entities = find_entities(corpus.articles)
    reconciled = reconcile(items, events)
    report = Report(
        articles=items,
        skipped=corpus.skipped,
        events=reconciled.events,
        figures=reconciled.claims,
        entities=entities,
        quotes=find_quotes(items, entities),
        checks=reconciled.checks,
    )
    main = main_event(report)
    return replace(report, summary=summarise(report), summary_event=main.id if main else None)


def extract(article: Article, nlp: Any = None, parse_uses: tuple[str, ...] = ()) -> ArticleReport:
    """What one article says on its own: figures, its toll, its time expressions.

    With `nlp`, a loaded spaCy pipeline, the figures stage parses its sentences with a figure
    for the readings in `parse_uses` (none by default: on FA-KES dev they did not pay).
    """
    figures = extract_figures(article, nlp, parse_uses)
    return ArticleReport(
        article=article,
        figures=figures,
        toll=article_toll(article, figures),
        dates=find_dates(article),
    )
