"""Regular expressions compiled twice: with `re`, and with the `regex` module, which runs many
of the project's patterns (a word boundary, then words in any case) several times faster.

The two modules disagree on a few characters: combining marks, joiners and "‿" are word
characters to `regex` only, superscript digits and fractions ("²", "½") to `re` only, "ı"
matches "i" in any case only in `re`, and `\\s` takes U+001C-U+001F only in `re`. A text made
only of characters in AGREED (the scripts and symbols of news text, none of those) gets the same
matches from both (`tests/test_twin.py` checks every character of it), so a caller runs the
fast one on such a text and the `re` one on any other: results never depend on the module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import regex

AGREED = re.compile(
    "["
    "\x00-\x1b\x20-\u00b1\u00b4-\u00b8\u00ba-\u00bb\u00bf-\u0130\u0132-\u02ff"  # Latin
    "\u0370-\u0482\u048a-\u052f"  # Greek, Cyrillic
    "\u2000-\u200b\u200e-\u203e\u2041-\u2053\u2055-\u206f"  # punctuation
    "\u20a0-\u20cf\u2100-\u214f\u2190-\u245f\u2500-\u2775\u2794-\u2bff"  # symbols
    "\u3000-\u3029\u3030-\u303f\u4e00-\u9fff\uac00-\ud7a3"  # CJK
    "\U0001f300-\U0001faff"  # emoji
    "]*"
)


# The flags both modules share, `re`'s to `regex`'s (their other flags differ in value).
FLAGS = {re.IGNORECASE: regex.IGNORECASE, re.MULTILINE: regex.MULTILINE, re.DOTALL: regex.DOTALL}


@dataclass(frozen=True)
class Twin:
    """One pattern compiled by both modules."""

    exact: re.Pattern[str]
    fast: Any

    def choose(self, fast: bool) -> Any:
        """The `regex` pattern when `fast` (the text is `agreed`), else the `re` one."""
        return self.fast if fast else self.exact


def twin(pattern: re.Pattern[str]) -> Twin:
    """`pattern` also compiled by `regex`."""
    flags = sum(value for flag, value in FLAGS.items() if pattern.flags & flag)
    return Twin(pattern, regex.compile(pattern.pattern, flags))


def agreed(text: str) -> bool:
    """True when `re` and `regex` read every character of `text` alike."""
    return AGREED.fullmatch(text) is not None
