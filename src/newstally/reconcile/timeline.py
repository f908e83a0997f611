"""Statuses: per source a timeline where a later figure supersedes an earlier one; disputes.

Two figures are ordered by their dates: each one's `as_of`, else the published date of the last
article carrying it (only `as_of` when one article gives both, as an article's figures are as of
its own date or earlier). Figures of one article, or of one day, are otherwise ordered only by
an "earlier" mark ("up from 524"). When a date is unknown, figures of different articles are
ordered by the article whose largest count of that measure is larger (counts rise as reports
come in), then a count not marked as earlier, then the larger value. Unnamed sources
("a war monitor", none given) may relay any source, so they join every source's timeline.
Figures of one measure and group left current from different sources (differently named, or
different articles when one is unnamed) whose dates are equal or unknown, and whose bounds do
not overlap, are disputed.
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import cmp_to_key

from newstally.reconcile.claims import Reading
from newstally.reconcile.sources import compatible_sources, is_vague, same_source
from newstally.records import Claim, Figure

# How far an "about" figure may stray from its value and still agree with another figure.
ABOUT_MARGIN = 0.2
# (as_of, last published, largest count in its articles, not an earlier count, sources).
Standing = tuple[str | None, str | None, int, bool, frozenset[str | None]]


def settle(drafts: list[tuple[Claim, list[Reading]]]) -> tuple[Claim, ...]:
    """The claims with `status` and `superseded_by` set."""
    claims = [claim for claim, _ in drafts]
    standings = [standing(claim, readings) for claim, readings in drafts]
    buckets: dict[tuple[str | None, str, str], list[int]] = {}
    for i, claim in enumerate(claims):
        buckets.setdefault((claim.event, claim.measure, claim.group), []).append(i)
    peers = [buckets[(c.event, c.measure, c.group)] for c in claims]
    latest = [latest_rival(i, peers[i], claims, standings) for i in range(len(claims))]
    disputed = {i for i in range(len(claims)) if _disputed(i, peers[i], claims, standings, latest)}
    return tuple(_with_status(c, latest[i], i in disputed) for i, c in enumerate(claims))


def standing(claim: Claim, readings: list[Reading]) -> Standing:
    published = sorted(item.article.published for item, _ in readings if item.article.published)
    last_published = published[-1] if published else None
    magnitude = max(_largest(item.figures, claim.measure) for item, _ in readings)
    current = not all(figure.earlier for _, figure in readings)
    sources = frozenset(f.attributed_to for _, f in readings)
    return claim.as_of, last_published, magnitude, current, sources


def times(a: Standing, b: Standing, shared: bool = False) -> tuple[str, str] | None:
    """The two dates to compare: each `as_of`, else its last published date (only `as_of` when
    one article gives both), or None when either is unknown."""
    first, second = (a[0], b[0]) if shared else (a[0] or a[1], b[0] or b[1])
    return (first, second) if first and second else None


def later(first: tuple[Claim, Standing], second: tuple[Claim, Standing]) -> int:
    """Positive when `first` is later than `second`, negative when earlier, else 0."""
    (claim_a, standing_a), (claim_b, standing_b) = first, second
    shared = _shared_article(claim_a, claim_b)
    pair = times(standing_a, standing_b, shared)
    if pair and not _overlapping_times(*pair):
        return 1 if pair[0] > pair[1] else -1
    if shared or pair:
        return int(standing_a[3]) - int(standing_b[3])
    key_a = (standing_a[2], standing_a[3], claim_a.value)
    key_b = (standing_b[2], standing_b[3], claim_b.value)
    return (key_a > key_b) - (key_a < key_b)


def latest_rival(
    index: int, peers: list[int], claims: list[Claim], standings: list[Standing]
) -> int | None:
    """The latest claim of the same timeline (among `peers`) later than claim `index`, if any."""
    pairs = {j: (claims[j], standings[j]) for j in peers}
    rivals = [
        j
        for j in peers
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
    index: int,
    peers: list[int],
    claims: list[Claim],
    standings: list[Standing],
    latest: list[int | None],
) -> bool:
    """Left current beside a current claim of the same measure and group it cannot agree with."""
    claim = claims[index]
    if latest[index] is not None or claim.status == "background":
        return False
    return any(
        latest[j] is None
        and j != index
        and _same_question(claim, claims[j])
        and _different_sources(claim, claims[j], standings[index], standings[j])
        and _same_time(times(standings[index], standings[j]))
        and not _overlapping(bounds_of(claim), bounds_of(claims[j]))
        for j in peers
    )


def _different_sources(a: Claim, b: Claim, standing_a: Standing, standing_b: Standing) -> bool:
    """Given by different sources: differently named ones, or (one unnamed) different articles."""
    if _shared_article(a, b):
        return False
    named_a = [s for s in standing_a[4] if not is_vague(s)]
    named_b = [s for s in standing_b[4] if not is_vague(s)]
    return not any(same_source(s, t) for s in named_a for t in named_b)


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
