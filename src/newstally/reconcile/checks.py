"""Checks over one article's figures and over the claims: parts against totals, impossible
combinations (more children than dead), one figure attributed to two sources.

`Check.figures` index the claims (`Report.figures`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import combinations

from newstally.reconcile.claims import ClaimKey, Reading, claim_key, content_figures
from newstally.reconcile.groups import PARTS, SUBSETS, TOTALS
from newstally.reconcile.sources import is_vague, same_source
from newstally.reconcile.timeline import bounds_of
from newstally.records import ArticleReport, Check, Claim, Figure, Mention

# Parts of an exact sum stand this close (characters) to their total in the text.
SUM_WINDOW = 400
# An exact sum has at most this many parts.
MAX_PARTS = 3
WORDED = re.compile(r"[^\W\d_]")
WORDS = {
    "more_than": "more than ",
    "at_least": "at least ",
    "about": "about ",
    "at_most": "at most ",
    "less_than": "less than ",
}


def article_checks(item: ArticleReport, index: dict[ClaimKey, int]) -> list[Check]:
    """The checks one article's own figures allow."""
    figures = [f for f in content_figures(item) if f.scope == "event" and not f.earlier]
    found: list[Check] = []
    for measure in sorted({f.measure for f in figures}):
        mine = [f for f in figures if f.measure == measure]
        sums = list(exact_sums(mine, item.article.text))
        found += [_sum_check(item, total, parts, index) for total, parts in sums]
        inner = {id(p) for _, parts in sums for p in parts}
        found += parts_against_total(item, [f for f in mine if id(f) not in inner], index)
        found += impossible(item, mine, index)
    return found


def exact_sums(figures: list[Figure], text: str) -> Iterator[tuple[Figure, tuple[Figure, ...]]]:
    """A worded count and 2-3 nearby counts of groups it holds that add up exactly to it
    ("93 military personnel + 120 armed fighters = 213 fighters")."""
    exact = [f for f in figures if f.qualifier == "exact" and f.high is None]
    for total in (f for f in exact if WORDED.search(text, f.start, f.end)):
        near = [
            f
            for f in exact
            if f is not total and abs(f.start - total.start) < SUM_WINDOW and _holds(total, f)
        ]
        for size in range(2, MAX_PARTS + 1):
            match = next((p for p in combinations(near, size) if _adds_up(total, p)), None)
            if match:
                yield total, match
                break


def parts_against_total(
    item: ArticleReport, figures: list[Figure], index: dict[ClaimKey, int]
) -> list[Check]:
    """The largest count of each disjoint part against the article's largest total."""
    totals = [f for f in figures if f.group in TOTALS]
    if not totals:
        return []
    total = max(totals, key=lambda f: f.value)
    parts = [f for f in figures if f.group in PARTS]
    parts = [f for f in parts if f.attributed_to == total.attributed_to] or parts
    largest = {f.group: f for f in sorted(parts, key=lambda f: f.value)}
    if len(largest) < 2:
        return []
    chosen = tuple(largest.values())
    low = sum(bounds_of(f)[0] for f in chosen)
    verdict = "inconsistent" if low > bounds_of(total)[1] else "consistent"
    detail = f"{' + '.join(_words(f) for f in chosen)} = {low:g} against {_words(total)}"
    return [_check(item, "parts_total", verdict, detail, (*chosen, total), index)]


def impossible(
    item: ArticleReport, figures: list[Figure], index: dict[ClaimKey, int]
) -> list[Check]:
    """A subset (children, women) larger than the article's largest total or count of civilians
    (when that is more than one person: "a man, two women" lists parts, not a total)."""
    found = []
    wholes = [_largest(figures, TOTALS), _largest(figures, frozenset(["civilians"]))]
    for part in (f for f in figures if f.group in SUBSETS):
        for whole in (w for w in wholes if w is not None and w.value > 1):
            if bounds_of(part)[0] > bounds_of(whole)[1]:
                detail = f"{_words(part)} but only {_words(whole)}"
                found.append(
                    _check(item, "impossible", "inconsistent", detail, (part, whole), index)
                )
    return found


def _largest(figures: list[Figure], groups: frozenset[str]) -> Figure | None:
    return max((f for f in figures if f.group in groups), key=lambda f: f.value, default=None)


def attribution_checks(claims: tuple[Claim, ...], readings: list[list[Reading]]) -> list[Check]:
    """A claim whose mentions name two different sources for it."""
    found = []
    for position, (claim, mine) in enumerate(zip(claims, readings, strict=True)):
        named = sorted({s for _, f in mine if (s := f.attributed_to) and not is_vague(s)})
        distinct = [s for i, s in enumerate(named) if not any(same_source(s, t) for t in named[:i])]
        if len(distinct) > 1:
            detail = f"{_words(claim)} attributed to {' and to '.join(distinct)}"
            found.append(Check("attribution", "two_sources", detail, (position,)))
    return found


def _holds(total: Figure, part: Figure) -> bool:
    """Whether the total's group can hold the part's: a total holds all, a part its own kind."""
    if total.group in TOTALS or total.group == part.group:
        return True
    return total.group in PARTS and part.group in PARTS | SUBSETS


def _adds_up(total: Figure, parts: tuple[Figure, ...]) -> bool:
    return sum(p.value for p in parts) == total.value and all(p.value < total.value for p in parts)


def _sum_check(
    item: ArticleReport, total: Figure, parts: tuple[Figure, ...], index: dict[ClaimKey, int]
) -> Check:
    detail = f"{' + '.join(_words(p) for p in parts)} = {_words(total)}"
    return _check(item, "parts_sum", "consistent", detail, (*parts, total), index)


def _check(
    item: ArticleReport,
    kind: str,
    verdict: str,
    detail: str,
    figures: tuple[Figure, ...],
    index: dict[ClaimKey, int],
) -> Check:
    claims = tuple(index[key] for f in figures if (key := claim_key(item, f)) in index)
    mentions = tuple(Mention(item.article.id, f.start, f.end) for f in figures)
    return Check(kind, verdict, detail, claims, mentions)


def merged(checks: list[Check]) -> tuple[Check, ...]:
    """One check per kind, verdict and detail; the mentions of its repeats added to it."""
    found: dict[tuple[str, str, str], Check] = {}
    for check in checks:
        key = (check.kind, check.verdict, check.detail)
        old = found.get(key)
        found[key] = replace(old, mentions=old.mentions + check.mentions) if old else check
    return tuple(found.values())


def _words(count: Claim | Figure) -> str:
    group = count.group.replace("_", " ")
    return f"{WORDS.get(count.qualifier, '')}{count.value} {group} {count.measure}"
