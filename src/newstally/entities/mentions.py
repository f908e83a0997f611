"""Names in one article: capitalised runs of words typed by the words in and around them.

A run after a title (`data/titles.txt`) is a person; a run whose head noun is in
`data/org_heads.txt` is an organisation, and so is a word before a lowercase organisation noun
("the Turkistan group", `data/org_nouns.txt`); an acronym in brackets after a name is defined
as that name; a place is what `find_places` finds; religious and ethnic groups are in
`data/groups.txt`; "a war monitor" (`data/descriptors.txt`) is the organisation named next.
A word the article also writes in lower case is a common word, not a name ("Published"), and
so is a run of mostly such words. A lone word is left `unknown` for merging to type ("Assad"
after "Bashar al-Assad"), a lone head noun ("the Observatory") `short` for merging to tie to an
organisation with that head.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from newstally.clean import is_boilerplate
from newstally.entities.gazetteer import lookup
from newstally.entities.keys import key
from newstally.entities.names import data_lines, strip_title
from newstally.entities.places import find_places, possessive
from newstally.entities.teams import split_at_teams, team_words
from newstally.records import Article, NameMention, PlaceMention
from newstally.twin import agreed, twin

ORG_HEADS = frozenset(data_lines("org_heads.txt"))
ORG_NOUNS = "|".join(data_lines("org_nouns.txt"))
GROUPS = frozenset(data_lines("groups.txt"))
PLACE_HEADS = frozenset(data_lines("place_heads.txt"))
NOT_NAMES = frozenset(data_lines("not_names.txt"))
ORG_LEADS = frozenset(data_lines("org_leads.txt"))
PLACE_LEADS = frozenset(data_lines("place_leads.txt"))
LINK_PARTICLES = frozenset(data_lines("link_particles.txt"))
DESCRIPTORS = "|".join(sorted(data_lines("descriptors.txt"), key=len, reverse=True))
WORD = (
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Lt|Capt|Sgt|Sen|Rep|Gov|Prof|Rev|St|Mt|Ft)\."
    r"|(?:[a-z]{1,3}-)?[A-Z][\w'’]*(?:-[\w'’]+)*"
)
LINK = r" (?:(?:of|for|of the|for the|" + "|".join(LINK_PARTICLES) + r") )?"
RUN = re.compile(rf"(?:{WORD})(?:(?<!['’]s){LINK}(?:{WORD}))*")
# A first word that describes rather than names: "UK-based", "pro-Assad" ("Assad" is kept).
DESCRIBING = re.compile(r"^[\w.]+-(?:based|led|backed|born|linked|run|owned|allied|affiliated) ")
# A lone name used as a modifier: "the (ousted) Assad regime", "pro-Assad fighters".
ATTRIBUTIVE = re.compile(r"\b(?:[Tt]he|[Aa]n?) (?:[a-z][\w-]* )?$")
PARTISAN = re.compile(r"^(?:pro|anti)-")
ACRONYM = re.compile(r" \(([A-Z][A-Za-z&.]{1,9})\)")
ORG_NOUN = re.compile(rf" ({ORG_NOUNS})\b")
DESCRIPTION = twin(
    re.compile(rf"\b(?:[Aa]n?) (?:[A-Z][\w-]*-based |[a-z]+-based )?(?:{DESCRIPTORS})\b")
)
# An indefinite description is resolved to an organisation named within this many characters.
DESCRIPTION_REACH = 600
# A lowercase word in running text, not in a URL slug ("pierre-thomas", "pierre - thomas").
COMMON_WORD = re.compile(r"(?<![-/_.\w])(?<!- )(?<!/ )[a-z][a-z'’]+(?![-/_\w])(?! -)(?! /)")
# A word in capitals this long or shorter that leads a name may be an acronym ("NATO").
MAX_ACRONYM = 4
# A nickname written in lower case in this share of a corpus's articles is a common word.
COMMON_SHARE = 0.02
POSSESSIVE = re.compile(r"['’]s?$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Leading function words ("The", "In"), headline capitals ("POLICE SHOOTING President
    Obama") and describing words ("UK-based") off a run, and a trailing possessive or dot."""
    words = text[start:end].split(" ")
    while len(words) > 1 and words[0].lower() in STOP_WORDS and not words[0].isupper():
        start += len(words.pop(0)) + 1
    while len(words) > 1 and _shouted(words) and not words[-1].isupper():
        start += len(words.pop(0)) + 1
    name = " ".join(words)
    describing = DESCRIBING.match(name)
    if describing:
        start, name = start + describing.end(), name[describing.end() :]
    return start, start + len(POSSESSIVE.sub("", name).rstrip("."))


