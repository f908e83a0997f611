"""Numbers that count no people: dates, ages, times, money, years, phone numbers, house
numbers, numbers inside a name ("Cloud 9 Ranch"), counts of shots or wounds, counts of things."""

from __future__ import annotations

import re

from newstally.figures.context import NOT_AFTER, NOT_BEFORE, role_at, word_after, word_before
from newstally.figures.groups import is_demonym
from newstally.figures.terms import GROUP_OF, GROUPS, MEASURES, THINGS, alternation, rows, terms
from newstally.records import Figure, Sentence


def _words(kind: str, space: str = " ") -> str:
    """The words of `kind` in `data/not_people.tsv` as a regex alternative."""
    return alternation(terms("not_people.tsv", kind), space=space)


AGE_WORDS = frozenset(terms("not_people.tsv", "age"))
NUMBER_RUNS = frozenset(row[0] for row in rows("number_runs.txt"))
STREETS = alternation(tuple(row[0].title() for row in rows("streets.txt")))
ADDRESS = re.compile(rf"\s+(?:[NSEW]{{1,2}}\.?\s+)?(?:[A-Z0-9][\w’'.-]*\s+){{1,3}}?(?:{STREETS})\b")
AGES_RUN = re.compile(
    r"\bage[sd]?(?:\s+of)?\s+(?:\d{1,3}\s*(?:,|and|to|-|or)\s*)*(?:\d{1,3}\s*(?:,|and|to|-|or)"
    r"\s*|(?=$))$",
    re.IGNORECASE,
)
SHOTS_AFTER = re.compile(
    rf"\s+(?:{_words('wound', space=r'\s+')}|shots?\s+(?:{_words('after_shots')})\b)",
    re.IGNORECASE,
)
FIRED_BEFORE = re.compile(rf"\b(?:{_words('fired')})\s+$", re.IGNORECASE)
PARENT_OF = re.compile(rf"\b(?:{_words('parent')})\s+of\s+$", re.IGNORECASE)
PHOTO_OF = re.compile(rf"\b(?:{_words('photo')})\s+\d+\s+of\s+$", re.IGNORECASE)
APOSTROPHE_LIKE = frozenset("′´`")
CLOCK = re.compile(
    rf"\b(?:{_words('day_part')})\s+(?:(?:{_words('at_time', space=r'\s+')})\s+)?$", re.IGNORECASE
)
AT_ADDRESS = re.compile(r"\bat\s+$", re.IGNORECASE)


def is_people_count(text: str, count: Figure, sentence: Sentence) -> bool:
    """False for a date, an age, a time, money, a year or a count of things."""
    before = word_before(text, count.start, sentence.start)
    after = word_after(text, count.end, sentence.end)
    digits = count.value_text or ""
    if (
        _is_label(before, count)
        or after in NOT_AFTER
        or text[count.end : count.end + 1] in APOSTROPHE_LIKE  # "in their 20′s"
        or after in THINGS
        or after.isdigit()
        or _digits_count_no_one(digits, before, after, count.value)
        or _names_a_place_or_page(text, count, sentence)
        or _counts_something_else(text, count, sentence)
        or _set_off(text, count)
        or _clock_time(text, count, after)
    ):
        return False
    if re.fullmatch(r"\d{4}", digits) and 1900 <= count.value <= 2100:
        return after in GROUP_OF
    return not (
        digits.lower() == "one" and after == "of" and role_at(text, count.end, sentence.end) is None
    )


def _digits_count_no_one(digits: str, before: str, after: str, value: int) -> bool:
    """A phone number, a page id after a date ("Sep 30 2016 102138 Warplanes ..."), a year."""
    if re.fullmatch(r"\d{7,}", digits):
        return True
    if re.fullmatch(r"\d{5,}", digits) and _is_year(before) and after not in GROUP_OF:
        return True
    return re.fullmatch(r"\d{4}", digits) is not None and (
        digits[0] == "0" or 1990 <= value <= 2030
    )


def _names_a_place_or_page(text: str, count: Figure, sentence: Sentence) -> bool:
    """A bare number in a run of page furniture ("URL 0 612"), an address or a name."""
    digits = count.value_text or ""
    if not (digits.isdigit() and text[count.start].isdigit()):
        return False
    return (
        _label_before(text, count.start, sentence.start) in NUMBER_RUNS
        or _is_address(text, count, sentence)
        or _in_a_name(text, count, sentence)
    )


