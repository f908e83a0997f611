import re
import string

import pytest
import regex

from newstally.dates.find import time_spans
from newstally.text import sentences
from newstally.twin import AGREED, agreed, twin

# The character properties the patterns lean on: word, space and digit classes, and each ASCII
# letter matched in any case.
PROPERTIES = (r"\w", r"\s", r"\d", *(f"(?i:{letter})" for letter in string.ascii_lowercase))


def _agreed_characters() -> str:
    return "".join(chr(code) for code in range(0x20000) if AGREED.fullmatch(chr(code)))


def test_re_and_regex_read_every_agreed_character_alike() -> None:
    characters = _agreed_characters()
    for pattern in PROPERTIES:
        exact = [m.start() for m in re.finditer(pattern, characters)]
        fast = [m.start() for m in regex.finditer(pattern, characters)]
        assert exact == fast, pattern


@pytest.mark.parametrize("character", ["²", "½", "\u0301", "\u200d", "ı", "\x1c", "‿"])
def test_a_character_the_modules_read_differently_is_not_agreed(character: str) -> None:
    assert not agreed(f"on March{character} 5")
    assert agreed("on March 5 — “quoted”, café, Zürich, 東京 🙂")


def test_twin_keeps_the_flags() -> None:
    both = twin(re.compile(r"^since\b", re.IGNORECASE | re.MULTILINE))
    assert both.choose(True).findall("x\nSINCE then") == ["SINCE"]
    assert both.choose(False).findall("x\nSINCE then") == ["SINCE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained on March 5, 2014.", ["on March 5, 2014"]),
        # "²" is a word character to `re` (no word boundary before "March"), not to `regex`:
        # the text is read with `re`, as it always was.
        ("Footnote²March 5 and on Monday.", ["on Monday"]),
    ],
)
def test_time_spans_read_with_either_module(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in time_spans(text)] == expected


@pytest.mark.parametrize("mark", ["", "²"])
def test_sentences_read_with_either_module(mark: str) -> None:
    text = f"Two died{mark}. Police came.Officers left."
    found = [text[s.start : s.end] for s in sentences(text)]
    assert found == [f"Two died{mark}.", "Police came.", "Officers left."]
