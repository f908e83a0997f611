"""Places named in a text, found by looking capitalised runs of words up in the gazetteer.

A run ("Deir ez-Zor", "In Latakia Province") is looked up whole, then without leading function
words and trailing kind words (`data/place_suffixes.txt`: "Province", "Governorate"); a name in
`data/place_stopwords.txt` ("Mobile", "March") or spaCy's English stop words ("Since", "More")
is never a place; an all-capitals word is a
place only as a country alias ("US", "UK"). Of several places with one name, the one in a
division (a state) the text names wins, then one in a country it names, else the most
populous; a small one-word town needs its country named in the text (directly, or by a state
or a surer place in it). A word that ends a longer
name elsewhere in the text ("Zimmerman" after "George Zimmerman") is that name, not a town.
A kind word beside a name ("Latakia province", `divisions.py`) makes it the division.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from newstally.entities.divisions import named_division
from newstally.entities.gazetteer import division_code, lookup, population
from newstally.entities.keys import key
from newstally.records import PlaceMention

# A capitalised word ("Deir", "ez-Zor", "Al-Bab"), initials ("U.S.") or a short form ("St.").
TOKEN = r"(?:[A-Z]\.){2,}|(?:St|Mt|Ft)\.|(?:[a-z]{1,3}-)?[A-Z][\w'’]*(?:-[\w'’]+)*"
# Runs do not go on past a possessive: "Syria's President" is "Syria" and "President".
RUN = re.compile(rf"(?:{TOKEN})(?:(?<!['’]s) (?:{TOKEN}))*")
MAX_WORDS = 5
# A one-word town smaller than this is taken only when the text names its country (or a place
# in it): "Obama" is a town in Japan, "Bush" one in Egypt.
BIG_TOWN = 100_000


def _words(name: str) -> frozenset[str]:
    text = resources.files("newstally.entities").joinpath(f"data/{name}").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line[:1] not in ("#", ""))


STOPWORDS = _words("place_stopwords.txt") | STOP_WORDS
SUFFIXES = _words("place_suffixes.txt")
LEADS = frozenset(word.lower() for word in _words("place_leads.txt"))
# Words a run of capitalised words is trimmed of when they lead it ("In Latakia").
LEADING = STOP_WORDS | LEADS


def _trimmed(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`words` without leading stopwords and trailing kind words."""
    while words and key(words[0][2]) in LEADING and not words[0][2].isupper():
        words = words[1:]
    while len(words) > 1 and key(words[-1][2]) in SUFFIXES:
        words = words[:-1]
    return words


def _runs(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """Capitalised runs of words, each word as (start, end, text) without a final dot."""
    for run in RUN.finditer(text):
        start, words = run.start(), []
        for token in run.group().split(" "):  # a run's words are joined by single spaces
            bare = token.rstrip(".")
            words.append((start, start + len(bare), bare))
            start += len(token) + 1
        yield words


def _candidates(text: str) -> Iterator[tuple[int, int, tuple[PlaceMention, ...]]]:
    surnames = set()
    found = []
    for words in _runs(text):
        trimmed = _trimmed(words)
        match = _look_up(text, words)
        if match is None and len(trimmed) < len(words):  # else the same look-up again
            match = _look_up(text, trimmed)
        if match:
            found.append(match)
        elif len(words) > 1:
            surnames.add(key(words[-1][2]))
    for start, end, places in found:
        if key(text[start:end]) not in surnames or places[0].kind not in ("city", "admin1"):
            yield start, end, places


def _look_up(
    text: str, words: list[tuple[int, int, str]]
) -> tuple[int, int, tuple[PlaceMention, ...]] | None:
    if not words or len(words) > MAX_WORDS:
        return None
    start, end = words[0][0], words[-1][1]
    name = text[start:end].removesuffix("'s").removesuffix("’s")
    end = start + len(name)
    capitals = name.replace(".", "").isupper()
    if not capitals and (key(name) in STOPWORDS or len(name) < 3):
        return None
    places = lookup(name) or possessive(name)
    if capitals and len(name) <= 5:
        places = tuple(place for place in places if place.kind == "country")
    return (start, end, places) if places else None


def possessive(name: str) -> tuple[PlaceMention, ...]:
    """ "Syrias", "Alepposs": a possessive written without its apostrophe, for a country or a
    big town only."""
    if not name.endswith("s") or " " in name:
        return ()
    places = lookup(name[:-1])
    if not places or places[0].kind not in ("country", "city"):
        return ()
    return places if sure(places[0]) and " " not in places[0].name else ()


def find_places(text: str) -> tuple[PlaceMention, ...]:
    """Every place named in `text`, geocoded, in text order."""
    found = list(_candidates(text))
    surer = [places[0] for *_, places in found if sure(places[0])]
    states = {division_code(place) for place in surer if place.kind != "city"}
    context = {place.country for place in surer} | states - {None}
    chosen = [(start, end, _choose(places, context)) for start, end, places in found]
    named = [(named_division(text, start, end, place), start, end) for start, end, place in chosen]
    return tuple(
        place
        for place, start, end in named
        if sure(place) or place.country in context or (place.start, place.end) != (start, end)
    )


def sure(place: PlaceMention) -> bool:
    """A place taken without a country named around it: a country, a state, a big town or one
    whose name has several words, a first-level division where as many live."""
    if place.kind == "admin1":
        return population(place) >= BIG_TOWN
    return place.kind != "city" or population(place) >= BIG_TOWN or " " in place.name


def _choose(places: tuple[PlaceMention, ...], context: set[str | None]) -> PlaceMention:
    """The place in a division the text names, else in a country it names, else the first but a
    small province (the town "Karak City" before the province Karak)."""
    in_division = (place for place in places if division_code(place) in context)
    in_country = (place for place in places if place.country in context)
    fallback = next((place for place in places if place.kind != "admin1" or sure(place)), places[0])
    return next(in_division, None) or next(in_country, fallback)
