"""Number phrases: digits, words, vague amounts, ranges and qualifiers."""

from __future__ import annotations

import pytest

from newstally.figures.numbers import find_counts, number_value


def counts(text: str) -> list[tuple[int, int | None, str]]:
    return [(f.value, f.high, f.qualifier) for f in find_counts(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,000", 1000),
        ("1.5 million", 1_500_000),
        ("five", 5),
        ("twenty-two", 22),
        ("twenty two", 22),
        ("a thousand", 1000),
        ("two hundred and fifty", 250),
        ("a dozen", 12),
        ("dozens", 12),
        ("tens", 10),
        ("hundreds", 100),
        ("tens of thousands", 10_000),
    ],
)
def test_number_values(text: str, value: int) -> None:
    assert number_value(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 1,000 people", (1000, None, "more_than")),
        ("over 400 civilians", (400, None, "more_than")),
        ("a toll exceeding 1,000 people", (1000, None, "more_than")),
        ("at least 70 people", (70, None, "at_least")),
        ("approximately 745 civilians", (745, None, "about")),
        ("some 900 families", (900, None, "about")),
        ("around 20 civilians", (20, None, "about")),
        ("up to 400 people", (400, None, "at_most")),
        ("nearly 40 soldiers", (40, None, "at_most")),
        ("almost 300 fighters", (300, None, "at_most")),
        ("between 500 and 1,300 people", (500, 1300, "range")),
        ("13 to 15 people", (13, 15, "range")),
        ("dozens of people", (12, None, "at_least")),
        ("12 people", (12, None, "exact")),
    ],
)
def test_qualifiers_and_ranges(text: str, expected: tuple[int, int | None, str]) -> None:
    assert counts(text)[0] == expected


def test_value_text_keeps_the_words() -> None:
    text = "Dozens of people were killed."
    (figure,) = find_counts(text, 0, len(text))
    assert figure.value_text == "Dozens"
    assert text[figure.start : figure.end] == "Dozens"


def test_no_number_in_plain_words() -> None:
    assert counts("The attack was condemned by everyone.") == []
