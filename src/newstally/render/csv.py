"""figures.csv and events.csv: flat tables with the column names ACLED and UCDP users know.

Dates are ISO. `best`, `low`, `high` follow UCDP GED; `source_article`, `source_office`,
`source_date`, `source_headline` name where a figure was read. A text cell that a spreadsheet
would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is prefixed with `'`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from newstally.records import Article, ArticleReport, Claim, Entity, Event, Report
from newstally.render.labels import outlet_key, source_name

FIGURE_COLUMNS = (
    "claim_id", "event_id", "event_date", "measure", "group", "value", "high", "qualifier",
    "attributed_to", "as_of", "since", "status", "superseded_by", "reports",
    "independent_reports", "source_article", "source_office", "source_date", "source_headline",
    "source_url", "source_text", "start", "end", "articles",
)  # fmt: skip
EVENT_COLUMNS = (
    "event_id", "title", "date_start", "places", "country", "latitude", "longitude",
    "best", "low", "high", "injured_best",
    "injured_low", "injured_high", "articles", "sources", "independent_articles",
    "article_ids", "source_offices",
)  # fmt: skip
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | float | None


def to_figures_csv(report: Report) -> str:
    """One row per reconciled claim, in the order of report.json's `figures[]`."""
    articles = {item.article.id: item.article for item in report.articles}
    dates = {event.id: event.start for event in report.events}
    rows = (_claim_row(n, claim, articles, dates) for n, claim in enumerate(report.figures, 1))
    return _table(FIGURE_COLUMNS, rows)


def to_events_csv(report: Report) -> str:
    """One row per event, its toll as best / low / high."""
    items = {item.article.id: item for item in report.articles}
    places = _places(report.entities)
    return _table(EVENT_COLUMNS, (_event_row(event, items, places) for event in report.events))


def _places(entities: tuple[Entity, ...]) -> dict[str, Entity]:
    """Each name and variant of a place entity -> the entity (its country and coordinates)."""
    places = [entity for entity in entities if entity.type == "place"]
    return {name.lower(): e for e in places for name in (e.name, *e.variants)}


def _where(event: Event, places: dict[str, Entity]) -> list[Cell]:
    """Country, latitude, longitude of the event's first place found among the entities."""
    found = [places[p.lower()] for p in event.places if p.lower() in places]
    located = next((e for e in found if e.lat is not None), found[0] if found else None)
    if located is None:
        return [None, None, None]
    return [located.country, located.lat, located.lon]


def to_csv(report: Report) -> tuple[str, str]:
    return to_figures_csv(report), to_events_csv(report)


def _claim_row(
    n: int, claim: Claim, articles: dict[str, Article], dates: dict[str, str | None]
) -> list[Cell]:
    first = next((m for m in claim.mentions if m.article in articles), None)
    article = articles[first.article] if first else None
    quoted = article.text[first.start : first.end] if article and first else None
    superseded = claim.superseded_by + 1 if claim.superseded_by is not None else None
    return [
        n, claim.event, dates.get(claim.event or ""), claim.measure, claim.group, claim.value,
        claim.high, claim.qualifier, claim.attributed_to, claim.as_of, claim.since, claim.status,
        superseded, claim.reports, claim.independent_reports,
        article.id if article else None, source_name(article) if article else None,
        article.published if article else None, article.title if article else None,
        article.url if article else None, quoted, first.start if first else None,
        first.end if first else None, ";".join(dict.fromkeys(m.article for m in claim.mentions)),
    ]  # fmt: skip


def _event_row(
    event: Event, by_id: dict[str, ArticleReport], places: dict[str, Entity]
) -> list[Cell]:
    items = [by_id[article] for article in event.articles if article in by_id]
    outlets = {outlet_key(item.article) for item in items}
    named = sorted({name for item in items if (name := source_name(item.article))})
    independent = sum(1 for item in items if item.derived_from is None)
    killed, injured = event.toll.killed, event.toll.injured
    return [
        event.id, event.title, event.start, ";".join(event.places), *_where(event, places),
        killed.best, killed.low,
        killed.high, injured.best, injured.low, injured.high, len(event.articles), len(outlets),
        independent, ";".join(event.articles), ";".join(named),
    ]  # fmt: skip


def _table(columns: Sequence[str], rows: Iterable[list[Cell]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([_safe(cell) for cell in cells] for cells in rows)
    return buffer.getvalue()


def _safe(cell: Cell) -> Cell:
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell
