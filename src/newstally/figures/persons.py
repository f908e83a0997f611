"""People counted without digits beyond "a child": a possessive or definite person ("his
girlfriend", "the victim"), an age standing for a person ("a 4-year-old", "19-year-old Kyre
Bethea"), a name or pronoun right before a measure ("Perez was pronounced dead", "he died"), a
reflexive after a shooting verb ("shot himself"). Each is a count of one; the patterns are the
rows of `data/persons.tsv`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from newstally.figures.context import NAME
from newstally.figures.terms import (
    GROUP_OF,
    MEASURES,
    SINGULAR,
    alternation,
    group_of_age,
    norm,
    rows,
)
from newstally.records import Figure, Sentence

PART = {row[0]: row[1] for row in rows("persons.tsv")}
WORDS_OF = {
    kind: frozenset(row[1] for row in rows("persons.tsv") if row[0] == kind)
    for kind in {row[0] for row in rows("persons.tsv")}
}
NOUN = alternation(tuple(SINGULAR))
PERSON = re.compile(
    rf"(?<![\w-]){PART['det']}\s+(?:(?:{PART['age']}|(?!{PART['inner']}\b)[\w-]+)\s+){{0,4}}"
    rf"(?P<noun>{NOUN})"
    r"(?![\w-])(?!['’]s)",
    re.IGNORECASE,
)
LISTED = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<noun>{NOUN})(?![\w-])(?!['’]s)", re.I)
AGE = re.compile(
    rf"(?<![\w-])(?:(?:an?|the)\s+)?(?P<age>{PART['age']})(?![\w-])(?P<name>\s+(?-i:[A-Z][a-z]+))?",
    re.IGNORECASE,
)
APPOSITIVE = (
    r"(?:\s*,\s*(?:\d{1,3}|of\s+[\w .’'-]{1,40}?|(?:a|an)\s+\d{1,3}[\s-]year[\s-]old)\s*,)?"
)
SUBJECT = re.compile(
    rf"(?<![\w’'-])(?P<who>{NAME}|{PART['subject']}){APPOSITIVE}\s+"
    rf"(?P<be>{PART['be']}\s+)?(?:{PART['adverb']}\s+)?(?=\S)",
)
AGED = re.compile(
    rf"(?:[A-Z][a-z]+[’']?|{alternation(WORDS_OF['suffix'])}|(?i:{NOUN}))\s*[,(]\s*(?:also\s+)?$"
)
DIES = re.compile(
    rf"\b(?:{alternation(WORDS_OF['dies'])}"
    r"|(?:was|were|is)\s+(?:later\s+)?pronounced\s+dead)\b",
    re.IGNORECASE,
)
ANAPHORS = WORDS_OF["anaphor"]
ALSO = re.compile(
    rf"[^.;]{{0,40}}?\b(?:{alternation(WORDS_OF['also'], space=' ')})\b", re.IGNORECASE
)
SELF = re.compile(rf"(?<![\w-]){PART['self']}(?![\w-])", re.IGNORECASE)
NOT_NAMES = WORDS_OF["not_name"]
FOLLOWERS = WORDS_OF["follower"]
OPENERS = WORDS_OF["opener"]
NOT_FOLLOWERS = WORDS_OF["not_follower"]
SUBJECT_MEASURES = WORDS_OF["measure"]
INTRANSITIVE = WORDS_OF["intransitive"]


def persons(text: str, sentence: Sentence) -> Iterator[Figure]:
    """Every person named without a count in `sentence`, overlaps left out, in text order."""
    found: list[Figure] = []
    for figure in (*_nouns(text, sentence), *_ages(text, sentence), *_subjects(text, sentence)):
        if all(figure.end <= f.start or figure.start >= f.end for f in found):
            found.append(figure)
    selves = _selves(text, sentence)
    found += [_one(m.start("who"), m.end(), "people", m.group("who")) for m in selves]
    return iter(sorted(found, key=lambda f: f.start))


def is_age(text: str, count: Figure) -> bool:
    """A bare number set off by commas after a name or a person is an age: "Bryant Silk, 34,
    said", "fatal shooting of Detroit girl, 5", "another teen, also 15," (the sentence may end
    after it)."""
    before = text[max(0, count.start - 30) : count.start]
    after = text[count.end : count.end + 1]
    bare = (count.value_text or "").isdigit() and count.value < 120
    closed = after in ("", ",", ")", ".", ";", "\n")
    return bare and closed and AGED.search(before) is not None


def _nouns(text: str, sentence: Sentence) -> Iterator[Figure]:
    for match in PERSON.finditer(text, sentence.start, sentence.end):
        noun = match.group("noun")
        listed = _listed_after(text, match.end(), sentence.end)
        if listed and _stands_alone(text, listed[-1].end, sentence.end):
            yield _one(match.start(), match.end(), GROUP_OF[norm(noun)], noun)
            yield from listed
        elif _stands_alone(text, match.end(), sentence.end):
            yield _one(match.start(), match.end(), GROUP_OF[norm(noun)], noun)


def _listed_after(text: str, at: int, limit: int) -> list[Figure]:
    """Bare person nouns listed after a possessive one, the last after "and": "his wife, son
    and daughter"; none when no "and" closes the list."""
    listed: list[Figure] = []
    while (match := LISTED.match(text, at, limit)) is not None:
        noun = match.group("noun")
        listed.append(_one(match.start("noun"), match.end(), GROUP_OF[norm(noun)], noun))
        at = match.end()
        if "and" in match.group().lower().split():
            return listed
    return []


