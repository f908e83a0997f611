"""Per event a toll {best, low, high} for killed and injured, in the spirit of UCDP.

Candidates are the articles' own readings of the event (`ArticleReport.toll`, else the largest
count a sentence of the article gives, adding the groups it lists), dropping a
reading whose figures are all superseded; without any, the event's current total claims; without
those, every reading. A copy whose original (in the event) gives a count relays it: only the
original's reading stands. Equal values pool their articles; an original and its copies count
once. A candidate is reliable when
a figure with its value is attributed to a source or carried by two independent articles, or
two independent articles give it. low and high are the lowest and highest reliable values, best
the reliable value given by the most independent articles, then the lowest (UCDP's best leans
conservative; on GVA dev the lower of equally supported counts is right more often than the
later). With no reliable candidate, all candidates stand in. A candidate whose figures are all bare
numbers (no words naming whom they count: "McCloud, 34,") gives way to any worded one.

Silence is weak evidence of none: an article that reports a single death and gives no injured
count says, weakly, that no one else was hurt (a report of many dead often leaves the wounded
out, so it says nothing). When more independent articles are silent so than give the best
injured count, or as many and that count is doubtful (every article giving it counts at least
as many dead, so it may be the dead counted again as shot), the best is 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from newstally.reconcile.claims import content_figures
from newstally.reconcile.groups import TOTALS
from newstally.records import ArticleReport, Claim, Event, EventToll, Range

MEASURES = ("killed", "injured")
# An article counting at most this many dead and no injured is silent on the injured (evidence
# of none); on FA-KES dev, war reports of more dead routinely leave the wounded out.
SILENT_MOST_DEAD = 1
# (value, independent roots giving it, latest time known, reliable, worded, doubtful) of one
# candidate; doubtful: an injured count no larger than the same article's count of the dead.
Candidate = tuple[int, frozenset[str], str, bool, bool, bool]


def with_tolls(
    events: tuple[Event, ...],
    items: tuple[ArticleReport, ...],
    claims: tuple[Claim, ...],
    roots: dict[str, str],
) -> tuple[Event, ...]:
    """`events`, each with its toll."""
    by_id = {item.article.id: item for item in items}
    by_event: dict[str | None, list[Claim]] = {}
    for claim in claims:
        by_event.setdefault(claim.event, []).append(claim)
    return tuple(
        replace(
            event,
            toll=event_toll(
                [by_id[a] for a in event.articles if a in by_id],
                tuple(by_event.get(event.id, ())),
                roots,
            ),
        )
        for event in events
    )


def event_toll(
    items: list[ArticleReport], claims: tuple[Claim, ...], roots: dict[str, str]
) -> EventToll:
    """The event's killed and injured; see the module's rules."""
    killed = toll_range(candidates("killed", items, claims, roots))
    found = candidates("injured", items, claims, roots, died=killed.best or 0)
    injured = toll_range(found, silent_roots(items, roots))
    return EventToll(killed=killed, injured=injured)


def candidates(
    measure: str,
    items: list[ArticleReport],
    claims: tuple[Claim, ...],
    roots: dict[str, str],
    died: int = 0,
) -> list[Candidate]:
    """The candidate counts of `measure`, equal values pooled; an injured count no larger than
    the event's `died`, from an article that reports no death, is taken as those who died
    (shot first, dead later: counted once, as killed)."""
    voices = _voices(items, measure)
    readings = [_reading(measure, item, claims, roots, live=True, died=died) for item in voices]
    found = [c for c in readings if c is not None]
    found = found or [_from_claim(c, roots) for c in claims if _is_total(c, measure)]
    every = (_reading(measure, item, claims, roots, live=False, died=died) for item in voices)
    return _pooled(found or [c for c in every if c is not None])


def _voices(items: list[ArticleReport], measure: str) -> list[ArticleReport]:
    """The articles whose count of `measure` is their own: a copy whose original (in the event)
    gives a count relays the original's, so only the original speaks."""
    counting = {item.article.id for item in items if _count(item, measure) is not None}
    return [item for item in items if _original(item) not in counting]


def _original(item: ArticleReport) -> str | None:
    return item.derived_from.article if item.derived_from else None


def toll_range(found: list[Candidate], silent: frozenset[str] = frozenset()) -> Range:
    """best, low, high of the candidates; `silent` roots are articles that speak of the event
    without a count of this measure (weak evidence of 0)."""
    worded = [c for c in found if c[4]] or found
    reliable = [c for c in worded if c[3] or len(c[1]) > 1] or worded
    if not reliable:
        return Range()
    best = max(reliable, key=lambda c: (len(c[1]), -c[0]))
    values = [c[0] for c in reliable]
    if best[0] and _silence_outweighs(best, silent):
        return Range(best=0, low=0, high=max(values))
    return Range(best=best[0], low=min(values), high=max(values))


