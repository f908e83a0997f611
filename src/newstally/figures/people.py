"""Counts that are counts of people: dates, ages, times, money and things left out;
the group a count names ("745 mostly Alawite civilians"); people counted without digits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from newstally.figures.bare import bare_objects, bare_people
from newstally.figures.context import (
    NOT_AFTER,
    NOT_BEFORE,
    STOP_WORDS,
    WORD,
    role_at,
    word_after,
    word_before,
)
from newstally.figures.measures import TOLL_RISE
from newstally.figures.numbers import COUNT
from newstally.figures.terms import (
    CLOSING,
    COMBATANT_GROUPS,
    GROUP_OF,
    GROUPS,
    MEASURES,
    SINGULAR,
    THINGS,
    alternation,
    norm,
    rows,
)
from newstally.records import Figure, Sentence

MAX_GROUP_WORDS = 6
AGE_WORDS = frozenset(("aged", "age", "ages"))
NUMBER_RUNS = frozenset(row[0] for row in rows("number_runs.txt"))
STREETS = alternation(tuple(row[0].title() for row in rows("streets.txt")))
ADDRESS = re.compile(rf"\s+(?:[NSEW]{{1,2}}\.?\s+)?(?:[A-Z0-9][\w’'.-]*\s+){{1,3}}?(?:{STREETS})\b")
AGES_RUN = re.compile(
    r"\bage[sd]?(?:\s+of)?\s+(?:\d{1,3}\s*(?:,|and|to|-|or)\s*)*(?:\d{1,3}\s*(?:,|and|to|-|or)"
    r"\s*|(?=$))$",
    re.IGNORECASE,
)
SHOTS_AFTER = re.compile(
    r"\s+(?:gunshot\s+wounds?|bullet\s+wounds?|shots?\s+(?:is|was|were|are|as|rang|that|which|"
    r"fired|hit|struck|into|through|from|at)\b)",
    re.IGNORECASE,
)
FIRED_BEFORE = re.compile(r"\b(?:fired?|firing|fires|heard|hearing)\s+$", re.IGNORECASE)
PARENT_OF = re.compile(
    r"\b(?:father|mother|dad|mom|parent|grandfather|grandmother)\s+of\s+$", re.IGNORECASE
)
PHOTO_OF = re.compile(r"\b(?:image|photo|slide|picture)\s+\d+\s+of\s+$", re.IGNORECASE)
AT_ADDRESS = re.compile(r"\bat\s+$", re.IGNORECASE)
_PERSON = alternation(tuple(SINGULAR))
SINGLE_PERSON = re.compile(
    rf"(?<![\w-])(?:an?|one|another)\s+(?:(?!(?:and|or|{_PERSON})\b)[\w-]+\s+){{0,2}}?"
    rf"(?P<noun>{_PERSON})(?![\w-])",
    re.IGNORECASE,
)
AND_PERSON = re.compile(rf"\s+and\s+(?:an?\s+)?(?P<noun>{_PERSON})(?![\w-])", re.IGNORECASE)
GROUP_BEFORE = re.compile(
    rf"(?<![\w-])(?P<group>{alternation(tuple(GROUP_OF))})\s+"
    r"(?:reaching|reached|at|numbering|stood at|rose to|totall?ing|totall?ed)\s+$",
    re.IGNORECASE,
)
MOSTLY = re.compile(r"\b(?:mostly|mainly|most|many of them|largely)\b", re.IGNORECASE)
ASIDE = re.compile(r"\s*\(([^()]{1,40})\)")
PREDICATE = re.compile(r"[\s–—-]*(?:were|was|are)\s+", re.IGNORECASE)


def is_people_count(text: str, count: Figure, sentence: Sentence) -> bool:
    """False for a date, an age, a time, money, a year or a count of things."""
    before = word_before(text, count.start, sentence.start)
    after = word_after(text, count.end, sentence.end)
    digits = count.value_text or ""
    if _is_label(before, count) or after in NOT_AFTER or after in THINGS or after.isdigit():
        return False
    if re.fullmatch(r"\d{7,}", digits):  # a phone number
        return False
    if re.fullmatch(r"\d{5,}", digits) and _is_year(before) and after not in GROUP_OF:
        return False  # "Sep 30 2016 102138 Warplanes ...": a page id after the date
    bare = digits.isdigit() and text[count.start].isdigit()
    if bare and _label_before(text, count.start, sentence.start) in NUMBER_RUNS:
        return False
    if bare and (_is_address(text, count, sentence) or _in_a_name(text, count, sentence)):
        return False
    if PHOTO_OF.search(text, max(0, count.start - 30), count.start):
        return False
    if PARENT_OF.search(text, max(0, count.start - 30), count.start):
        return False  # "a father of three"
    if AGES_RUN.search(text, max(0, count.start - 40), count.start):
        return False  # "ages 10, 8 and 7", "between the ages of 18 and 22"
    if _shots_or_wounds(text, count, sentence):
        return False
    if (
        text[count.end : count.end + 1] in (":", "%", ")")
        or text[count.start - 1 : count.start] == "$"
    ):
        return False
    if re.search(r"\(\d+\)\s*$", text[max(0, count.start - 12) : count.start]):
        return False  # "(200) 2510": page furniture
    if text[count.start - 1 : count.start] == ":":
        return False
    if re.fullmatch(r"\d{4}", digits) and (digits[0] == "0" or 1990 <= count.value <= 2030):
        return False
    if re.fullmatch(r"\d{4}", digits) and 1900 <= count.value <= 2100:
        return after in GROUP_OF
    return not (
        digits.lower() == "one" and after == "of" and role_at(text, count.end, sentence.end) is None
    )


def _is_address(text: str, count: Figure, sentence: Sentence) -> bool:
    """A house number: "101 Lighthouse Lane", "at 11290 Fondren" (a capitalised name after
    "at" that names no group and no measure)."""
    if ADDRESS.match(text, count.end, sentence.end):
        return True
    after = re.compile(r"\s+([A-Z][a-z]+)").match(text, count.end, sentence.end)
    if after is None or not AT_ADDRESS.search(text, max(0, count.start - 4), count.start):
        return False
    word = after.group(1)
    return not (GROUPS.fullmatch(word) or MEASURES.fullmatch(word) or _is_demonym(word))


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
    return not (GROUPS.fullmatch(word) or MEASURES.fullmatch(word) or _is_demonym(word))


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


def with_group(text: str, count: Figure, sentence: Sentence) -> Figure | None:
    """`count` with the group its words name and its end moved past them; None for things."""
    role = role_at(text, count.end, sentence.end)
    if role is not None and role[0] == "pronoun":
        return replace(count, end=role[1])
    # "a woman and child" are two people; "70 regime and rebel fighters" one group
    single = count.group_text is not None
    stop = _group_window_end(text, count.end, sentence.end, through_and=not single)
    found = _head_groups(list(GROUPS.finditer(text, count.end, stop)), text, stop)
    if not found:
        stop = _group_window_end(text, count.end, sentence.end, through_and=False)
    if found:
        last = found[-1]
        words = re.sub(r"^of\s+", "", text[count.end : last.end()].strip(), flags=re.IGNORECASE)
        return replace(count, group=GROUP_OF[norm(last.group())], group_text=words, end=last.end())
    window = text[count.end : stop].strip()
    if single and count.group not in COMBATANT_GROUPS:  # "a woman downtown"; "a terrorist
        return count  # blew himself up" is more often the attacker than a victim
    if window and window.split()[-1].lower() in THINGS:  # "two Shia villages"
        return None
    if not window or window[0].isupper() or _is_demonym(window.split()[-1]):
        return count
    toll = TOLL_RISE.search(text, max(sentence.start, count.start - 80), count.start)
    return count if toll else None  # "the death toll reached 330 overnight"


def _is_demonym(word: str) -> bool:
    """A capitalised plural naming people: "15 young Assyrians"."""
    return word[:1].isupper() and word.endswith("s") and word.lower() not in THINGS


def _head_groups(found: list[re.Match[str]], text: str, stop: int) -> list[re.Match[str]]:
    """The group terms before "mostly": "22 people mostly children" counts people."""
    if not found:
        return found
    mostly = MOSTLY.search(text, found[0].end(), stop)
    return [m for m in found if m.end() <= mostly.start()] if mostly else found


def predicate_group(text: str, figure: Figure, at: int, limit: int) -> Figure:
    """`figure` with the group named after "were" at `at` ("745 of those killed were civilians")."""
    measure = MEASURES.match(text, at + len(text[at:limit]) - len(text[at:limit].lstrip()), limit)
    verb = PREDICATE.match(text, measure.end() if measure else at, limit)
    if verb is None or figure.group_text is not None:
        return figure
    stop = _group_window_end(text, verb.end(), limit, 3)
    found = list(GROUPS.finditer(text, verb.end(), stop))
    if not found:
        return figure
    words = text[verb.end() : found[-1].end()]
    return replace(figure, group=GROUP_OF[norm(found[-1].group())], group_text=words)


def group_before(text: str, figure: Figure, sentence: Sentence) -> Figure:
    """A group named before its count: "fatalities among military personnel reaching 93"."""
    if figure.group_text is not None:
        return figure
    match = GROUP_BEFORE.search(text, max(sentence.start, figure.start - 60), figure.start)
    if match is None or match.end() != figure.start:
        return figure
    found = match.group("group")
    return replace(figure, group=GROUP_OF[norm(found)], group_text=found)


def single_people(text: str, sentence: Sentence) -> Iterator[Figure]:
    """People counted without digits: "a child", "a 16-year-old boy", "a woman and child"."""
    for match in SINGLE_PERSON.finditer(text, sentence.start, sentence.end):
        person = _one_person(text, match, match.start())
        if _another_fighter(person):
            continue
        yield person
        also = AND_PERSON.match(text, match.end(), sentence.end)
        if also:
            yield _one_person(text, also, also.start("noun"))
    yield from bare_people(text, sentence)
    yield from bare_objects(text, sentence)


def _another_fighter(person: Figure) -> bool:
    """ "another militant" goes on a war report's tally, it is no victim of its own."""
    another = (person.value_text or "").lower().startswith("another")
    return another and person.group in COMBATANT_GROUPS