def _shouted(words: list[str]) -> bool:
    """A headline word in capitals ("POLICE SHOOTING President Obama"), not an acronym ("EYP
    Mission Critical Facilities", "U.S. Geological Survey")."""
    first = words[0]
    plain = first.isupper() and "." not in first
    return plain and (len(first) > MAX_ACRONYM or (len(words) > 1 and words[1].isupper()))


def _cut(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A run cut at words that are no part of a name ("Tuesday", "Twitter"), after a place's
    possessive written without its apostrophe ("Syrias Aleppo") and before a word that starts an
    organisation's name ("Aleppo Jabhat al-Nusra") or a sentence ("Playoffs The Indianapolis")."""
    for word in re.finditer(r"\S+", text[start:end]):
        bare = word.group().rstrip(".,")
        if bare in NOT_NAMES or bare.capitalize() in NOT_NAMES:
            if word.start() > 0:
                yield start, start + word.start() - 1
            start, end = start + word.end() + 1, end
            return (yield from _cut(text, start, end)) if start < end else None
        if word.start() > 0 and (bare in ORG_LEADS or bare == "The"):
            yield start, start + word.start() - 1
            return (yield from _cut(text, start + word.start(), end))
        if word.end() < end - start and possessive(bare) and not lookup(bare):
            yield start, start + word.end()
            return (yield from _cut(text, start + word.end() + 1, end))
    yield start, end


def _runs(text: str, teams: frozenset[str], common: frozenset[str]) -> Iterator[tuple[int, int]]:
    for run in RUN.finditer(text):
        for piece_start, piece_end in _cut(text, run.start(), run.end()):
            pieces = [(piece_start, piece_end)]
            if teams and not teams.isdisjoint(_words(text[piece_start:piece_end])):
                pieces = list(split_at_teams(text, piece_start, piece_end, teams, common))
            for team_start, team_end in pieces:
                start, end = _trim(text, team_start, team_end)
                if end > start:
                    yield start, end


def _head(name: str) -> str:
    """The head noun: the last word before "of"/"for" ("Ministry of Defense" -> "Ministry")."""
    first_part = re.split(r" (?:of|for) ", name)[0]
    return first_part.split(" ")[-1]


def _type(text: str, start: int, end: int, common: frozenset[str], teams: frozenset[str]) -> str:
    """The kind of name text[start:end] is; `common` holds the article's lowercase words,
    `teams` its plural nicknames."""
    name = text[start:end]
    words = name.split(" ")
    if words[-1] in teams:
        return "organisation"
    if len(words) > 1 and (words[-1] in PLACE_HEADS or words[0] in PLACE_LEADS):
        return "place"
    if len(words) > 1 and words[0] in ORG_LEADS:
        return "organisation"
    if strip_title(name) != name:
        return "person"
    if len(words) == 1 and (name in ORG_HEADS or (_common(name, common) and name.isupper())):
        return "short" if name in ORG_HEADS else "common"
    if _head(name) in ORG_HEADS or (name.isupper() and len(name) > 1 and len(words) == 1):
        return "organisation"
    if name in GROUPS or (len(words) == 1 and re.search(r"ites?$", name)):
        return "group"
    if len(words) == 1:
        modifier = ATTRIBUTIVE.search(text, max(0, start - 30), start) or PARTISAN.match(name)
        return "common" if _common(name, common) or modifier else "unknown"
    lowercase = sum(_common(word, common) for word in words if word not in LINK_PARTICLES)
    person = all(map(_name_like, words)) and lowercase * 2 <= len(words)
    return "person" if person and not _starts_with_place(words) else "unknown"


def _starts_with_place(words: list[str]) -> bool:
    """ "Indiana Conservation Officers", "Fort Myers Officials": a run led by a country, a
    state or a town of several words is not a person (a big town or a province leads many
    people's names: "Tyler", "Austin", "Michael" of the Isle of Man)."""
    for part in (words[:2], words[:1]):
        places = lookup(" ".join(part)) if len(words) > len(part) else ()
        if places and (places[0].kind not in ("city", "admin1") or len(part) > 1):
            return True
    return False


def _common(word: str, common: frozenset[str]) -> bool:
    """A word the article also writes in lower case, or the plural of one ("Officers")."""
    lower = word.lower()
    return lower in common or (lower.endswith("s") and lower[:-1] in common)


def _name_like(word: str) -> bool:
    """A word that can be part of a person's name: "Ahmad", "al-Assad", "McCloud", "al"."""
    if word in LINK_PARTICLES:
        return True
    plain = word.lower() not in STOP_WORDS and word not in ORG_HEADS and word not in PLACE_HEADS
    return plain and any(c.islower() for c in word) and not any(c.isdigit() for c in word)


def _name_mention(
    article: Article, span: tuple[int, int], common: frozenset[str], teams: frozenset[str]
) -> NameMention:
    text, (start, end) = article.text, span
    kind = _type(text, start, end, common, teams)
    noun = ORG_NOUN.match(text, end)
    if noun and kind in ("unknown", "common") and " " not in text[start:end]:
        return NameMention(article.id, start, noun.end(), text[start : noun.end()], "organisation")
    if kind == "person":
        offset = len(text[start:end]) - len(strip_title(text[start:end]))
        start += offset
    if kind == "short" and text[max(0, start - 4) : start].lower() == "the ":
        start -= 4
    return NameMention(article.id, start, end, text[start:end], kind)


def _acronyms(article: Article, mentions: list[NameMention]) -> Iterator[NameMention]:
    for mention in mentions:
        found = ACRONYM.match(article.text, mention.end)
        if found and mention.type in ("organisation", "unknown", "person"):
            start, end = found.span(1)
            yield NameMention(article.id, start, end, found[1], "organisation", mention.text)


def _descriptions(article: Article, mentions: list[NameMention]) -> Iterator[NameMention]:
    organisations = [m for m in mentions if m.type == "organisation" and not m.text.isupper()]
    for found in DESCRIPTION.choose(agreed(article.text)).finditer(article.text):
        after = [m for m in organisations if found.end() <= m.start]
        if after and after[0].start - found.end() <= DESCRIPTION_REACH:
            start, end = found.span()
            yield NameMention(article.id, start, end, found.group(), "organisation", after[0].text)


def _place_mention(article: Article, place: PlaceMention) -> NameMention:
    text = article.text[place.start : place.end]
    return NameMention(article.id, place.start, place.end, text, "place", place=place)


def _place_around(places: tuple[PlaceMention, ...], start: int, end: int) -> PlaceMention | None:
    """The place whose span is the run's, or holds it ("Latakia" in "Latakia province")."""
    return next((p for p in places if p.start <= start and end <= p.end), None)


def corpus_nicknames(articles: tuple[Article, ...]) -> frozenset[str]:
    """The plural nicknames ("the Colts") any of `articles` uses that few others write in lower
    case ("the Deputies" in a headline)."""
    common = [frozenset(COMMON_WORD.findall(article.text)) for article in articles]
    found = (team_words(a.text, words) for a, words in zip(articles, common, strict=True))
    nicknames = frozenset().union(*found)
    lowercase = Counter(word for words in common for word in words if word.title() in nicknames)
    most = max(2, len(articles) * COMMON_SHARE)
    return frozenset(word for word in nicknames if lowercase[word.lower()] < most)


def article_mentions(
    article: Article, nicknames: frozenset[str] | None = None
) -> tuple[NameMention, ...]:
    """Every name in `article` outside boilerplate, typed, in text order; `nicknames`, when
    given, are the corpus's plural nicknames (`corpus_nicknames`), else the article's own."""
    places = find_places(article.text)
    common = frozenset(COMMON_WORD.findall(article.text))
    teams = team_words(article.text, common, nicknames or frozenset())
    teams = teams if nicknames is None else teams & nicknames
    mentions: list[NameMention] = []
    for start, end in _runs(article.text, teams, common):
        if is_boilerplate(article.boilerplate, start, end):
            continue
        place = _place_around(places, start, end)
        noun = ORG_NOUN.match(article.text, end)
        if place is not None and not (noun and place.kind == "city"):
            if not mentions or mentions[-1].place != place:
                mentions.append(_place_mention(article, place))
        elif key(article.text[start:end]) not in STOP_WORDS:
            mentions.append(_name_mention(article, (start, end), common, teams))
    mentions = [mention for mention in mentions if mention.type != "common"]
    acronyms = list(_acronyms(article, mentions))
    defined = {(m.start, m.end) for m in acronyms}
    mentions = [m for m in mentions if (m.start, m.end) not in defined] + acronyms
    mentions.extend(_descriptions(article, mentions))
    return tuple(sorted(mentions, key=lambda m: (m.start, m.end)))


def _words(run: str) -> set[str]:
    """The words of a run without a trailing apostrophe ("Saints'")."""
    return {word.rstrip("'’") for word in run.split(" ")}
