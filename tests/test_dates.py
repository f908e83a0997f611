import os
from pathlib import Path

import pytest

from newstally.dates import find_dates, find_timeml, normalise, resolve
from newstally.records import Article, Span

EVAL = Path(
    os.environ.get("NEWSTALLY_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)

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


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("now", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("in the coming months", "FUTURE_REF"),
        ("the third quarter", "2025-Q3"),
        ("the latest quarter", "2025-Q3"),
        ("the 1990s", "199"),
        ("this summer", "2025-SU"),
        ("the weekend", "2025-W45-WE"),
        ("January", "2026-01"),
        ("March", "2025-03"),
        ("last April", "2025-04"),
        ("early next year", "2026"),
        ("nineteen ninety-six", "1996"),
        ("Saturday, Oct. 25", "2025-10-25"),
    ],
)
def test_timeml_values(expression: str, value: str) -> None:
    assert normalise(expression, "2025-11-12") == value


def test_report_forms_of_timeml_values() -> None:
    assert resolve("now", SUNDAY) == SUNDAY
    assert resolve("the first quarter", SUNDAY) == "2025"
    assert resolve("recently", SUNDAY) is None


def _article(text: str, boilerplate: tuple[Span, ...] = ()) -> Article:
    return Article(id="a", text=text, published=SUNDAY, boilerplate=boilerplate)


def test_find_dates_keeps_the_preposition_and_offsets() -> None:
    text = "At least 300 civilians have been killed since Thursday, the monitor said on Saturday."
    found = find_dates(_article(text))
    assert [(e.text, e.value) for e in found] == [
        ("since Thursday", "2025-03-06"),
        ("on Saturday", "2025-03-08"),
    ]
    assert all(text[e.start : e.end] == e.text for e in found)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Assad fled in December.", "in December", "2024-12"),
        ("He took power three months ago.", "three months ago", "2024-12"),
        ("The war began in March 2011 in Deraa.", "in March 2011", "2011-03"),
        ("Clashes erupted on March 6, 2025, near Jableh.", "on March 6, 2025", "2025-03-06"),
        ("The talks ended 5 March and resumed.", "5 March", "2025-03-05"),
        ("It happened yesterday morning.", "yesterday morning", "2025-03-08"),
        ("Fighting has raged since 2011, he said.", "since 2011", "2011"),
        ("Prices rose last week.", "last week", "2025-02"),
    ],
)
def test_find_dates_rule_families(text: str, phrase: str, value: str) -> None:
    found = find_dates(_article(text))
    assert [(e.text, e.value) for e in found] == [(phrase, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials may announce more.",
        "They will march to the square.",
        "At least 1,500 people were killed.",
        "Some 2000 people fled the area.",
    ],
)
def test_find_dates_ignores_look_alikes(text: str) -> None:
    assert find_dates(_article(text)) == ()


def test_find_dates_skips_boilerplate() -> None:
    text = "Posted on Monday\nThe strike came on Friday."
    found = find_dates(_article(text, (Span(0, 16, "date_line"),)))
    assert [e.text for e in found] == ["on Friday"]


def test_timebank_floor() -> None:
    folder = EVAL / "timeml"
    if not folder.is_dir():
        pytest.skip("TimeML eval data not found")
    from benchmarks.eval_timeml import score

    scores = score(folder)
    assert scores.right / scores.total >= 0.836
    assert scores.context_right / scores.total >= 0.877
    assert scores.recalled / scores.total >= 0.928