def _one_person(text: str, match: re.Match[str], start: int) -> Figure:
    noun = match.group("noun")
    return Figure(
        measure="",
        group=GROUP_OF[norm(noun)],
        value=1,
        start=start,
        end=match.end(),
        group_text=noun,
        value_text=text[start : match.start("noun")].strip() or None,
    )


def _group_window_end(
    text: str, start: int, limit: int, most: int = MAX_GROUP_WORDS, through_and: bool = True
) -> int:
    """Where the words that may name a group end: at punctuation, a verb, a measure, a number,
    after a word that closes a group ("others"), and at "and" once a group word was seen
    ("regime and rebel fighters" is one group, "5 children and 14 others" two)."""
    end, seen, named = start, 0, False
    for word in WORD.finditer(text, start, limit):
        if word.start() < end:
            continue
        gap = text[end : word.start()]
        aside = _aside(text, end, limit) if gap.strip() == "(" else None
        if aside is not None:
            end = aside
            continue
        shared = through_and and not named and word.group() in ("and", "or")
        shared = shared and not _count_after(text, word, limit)
        if seen >= most or gap.strip() or (_ends_group(text, word, limit) and not shared):
            break
        end, seen = word.end(), seen + 1
        named = named or GROUPS.match(text, word.start(), limit) is not None
        if word.group().lower() in CLOSING:
            break
    return end