def _counts_something_else(text: str, count: Figure, sentence: Sentence) -> bool:
    """Pictures ("Photo 3 of 9"), children ("a father of three"), ages ("ages 10, 8 and 7",
    "between the ages of 18 and 22"), shots or wounds."""
    return bool(
        PHOTO_OF.search(text, max(0, count.start - 30), count.start)
        or PARENT_OF.search(text, max(0, count.start - 30), count.start)
        or AGES_RUN.search(text, max(0, count.start - 40), count.start)
        or _shots_or_wounds(text, count, sentence)
    )


def _set_off(text: str, count: Figure) -> bool:
    """A time, a share, money, a label after a colon, page furniture ("(200) 2510")."""
    return (
        text[count.end : count.end + 1] in (":", "%", ")")
        or text[count.start - 1 : count.start] in ("$", ":")
        or re.search(r"\(\d+\)\s*$", text[max(0, count.start - 12) : count.start]) is not None
    )


def _clock_time(text: str, count: Figure, after: str) -> bool:
    """An hour after a part of the day: "Thursday night around 10 on Main Street"."""
    hour = count.value <= 12 and count.high is None and after not in GROUP_OF
    return hour and CLOCK.search(text, max(0, count.start - 40), count.start) is not None


def _is_address(text: str, count: Figure, sentence: Sentence) -> bool:
    """A house number: "101 Lighthouse Lane", "at 11290 Fondren" (a capitalised name after
    "at" that names no group and no measure)."""
    if ADDRESS.match(text, count.end, sentence.end):
        return True
    after = re.compile(r"\s+([A-Z][a-z]+)").match(text, count.end, sentence.end)
    if after is None or not AT_ADDRESS.search(text, max(0, count.start - 4), count.start):
        return False
    word = after.group(1)
    return not (GROUPS.fullmatch(word) or MEASURES.fullmatch(word) or is_demonym(word))


def _is_label(before: str, count: Figure) -> bool:
    """A word that makes the number after it a date, a label or money ("district 9"); with a
    bound between them only an age ("aged about 30", but "the district about 80 militants")."""
    return before in NOT_BEFORE and (count.qualifier == "exact" or before in AGE_WORDS)


def _is_year(word: str) -> bool:
    return re.fullmatch(r"(?:19|20)\d\d", word) is not None


def _shots_or_wounds(text: str, count: Figure, sentence: Sentence) -> bool:
    """A count of shots or wounds: "fired one shot", "one shot was heard", "at least one
    gunshot wound"."""
    if SHOTS_AFTER.match(text, count.end, sentence.end):
        return True
    fired = FIRED_BEFORE.search(text, max(sentence.start, count.start - 12), count.start)
    return (
        fired is not None and re.match(r"\s+shots?\b", text[count.end : count.end + 8]) is not None
    )


def _in_a_name(text: str, count: Figure, sentence: Sentence) -> bool:
    """A number between capitalised words names a thing: "Cloud 9 Ranch", "SkyNews 9 HD",
    "told NBC 6 Monday"."""
    before = re.search(
        r"(?<=[\w,;:] )([A-Z][\w-]*) $", text[max(sentence.start, count.start - 30) : count.start]
    )
    after = re.compile(r" ([A-Z][\w'’-]*)").match(text, count.end, sentence.end)
    if before is None or after is None or _counts_before(before.group(1)):
        return False  # "Syrian Army Kills 28 ISIL Terrorists", "40 Civilians 25 YPG Fighters"
    word = after.group(1)
    return not (GROUPS.fullmatch(word) or MEASURES.fullmatch(word) or is_demonym(word))


def _counts_before(word: str) -> bool:
    return bool(MEASURES.fullmatch(word) or GROUPS.fullmatch(word))


def _label_before(text: str, start: int, floor: int) -> str:
    """The word before a run of bare numbers: "URL" in "Get short URL 0 612"."""
    words = re.findall(r"[\w.]+", text[max(floor, start - 30) : start])
    bare = 0
    while words and words[-1].isdigit():
        words.pop()
        bare += 1
    return words[-1].lower() if words and bare else ""
