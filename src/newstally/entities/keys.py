"""Names as the gazetteer looks them up: ASCII, lower case, without punctuation."""

from __future__ import annotations

import unicodedata
from importlib import resources
from pathlib import Path

from anyascii import anyascii

GAZETTEER_FILE = Path(str(resources.files("newstally.entities").joinpath("data/gazetteer.tsv.gz")))
# (character, replacement): str.replace is several times faster than str.translate here.
KEY_REPLACEMENTS = (("'", ""), ("`", ""), (".", ""), ("\u2019", ""), ("-", " "))


def ascii_name(name: str) -> str:
    """`name` without its diacritics ("Ţarţūs" -> "Tartus"); other scripts via anyascii."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return plain if len(plain) * 2 > len(name) else anyascii(name)


def key(name: str) -> str:
    """A name as looked up: ASCII, lower case, no apostrophes or dots, hyphens as spaces."""
    plain = name if name.isascii() else ascii_name(name)
    plain = plain.lower()
    if plain.isalnum():  # one plain word: nothing to replace
        return plain
    for char, replacement in KEY_REPLACEMENTS:
        plain = plain.replace(char, replacement)
    return " ".join(plain.split()) if "  " in plain or plain[-1:] == " " else plain