def _aside(text: str, at: int, limit: int) -> int | None:
    """The end of a short remark in brackets at `at` that names no group and no number:
    "35 Daesh (outlawed in Russia) militants"."""
    match = ASIDE.match(text, at, limit)
    if match is None or GROUPS.search(match.group(1)) or COUNT.search(match.group(1)):
        return None
    return match.end()


def _is_acronym(text: str, word: re.Match[str]) -> bool:
    """A capitalised short word in lower-case text is a name, not a filler: "8 IS group
    militants" (in a line of capitals, "IS" is a word)."""
    after = WORD.search(text, word.end(), word.end() + 40)
    capitals = after is not None and after.group().isupper()
    return word.group().isupper() and len(word.group()) > 1 and not capitals


def _count_after(text: str, word: re.Match[str], limit: int) -> bool:
    rest = text[word.end() : word.end() + 2].lstrip()
    return (
        COUNT.match(text, word.end() + len(text[word.end() : word.end() + 2]) - len(rest), limit)
        is not None
    )


def _ends_group(text: str, word: re.Match[str], limit: int) -> bool:
    return (
        word.group() in STOP_WORDS
        or (role_at(text, word.start(), limit) is not None and not _is_acronym(text, word))
        or MEASURES.match(text, word.start(), limit) is not None
        or (
            COUNT.match(text, word.start(), limit) is not None
            and not GROUPS.match(text, word.start(), limit)
        )
    )
