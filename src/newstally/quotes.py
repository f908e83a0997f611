"""Direct quotes with their speakers; one statement in two translations is one quote.

A quote is text in “curly” or "straight" quotes, of at least `MIN_WORDS` words, outside the
boilerplate. Its speaker: "..., he said" or "He urged ... “...”" -> the nearest preceding
person; "X said: “...”", "“...,” said X", "“...,” X said" -> X; else the last name earlier
in its sentence. Names come from the entities (their canonical name) and, for an article they
do not cover, from capitalised word runs. Quotes of one speaker whose content words overlap
(`SHARED_WORDS` or `SHARED_SHARE` of the shorter) are one quote with variants.
"""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources

from anyascii import anyascii
from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from newstally.clean import is_boilerplate
from newstally.reconcile.perpetrators import sentence_around
from newstally.records import ArticleReport, Entity, Mention, Quote

MIN_WORDS = 3
# Two quotes are one statement when they share this many content words, or this share of the
# shorter one's (with at least two shared).
SHARED_WORDS = 3
SHARED_SHARE = 0.5
# Surnames this alike (rapidfuzz ratio, letters only) are one speaker ("al-Shara", "Al-Sharaa").
SAME_NAME_RATIO = 80
# How far before a quote a pronoun's person may be named, in characters.
PRONOUN_REACH = 1500
# A name at [start, end), its canonical form, and whether it names a person.
Name = tuple[int, int, str, bool]