def _silence_outweighs(best: Candidate, silent: frozenset[str]) -> bool:
    support = len(best[1])
    return len(silent) > support or (len(silent) == support and best[5])


def silent_roots(items: list[ArticleReport], roots: dict[str, str]) -> frozenset[str]:
    """Independent roots whose articles report a single death but never an injured count."""
    counting = {roots.get(i.article.id, i.article.id) for i in items if _count(i, "injured")}
    silent = {roots.get(i.article.id, i.article.id) for i in items if _reports_one_death(i)}
    return frozenset(silent - counting)


def _reports_one_death(item: ArticleReport) -> bool:
    dead = _count(item, "killed")
    return dead is not None and 0 < dead <= SILENT_MOST_DEAD


def _count(item: ArticleReport, measure: str) -> int | None:
    value = getattr(item.toll, measure)
    return own_count(item, measure) if value is None else value


def _reading(
    measure: str,
    item: ArticleReport,
    claims: tuple[Claim, ...],
    roots: dict[str, str],
    live: bool,
    died: int = 0,
) -> Candidate | None:
    """The article's own count of `measure`; with `live`, None when its figures were superseded."""
    value = _count(item, measure)
    if value is None:
        return None
    own = [c for c in claims if c.measure == measure and c.value == value and _carries(c, item)]
    if live and own and all(c.status == "superseded" for c in own):
        return None
    reliable = any(c.attributed_to or c.independent_reports > 1 for c in own)
    root = roots.get(item.article.id, item.article.id)
    named = worded(item, value)
    if died and _reports_no_death(item):
        value = 0 if value <= died else value
    dead = _count(item, "killed") if measure == "injured" else None
    doubtful = dead is not None and value <= dead
    return value, frozenset([root]), item.article.published or "", reliable, named, doubtful


def _reports_no_death(item: ArticleReport) -> bool:
    return item.toll.killed is None and own_count(item, "killed") is None


def worded(item: ArticleReport, value: int) -> bool:
    """Whether the article's count names whom it counts ("three people", "a man"), not only a
    bare number ("McCloud, 34,"), which is weaker: it may be an age or a label."""
    phrases = [item.article.text[f.start : f.end] for f in item.figures if f.value == value]
    return not phrases or any(re.search(r"[^\W\d_]", phrase) for phrase in phrases)


def own_count(item: ArticleReport, measure: str) -> int | None:
    """When the article gives no toll: its largest count of `measure` in one sentence, adding
    the groups a sentence lists ("a man, two women and a child were killed": 4). People of a
    group the article says were killed are not counted as injured too ("shot", then "died")."""
    figures = [f for f in content_figures(item) if f.scope == "event" and not f.earlier]
    died = {f.group for f in figures if f.measure == "killed"} if measure == "injured" else set()
    figures = [f for f in figures if f.measure == measure and f.group not in died]
    sentences: dict[int | None, dict[str, int]] = {}
    for figure in figures:
        largest = sentences.setdefault(figure.sentence_start, {})
        largest[figure.group] = max(largest.get(figure.group, 0), figure.value)
    return max((sum(groups.values()) for groups in sentences.values()), default=None)


def _from_claim(claim: Claim, roots: dict[str, str]) -> Candidate:
    given = frozenset(roots.get(m.article, m.article) for m in claim.mentions)
    reliable = bool(claim.attributed_to) or claim.independent_reports > 1
    return claim.value, given, claim.as_of or "", reliable, True, False


def _is_total(claim: Claim, measure: str) -> bool:
    live = claim.status not in ("superseded", "background")
    return live and claim.measure == measure and claim.group in TOTALS


def _carries(claim: Claim, item: ArticleReport) -> bool:
    return any(m.article == item.article.id for m in claim.mentions)


def _pooled(found: Iterable[Candidate]) -> list[Candidate]:
    pooled: dict[int, Candidate] = {}
    for value, roots, time, reliable, named, doubtful in found:
        old = pooled.get(value, (value, frozenset[str](), "", False, False, True))
        pooled[value] = (
            value,
            old[1] | roots,
            max(old[2], time),
            old[3] or reliable,
            old[4] or named,
            old[5] and doubtful,
        )
    return list(pooled.values())
