"""Expressions that lean on an earlier one: comparisons with a year before the story's time."""

import pytest

from newstally.dates import find_timeml
from newstally.records import Article

PUBLISHED = "2025-11-12"


def _values(text: str) -> dict[str, str | None]:
    article = Article(id="a", text=text, published=PUBLISHED)
    return {text[s:e]: v for s, e, v in find_timeml(article)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Attacks fell in the third quarter.\nIn the year-ago quarter, 40 were recorded.",
            "In the year-ago quarter",
            "2024-Q3",
        ),
        (
            "Aid rose in the quarter ended Sept. 30.\nThe year-earlier period saw less.",
            "The year-earlier period",
            "2024-Q3",
        ),
        (
            "Deaths fell in the second quarter, against year-earlier deaths of 90.",
            "year-earlier",
            "2024-Q2",
        ),
    ],
)
def test_a_year_ago_period_is_the_story_period_a_year_before(
    text: str, phrase: str, value: str
) -> None:
    assert _values(text)[phrase] == value


def test_the_same_comparison_again_is_the_same_time() -> None:
    text = (
        "Arrivals rose in the third quarter, from 900 a year earlier.\n"
        "Year-earlier arrivals had been hit by floods."
    )
    assert _values(text)["Year-earlier"] == "2024-Q3"


def test_the_year_ago_figures_are_not_this_year() -> None:
    values = _values("Shelling rose in March 2024. The year-ago figures were lower.")
    assert "The year" not in values
    assert values["year-ago"] == "2023-03"