def _ages(text: str, sentence: Sentence) -> Iterator[Figure]:
    """An age not followed by a person noun stands for the person: "a 4-year-old died"."""
    for match in AGE.finditer(text, sentence.start, sentence.end):
        after = text[match.end("age") : match.end("age") + 40]
        if re.match(rf"[\s-]+(?:[\w-]+\s+){{0,2}}?(?:{NOUN})(?![\w-])", after, re.IGNORECASE):
            continue
        starts = match.group().lower().startswith(("a", "the"))
        if not starts and match.group("name") is None:
            continue
        if match.group("name") is None and not _stands_alone(text, match.end(), sentence.end):
            continue
        group = group_of_age(match.group("age"))
        yield _one(match.start(), match.end(), group, match.group())


def _stands_alone(text: str, at: int, limit: int) -> bool:
    """After "a 4-year-old" comes a verb or punctuation, not a thing ("a 10-year-old feud")."""
    word = re.match(r"\s*([A-Za-z]+)\b", text[at:limit])
    if word is None:
        return True
    if word.group(1)[0].isupper():  # "the jihadist Islamic State" names no person
        return word.group(1).lower() in FOLLOWERS
    if word.group(1) in NOT_FOLLOWERS:
        return False
    if word.group(1) == "who":
        return _passive_after(text[at + word.end() : limit])
    rest = text[at + word.start(1) : limit]
    return (
        word.group(1) in FOLLOWERS
        or MEASURES.match(rest) is not None
        or bool(re.match(rf"(?:{PART['be']}|{PART['adverb']})\b", rest, re.IGNORECASE))
    )


def _passive_after(rest: str) -> bool:
    """After "who" a victim is acted on or dies ("who was shot", "who died"); "a man who
    gunned down four" names the attacker."""
    found = re.match(rf"\s*(?:{PART['be']}|were|had|later|died|dies)\b", rest, re.IGNORECASE)
    return found is not None


