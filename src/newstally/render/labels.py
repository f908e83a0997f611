"""Words shared by the human-readable outputs: amounts, ranges, groups, outlets, dates."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from newstally.records import Article, Event, Range, Report

QUALIFIER_WORDS = {
    "about": "about {}",
    "at_least": "at least {}",
    "more_than": "more than {}",
    "at_most": "at most {}",
    "less_than": "fewer than {}",
}


def number(value: int | None) -> str:
    """`1,000`; an en dash for unknown."""
    return "–" if value is None else f"{value:,}"


def amount(value: int, high: int | None = None, qualifier: str = "exact") -> str:
    """How the text bounds a count: `more than 1,000`, `300–400`, `745`."""
    if high is not None and high != value:
        return f"{value:,}–{high:,}"
    return QUALIFIER_WORDS.get(qualifier, "{}").format(f"{value:,}")


def best_range(toll: Range) -> str:
    """`1,000 (745–1,500)`: the best estimate, then low–high when they differ from it."""
    if toll.best is None and toll.low is None and toll.high is None:
        return "–"
    bounds = {toll.low, toll.high} - {None}
    if not bounds or bounds == {toll.best}:
        return number(toll.best)
    return f"{number(toll.best)} ({number(toll.low)}–{number(toll.high)})"


def words(name: str) -> str:
    """A code such as `security_forces` as words."""
    return name.replace("_", " ")


def source_name(article: Article) -> str | None:
    """Who published the article: its source, else its URL's host; None when unknown."""
    if article.source:
        return article.source
    url = safe_url(article.url)
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def outlet_key(article: Article) -> str:
    """What counts as one source when counting sources: an unknown source counts once each."""
    return source_name(article) or "\0" + article.id


def outlet(article: Article) -> str:
    """The name a reader knows an article by: its source, else its title, else its id."""
    return source_name(article) or article.title or article.id


def day(text: str | None) -> date | None:
    """An ISO date, month or year as the first day it covers; None when unreadable."""
    if not text:
        return None
    padded = (text + "-01-01")[:10] if len(text) < 10 else text[:10]
    try:
        return date.fromisoformat(padded)
    except ValueError:
        return None


def safe_url(url: str | None) -> str | None:
    """`url` when it is a plain http(s) address, else None (no javascript:, data:, ...)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def plural(count: int, word: str) -> str:
    """`1 article`, `2 articles`; `word` is the singular."""
    return f"{count:,} {word}" + ("" if count == 1 else "s")


def toll_size(toll: Range) -> int:
    """The number to rank tolls by: best, else high, else low, else -1."""
    for value in (toll.best, toll.high, toll.low):
        if value is not None:
            return value
    return -1


def counts(report: Report) -> list[str]:
    """`5 articles from 4 sources`, `1 event`, `13 reconciled figures`, inputs skipped if any."""
    outlets = {outlet_key(item.article) for item in report.articles}
    found = [
        f"{plural(len(report.articles), 'article')} from {plural(len(outlets), 'source')}",
        plural(len(report.events), "event"),
        plural(len(report.figures), "reconciled figure"),
    ]
    if report.skipped:
        found.append(f"{plural(len(report.skipped), 'input')} skipped")
    return found


def summarised_event(report: Report) -> tuple[int, Event] | None:
    """The number and event the summary is of, when the report has several events."""
    if len(report.events) < 2:
        return None
    found = (pair for pair in enumerate(report.events, 1) if pair[1].id == report.summary_event)
    return next(found, None)
