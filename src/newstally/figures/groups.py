"""The group a count names ("745 mostly Alawite civilians"), after it, before it ("fatalities
among military personnel reaching 93") or after "were" ("745 of those killed were civilians")."""

from __future__ import annotations

import re
from dataclasses import replace

from newstally.figures.context import STOP_WORDS, WORD, role_at
from newstally.figures.measures import TOLL_RISE
from newstally.figures.numbers import COUNT
from newstally.figures.terms import (
    CLOSING,
    COMBATANT_GROUPS,
    GROUP_OF,
    GROUPS,
    MEASURES,
    THINGS,
    alternation,
    norm,
    terms,
)
from newstally.records import Figure, Sentence

MAX_GROUP_WORDS = 6
BEFORE_COUNT = alternation(terms("group_words.tsv", "before"), space=" ")
GROUP_BEFORE = re.compile(
    rf"(?<![\w-])(?P<group>{alternation(GROUP_OF)})\s+(?:{BEFORE_COUNT})\s+$", re.IGNORECASE
)
MOSTLY = re.compile(
    rf"\b(?:{alternation(terms('group_words.tsv', 'mostly'), space=' ')})\b", re.IGNORECASE
)
ASIDE = re.compile(r"\s*\(([^()]{1,40})\)")
PREDICATE = re.compile(r"[\s–—-]*(?:were|was|are)\s+", re.IGNORECASE)


def with_group(text: str, count: Figure, sentence: Sentence) -> Figure | None:
    """`count` with the group its words name and its end moved past them; None for things."""
    role = role_at(text, count.end, sentence.end)
    if role is not None and role[0] == "pronoun":
        return replace(count, end=role[1])
    # "a woman and child" are two people; "70 regime and rebel fighters" one group
    single = count.group_text is not None
    stop = _group_window_end(text, count.end, sentence.end, through_and=not single)
    stop = max(stop, _term_end(text, count.end, sentence.end))
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
    if not window or window[0].isupper() or is_demonym(window.split()[-1]):
        return count
    toll = TOLL_RISE.search(text, max(sentence.start, count.start - 80), count.start)
    return count if toll else None  # "the death toll reached 330 overnight"


def _term_end(text: str, at: int, limit: int) -> int:
    """The end of a group term right after `at` that holds a number the window stops at
    ("members of one family"), else `at`."""
    start = at + len(text[at:limit]) - len(text[at:limit].lstrip())
    term = GROUPS.match(text, start, limit)
    return term.end() if term else at


def is_demonym(word: str) -> bool:
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
