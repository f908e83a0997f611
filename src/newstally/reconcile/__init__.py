"""Claims across articles: one entry per distinct claim, supersession, disputes, tolls, checks.

`claims` gathers figures into claims, `timeline` sets their status, `tolls` gives each event
its {best, low, high}, `checks` and `perpetrators` test the figures and the accounts.
"""

from __future__ import annotations

from dataclasses import dataclass

from newstally.reconcile.checks import article_checks, attribution_checks, merged
from newstally.reconcile.claims import build_claim, gather
from newstally.reconcile.perpetrators import perpetrator_checks
from newstally.reconcile.sources import independent_roots
from newstally.reconcile.timeline import settle
from newstally.reconcile.tolls import with_tolls
from newstally.records import ArticleReport, Check, Claim, Event


@dataclass(frozen=True, slots=True)
class Reconciled:
    claims: tuple[Claim, ...]
    events: tuple[Event, ...]
    checks: tuple[Check, ...]


def reconcile(items: tuple[ArticleReport, ...], events: tuple[Event, ...]) -> Reconciled:
    """Claims from every article's figures; `events` come back with their tolls."""
    roots = independent_roots(items)
    grouped = gather(items)
    drafts = [(build_claim(readings, roots), readings) for readings in grouped.values()]
    claims = settle(drafts)
    index = {key: position for position, key in enumerate(grouped)}
    checks = [check for item in items for check in article_checks(item, index)]
    checks += attribution_checks(claims, list(grouped.values()))
    checks += perpetrator_checks(items, tuple(dict.fromkeys(item.event for item in items)))
    return Reconciled(claims, with_tolls(events, items, claims, roots), merged(checks))
