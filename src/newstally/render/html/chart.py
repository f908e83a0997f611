"""Each source's figures over time: one small inline SVG per event with dated figures, the main
events first (no script, no library)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

from newstally.records import Event, Mention, Report
from newstally.render.html.parts import Citations, esc, section
from newstally.render.labels import amount, day, plural, words
from newstally.summary import ranked_events

# A point: source, date, value, series (measure and group: what a line joins), link, tooltip,
# measure.
Point = tuple[str, date, int, str, str, str, str]

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, INSET = 440, 200, 52, 150, 12, 30, 24
COLOURS = ("#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#475569")
GREY, OTHER = "#9aa3ae", "other sources"
LABELLED = 20  # above this many points, values show on hover only
LEGEND_ROWS = 8
CHARTED = 12  # events charted; the rest are counted under the charts
TOLL_MEASURES = ("killed", "injured")


def charts(report: Report, cites: Citations) -> str:
    """The chart section; the points come from the reconciled claims, else the raw figures."""
    claimed = list(_claim_points(report, cites))
    points = claimed or list(_figure_points(report, cites))
    by_event: dict[str | None, list[Point]] = defaultdict(list)
    for event, point in points:
        by_event[event].append(point)
    numbers = {event.id: n for n, event in enumerate(report.events, 1)}
    order: list[Event | None] = [e for e in ranked_events(report) if by_event.get(e.id)]
    order += [None] if by_event.get(None) else []
    figures = "".join(
        _event_chart(e, numbers, _casualties(by_event[_id(e)])) for e in order[:CHARTED]
    )
    if len(order) > CHARTED:
        more = plural(len(order) - CHARTED, "more event")
        see = '<a href="#figures">Figures</a>'
        figures += f'<p class="more">{more} with figures, not charted: see {see}.</p>'
    body = f'<div class="charts">{figures}</div>' if figures else ""
    return section("chart", "Figures over time, by source", body or _EMPTY, _note(report, claimed))


_EMPTY = '<p class="empty">No dated figure to plot.</p>'


def _casualties(points: list[Point]) -> list[Point]:
    """The deaths and injuries when the event has any (a displaced count in the millions would
    flatten them), else its other counts."""
    tolls = [point for point in points if point[6] in TOLL_MEASURES]
    return tolls or points


def _id(event: Event | None) -> str | None:
    return None if event is None else event.id


def _note(report: Report, claimed: list[tuple[str | None, Point]]) -> str:
    note = (
        "One chart per event, the most reported first; one colour per source (who gave the "
        "figure, else the outlet); filled dots are deaths, hollow ones injuries (other counts "
        "only for an event without either, and in Figures). "
        "Hover a point for its figure; click it to go to it."
    )
    current = [claim for claim in report.figures if claim.status != "background"]
    undated = len(current) - len(claimed) if claimed else 0
    if undated:
        note += f" {plural(undated, 'figure')} without a date in the text or article not shown."
    if claimed and len(current) < len(report.figures):
        note += " Counts of earlier or other events (background) are not shown."
    return note


def _claim_points(report: Report, cites: Citations) -> Iterator[tuple[str | None, Point]]:
    for n, claim in enumerate(report.figures, 1):
        if claim.status == "background":  # an earlier or other event's count
            continue
        first = next((m for m in claim.mentions if cites.valid(m)), None)
        article = cites.articles[first.article] if first else None
        when = day(claim.as_of) or day(article.published if article else None)
        if when is None:
            continue
        source = claim.attributed_to or (cites.publisher(first.article) if first else "unknown")
        said = amount(claim.value, claim.high, claim.qualifier)
        label = _label(source, said, claim.group, claim.measure, when)
        series = f"{claim.measure} {claim.group}"
        yield claim.event, (source, when, claim.value, series, f"#claim-{n}", label, claim.measure)


def _figure_points(report: Report, cites: Citations) -> Iterator[tuple[str | None, Point]]:
    for item in report.articles:
        for figure in item.figures:
            when = day(figure.as_of) or day(item.article.published)
            mention = Mention(item.article.id, figure.start, figure.end)
            if when is None or figure.scope != "event" or not cites.valid(mention):
                continue
            source = figure.attributed_to or cites.publisher(item.article.id)
            said = amount(figure.value, figure.high, figure.qualifier)
            label = _label(source, said, figure.group, figure.measure, when)
            series = f"{figure.measure} {figure.group}"
            point = (source, when, figure.value, series, cites.href(mention), label, figure.measure)
            yield item.event, point


def _label(source: str, said: str, group: str, measure: str, when: date) -> str:
    return f"{source}: {said} {words(group)} {measure}, {when.isoformat()}"


def _event_chart(event: Event | None, numbers: dict[str, int], points: list[Point]) -> str:
    if event is None:
        title, caption = "Figures of no event", esc("Figures of no event")
    else:
        n = numbers[event.id]
        title = f"Event {n}: {event.title}"
        caption = f'<a href="#event-{n}">Event {n}</a>: {esc(event.title)}'
    return f'<figure class="chart"><figcaption>{caption}</figcaption>{_svg(title, points)}</figure>'


def _colours(points: list[Point]) -> dict[str, str]:
    """A colour for each of the sources with most points; the rest share grey (`OTHER`)."""
    counted = Counter(p[0] for p in points)
    ranked = sorted(counted, key=lambda s: (-counted[s], s))
    named = ranked if len(ranked) <= len(COLOURS) else ranked[: len(COLOURS) - 1]
    colour = {s: COLOURS[i] for i, s in enumerate(sorted(named))}
    return colour | {s: GREY for s in ranked if s not in colour}


def _svg(title: str, points: list[Point]) -> str:
    colour = _colours(points)
    sources = sorted(s for s in colour if colour[s] != GREY)
    if len(sources) < len(colour):
        sources.append(OTHER)
        colour[OTHER] = GREY
    first, last = min(p[1] for p in points), max(p[1] for p in points)
    if first == last:
        first, last = first - timedelta(days=1), last + timedelta(days=1)
    scale = _Scale(first, last, _nice(max(p[2] for p in points)))
    body = _axes(scale) + _lines(points, colour, scale) + _dots(points, colour, scale)
    body += _legend(sources, colour) + _key(points)
    return (
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{esc(title)}">'
        f"<title>{esc(title)}</title>{body}</svg>"
    )


class _Scale:
    def __init__(self, first: date, last: date, top: int) -> None:
        self.first, self.last, self.top = first, last, top

    def x(self, when: date) -> float:
        span = (self.last - self.first).days
        inner = WIDTH - LEFT - RIGHT - 2 * INSET
        return LEFT + INSET + inner * (when - self.first).days / span

    def y(self, value: int) -> float:
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value / self.top


def _nice(value: int) -> int:
    """The first round number (1, 2, 2.5, 5 x 10^k) at or above `value`."""
    step = 1
    while True:
        for factor in (1, 2, 2.5, 5):
            if step * factor >= max(value, 1):
                return int(step * factor)
        step *= 10


def _axes(scale: _Scale) -> str:
    parts = []
    for i in range(5):
        value = scale.top * i // 4
        y = scale.y(value)
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
            f"{_tick(value)}</text>"
        )
    span = (scale.last - scale.first).days
    ticks = min(span, 2)
    for i in range(ticks + 1):
        when = scale.first + timedelta(days=round(span * i / max(ticks, 1)))
        x = scale.x(when)
        parts.append(
            f'<text class="tick" x="{x:.1f}" y="{HEIGHT - 10}" text-anchor="middle">{when}</text>'
        )
    return "".join(parts)


def _tick(value: int) -> str:
    """A short axis label: 750, 12,500, 250k, 1.5M."""
    if value >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    return f"{value / 1000:g}k" if value >= 100_000 else f"{value:,}"


def _lines(points: list[Point], colour: dict[str, str], scale: _Scale) -> str:
    series: dict[tuple[str, str], list[Point]] = defaultdict(list)
    for point in points:
        series[(point[0], point[3])].append(point)
    lines = []
    for (source, _series), members in series.items():
        ordered = sorted(members, key=lambda p: (p[1], p[2]))
        if len(ordered) > 1 and colour[source] != GREY:
            xy = " ".join(f"{scale.x(p[1]):.1f},{scale.y(p[2]):.1f}" for p in ordered)
            lines.append(f'<polyline class="series" points="{xy}" stroke="{colour[source]}"/>')
    return "".join(lines)


def _dots(points: list[Point], colour: dict[str, str], scale: _Scale) -> str:
    """A linked dot per point (filled for deaths, hollow for other counts), with its value
    beside it when the chart is not crowded."""
    labelled = len(points) <= LABELLED
    return "".join(
        f'<a href="{esc(p[4])}"><circle class="dot" cx="{scale.x(p[1]):.1f}" '
        f'cy="{scale.y(p[2]):.1f}" r="4" {_paint(p, colour[p[0]])}>'
        f"<title>{esc(p[5])}</title></circle>{_value(p, scale) if labelled else ''}</a>"
        for p in points
    )


def _paint(point: Point, colour: str) -> str:
    fill, stroke = (colour, "#fff") if point[6] == "killed" else ("#fff", colour)
    return f'fill="{fill}" stroke="{stroke}"'


def _value(point: Point, scale: _Scale) -> str:
    x, y = scale.x(point[1]) + 7, scale.y(point[2]) + 4
    return f'<text class="value" x="{x:.1f}" y="{y:.1f}">{point[2]:,}</text>'


def _legend(sources: list[str], colour: dict[str, str]) -> str:
    x = WIDTH - RIGHT + 12
    return "".join(
        f'<rect x="{x}" y="{TOP + 16 * i}" width="9" height="9" fill="{colour[s]}"/>'
        f'<text class="legend" x="{x + 14}" y="{TOP + 16 * i + 8}">{esc(_short(s))}'
        f"<title>{esc(s)}</title></text>"
        for i, s in enumerate(sources[:LEGEND_ROWS])
    )


def _key(points: list[Point]) -> str:
    """Which measures the dots are: "● killed ○ injured"."""
    measures = sorted({p[6] for p in points}, key=lambda m: (m != "killed", m))
    marks = " ".join(("● " if m == "killed" else "○ ") + m for m in measures)
    y = TOP + 16 * LEGEND_ROWS + 8
    return f'<text class="key" x="{WIDTH - RIGHT + 12}" y="{y}">{esc(_short(marks))}</text>'


def _short(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
