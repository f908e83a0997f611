"""Near-copies and rewrites, and which article is the original.

Stub: the copies-and-events issue fills this in.
"""

from __future__ import annotations

from newstally.records import ArticleReport, Derivation


def find_copies(items: tuple[ArticleReport, ...]) -> dict[str, Derivation]:
    """For each article that copies or rewrites another (in the corpus or not), how and why."""
    return {}
