"""One claim per distinct figure: the same measure, group and value of one event, every mention."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from newstally.clean import is_boilerplate
from newstally.reconcile.sources import is_vague
from newstally.records import ArticleReport, Claim, Figure, Mention

# One figure as read in one article.
Reading = tuple[ArticleReport, Figure]
ClaimKey = tuple[str | None, str, str, int, int | None, str]


def gather(items: tuple[ArticleReport, ...]) -> dict[ClaimKey, list[Reading]]:
    """The readings of every article, grouped by the claim they make (first seen first)."""
    grouped: dict[ClaimKey, list[Reading]] = {}
    for item in items:
        for figure in content_figures(item):
            grouped.setdefault(claim_key(item, figure), []).append((item, figure))
    return grouped


def content_figures(item: ArticleReport) -> Iterator[Figure]:
    """The article's figures outside its boilerplate."""
    spans = item.article.boilerplate
    return (f for f in item.figures if not is_boilerplate(spans, f.start, f.end))


def claim_key(item: ArticleReport, figure: Figure) -> ClaimKey:
    return (item.event, figure.measure, figure.group, figure.value, figure.high, figure.scope)


def build_claim(readings: list[Reading], roots: dict[str, str]) -> Claim:
    """The claim its readings make: every mention, how many (independent) articles carry it."""
    item, figure = readings[0]
    articles = {reading.article.id for reading, _ in readings}
    return Claim(
        measure=figure.measure,
        group=figure.group,
        value=figure.value,
        high=figure.high,
        qualifier=_most_common([f.qualifier for _, f in readings]) or figure.qualifier,
        attributed_to=attribution(readings),
        as_of=_earliest(f.as_of for _, f in readings),
        since=_earliest(f.since for _, f in readings),
        mentions=mentions(readings),
        reports=len(articles),
        independent_reports=len({roots.get(a, a) for a in articles}),
        status="current" if figure.scope == "event" else "background",
        event=item.event,
    )


def mentions(readings: list[Reading]) -> tuple[Mention, ...]:
    found = {Mention(item.article.id, f.start, f.end) for item, f in readings}
    return tuple(sorted(found, key=lambda m: (m.article, m.start)))


def attribution(readings: list[Reading]) -> str | None:
    """The named source most mentions give, else the most given unnamed one, else None."""
    given = [f.attributed_to for _, f in readings if f.attributed_to]
    return _most_common([s for s in given if not is_vague(s)]) or _most_common(given)


def _most_common(values: list[str]) -> str | None:
    counts = Counter(values)
    return counts.most_common(1)[0][0] if counts else None


def _earliest(values: Iterator[str | None]) -> str | None:
    known = sorted(v for v in values if v)
    return known[0] if known else None
