"""The wording of a time expression made plain: prepositions dropped, vague references
(TimeML's PRESENT_REF, PAST_REF, FUTURE_REF) looked up, wordings rewritten, years spelled out in
words turned to digits. The lists are `data/prefixes.txt`, `data/refs.tsv`, `data/rewrites.tsv`
and `data/numbers.tsv`.
"""

from __future__ import annotations

import re
from importlib import resources


def _rows(name: str) -> tuple[list[str], ...]:
    text = resources.files("newstally.dates").joinpath(f"data/{name}").read_text("utf-8")
    return tuple(line.split("\t") for line in text.splitlines() if line[:1] not in ("#", ""))


PREFIX = re.compile(
    r"^(?:(?:" + "|".join(re.escape(row[0]) for row in _rows("prefixes.txt")) + r")\s+)+",
    re.IGNORECASE,
)
REFS = {row[0]: row[1] for row in _rows("refs.tsv")}
REWRITES = tuple((re.compile(row[0], re.IGNORECASE), row[1]) for row in _rows("rewrites.tsv"))
NUMBERS = {row[0]: int(row[1]) for row in _rows("numbers.tsv")}
NUMBER_RUN = re.compile(
    r"\b(?:(?:" + "|".join(NUMBERS) + r"|thousand|hundred|and)[\s-]+)*"
    r"(?:" + "|".join(NUMBERS) + r"|thousand)\b",
    re.IGNORECASE,
)


def strip_prefix(expression: str) -> str:
    """`expression` without leading prepositions: "since Thursday" -> "Thursday"."""
    return PREFIX.sub("", " ".join(expression.split())).strip(" ,.;:'\"")


def reference(text: str) -> str | None:
    """PRESENT_REF, PAST_REF or FUTURE_REF for a vague reference ("now", "recently")."""
    return REFS.get(text.lower())


def rewrite(text: str) -> str:
    """`text` in a wording dateparser reads: "the latest quarter" -> "last quarter"."""
    for pattern, replacement in REWRITES:
        text = pattern.sub(replacement, text).strip()
    return text


def _year(words: str) -> str:
    """ "nineteen ninety-six" -> "1996", "two thousand" -> "2000"; other numbers unchanged."""
    values = [NUMBERS.get(w, w) for w in re.split(r"[\s-]+", words.lower()) if w != "and"]
    if "thousand" in values:
        at = values.index("thousand")
        total = sum(v for v in values[:at] if isinstance(v, int)) * 1000
        total += sum(v for v in values[at + 1 :] if isinstance(v, int))
    elif len(values) > 1 and isinstance(values[0], int) and values[0] >= 10:
        total = values[0] * 100 + sum(v for v in values[1:] if isinstance(v, int))
    else:
        return words
    return str(total) if total >= 1000 else words


def spell_years(text: str) -> str:
    """Years written in words turned to digits."""
    return NUMBER_RUN.sub(lambda match: _year(match.group()), text)
