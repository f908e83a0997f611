"""The fact-sheet sections: summary, toll per event, reconciled figures, checks."""

from __future__ import annotations

from newstally.records import ArticleReport, Claim, Event, Report, Toll
from newstally.render.html.parts import Citations, esc, row, section, table
from newstally.render.labels import amount, best_range, number, outlet, words

STATUSES = frozenset({"current", "superseded", "disputed", "single_source"})
TOLL_FIELDS = ("killed", "injured", "civilians", "combatants", "children", "women")


def summary(report: Report, cites: Citations) -> str:
    if not report.summary:
        return section("summary", "Summary", '<p class="empty">No summary was written.</p>')
    items = "".join(
        f"<li>{esc(sentence.text)} {cites.cite(sentence.mentions)}</li>"
        for sentence in report.summary
    )
    return section("summary", "Summary", f'<ol class="summary">{items}</ol>')


def tolls(report: Report, cites: Citations) -> str:
    cards = "".join(_event_card(event, report, n) for n, event in enumerate(report.events, 1))
    if not cards:
        cards = '<p class="empty">No event was identified, so no toll was reconciled.</p>'
    readings = table(
        ["Article", "Outlet", "Published", *TOLL_FIELDS],
        (_toll_row(item, cites) for item in report.articles),
        "tolls numeric",
    )
    body = f'<div class="cards">{cards}</div><h3>Each article’s reading</h3>{readings}'
    return section("tolls", "Toll per event", body)


def _event_card(event: Event, report: Report, n: int) -> str:
    outlets = {
        outlet(item.article) for item in report.articles if item.article.id in event.articles
    }
    where = ", ".join(event.places) or "place unknown"
    facts = f"{event.start or 'date unknown'} · {where}"
    reach = f"{len(event.articles)} articles from {len(outlets)} sources"
    return (
        f'<article class="card" id="event-{n}"><h3>{esc(event.title)}</h3>'
        f'<p class="meta">{esc(facts)}</p>'
        f'<p class="toll"><span class="big">{esc(best_range(event.toll.killed))}</span> killed</p>'
        f'<p class="toll">{esc(best_range(event.toll.injured))} injured</p>'
        f'<p class="meta">{esc(reach)} · <code>{esc(event.id)}</code></p></article>'
    )


def _toll_row(item: ArticleReport, cites: Citations) -> str:
    toll: Toll = item.toll
    counts = [esc(number(getattr(toll, name))) for name in TOLL_FIELDS]
    article = item.article
    label = f'<a href="#article-{cites.numbers[article.id]}">[{cites.numbers[article.id]}]</a>'
    return row([label, esc(outlet(article)), esc(article.published or "–"), *counts])


def figures(report: Report, cites: Citations) -> str:
    if not report.figures:
        return section("figures", "Figures", '<p class="empty">No figures were reconciled.</p>')
    headers = ["#", "Figure", "Measure", "Group", "Given by", "As of", "Since", "Status"]
    headers += ["Reports", "Independent", "Sources"]
    rows = (_claim_row(claim, n, cites) for n, claim in enumerate(report.figures, 1))
    note = "Each figure links to its first sentence; the numbers under Sources to every article."
    return section("figures", "Figures", table(headers, rows, "claims"), note)


def _claim_row(claim: Claim, n: int, cites: Citations) -> str:
    label = esc(amount(claim.value, claim.high, claim.qualifier))
    first = next((m for m in claim.mentions if cites.valid(m)), None)
    figure = cites.link(first, label) if first else label
    status = claim.status if claim.status in STATUSES else "other"
    cells = [str(n), figure, esc(claim.measure), esc(words(claim.group))]
    cells += [esc(claim.attributed_to or "–"), esc(claim.as_of or "–"), esc(claim.since or "–")]
    cells.append(f'<span class="status status-{status}">{esc(words(claim.status))}</span>')
    cells += [str(claim.reports), str(claim.independent_reports), cites.cite(claim.mentions)]
    return row(cells, f"claim-{n}")


def checks(report: Report) -> str:
    if not report.checks:
        return ""
    items = "".join(
        f'<li><span class="verdict">{esc(check.verdict)}</span> <b>{esc(words(check.kind))}</b>: '
        f"{esc(check.detail)} {_claim_links(check.figures, len(report.figures))}</li>"
        for check in report.checks
    )
    return section("checks", "Checks", f'<ul class="checks">{items}</ul>')


def _claim_links(indexes: tuple[int, ...], count: int) -> str:
    links = [f'<a href="#claim-{i + 1}">#{i + 1}</a>' for i in indexes if 0 <= i < count]
    return " ".join(links)
