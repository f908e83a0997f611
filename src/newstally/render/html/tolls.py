"""The toll per event: cards for the most reported, a table of all, each article's own reading."""

from __future__ import annotations

from newstally.records import ArticleReport, Event, Range, Report
from newstally.render.html.parts import Citations, esc, folded, row, section, table
from newstally.render.labels import best_range, number, outlet_key, plural, toll_size

CARDS = 6
TOLL_FIELDS = ("killed", "injured", "civilians", "combatants", "children", "women")


def tolls(report: Report, cites: Citations) -> str:
    numbered = list(enumerate(report.events, 1))
    ranked = sorted(numbered, key=lambda pair: _prominence(pair[1]), reverse=True)
    cards = "".join(_card(event, n, report, cites) for n, event in ranked[:CARDS])
    if not cards:
        cards = '<p class="empty">No event was identified, so no toll was reconciled.</p>'
    body = f'<div class="cards">{cards}</div>'
    if len(ranked) > CARDS:
        body += folded("All events", _event_table(ranked, cites), len(ranked))
    readings = table(
        ["Article", "Source", "Published", *TOLL_FIELDS],
        (_reading(item, cites) for item in report.articles),
        "tolls numeric",
    )
    body += folded("Each article’s own reading", readings, len(report.articles))
    return section("tolls", "Toll per event", body)


def _prominence(event: Event) -> tuple[int, int]:
    """Most reported first, then the larger toll."""
    return len(event.articles), toll_size(event.toll.killed)


def _card(event: Event, n: int, report: Report, cites: Citations) -> str:
    claims = [i for i, claim in enumerate(report.figures, 1) if claim.event == event.id]
    more = f' · <a href="#claim-{claims[0]}">{plural(len(claims), "figure")}</a>' if claims else ""
    return (
        f'<article class="{_card_class(event)}" id="event-{n}"><h3>{esc(event.title)}</h3>'
        f'<p class="meta">{esc(_when_where(event))}</p>'
        f"{_killed(event.toll.killed)}{_injured(event.toll.injured)}"
        f'<p class="meta">{esc(_reach(event, cites))}{more} · <code>{esc(event.id)}</code></p>'
        "</article>"
    )


def _card_class(event: Event) -> str:
    return "card" if toll_size(event.toll.killed) >= 0 else "card quiet"


def _killed(toll: Range) -> str:
    if toll_size(toll) < 0:
        return '<p class="toll none">no death toll found</p>'
    bounds = {toll.low, toll.high} - {None}
    if toll.best is None:
        head, spread = f"{number(toll.low)}–{number(toll.high)}", ""
    else:
        head = number(toll.best)
        spread = f"reports range {number(toll.low)}–{number(toll.high)}"
        spread = spread if bounds and bounds != {toll.best} else ""
    sub = f'<p class="spread">{esc(spread)}</p>' if spread else ""
    return f'<p class="toll"><span class="big">{esc(head)}</span> killed</p>{sub}'


def _injured(toll: Range) -> str:
    if toll_size(toll) < 0:
        return '<p class="toll none">no injured count found</p>'
    return f'<p class="toll">{esc(best_range(toll))} injured</p>'


def _when_where(event: Event) -> str:
    return f"{event.start or 'date unknown'} · {', '.join(event.places) or 'place unknown'}"


def _reach(event: Event, cites: Citations) -> str:
    outlets = {outlet_key(cites.articles[a]) for a in event.articles if a in cites.articles}
    return f"{plural(len(event.articles), 'article')} from {plural(len(outlets), 'source')}"


def _event_table(ranked: list[tuple[int, Event]], cites: Citations) -> str:
    rows = (
        row([
            f'<a href="#event-{n}">{n}</a>' if i < CARDS else str(n), esc(event.title),
            esc(_when_where(event)), esc(best_range(event.toll.killed)),
            esc(best_range(event.toll.injured)), esc(_reach(event, cites)),
        ], f"event-{n}" if i >= CARDS else "")
        for i, (n, event) in enumerate(ranked)
    )  # fmt: skip
    headers = ["#", "Event", "When, where", "Killed", "Injured", "Reported by"]
    return table(headers, rows, "events numeric")


def _reading(item: ArticleReport, cites: Citations) -> str:
    counts = [esc(number(getattr(item.toll, name))) for name in TOLL_FIELDS]
    article = item.article
    n = cites.numbers[article.id]
    label = f'<a href="#article-{n}">[{n}]</a>'
    return row([label, esc(article.source or "–"), esc(article.published or "–"), *counts])
