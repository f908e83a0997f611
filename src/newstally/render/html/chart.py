"""Each source's figures over time, one inline SVG per measure (no script, no library)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

from newstally.records import Mention, Report
from newstally.render.html.parts import Citations, esc, section
from newstally.render.labels import amount, day, plural, words

# A point: source, date, value, series (group and event: what a line joins), link, tooltip.
Point = tuple[str, date, int, str, str, str]

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, INSET = 760, 260, 64, 200, 14, 34, 40
COLOURS = ("#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#475569")
GREY, OTHER = "#9aa3ae", "other sources"
LABELLED = 30  # above this many points, values show on hover only
MEASURES = ("killed", "injured", "missing", "kidnapped", "arrested", "displaced", "affected")


def charts(report: Report, cites: Citations) -> str:
    """The chart section; the points come from the reconciled claims, else the raw figures."""
    claimed = list(_claim_points(report, cites))
    points = claimed or list(_figure_points(report, cites))
    by_measure: dict[str, list[Point]] = defaultdict(list)
    for measure, point in points:
        by_measure[measure].append(point)
    figures = "".join(
        _figure_svg(measure, by_measure[measure]) for measure in MEASURES if by_measure[measure]
    )
    if not figures:
        figures = '<p class="empty">No dated figure to plot.</p>'
    note = (
        "One colour per source (who gave the figure, else the outlet). "
        "Hover a point for its figure; click it to go to it."
    )
    undated = len(report.figures) - len(claimed) if claimed else 0
    if undated:
        note += (
            f" {plural(undated, 'figure')} without a date, in the text or the article, not shown."
        )
    return section("chart", "Figures over time, by source", figures, note)


def _claim_points(report: Report, cites: Citations) -> Iterator[tuple[str, Point]]:
    for n, claim in enumerate(report.figures, 1):
        first = next((m for m in claim.mentions if cites.valid(m)), None)
        article = cites.articles[first.article] if first else None
        when = day(claim.as_of) or day(article.published if article else None)
        if when is None:
            continue
        source = claim.attributed_to or (cites.publisher(first.article) if first else "unknown")
        label = _label(source, amount(claim.value, claim.high, claim.qualifier), claim.group, when)
        series = f"{claim.group} {claim.event}"
        yield claim.measure, (source, when, claim.value, series, f"#claim-{n}", label)


def _figure_points(report: Report, cites: Citations) -> Iterator[tuple[str, Point]]:
    for item in report.articles:
        for figure in item.figures:
            when = day(figure.as_of) or day(item.article.published)
            mention = Mention(item.article.id, figure.start, figure.end)
            if when is None or figure.scope != "event" or not cites.valid(mention):
                continue
            source = figure.attributed_to or cites.publisher(item.article.id)
            href = cites.href(mention)
            said = amount(figure.value, figure.high, figure.qualifier)
            label = _label(source, said, figure.group, when)
            series = f"{figure.group} {item.event}"
            yield figure.measure, (source, when, figure.value, series, href, label)


def _label(source: str, said: str, group: str, when: date) -> str:
    return f"{source}: {said} {words(group)}, {when.isoformat()}"


def _colours(points: list[Point]) -> dict[str, str]:
    """A colour for each of the sources with most points; the rest share grey (`OTHER`)."""
    counted = Counter(p[0] for p in points)
    ranked = sorted(counted, key=lambda s: (-counted[s], s))
    named = ranked if len(ranked) <= len(COLOURS) else ranked[: len(COLOURS) - 1]
    colour = {s: COLOURS[i] for i, s in enumerate(sorted(named))}
    return colour | {s: GREY for s in ranked if s not in colour}


def _figure_svg(measure: str, points: list[Point]) -> str:
    colour = _colours(points)
    sources = sorted(s for s in colour if colour[s] != GREY)
    if len(sources) < len(colour):
        sources.append(OTHER)
        colour[OTHER] = GREY
    first, last = min(p[1] for p in points), max(p[1] for p in points)
    if first == last:
        first, last = first - timedelta(days=1), last + timedelta(days=1)
    top = _nice(max(p[2] for p in points))
    scale = _Scale(first, last, top)
    body = _axes(scale) + _lines(points, colour, scale) + _dots(points, colour, scale)
    body += _legend(sources, colour)
    title = f"People {measure}: each source's figures over time"
    return (
        f'<figure class="chart"><svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{esc(title)}"><title>{esc(title)}</title>{body}</svg>'
        f"<figcaption>{esc(title)}</figcaption></figure>"
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
            f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{value:,}</text>'
        )
    span = (scale.last - scale.first).days
    for i in range(min(span, 4) + 1):
        when = scale.first + timedelta(days=round(span * i / max(min(span, 4), 1)))
        x = scale.x(when)
        parts.append(
            f'<text class="tick" x="{x:.1f}" y="{HEIGHT - 12}" text-anchor="middle">{when}</text>'
        )
    return "".join(parts)


def _lines(points: list[Point], colour: dict[str, str], scale: _Scale) -> str:
    series: dict[tuple[str, str], list[Point]] = defaultdict(list)
    for point in points:
        series[(point[0], point[3])].append(point)
    lines = []
    for (source, _group), members in series.items():
        ordered = sorted(members, key=lambda p: (p[1], p[2]))
        if len(ordered) > 1:
            xy = " ".join(f"{scale.x(p[1]):.1f},{scale.y(p[2]):.1f}" for p in ordered)
            if colour[source] != GREY:
                lines.append(f'<polyline class="series" points="{xy}" stroke="{colour[source]}"/>')
    return "".join(lines)


def _dots(points: list[Point], colour: dict[str, str], scale: _Scale) -> str:
    """A linked dot per point, with its value written beside it when the chart is not crowded."""
    labelled = len(points) <= LABELLED
    return "".join(
        f'<a href="{esc(p[4])}"><circle class="dot" cx="{scale.x(p[1]):.1f}" '
        f'cy="{scale.y(p[2]):.1f}" r="5" fill="{colour[p[0]]}"><title>{esc(p[5])}</title>'
        f"</circle>{_value(p, scale) if labelled else ''}</a>"
        for p in points
    )


def _value(point: Point, scale: _Scale) -> str:
    x, y = scale.x(point[1]) + 8, scale.y(point[2]) + 4
    return f'<text class="value" x="{x:.1f}" y="{y:.1f}">{point[2]:,}</text>'


def _legend(sources: list[str], colour: dict[str, str]) -> str:
    x = WIDTH - RIGHT + 16
    return "".join(
        f'<rect x="{x}" y="{TOP + 18 * i}" width="10" height="10" fill="{colour[s]}"/>'
        f'<text class="legend" x="{x + 16}" y="{TOP + 18 * i + 9}">{esc(_short(s))}'
        f"<title>{esc(s)}</title></text>"
        for i, s in enumerate(sources[:12])
    )


def _short(name: str, limit: int = 26) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