def _words(kind: str) -> str:
    text = resources.files("newstally").joinpath("data", "quote_words.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if not line.startswith("#"))
    return next(row[1] for row in rows if row[0] == kind)


VERB = _words("verb")
TITLE = re.compile(rf"(?:{_words('title')})$", re.IGNORECASE)
ORGANISATION = re.compile(rf"\b(?:{_words('organisation')})\b")
QUOTE = re.compile(r"“([^“”\n]+)”|\"([^\"\n]+)\"")
NAME_WORD = r"(?:[A-Z][\w’'.-]*|(?:al|el|bin|ibn|de|van|von|da)[-\s][A-Z][\w’'-]*)"
NAME = re.compile(rf"\b{NAME_WORD}(?:\s+(?:(?:for|of|and|the)\s+)?{NAME_WORD})*")
PRONOUN_AFTER = re.compile(rf"\s*[,.]?\s*(?:he|she)\s+(?:{VERB})\b", re.IGNORECASE)
# A name followed, within a few words, by a verb of speech: the one who speaks.
SUBJECT_OF = re.compile(rf"(?:\s*\([^)]*\))?\)?(?:,?\s+[a-z]+){{0,4}}?,?\s+(?:{VERB})\b")
VERB_AFTER = re.compile(rf"\s*[,.]?\s*(?:(?:{VERB})\s+)?(?:[A-Z][\w.]*\s+){{0,2}}")
NAME_THEN_VERB = re.compile(rf"\s+(?:{VERB})\b", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s?\b")
PRONOUN_BEFORE = re.compile(r"\b(?:He|She|he|she)\b")
CONTENT = re.compile(r"[^\W\d_]{3,}")


def find_quotes(
    items: tuple[ArticleReport, ...], entities: tuple[Entity, ...]
) -> tuple[Quote, ...]:
    """Every direct quote, grouped across articles into statements with their variants."""
    named = names_by_article(entities)
    found = [quote for item in items for quote in article_quotes(item, named)]
    return tuple(_merged(group) for group in _grouped(found))


def article_quotes(item: ArticleReport, named: dict[str, list[Name]]) -> list[Quote]:
    """The quotes of one article, each with one mention and its speaker."""
    article = item.article
    names = named.get(article.id) or [n for m in NAME.finditer(article.text) if (n := _name(m))]
    found = []
    for match in QUOTE.finditer(article.text):
        group = 1 if match.group(1) is not None else 2
        raw = match.group(group)
        text = raw.strip(" ,")
        start = match.start(group) + raw.index(text[:1]) if text else match.start(group)
        end = start + len(text)
        if len(text.split()) < MIN_WORDS or is_boilerplate(article.boilerplate, start, end):
            continue
        speaker = speaker_of(article.text, match.start(), match.end(), names)
        found.append(Quote(speaker, text, (text,), (Mention(article.id, start, end),)))
    return found


def names_by_article(entities: tuple[Entity, ...]) -> dict[str, list[Name]]:
    """Per article, the mentions of people, organisations and groups, by position."""
    named: dict[str, list[Name]] = {}
    for entity in entities:
        if entity.type in ("person", "organisation", "group"):
            for m in entity.mentions:
                named.setdefault(m.article, []).append(
                    (m.start, m.end, entity.name, entity.type == "person")
                )
    return {article: sorted(names) for article, names in named.items()}


def speaker_of(text: str, start: int, end: int, names: list[Name]) -> str | None:
    """Who says the quote at [start, end), by the words around it."""
    if PRONOUN_AFTER.match(text, end):
        return _person_before(names, start)
    named_after = _named_after(text, end, names)
    if named_after:
        return named_after
    sentence_start = sentence_around(text, start)[0]
    pronoun = PRONOUN_BEFORE.search(text, sentence_start, start)
    own = [n for n in names if sentence_start <= n[0] and n[1] <= start]
    own = [n for n in own if not POSSESSIVE.match(text, n[1])]
    own = [n for n in own if pronoun is None or n[1] <= pronoun.start()]
    speaking = [n for n in own if SUBJECT_OF.match(text, n[1])]
    if speaking or own:
        return (speaking or own[-1:])[0][2]
    return _person_before(names, pronoun.start()) if pronoun else None


def _person_before(names: list[Name], position: int) -> str | None:
    """The nearest person named before `position` (for "he", "she")."""
    people = [n for n in names if n[3] and position - PRONOUN_REACH <= n[0] and n[1] <= position]
    return people[-1][2] if people else None


def _named_after(text: str, end: int, names: list[Name]) -> str | None:
    """ "...," said X / "...," X said: the name right after the quote, with a verb beside it."""
    for name_start, name_end, name, _ in names:
        if end <= name_start < end + 40:
            gap = text[end:name_start]
            if VERB_AFTER.fullmatch(gap) and (
                re.search(VERB, gap) or NAME_THEN_VERB.match(text, name_end)
            ):
                return name
    return None


def _name(match: re.Match[str]) -> Name | None:
    """A capitalised run without its leading titles and possessives; None when nothing is left."""
    words = match.group().split()
    while words and (TITLE.match(words[0]) or words[0].endswith(("'s", "’s"))):
        words = words[1:]
    if not words or words[-1].endswith(("'s", "’s")):
        return None
    if len(words) == 1 and words[0].lower() in STOP_WORDS:
        return None
    name = " ".join(words)
    start = match.start() + match.group().index(words[0])
    person = len(words) > 1 and not ORGANISATION.search(name)
    return start, start + len(name), name, person


def _grouped(quotes: list[Quote]) -> list[list[Quote]]:
    """Quotes joined into statements; only quotes of one speaker (by surname) are compared."""
    buckets: dict[str, list[int]] = {}
    for position, quote in enumerate(quotes):
        key = _surname(quote.speaker)[:1] if quote.speaker else f"text:{quote.text}"
        buckets.setdefault(key, []).append(position)
    words = [content_words(quote.text) for quote in quotes]
    groups = [g for members in buckets.values() for g in _joined(members, quotes, words)]
    return [[quotes[i] for i in group] for group in sorted(groups)]


def _joined(members: list[int], quotes: list[Quote], words: list[set[str]]) -> list[list[int]]:
    """Positions joined when one is the same statement as any of another group's."""
    groups: list[list[int]] = []
    for i in members:
        homes = [
            g
            for g in groups
            if any(_same_statement(quotes[i], quotes[j], words[i], words[j]) for j in g)
        ]
        groups = [g for g in groups if g not in homes]
        groups.append(sorted([j for home in homes for j in home] + [i]))
    return groups


def _same_statement(a: Quote, b: Quote, words_a: set[str], words_b: set[str]) -> bool:
    if a.speaker is None or b.speaker is None:
        return a.text == b.text
    shared = len(words_a & words_b)
    smaller = min(len(words_a), len(words_b)) or 1
    alike = shared >= SHARED_WORDS or (shared >= 2 and shared / smaller >= SHARED_SHARE)
    return alike and same_speaker(a.speaker, b.speaker)


def content_words(text: str) -> set[str]:
    """Lower-cased words that are not stop words, a plural -s dropped."""
    words = (_folded(w) for w in CONTENT.findall(text))
    return {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words if w not in STOP_WORDS}


def _folded(word: str) -> str:
    return (word if word.isascii() else anyascii(word)).lower()


def same_speaker(a: str, b: str) -> bool:
    """The same person: their surnames (letters only, without "al") nearly alike."""
    last_a, last_b = _surname(a), _surname(b)
    return bool(last_a) and fuzz.ratio(last_a, last_b) >= SAME_NAME_RATIO


def _surname(name: str) -> str:
    words = re.findall(r"[a-z]+", anyascii(name).lower())
    words = [w for w in words if w not in ("al", "el", "bin", "ibn")]
    return words[-1] if words else ""


def _merged(group: list[Quote]) -> Quote:
    variants = tuple(dict.fromkeys(q.text for q in group))
    speakers = Counter(q.speaker for q in group if q.speaker)
    speaker = max(speakers, key=lambda s: (speakers[s], len(s))) if speakers else None
    mentions = tuple(m for q in group for m in q.mentions)
    return Quote(speaker, max(variants, key=len), variants, mentions)
