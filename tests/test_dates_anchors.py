"""Expressions that lean on an earlier one: comparisons with a year before the story's time."""

import pytest

from tests.timeml_values import timeml_values as _values


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


def test_a_named_quarter_a_year_ago_is_last_years() -> None:
    values = _values("In the year-earlier third quarter, 12 died.")
    assert values["In the year-earlier third quarter"] == "2024-Q3"


def test_a_comparison_leans_on_a_period_in_the_paragraph_before() -> None:
    text = "Arrivals fell in the third quarter of 2019.\nA year earlier, 900 came."
    assert _values(text)["A year earlier"] == "2018-Q3"


def test_a_day_in_the_paragraph_before_is_an_event_not_a_comparison_time() -> None:
    text = "A blast hit the port on March 3, 2019.\nCasualties rose 40% from a year earlier."
    assert _values(text)["from a year earlier"] == "2024"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shelling went on for the past three months.", "the past three months", "P3M"),
        ("Aid will come in the next 14 days.", "in the next 14 days", "P14D"),
        ("Over the first nine months, 300 died.", "the first nine months", "P9M"),
    ],
)
def test_a_counted_span_of_time_is_a_duration(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


def test_a_comparison_after_a_duration_is_not_dated_from_an_older_period() -> None:
    text = "Deaths fell in the third quarter.\nIn the nine months 80 died, from 95 a year earlier."
    assert _values(text)["a year earlier"] == "2024"


def test_a_period_named_by_its_year_is_the_story_period_in_that_year() -> None:
    text = "Arrivals fell in the second quarter.\nIn the 2023 quarter, 900 came."
    assert _values(text)["In the 2023 quarter"] == "2023-Q2"


def test_a_duration_further_back_does_not_block_a_comparison() -> None:
    text = "Arrivals fell in the past four days.\nIn March 2019 they rose, from 90 a year earlier."
    assert _values(text)["a year earlier"] == "2018-03"
