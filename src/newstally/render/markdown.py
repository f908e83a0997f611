"""report.md: the fact sheet as Markdown; every piece of report text is escaped."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newstally.records import Article, ArticleReport, Claim, Event, Mention, Report
from newstally.render.labels import (
    amount,
    best_range,
    counts,
    number,
    outlet,
    outlet_key,
    safe_url,
    summarised_event,
    words,
)

SPECIAL = re.compile(r"([\\`*_{}\[\]|~])")
LEADING = re.compile(r"^(\d+)([.)])|^([#+\-=>])")
BARE_URL = re.compile(r"^[^\s<>]+$")


def to_markdown(report: Report) -> str:
    numbers = {item.article.id: n for n, item in enumerate(report.articles, 1)}
    parts = [
        _heading(report),
        _summary(report, numbers),
        _tolls(report),
        _figures(report, numbers),
        _checks(report, numbers),
        _entities(report, numbers),
        _quotes(report, numbers),
        _copies(report, numbers),
        _articles(report),
        _skipped(report),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def escape(text: object) -> str:
    """Text that Markdown shows as written: no markup, no HTML, one line."""
    plain = " ".join(str("" if text is None else text).split())
    plain = plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    plain = SPECIAL.sub(r"\\\1", plain)
    return LEADING.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", plain)


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    head = list(headers)
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines)


def _cite(mentions: Iterable[Mention], numbers: dict[str, int], limit: int = 0) -> str:
    found = sorted(set(numbers[m.article] for m in mentions if m.article in numbers))
    shown = found[:limit] if limit else found
    more = f" +{len(found) - len(shown)} more" if len(shown) < len(found) else ""
    return "".join(f"\\[{n}\\]" for n in shown) + more


def _heading(report: Report) -> str:
    return "# newstally fact sheet\n\n" + ", ".join(counts(report)) + "."


def _summary(report: Report, numbers: dict[str, int]) -> str:
    lines = [
        f"{n}. {escape(s.text)} {_cite(s.mentions, numbers)}".rstrip()
        for n, s in enumerate(report.summary, 1)
    ]
    scope = summarised_event(report)
    lead = ""
    if scope:
        n, event = scope
        lead = (
            f"Of event {n}, the most reported of {len(report.events)}: {escape(event.title)}.\n\n"
        )
    return "## Summary\n\n" + lead + ("\n".join(lines) or "No summary was written.")


def _tolls(report: Report) -> str:
    if not report.events:
        return "## Toll per event\n\nNo event was identified."
    articles = {item.article.id: item.article for item in report.articles}
    rows = (_event_cells(event, articles) for event in report.events)
    headers = ["Event", "Date", "Places", "Killed", "Injured", "Articles", "Sources"]
    return "## Toll per event\n\n" + _table(headers, rows)


def _event_cells(event: Event, articles: dict[str, Article]) -> list[str]:
    outlets = {outlet_key(articles[a]) for a in event.articles if a in articles}
    return [
        escape(event.title), escape(event.start or "–"), escape(", ".join(event.places) or "–"),
        best_range(event.toll.killed), best_range(event.toll.injured),
        str(len(event.articles)), str(len(outlets)),
    ]  # fmt: skip


def _figures(report: Report, numbers: dict[str, int]) -> str:
    if not report.figures:
        return "## Figures\n\nNo figures were reconciled."
    headers = ["#", "Figure", "Measure", "Group", "Given by", "As of", "Since", "Status"]
    headers += ["Reports", "Independent", "Articles"]
    rows = (_claim_cells(n, claim, numbers) for n, claim in enumerate(report.figures, 1))
    return "## Figures\n\n" + _table(headers, rows)


def _claim_cells(n: int, claim: Claim, numbers: dict[str, int]) -> list[str]:
    return [
        str(n), escape(amount(claim.value, claim.high, claim.qualifier)), escape(claim.measure),
        escape(words(claim.group)), escape(claim.attributed_to or "–"), escape(claim.as_of or "–"),
        escape(claim.since or "–"), _status(claim), str(claim.reports),
        str(claim.independent_reports), _cite(claim.mentions, numbers),
    ]  # fmt: skip


def _status(claim: Claim) -> str:
    later = f" by #{claim.superseded_by + 1}" if claim.superseded_by is not None else ""
    return escape(words(claim.status)) + later


def _checks(report: Report, numbers: dict[str, int]) -> str:
    lines = [
        f"- **{escape(c.verdict)}** {escape(words(c.kind))}: {escape(c.detail)} "
        f"{_cite(c.mentions, numbers)}".rstrip()
        for c in report.checks
    ]
    return "## Checks\n\n" + "\n".join(lines) if lines else ""


def _entities(report: Report, numbers: dict[str, int]) -> str:
    if not report.entities:
        return ""
    ranked = sorted(report.entities, key=lambda e: (-len(e.mentions), e.name.lower()))
    rows = (
        [escape(e.name), escape(e.type), escape(", ".join(e.variants) or "–"),
         str(len(e.mentions)), _cite(e.mentions, numbers, 12)]
        for e in ranked
    )  # fmt: skip
    return "## Entities\n\n" + _table(["Name", "Type", "Variants", "Mentions", "Articles"], rows)


def _quotes(report: Report, numbers: dict[str, int]) -> str:
    lines = [
        f"> {escape(q.text)}\n>\n> — {escape(q.speaker or 'unattributed')} "
        f"{_cite(q.mentions, numbers)}"
        for q in report.quotes
    ]
    return "## Quotes\n\n" + "\n\n".join(lines) if lines else ""


def _copies(report: Report, numbers: dict[str, int]) -> str:
    lines = [_copy_line(item, numbers) for item in report.articles if item.derived_from]
    return "## Copies and rewrites\n\n" + "\n".join(lines) if lines else ""


def _copy_line(item: ArticleReport, numbers: dict[str, int]) -> str:
    origin = item.derived_from
    assert origin is not None
    if origin.article in numbers:
        target = f"\\[{numbers[origin.article]}\\]"
    else:
        target = escape(origin.source or origin.article or "an original outside the corpus")
    copy = f"\\[{numbers[item.article.id]}\\]"
    return f"- {copy} is a {escape(words(origin.kind))} of {target}: {escape(origin.evidence)}"


def _articles(report: Report) -> str:
    lines = [_article_block(n, item) for n, item in enumerate(report.articles, 1)]
    return "## Articles\n\n" + "\n".join(lines)


def _article_block(n: int, item: ArticleReport) -> str:
    article = item.article
    url = safe_url(article.url)
    link = f" <{url}>" if url and BARE_URL.match(url) else ""
    head = (
        f"{n}. **{escape(article.title or article.id)}**: {escape(outlet(article))}, "
        f"{escape(article.published or 'date unknown')}, `{escape(article.id)}`{link}"
    )
    toll = item.toll
    if toll.killed is not None or toll.injured is not None:
        head += f"; toll: {number(toll.killed)} killed, {number(toll.injured)} injured"
    facts = [
        f"    - {escape(amount(f.value, f.high, f.qualifier))} {escape(f.measure)} "
        f'({escape(words(f.group))}): "{escape(article.text[f.start : f.end])}"'
        for f in item.figures
    ]
    return "\n".join([head, *facts])


def _skipped(report: Report) -> str:
    lines = [f"- {escape(item.path)}: {escape(item.reason)}" for item in report.skipped]
    return "## Skipped\n\n" + "\n".join(lines) if lines else ""
