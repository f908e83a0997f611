"""Periods named in full: seasons and months of a year said in words, decades, 'until then'."""

import pytest

from newstally.dates import find_timeml, normalise
from newstally.records import Article
from tests.timeml_values import PUBLISHED
from tests.timeml_values import timeml_values as _values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Floods hit in the winter of nineteen ninety-four.",
            "in the winter of nineteen ninety-four",
            "1994-WI",
        ),
        ("The siege began in the summer of 2012.", "in the summer of 2012", "2012-SU"),
        (
            "January nineteen ninety-seven. A bomb went off.",
            "January nineteen ninety-seven",
            "1997-01",
        ),
    ],
)
def test_a_season_or_month_of_a_year_is_one_expression(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


@pytest.mark.parametrize(
    ("expression", "value"),
    [("the last decade", "201"), ("this decade", "202"), ("next decade", "203")],
)
def test_a_decade_next_to_this_one(expression: str, value: str) -> None:
    assert normalise(expression, PUBLISHED) == value


def test_until_then_is_the_time_just_named() -> None:
    values = _values("The truce ends on Nov. 30. Until then, aid may pass.")
    assert values["Until then"] == "2025-11-30"


def test_then_alone_is_no_time_expression() -> None:
    assert _values("Troops fired, then withdrew on Friday.") == {"on Friday": "2025-11-07"}


def test_set_to_turns_a_bare_weekday_forward() -> None:
    values = _values("The talks, set to resume Monday in Geneva, were delayed.")
    assert values["Monday"] == "2025-11-17"


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("the last half of 2019", "2019-H2"),
        ("the first half of 2020", "2020-H1"),
        ("first two quarters of 2021", "2021-H1"),
        ("the first half of next year", "2026"),
    ],
)
def test_half_years(expression: str, value: str) -> None:
    assert normalise(expression, PUBLISHED) == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Deaths fell in the third quarter.\nIn the quarter a year ago, 90 died.",
            "In the quarter a year ago",
        ),
        (
            "Deaths fell in the third quarter.\nIn the same period last year, 90 died.",
            "In the same period last year",
        ),
        (
            "Deaths fell in the third quarter.\nIn last year's quarter, 90 died.",
            "In last year's quarter",
        ),
    ],
)
def test_the_story_quarter_a_year_before(text: str, phrase: str) -> None:
    assert _values(text)[phrase] == "2024-Q3"


def test_at_the_time_is_a_past_reference() -> None:
    values = _values("He spoke in a speech, saying at the time he would withdraw.")
    assert values["at the time"] == "PAST_REF"
    assert _values("Troops fired at the time of the march.") == {}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("It gave up its arsenal in 2013 as part of a deal.", "in 2013", "2013"),
        ("The war that began in 2011 has killed thousands.", "in 2011", "2011"),
    ],
)
def test_a_year_before_a_short_word_ending_in_s(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


def test_a_span_before_a_clause_is_no_date() -> None:
    assert _values("He served two years before he was released.") == {}


def test_the_first_day_without_a_count_is_no_duration() -> None:
    assert _values("Aid came on the first day of the truce.") == {}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("On 0001-01-01 it began; a year earlier it was quiet.", "2025-01-01"),
        ("Talks resume the following Monday.", "9999-12-31"),
        ("Jan. 1, 0001 came a week later.", "0001-01-01"),
    ],
)
def test_dates_past_the_calendar_ends_give_none_not_an_error(text: str, published: str) -> None:
    article = Article(id="a", text=text, published=published)
    assert all(value is None or value[:1].isdigit() for _, _, value in find_timeml(article))
