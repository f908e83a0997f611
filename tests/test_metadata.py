"""Metadata from an article's own text: the date line and the source line, with their spans."""

from __future__ import annotations

import pytest

from benchmarks.eval_published import measure
from newstally.read.metadata import find_published, find_source, normalise_date

DATELINES = [
    (" date 2025-03-09 More than 1,000 people", "2025-03-09", "date 2025-03-09"),
    (
        "Date of publication 4 October 2016 At least 12 killed",
        "2016-10-04",
        "Date of publication 4 October 2016",
    ),
    ("Wed 05 Apr 2017 Syria attack kills 15", "2017-04-05", "Wed 05 Apr 2017"),
    ("Fri 07 Apr 2017 at 0914 Homs governor says", "2017-04-07", "Fri 07 Apr 2017 at 0914"),
    (
        "Thursday 31 July 2014 10:59 Syrian Coalition: FSA",
        "2014-07-31",
        "Thursday 31 July 2014 10:59",
    ),
    (
        "10 Syrian troops killed in clashes Monitor AFP Saturday 21 Jun 2014 At least 10",
        "2014-06-21",
        "Saturday 21 Jun 2014",
    ),
    ("Published April 24 2017 Assad regime forces", "2017-04-24", "Published April 24 2017"),
    ("Posted on July 12 2016 by Paula Astih Syrian", "2016-07-12", "Posted on July 12 2016"),
    ("July 19 2014 Islamic State killed 270", "2014-07-19", "July 19 2014"),
    ("Aug. 1 2016 Rescuers say gas dropped", "2016-08-01", "Aug. 1 2016"),
    ("Mon Aug 22 2016 Jeish Al Fatah Pounds", "2016-08-22", "Mon Aug 22 2016"),
    ("Last updated at Aug 012016 BEIRUT A Russian", "2016-08-01", "Last updated at Aug 012016"),
    ("21.08.2013Get short URL 0 0 0 Syrian regime", "2013-08-21", "21.08.2013"),
    ("03-07-2015 Terrorist Blast Kills Imam", "2015-07-03", "03-07-2015"),
    ("15-02-2016 Dozens of Insurgents Killed", "2016-02-15", "15-02-2016"),
    (
        "05.10.2017(updated 1935 05.10.2017) Get short URL 101 A mortar",
        "2017-10-05",
        "05.10.2017(updated 1935 05.10.2017)",
    ),
    (
        "ISIL Kills 5 Syrians Middle East Syria Security 31-08-2014 0742 PM Militants",
        "2014-08-31",
        "31-08-2014 0742 PM",
    ),
    (
        "Syrian Jets Pound ISIS in Hama Killing 50 Fri Sep 30 2016 102138 Warplanes",
        "2016-09-30",
        "Fri Sep 30 2016 102138",
    ),
    (
        "Crash kills 3 Posted: Tuesday, January 20, 2015 10:49 AM EST Updated:",
        "2015-01-20",
        "Posted: Tuesday, January 20, 2015 10:49 AM EST",
    ),
    ("Fire destroyed Alaska dairy August 7 , 2012 Only about", "2012-08-07", "August 7 , 2012"),
]


@pytest.mark.parametrize(("text", "iso", "phrase"), DATELINES)
def test_date_line_forms(text: str, iso: str, phrase: str) -> None:
    found = find_published(text)
    assert found is not None
    assert found.value == iso
    assert text[found.start : found.end] == phrase


@pytest.mark.parametrize(
    "text",
    [
        "Five people were killed on 4 October 2016 in Aleppo, a monitor said.",
        "Fighting has raged since March 15 2011, when protests began.",
        "The strike early Sunday morning May 1, 2016 killed two.",
        "At least 12 people were killed in 2016 in the town.",
        "Around 31.13.2016 nothing happened; 45-13-2015 is no date either.",
        "See www.example.com/2016-04-10/story for more.",
    ],
)
def test_no_date_line_in_prose(text: str) -> None:
    assert find_published(text) is None


def test_only_the_opening_is_read() -> None:
    assert find_published("x " * 400 + "Wed 05 Apr 2017") is None


def test_first_date_line_wins() -> None:
    text = "27 Apr 2017 A view shows the damage in Idlib, Syria April 28 2017."
    found = find_published(text)
    assert found is not None and found.value == "2017-04-27"


def test_numeric_month_first_when_a_part_says_so() -> None:
    found = find_published("04-25-2016 Strike kills 3")
    assert found is not None and found.value == "2016-04-25"


def test_impossible_date_is_not_a_date_line() -> None:
    assert find_published("31 February 2016 Strike kills 3") is None


@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        ("Recent\n\nOriginal Source: www.thenationalnews.com\n", "www.thenationalnews.com", None),
        ("BEIRUT (Reuters) - Air strikes killed 12", "Reuters", "(Reuters) -"),
        ("ROSEBURG, Ore. (AP) - A gunman opened fire", "AP", "(AP) -"),
        ("Twelve people died.\nWriting by Tom Perry - REUTERS\nMore", "Reuters", "- REUTERS"),
        ("Raids kill 18 Monitor AFP Saturday 21 Jun 2014 Air raids", "AFP", "AFP "),
        ("MOSCOW October 1 (RIA Novosti) - A double attack", "RIA Novosti", "(RIA Novosti) -"),
    ],
)
def test_source_lines(text: str, name: str, phrase: str | None) -> None:
    found = find_source(text)
    assert found is not None
    assert found.value == name
    if phrase is not None:
        assert text[found.start : found.end] == phrase


@pytest.mark.parametrize(
    "text",
    [
        "Monitor AFP Eleven children were killed on Thursday",
        "The AP style guide says nothing about this.",
        "He told Reuters that 12 people died.",
    ],
)
def test_no_source_line(text: str) -> None:
    assert find_source(text) is None


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2017-04-10", "2017-04-10"),
        ("2017-04-10T12:00:00Z", "2017-04-10"),
        ("April 8, 2017", "2017-04-08"),
        ("Mon, 10 Apr 2017 08:00:00 GMT", "2017-04-10"),
        ("2017-04", "2017-04"),
        ("2017", "2017"),
        ("10.04.2017", "2017-04-10"),
        ("31/12/2016", "2016-12-31"),
        ("yesterday-ish", None),
        ("now", None),
        ("3 weeks ago", None),
        ("", None),
    ],
)
def test_normalise_date(value: str, iso: str | None) -> None:
    assert normalise_date(value) == iso


def test_fakes_floor() -> None:
    """FA-KES dev: a date for at least 95% of articles, right on the hand-read ones."""
    result = measure()
    if result is None:
        pytest.skip("eval data absent")
    assert result["coverage"] >= 0.95
    assert result["labelled"] >= 50
    assert result["accuracy"] >= 0.98
