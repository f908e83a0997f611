"""Acronyms read off the names they abbreviate: "Hewlett-Packard" -> "HP", "U.S. Geological
Survey" -> "USGS", "Electronic Data Systems Corp." -> "EDS" (a company suffix such as "Corp."
in `data/company_suffixes.txt` and linking words such as "of" do not count)."""

from __future__ import annotations

import re

from newstally.entities.names import data_lines

COMPANY_SUFFIXES = frozenset(data_lines("company_suffixes.txt"))
LINKING = frozenset(("of", "for", "and", "the", "&", "de", "la", "du", "des"))
DOTTED = re.compile(r"(?:[A-Z]\.)+$")


def without_suffix(name: str) -> str:
    """`name` without a trailing company suffix: "Apple Inc." -> "Apple"."""
    words = name.split(" ")
    while len(words) > 1 and words[-1].rstrip(".,") in COMPANY_SUFFIXES:
        words.pop()
    return " ".join(words)


def initials(name: str) -> str:
    """The capital initials of `name`'s words and hyphen parts, or "" when a word is neither
    capitalised nor linking, or the name has fewer than two."""
    words = [w for w in re.split(r"[\s-]+", without_suffix(name)) if w.lower() not in LINKING]
    letters = []
    for word in words:
        if DOTTED.match(word):
            letters.append(word.replace(".", ""))
        elif word[:1].isupper():
            letters.append(word[0])
        else:
            return ""
    return "".join(letters) if len(letters) > 1 else ""
