"""The optional spaCy readings of a sentence with a figure (the pipeline runs without them)."""

from __future__ import annotations

from typing import Any

from newstally.figures import extract_figures
from newstally.records import Article


def read(nlp: Any, text: str, uses: tuple[str, ...]) -> list[tuple[str, str, int]]:
    found = extract_figures(Article(id="t", text=text), nlp, uses)
    return [(f.measure, f.group, f.value) for f in found]


def test_group_from_the_counted_noun(nlp: Any) -> None:
    text = "Airstrikes killed 30 Free Syrian Army Southern Front Brigade Commando militants."
    assert read(nlp, text, ()) == [("killed", "people", 30)]  # the name is too long a window
    assert read(nlp, text, ("group",)) == [("killed", "militants", 30)]


def test_measure_from_the_verb_above(nlp: Any) -> None:
    text = "Police said 12 people were arrested after the blast that killed a man."
    assert read(nlp, text, ("measure",))[0] == ("arrested", "people", 12)


def test_without_uses_the_parse_is_not_run(nlp: Any) -> None:
    text = "32 people were killed."
    assert read(nlp, text, ()) == read(nlp, text, ("group", "things", "measure"))
