"""Which of two matching articles is the original, and why, in words.

In order: a credit line naming an outlet the other article belongs to or names; a credit line
on one side only; the published dates; else the shorter article is taken as the copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstally.copies.outside import Credit, outlet_key
from newstally.records import Article

# A capitalised name of one to four words, perhaps after "The": an outlet named in the text.
NAME = re.compile(r"\b(?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}")
# An outlet name this short (in letters) is too vague to match a web address by its start.
SHORTEST_OUTLET = 6


@dataclass(frozen=True, slots=True)
class Side:
    """One article of a matching pair, with the credit line it carries, if any."""

    article: Article
    credit: Credit | None
    words: int


def decide(first: Side, second: Side) -> tuple[Side, Side, str]:
    """(copy, original, why) for two articles judged to share their text or facts."""
    for copy, original in ((first, second), (second, first)):
        named = names_credited(original.article, copy.credit)
        if named and copy.credit:
            return (
                copy,
                original,
                f"its credit '{copy.credit.name}' is {original.article.id} ({named})",
            )
    for copy, original in ((first, second), (second, first)):
        if copy.credit and not original.credit:
            return copy, original, f"it {copy.credit.evidence} and {original.article.id} does not"
    dated = _by_date(first, second)
    if dated:
        return dated
    copy, original = sorted((first, second), key=lambda side: (side.words, side.article.id))
    return copy, original, "no date or credit tells; taken as the shorter of the two"


def names_credited(article: Article, credit: Credit | None) -> str | None:
    """How `article` shows it is the outlet a credit names: its source, URL, or text."""
    if credit is None or not credit.name:
        return None
    key = outlet_key(credit.name)
    for label, value in (("its source", article.source), ("its address", article.url)):
        if value and _same_outlet(key, outlet_key(value)):
            return f"{label} is {value}"
    for match in NAME.finditer(article.text):
        if _same_outlet(key, outlet_key(match.group())):
            return f"its text names {match.group()}"
    return None


def _same_outlet(credited: str, named: str) -> bool:
    return credited == named or (len(named) >= SHORTEST_OUTLET and credited.startswith(named))


def _by_date(first: Side, second: Side) -> tuple[Side, Side, str] | None:
    one, two = first.article.published, second.article.published
    if not one or not two or one == two:
        return None
    copy, original = (first, second) if one > two else (second, first)
    return (
        copy,
        original,
        (
            f"published {copy.article.published}, after {original.article.id} "
            f"({original.article.published})"
        ),
    )