def test_last_winter_does_not_crash() -> None:
    from newstally.dates import resolve

    assert resolve("last winter", "2017-03-10") is not None


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Clashes began on March 3, 2024. The next day, 40 died.", "The next day", "2024-03-04"),
        (
            "Talks opened in May 2019 and collapsed the following month.",
            "the following month",
            "2019-06",
        ),
        ("He fled in 2012 and returned the following year.", "the following year", "2013"),
        ("Shelling hit on 4 June 2016; later that day 12 died.", "later that day", "2016-06-04"),
        ("Aid came on 4 June 2016, and a convoy later that month.", "later that month", "2016-06"),
        ("Troops entered on Friday. The day before, shelling hit.", "The day before", "2025-03-06"),
        ("The siege ended on 4 June 2016; that week aid arrived.", "that week", "2016-W22"),
        (
            "Talks began on 4 June 2016; the previous Friday, shelling stopped.",
            "the previous Friday",
            "2016-06-03",
        ),
        (
            "A truce began on 4 June 2016 and broke the following Monday.",
            "the following Monday",
            "2016-06-06",
        ),
        (
            "On Jan. 10, 2020 a ceasefire began; two days later it broke.",
            "two days later",
            "2020-01-12",
        ),
        (
            "Exports rose 5% in the third quarter of 2019 from a year earlier.",
            "from a year earlier",
            "2018-Q3",
        ),
    ],
)
def test_expressions_leaning_on_an_earlier_one(text: str, phrase: str, value: str) -> None:
    found = {text[s:e]: v for s, e, v in find_timeml(_article(text))}
    assert found[phrase] == value


def test_deictic_expressions_stay_on_the_published_date() -> None:
    text = "Fighting began on March 3, 2011. Yesterday, on Saturday, a year earlier than planned."
    found = {e.text: e.value for e in find_dates(_article(text))}
    assert found["Yesterday"] == "2025-03-08"
    assert found["on Saturday"] == "2025-03-08"


def test_without_an_earlier_expression_the_published_date_is_the_anchor() -> None:
    found = find_dates(_article("Aid arrived the next day."))
    assert [(e.text, e.value) for e in found] == [("the next day", "2025-03-10")]


def test_a_bare_offset_leans_only_on_its_own_paragraph() -> None:
    text = "Clashes began on March 3, 2011.\nCasualties rose 40% from a year earlier."
    found = {e.text: e.value for e in find_dates(_article(text))}
    assert found["from a year earlier"] == "2024"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Prices fell last December.", "last December", "2024-12"),
        ("Elections are due this September.", "this September", "2025-09"),
        ("Sales grew in next year's first quarter.", "in next year's first quarter", "2026-Q1"),
        ("Profit fell from the 1988 second quarter.", "from the 1988 second quarter", "1988-Q2"),
    ],
)
def test_modifiers_stay_in_the_expression(text: str, phrase: str, value: str) -> None:
    found = {text[s:e]: v for s, e, v in find_timeml(_article(text))}
    assert found[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The council will meet on Tuesday.", "on Tuesday", "2025-03-11"),
        ("Talks are due to resume in Geneva on Friday.", "on Friday", "2025-03-14"),
        ("Elections are scheduled for June.", "June", "2025-06"),
        ("They'll vote on March 20.", "on March 20", "2025-03-20"),
        ("The army said on Friday it will hold its positions.", "on Friday", "2025-03-07"),
        ("He said lower-than-expected aid came on Friday.", "on Friday", "2025-03-07"),
        ("Shelling hit the town on Friday.", "on Friday", "2025-03-07"),
        ("The monitor will publish its count on Sunday.", "on Sunday", "2025-03-09"),
    ],
)
def test_a_future_clause_turns_a_bare_weekday_or_month_forward(
    text: str, phrase: str, value: str
) -> None:
    found = {e.text: e.value for e in find_dates(_article(text))}
    assert found[phrase] == value


def test_next_weekday_stays_on_the_published_date() -> None:
    text = "Clashes began on March 3, 2011. Talks resume next Friday."
    found = {e.text: e.value for e in find_dates(_article(text))}
    assert found["next Friday"] == "2025-03-14"


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("earlier in the year", "2025"),
        ("later in the day", "2025-03-09"),
        ("a week or so ago", "2025-W09"),
    ],
)
def test_vague_parts_of_the_current_period(expression: str, value: str) -> None:
    assert normalise(expression, SUNDAY) == value
