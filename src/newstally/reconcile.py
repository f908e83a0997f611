"""Claims across articles: one entry per distinct claim, supersession, disputes, tolls, checks.

Stub: the fact-sheet issue fills this in.
"""

from __future__ import annotations

from dataclasses import dataclass

from newstally.records import ArticleReport, Check, Claim, Event


@dataclass(frozen=True, slots=True)
class Reconciled:
    claims: tuple[Claim, ...]
    events: tuple[Event, ...]
    checks: tuple[Check, ...]


def reconcile(items: tuple[ArticleReport, ...], events: tuple[Event, ...]) -> Reconciled:
    """Claims from every article's figures; `events` come back with their tolls."""
    return Reconciled(claims=(), events=events, checks=())
