import pytest

from newstally.dates import normalise, resolve

SUNDAY = "2025-03-09"


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("on Saturday", "2025-03-08"),
        ("Saturday", "2025-03-08"),
        ("since Thursday", "2025-03-06"),
        ("Friday", "2025-03-07"),
        ("yesterday", "2025-03-08"),
        ("on Sunday", "2025-03-09"),
        ("Sunday night", "2025-03-09"),
        ("last Sunday", "2025-03-02"),
        ("March 5", "2025-03-05"),
        ("Dec. 31", "2024-12-31"),
    ],
)
def test_days_resolve_to_the_past(expression: str, value: str) -> None:
    assert resolve(expression, SUNDAY) == value


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("in December", "2024-12"),
        ("three months ago", "2024-12"),
        ("in August 2013", "2013-08"),
        ("last month", "2025-02"),
        ("in 2013", "2013"),
        ("last year", "2024"),
    ],
)
def test_months_and_years_keep_their_granularity(expression: str, value: str) -> None:
    assert resolve(expression, SUNDAY) == value


def test_a_week_is_an_iso_week_or_the_month_of_its_thursday() -> None:
    assert normalise("last week", SUNDAY) == "2025-W09"
    assert resolve("last week", SUNDAY) == "2025-02"


def test_a_published_timestamp_is_read_as_its_date() -> None:
    assert resolve("yesterday", "2025-03-09T14:30:00+00:00") == "2025-03-08"


def test_without_a_published_date_only_absolute_expressions_resolve() -> None:
    assert resolve("March 5, 1998", None) == "1998-03-05"
    assert resolve("Saturday", None) is None
    assert resolve("yesterday", "not a date") is None


@pytest.mark.parametrize("expression", ["", "the", "killed", "12", "since"])
def test_non_dates_give_none(expression: str) -> None:
    assert resolve(expression, SUNDAY) is None
