"""The term-list helpers of figures/terms.py."""

from __future__ import annotations

import re

from newstally.figures.terms import alternation, terms


def test_terms_of_a_kind() -> None:
    assert terms("shot.tsv", "fatal") == ("dead", "to death")


def test_alternation_longest_first() -> None:
    found = re.match(alternation(["shot", "shot dead"]), "shot dead")
    assert found is not None and found.group() == "shot dead"


def test_alternation_space_defaults_to_spaces_or_hyphens() -> None:
    assert re.fullmatch(alternation(["as well"]), "as-well")
    assert not re.fullmatch(alternation(["as well"], space=" "), "as-well")
    assert re.fullmatch(alternation(["to death"], space=r"\s+"), "to \n death")
