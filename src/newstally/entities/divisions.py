"""Divisions named by a kind word beside a place name: "Latakia province", "Idlib Governorate",
"the province of Homs", "Latakia and Tartus provinces", "Dallas county".

The words are `data/division_words.txt`; one before a word of `data/division_modifies.txt`
is an adjective ("Homs state television"). A town so named gives way to the first-level division
it lies in (named after it: "Latakia Province") when the division has its name or the town is
the division's largest, as a province's namesake mostly is (`gazetteer.namesake_division`;
"Brescia province" is no first-level division, so Brescia stays the town); a US town gives way
only to the county of its name in its state ("Dallas County"); a country stays itself, and so
does a state or county (only "Texas state" takes the word: "an Arizona county" is no name of
Arizona), while a division found by its own name takes any word but "county" ("Anbar
province"). The span grows to take the kind word next to the name. The bare name stays the
town.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newstally.entities.gazetteer import division_code, lookup, namesake_division
from newstally.entities.names import data_lines
from newstally.records import PlaceMention

WORDS = tuple(data_lines("division_words.txt"))
FORMS = sorted((*WORDS, *(w + "s" for w in WORDS if w[-1] != "y"), "counties"), key=len)
KIND = "|".join(rf"[{form[0]}{form[0].upper()}]{form[1:]}" for form in reversed(FORMS))
NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
LINK = r"(?:,|,? and|,? or)"
# "Homs state television": the kind word is an adjective.
MODIFIED = "|".join(data_lines("division_modifies.txt"))
# After the name, or after a list it starts: "Latakia province", "Latakia and Tartus provinces".
AFTER = re.compile(rf"(?P<list>(?:{LINK} {NAME})*) (?P<word>{KIND})\b(?! (?:{MODIFIED})\b)")
# Before the name, or before a list it ends: "the province of Homs", "provinces of Hama and Homs".
BEFORE = re.compile(rf"\b(?P<word>{KIND}) of (?:the )?(?P<list>(?:{NAME}{LINK} )*)$")
REACH = 120


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def _kind_word(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The kind word beside text[start:end] and the span of name and word (the name's own span
    when a list stands between them)."""
    after = AFTER.match(text, end)
    if after:
        return _singular(after["word"]), start, after.end() if not after["list"] else end
    before = BEFORE.search(text, max(0, start - REACH), start)
    if before:
        return _singular(before["word"]), start if before["list"] else before.start(), end
    return None


def _county(town: PlaceMention) -> PlaceMention | None:
    counties = (place for place in lookup(f"{town.name} County") if place.kind == "county")
    return next((c for c in counties if division_code(c) == division_code(town)), None)


def _division(place: PlaceMention, word: str) -> PlaceMention | None:
    if place.kind == "admin1":  # "Anbar province", "the governorate of Al Anbar"
        return place if word != "county" else None
    if place.kind != "city":  # "Texas state", "Dallas County"; not "an Arizona county"
        return place if (place.kind, word) in (("state", "state"), ("county", "county")) else None
    if place.country == "US" or word == "county":
        return _county(place) if word == "county" and place.country == "US" else None
    found = namesake_division(place)
    if found is None:
        return None
    return replace(found, name=f"{place.name} {word.capitalize()}")


def named_division(text: str, start: int, end: int, place: PlaceMention) -> PlaceMention:
    """`place`, named text[start:end], or the division a kind word beside it names, with the
    span of name and word."""
    kind = _kind_word(text, start, end)
    found = None if kind is None else _division(place, kind[0])
    if kind is None or found is None:
        return replace(place, start=start, end=end)
    return replace(found, start=kind[1], end=kind[2])
