"""The fact-sheet sections: summary, reconciled figures, checks."""

from __future__ import annotations

from newstally.records import Claim, Report
from newstally.render.html.parts import Citations, esc, row, section, table
from newstally.render.labels import amount, summarised_event, words

STATUSES = frozenset({"current", "superseded", "disputed", "single_source"})


def summary(report: Report, cites: Citations) -> str:
    if not report.summary:
        return section("summary", "Summary", '<p class="empty">No summary was written.</p>')
    items = "".join(
        f"<li>{esc(sentence.text)} {cites.cite(sentence.mentions)}</li>"
        for sentence in report.summary
    )
    return section("summary", "Summary", _scope(report) + f'<ol class="summary">{items}</ol>')


def _scope(report: Report) -> str:
    """Which event the summary is of, when there are several."""
    scope = summarised_event(report)
    if scope is None:
        return ""
    n, event = scope
    link = f'<a href="#event-{n}">event {n}</a>'
    of = f"the most reported of {len(report.events)}"
    return f'<p class="note">Of {link}, {of}: {esc(event.title)}</p>'


def figures(report: Report, cites: Citations) -> str:
    if not report.figures:
        return section("figures", "Figures", '<p class="empty">No figures were reconciled.</p>')
    headers = ["#", "Figure", "Measure", "Group", "Given by", "As of", "Since", "Status"]
    headers += ["Reports", "Independent", "Sources"]
    events = {event.id: n for n, event in enumerate(report.events, 1)}
    if len(events) > 1:
        headers.append("Event")
    rows = (_claim_row(claim, n, cites, events) for n, claim in enumerate(report.figures, 1))
    note = "Each figure links to its first sentence; the numbers under Sources to every article."
    return section("figures", "Figures", table(headers, rows, "claims"), note)


def _claim_row(claim: Claim, n: int, cites: Citations, events: dict[str, int]) -> str:
    label = esc(amount(claim.value, claim.high, claim.qualifier))
    first = next((m for m in claim.mentions if cites.valid(m)), None)
    figure = cites.link(first, label) if first else label
    cells = [str(n), figure, esc(claim.measure), esc(words(claim.group)), _given_by(claim, cites)]
    cells += [esc(claim.as_of or "–"), esc(claim.since or "–"), _status(claim)]
    cells += [str(claim.reports), str(claim.independent_reports), cites.cite(claim.mentions)]
    if len(events) > 1:
        number = events.get(claim.event or "")
        cells.append(f'<a href="#event-{number}">{number}</a>' if number else "–")
    return row(cells, f"claim-{n}")


def _given_by(claim: Claim, cites: Citations) -> str:
    if claim.attributed_to:
        return esc(claim.attributed_to)
    first = next((m for m in claim.mentions if m.article in cites.articles), None)
    if first is None:
        return "–"
    return f'<span class="muted">per {esc(cites.publisher(first.article))}</span>'


def _status(claim: Claim) -> str:
    css = claim.status if claim.status in STATUSES else "other"
    badge = f'<span class="status status-{css}">{esc(words(claim.status))}</span>'
    if claim.superseded_by is None:
        return badge
    later = claim.superseded_by + 1
    return f'{badge} by <a href="#claim-{later}">#{later}</a>'


def checks(report: Report, cites: Citations) -> str:
    if not report.checks:
        return ""
    items = "".join(
        f'<li><span class="verdict">{esc(check.verdict)}</span> <b>{esc(words(check.kind))}</b>: '
        f"{esc(check.detail)} {_claim_links(check.figures, len(report.figures))}"
        f"{cites.cite(check.mentions)}</li>"
        for check in report.checks
    )
    return section("checks", "Checks", f'<ul class="checks">{items}</ul>')


def _claim_links(indexes: tuple[int, ...], count: int) -> str:
    links = [f'<a href="#claim-{i + 1}">#{i + 1}</a>' for i in indexes if 0 <= i < count]
    return " ".join(links)
