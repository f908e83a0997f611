"""Statuses: per source a timeline where a later figure supersedes an earlier one; disputes.

Two figures are ordered by their `as_of` when both have one, else by the published dates of the
last articles carrying them when neither has one. When those are not both known and different,
the one from the article whose largest count of that measure is larger is taken as the later
(counts rise as reports come in), then a count not marked as an earlier one ("up from 524"),
then, unless one article gives both, the larger value. Unnamed sources
("a war monitor", none given) may relay any source, so they join every source's timeline.
Figures of one measure and group left current from differently named sources whose times are
equal or unknown, and whose bounds do not overlap, are disputed.
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import cmp_to_key

from newstally.reconcile.claims import Reading
from newstally.reconcile.sources import compatible_sources
from newstally.records import Claim, Figure

# How far an "about" figure may stray from its value and still agree with another figure.
ABOUT_MARGIN = 0.2
# (as_of, last published, largest count in its articles, not an earlier count, sources).
Standing = tuple[str | None, str | None, int, bool, frozenset[str | None]]


def settle(drafts: list[tuple[Claim, list[Reading]]]) -> tuple[Claim, ...]:
    """The claims with `status` and `superseded_by` set."""
    claims = [claim for claim, _ in drafts]
    standings = [standing(claim, readings) for claim, readings in drafts]
    latest = [latest_rival(i, claims, standings) for i in range(len(claims))]
    disputed = {i for i in range(len(claims)) if _disputed(i, claims, standings, latest)}
    return tuple(_with_status(c, latest[i], i in disputed) for i, c in enumerate(claims))


def standing(claim: Claim, readings: list[Reading]) -> Standing:
    published = sorted(item.article.published for item, _ in readings if item.article.published)
    last_published = published[-1] if published else None
    magnitude = max(_largest(item.figures, claim.measure) for item, _ in readings)
    current = not all(figure.earlier for _, figure in readings)
    sources = frozenset(f.attributed_to for _, f in readings)
    return claim.as_of, last_published, magnitude, current, sources


def times(a: Standing, b: Standing) -> tuple[str, str] | None:
    """The two times to compare: both `as_of`, else both published dates when neither has one."""
    if a[0] and b[0]:
        return a[0], b[0]
    if not a[0] and not b[0] and a[1] and b[1]:
        return a[1], b[1]
    return None


def later(first: tuple[Claim, Standing], second: tuple[Claim, Standing]) -> int:
    """Positive when `first` is later than `second`, negative when earlier, else 0."""
    (claim_a, standing_a), (claim_b, standing_b) = first, second
    pair = times(standing_a, standing_b)
    if pair and not _overlapping_times(*pair):
        return 1 if pair[0] > pair[1] else -1
    if standing_a[3] == standing_b[3] and _shared_article(claim_a, claim_b):
        return 0
    key_a = (standing_a[2], standing_a[3], claim_a.value)
    key_b = (standing_b[2], standing_b[3], claim_b.value)
    return (key_a > key_b) - (key_a < key_b)


def latest_rival(index: int, claims: list[Claim], standings: list[Standing]) -> int | None:
    """The latest claim of the same timeline that is later than claim `index`, if any."""
    pairs = list(zip(claims, standings, strict=True))
    rivals = [
        j
        for j in range(len(claims))
        if _same_timeline(claims[index], claims[j], standings[index], standings[j])
        and later(pairs[j], pairs[index]) > 0
    ]

    def compare(a: int, b: int) -> int:
        tie = (claims[a].independent_reports, claims[a].value) > (
            claims[b].independent_reports,
            claims[b].value,
        )
        return later(pairs[a], pairs[b]) or (1 if tie else -1)

    ordered = sorted(rivals, key=cmp_to_key(compare))
    return ordered[-1] if ordered else None


def _shared_article(a: Claim, b: Claim) -> bool:
    """One article gives both: without dates or an "earlier" mark, neither is the later."""
    return bool({m.article for m in a.mentions} & {m.article for m in b.mentions})


def _same_timeline(a: Claim, b: Claim, standing_a: Standing, standing_b: Standing) -> bool:
    same = (a.event, a.measure, a.group) == (b.event, b.measure, b.group) and a is not b
    if not same or "background" in (a.status, b.status):
        return False
    return any(compatible_sources(s, t) for s in standing_a[4] for t in standing_b[4])


def _disputed(
    index: int, claims: list[Claim], standings: list[Standing], latest: list[int | None]
) -> bool:
    """Left current beside a current claim of the same measure and group it cannot agree with."""
    claim = claims[index]
    if latest[index] is not None or claim.status == "background":
        return False
    return any(
        latest[j] is None
        and j != index
        and _same_question(claim, other)
        and _same_time(times(standings[index], standings[j]))
        and not _overlapping(bounds_of(claim), bounds_of(other))
        for j, other in enumerate(claims)
    )


def _same_question(a: Claim, b: Claim) -> bool:
    same = (a.event, a.measure, a.group) == (b.event, b.measure, b.group)
    return same and b.status != "background"


def _same_time(pair: tuple[str, str] | None) -> bool:
    return pair is None or _overlapping_times(*pair)


def bounds_of(count: Claim | Figure) -> tuple[float, float]:
    """The interval of counts a claim or figure allows, by its qualifier."""
    value, high = count.value, count.high if count.high is not None else count.value
    return {
        "more_than": (value + 1, math.inf),
        "at_least": (value, math.inf),
        "at_most": (0, value),
        "less_than": (0, value - 1),
        "about": (value * (1 - ABOUT_MARGIN), high * (1 + ABOUT_MARGIN)),
    }.get(count.qualifier, (value, high))


def _overlapping(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _overlapping_times(a: str, b: str) -> bool:
    """Equal, or one a coarser date containing the other ("2025-03" and "2025-03-08")."""
    return a.startswith(b) or b.startswith(a)


def _largest(figures: tuple[Figure, ...], measure: str) -> int:
    counts = (f.value for f in figures if f.measure == measure and f.scope == "event")
    return max(counts, default=0)


def _with_status(claim: Claim, superseded_by: int | None, disputed: bool) -> Claim:
    if claim.status == "background":
        return claim
    if superseded_by is not None:
        return replace(claim, status="superseded", superseded_by=superseded_by)
    if disputed:
        return replace(claim, status="disputed")
    return replace(claim, status="single_source" if claim.independent_reports == 1 else "current")
