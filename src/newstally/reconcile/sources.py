"""Who stands behind a figure: independent article groups and whether two sources are one."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from newstally.copies import independent_groups
from newstally.records import ArticleReport

# Two source names this alike (rapidfuzz token-set ratio) are taken as one source.
SAME_SOURCE_RATIO = 90


def independent_roots(items: tuple[ArticleReport, ...]) -> dict[str, str]:
    """Article id -> its independence group; an original and its copies share one."""
    derivations = {i.article.id: i.derived_from for i in items if i.derived_from is not None}
    return independent_groups(derivations, [item.article.id for item in items])


def is_vague(source: str | None) -> bool:
    """No source, or one not named ("a war monitor", "officials"): it may relay any source."""
    return source is None or not source[:1].isupper()


def same_source(first: str | None, second: str | None) -> bool:
    """True when two named sources are one: equal, an acronym of the other, or nearly equal."""
    if first is None or second is None:
        return first is second
    a, b = first.casefold(), second.casefold()
    if a == b or _acronym(first) == second or _acronym(second) == first:
        return True
    return fuzz.token_set_ratio(a, b) >= SAME_SOURCE_RATIO


def compatible_sources(first: str | None, second: str | None) -> bool:
    """True when a figure from one may be the other's: the same source, or either is vague."""
    return is_vague(first) or is_vague(second) or same_source(first, second)


def _acronym(name: str) -> str:
    return "".join(word[0] for word in re.findall(r"[A-Z][\w'-]*", name))
