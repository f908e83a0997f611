"""report.json: the fields of `report-format.md`, validated by `report.schema.json`."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from newstally import __version__
from newstally.records import ArticleReport, Figure, Report, Skipped

FIGURE_FIELDS = (
    "measure", "group", "group_text", "value", "high", "qualifier", "attributed_to",
    "as_of", "since", "scope", "start", "end", "value_text", "earlier",
)  # fmt: skip


def to_dict(report: Report) -> dict[str, Any]:
    return {
        "generator": {"name": "newstally", "version": __version__},
        "articles": [_article(item) for item in report.articles],
        "skipped": [_skipped(item) for item in report.skipped],
        "events": [asdict(event) for event in report.events],
        "figures": [asdict(claim) for claim in report.figures],
        "entities": [asdict(entity) for entity in report.entities],
        "quotes": [asdict(quote) for quote in report.quotes],
        "checks": [asdict(check) for check in report.checks],
        "summary": [asdict(sentence) for sentence in report.summary],
        "summary_event": report.summary_event,
    }


def to_json(report: Report) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=1) + "\n"


def _article(item: ArticleReport) -> dict[str, Any]:
    article = item.article
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": article.published,
        "path": article.path,
        "text": article.text,
        "boilerplate": [asdict(span) for span in article.boilerplate],
        "warnings": list(article.warnings),
        "derived_from": asdict(item.derived_from) if item.derived_from else None,
        "event": item.event,
        "figures": [_figure(figure) for figure in item.figures],
        "toll": asdict(item.toll),
        "dates": [asdict(date) for date in item.dates],
    }


def _figure(figure: Figure) -> dict[str, Any]:
    return {name: getattr(figure, name) for name in FIGURE_FIELDS}


def _skipped(item: Skipped) -> dict[str, Any]:
    entry: dict[str, Any] = {"path": item.path, "reason": item.reason}
    if item.line is not None:
        entry["line"] = item.line
    return entry