def _subjects(text: str, sentence: Sentence) -> Iterator[Figure]:
    """A name or he/she right before a measure word: "Rooks was pronounced dead"."""
    for match in SUBJECT.finditer(text, sentence.start, sentence.end):
        who = match.group("who")
        if norm(who.split()[0]) in NOT_NAMES or not _opens_clause(text, match.start(), sentence):
            continue
        measure = MEASURES.match(text, match.end(), sentence.end)
        verbs = SUBJECT_MEASURES if match.group("be") else INTRANSITIVE
        verb = measure is not None and norm(measure.group()) in verbs
        verb = verb and measure is not None and measure.group().islower()
        if verb or _pronounced(text, match.end(), sentence.end):
            yield _one(match.start("who"), match.end("who"), "people", who)


def _opens_clause(text: str, at: int, sentence: Sentence) -> bool:
    """A subject opens its clause: after the sentence start, punctuation or a clause word."""
    before = text[max(sentence.start, at - 20) : at].rstrip()
    word = re.search(r"(\w+)$", before)
    return not before or before[-1] in ',;:(—–-"“' or bool(word and word.group(1) in OPENERS)


def _pronounced(text: str, at: int, limit: int) -> bool:
    return re.match(r"pronounced\s+dead", text[at:limit], re.IGNORECASE) is not None


def _selves(text: str, sentence: Sentence) -> Iterator[re.Match[str]]:
    yield from SELF.finditer(text, sentence.start, sentence.end)


def _one(start: int, end: int, group: str, words: str) -> Figure:
    return Figure("", group, 1, start, end, group_text=words, value_text=None)


def shot_then_died(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """A person named without a count as hurt ("a woman was shot") in a sentence without a
    death, in an article that reports deaths, is most often the one who died ("the victim died
    at the hospital"): that reading is no count of the injured and is left out, unless the
    words set the person apart ("another child", "her father was also shot")."""
    deaths = {f.sentence_start for f in figures if f.measure == "killed" and not f.earlier}
    if not deaths:
        return figures
    return tuple(
        f
        for f in figures
        if not (
            f.measure == "injured"
            and _uncounted(f)
            and f.sentence_start not in deaths
            and not _someone_else(text, f)
        )
    )


def _someone_else(text: str, figure: Figure) -> bool:
    """ "another child", or "also" / "as well" in the clause after the person."""
    if re.match(r"another\b", figure.value_text or "", re.IGNORECASE):
        return True
    rest = text[figure.end : figure.sentence_end or figure.end]
    return ALSO.match(rest) is not None


def died_of_it(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """A person named without a count as hurt in a sentence that says the person died is
    killed ("a student who was shot ... and died from his wounds"); in a sentence with a death,
    a hurt "he", "she", "himself" or "the boy" is the one who died and is left out."""
    kept: list[Figure] = []
    for figure in figures:
        if figure.measure != "injured" or not _uncounted(figure):
            kept.append(figure)
        elif _dies_after(text, figure, figures):
            kept.append(replace(figure, measure="killed"))
        elif not (_named_again(text, figure) and _death_beside(figure, figures)):
            kept.append(figure)
    return tuple(kept)


def _dies_after(text: str, figure: Figure, figures: tuple[Figure, ...]) -> bool:
    """A death verb after `figure` in its sentence, with no other person named between."""
    death = DIES.search(text, figure.end, figure.sentence_end or figure.end)
    if death is None:
        return False
    between = [f for f in figures if figure.end <= f.start < death.start()]
    return all(_named_again(text, f) for f in between)


def _death_beside(figure: Figure, figures: tuple[Figure, ...]) -> bool:
    return any(
        f.measure == "killed" and f.sentence_start == figure.sentence_start and _uncounted(f)
        for f in figures
    )


def _named_again(text: str, figure: Figure) -> bool:
    """ "he", "she", "himself", "the boy": a person named already."""
    first = text[figure.start : figure.end].split()[0].lower() if figure.end > figure.start else ""
    return first in ANAPHORS


def _uncounted(figure: Figure) -> bool:
    words = (figure.value_text or "").lower()
    return figure.value == 1 and not re.search(r"\bone\b|\b1\b", words)
