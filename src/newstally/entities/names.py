"""Names compared across spellings: transliterations (Ahmad / Ahmed, al-Shara / Al-Sharaa),
particles (al-, bin), titles (Mr, President), doubled letters and "ou" / "u" (Tartous / Tartus).
"""

from __future__ import annotations

import re
from importlib import resources

from newstally.entities.keys import key


def data_lines(name: str) -> tuple[str, ...]:
    """The non-comment lines of `data/<name>`, stripped."""
    text = resources.files("newstally.entities").joinpath(f"data/{name}").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip()[:1] not in ("#", ""))


PARTICLES = frozenset(data_lines("particles.txt"))
TITLES = tuple(sorted(data_lines("titles.txt"), key=len, reverse=True))
TITLE_WORDS = frozenset(title.split(" ")[0] for title in TITLES)
# Spelling variation in transliterated names, as (pattern, replacement, cue) applied in order;
# a rule is tried only on a word holding its cue (a quick test that skips most of them).
SOUNDS = (
    (re.compile(r"ou|oo"), "u", "o"),
    (re.compile(r"ee"), "i", "ee"),
    (re.compile(r"e"), "a", "e"),
    (re.compile(r"o"), "u", "o"),
    (re.compile(r"y(?=[^aeiou]|$)"), "i", "y"),
    (re.compile(r"(\w)\1+"), r"\1", ""),
    (re.compile(r"(?<=\w\w)h$"), "", "h"),
    (re.compile(r"(?<=\w\w\w)s$"), "", "s"),
)


def sound(word: str) -> str:
    """One word in a form that spelling variants share: "Sharaa" -> "shara", "Ahmed" -> "ahmad"."""
    for pattern, replacement, cue in SOUNDS:
        if cue in word:
            word = pattern.sub(replacement, word)
    return word


def name_words(name: str, titled: bool = True) -> list[str]:
    """The words of `name` as compared: no titles (unless not `titled`: "King Street"), no
    particles, spelling evened out."""
    words = [w for w in key(strip_title(name) if titled else name).split() if w not in PARTICLES]
    return [sound(word) for word in words]


def name_key(name: str, titled: bool = True) -> str:
    """ "Ahmed Al-Sharaa", "Ahmad al Shara" -> "ahmad shara"."""
    return " ".join(name_words(name, titled))


def strip_title(text: str) -> str:
    """`text` from after its last title on: "President Ahmad al-Shara" -> "Ahmad al-Shara",
    "Syrian President Bashar al-Assad" -> "Bashar al-Assad"."""
    words = text.split(" ")
    for first in range(len(words) - 1):
        if words[first] not in TITLE_WORDS:
            continue
        rest = " ".join(words[first:])
        title = next((t for t in TITLES if rest.startswith(t + " ")), None)
        if title is not None:
            return strip_title(rest[len(title) + 1 :])
    return text
