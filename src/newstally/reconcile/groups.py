"""The roles of the groups figures count (data/groups.tsv): totals, disjoint parts, subsets."""

from __future__ import annotations

from importlib import resources


def _roles() -> dict[str, str]:
    text = resources.files("newstally.reconcile").joinpath("data", "groups.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {group: role for group, role in rows}


ROLE_OF = _roles()
TOTALS = frozenset(group for group, role in ROLE_OF.items() if role == "total")
PARTS = frozenset(group for group, role in ROLE_OF.items() if role == "part")
SUBSETS = frozenset(group for group, role in ROLE_OF.items() if role == "subset")
