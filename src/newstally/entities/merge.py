"""Name mentions merged into entities across articles.

Each mention gets a label: a place its geonames id; a full name its type and spelling-evened
key (`names.name_key`); an acronym the name it was defined as here or in any article (else a
common expansion from `data/known_acronyms.tsv`, else itself); a description the organisation
named after it.
Short forms then join a full name: a lone word the person whose last name it is ("Assad"), a
lone head noun the organisation with that head ("the Observatory"), "X group" the organisation
whose name starts with X, a name that begins a longer organisation name that organisation
("Syrian Observatory"). Same-article names are preferred when a short form fits several.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from newstally.entities.aliases import aliases, most_named, resolve
from newstally.entities.gazetteer import lookup
from newstally.entities.initials import initials, without_suffix
from newstally.entities.names import data_lines, name_key, name_words
from newstally.records import Entity, Mention, NameMention

KNOWN_ACRONYMS = {
    row[0]: (row[1], row[2])
    for row in (line.split("\t") for line in data_lines("known_acronyms.tsv"))
}
FULL_TYPES = ("person", "organisation", "group", "place")
# Divisions take their gazetteer name ("Utah", not "Utah state"), towns their commonest spelling.
NAMED_BY_GAZETTEER = ("admin1", "state", "county")
# An acronym nobody defines is an organisation of its own from this many letters ("HP" is not).
MIN_ACRONYM = 3
# (label, article, start) of a full-name mention, filed under a word of its name.
Index = dict[str, list[tuple[str, str, int]]]
INDEXES = ("last", "head", "first", "org_last", "initials", "team_first")
ORG_HEADS = frozenset(data_lines("org_heads.txt"))


def is_acronym(mention: NameMention) -> bool:
    bare = mention.text.replace(".", "")
    return " " not in bare and bare.isupper() and 1 < len(bare) <= 10


def is_noun_form(mention: NameMention) -> bool:
    """ "Turkistan group": a name word and a lowercase organisation noun."""
    return mention.type == "organisation" and mention.text.split(" ")[-1].islower()


def _is_full(mention: NameMention) -> bool:
    plain = mention.expands is None and not is_acronym(mention) and not is_noun_form(mention)
    return mention.type in FULL_TYPES and plain and not mention.text[:1].islower()


def _label(mention: NameMention) -> str:
    if mention.type == "group":
        return "group:" + name_key(mention.text).removesuffix("s")
    if mention.type == "organisation":
        return "organisation:" + name_key(without_suffix(mention.text))
    return f"{mention.type}:{name_key(mention.text, mention.type != 'place')}"


def _head_word(text: str) -> str:
    words = name_words(text.split(" of ")[0].split(" for ")[0])
    return words[-1] if words else ""


def _full_labels(mentions: tuple[NameMention, ...]) -> list[str | None]:
    labels: list[str | None] = []
    for mention in mentions:
        if mention.place is not None:
            labels.append(f"place:{mention.place.geonames_id}")
        elif _is_full(mention) and (_words(mention) > 1 or mention.type == "group"):
            labels.append(_label(mention))
        else:
            labels.append(None)
    return labels


def _words(mention: NameMention) -> int:
    return len(name_words(mention.text, mention.type != "place"))


def _indexes(mentions: tuple[NameMention, ...], labels: list[str | None]) -> dict[str, Index]:
    """Full names filed by a person's last word, an organisation's head, first and last word
    and initials."""
    indexes: dict[str, Index] = {name: defaultdict(list) for name in INDEXES}
    for mention, label in zip(mentions, labels, strict=True):
        if not label or not label.startswith(("person:", "organisation:")):
            continue
        entry = (label, mention.article, mention.start)
        words = name_words(mention.text)
        if label.startswith("person:") and words:
            indexes["last"][words[-1]].append(entry)
        elif label.startswith("organisation:") and words:
            indexes["head"][_head_word(mention.text)].append(entry)
            indexes["first"][words[0]].append(entry)
            indexes["org_last"][words[-1]].append(entry)
            if _nicknamed(mention.text):
                indexes["team_first"][words[0]].append(entry)
            indexes["initials"][initials(mention.text)].append(entry)
    return indexes


def _nicknamed(name: str) -> bool:
    """ "Creighton Bluejays": a name and a plural that is no head noun."""
    words = name.split(" ")
    return len(words) == 2 and words[1].endswith("s") and words[1] not in ORG_HEADS


def _spelled_out(mentions: tuple[NameMention, ...], labels: list[str | None]) -> None:
    """An untyped name whose initials are an acronym its article uses is that organisation
    ("Hewlett-Packard" beside "HP"); `labels` is filled in place."""
    used = {(m.article, m.text.replace(".", "")) for m in mentions if is_acronym(m)}
    for index, mention in enumerate(mentions):
        letters = initials(mention.text)
        if (
            labels[index] is None
            and mention.type == "unknown"
            and (mention.article, letters) in used
        ):
            labels[index] = "organisation:" + name_key(mention.text)


def _pick(candidates: list[tuple[str, str, int]], mention: NameMention) -> str | None:
    """Of (label, article, start) candidates, the nearest before `mention` in its article, else
    the first in its article, else the only one in the corpus."""
    here = [c for c in candidates if c[1] == mention.article]
    before = [c for c in here if c[2] < mention.start]
    if before:
        return max(before, key=lambda c: c[2])[0]
    if here:
        return here[0][0]
    labels = {c[0] for c in candidates}
    return labels.pop() if len(labels) == 1 else None


def _short_label(mention: NameMention, indexes: dict[str, Index]) -> str | None:
    words = name_words(mention.text)
    if not words:
        return None
    if mention.type == "short":
        return _pick(indexes["head"].get(words[-1], []), mention)
    if is_noun_form(mention):
        return _pick(indexes["first"].get(words[0], []), mention)
    people = indexes["last"] if mention.type != "organisation" else {}
    found = _pick(people.get(words[-1], []), mention)
    if found is None and mention.type in ("person", "group"):
        return _label(mention)
    if found is None and len(words) == 1 and mention.type in ("unknown", "organisation"):
        found = _organisation_of_word(words[0], mention, indexes)
    if found is None and mention.type == "organisation":
        return "organisation:" + " ".join(words)
    return found


def _organisation_of_word(word: str, mention: NameMention, indexes: dict[str, Index]) -> str | None:
    """The team a lone word begins ("Creighton" of "Creighton Bluejays") or, for a nickname,
    ends ("Colts" of "Indianapolis Colts"), when one is clear."""
    begun = _pick(indexes["team_first"].get(word, []), mention)
    ends = indexes["org_last"] if mention.type == "organisation" else {}
    ended = _pick(ends.get(word, []), mention)
    return begun if ended is None or ended == begun else ended if begun is None else None


def _acronym_label(mention: NameMention, defined: dict[str, str], spelled: Index) -> str | None:
    """An acronym's organisation: as defined, else a common expansion, else a name in its
    article with its initials, else the name in the corpus with its initials, else itself; a
    place in capitals none."""
    if mention.expands is not None:
        return "organisation:" + name_key(mention.expands)
    if mention.text in defined:
        return defined[mention.text]
    if mention.text in KNOWN_ACRONYMS:
        return "organisation:" + name_key(KNOWN_ACRONYMS[mention.text][0])
    letters = mention.text.replace(".", "")
    if lookup(letters):  # a place in capitals ("HOMS", "D.C."), no acronym
        return None
    candidates = spelled.get(letters, [])
    here = [c for c in candidates if c[1] == mention.article]
    if here:
        return here[0][0]
    found = _pick(candidates, mention) or most_named(candidates)
    if found is not None:
        return found
    return "organisation:" + name_key(letters) if len(letters) >= MIN_ACRONYM else None


def _named_organisations(mentions: tuple[NameMention, ...], labels: list[str | None]) -> None:
    """An untyped name that is no place, or one taken for a person's, spelled as an organisation
    named elsewhere is that organisation ("Seacom" after "SEACOM", "Electronic Data Systems"
    after "Electronic Data Systems Corp."); `labels` is changed in place."""
    known = {label for label in labels if label and label.startswith("organisation:")}
    for index, mention in enumerate(mentions):
        label = labels[index]
        if label is None and mention.type == "unknown" and not lookup(mention.text):
            named = "organisation:" + name_key(mention.text)
        elif label is not None and label.startswith("person:"):
            named = "organisation:" + label.removeprefix("person:")
        else:
            continue
        if named in known:
            labels[index] = named


def lone_words(mentions: tuple[NameMention, ...], labels: list[str | None]) -> dict[str, int]:
    """Lone unknown words no full name explains, with how often each occurs."""
    counts: Counter[str] = Counter()
    for mention, label in zip(mentions, labels, strict=True):
        if label is None and mention.type == "unknown" and " " not in mention.text:
            counts[name_key(mention.text)] += 1
    return dict(counts)


def _lone_labels(
    mentions: tuple[NameMention, ...], labels: list[str | None], types: dict[str, str]
) -> list[str | None]:
    """Lone words labelled as a one-word person named elsewhere ("President Obama"), else by
    `types` (word key -> type, e.g. from NER)."""
    people = {label.split(":", 1)[1] for label in labels if label and label.startswith("person:")}
    result = list(labels)
    for index, mention in enumerate(mentions):
        if result[index] is not None or mention.type != "unknown":
            continue
        word = name_key(mention.text)
        if " " in word:
            continue
        if word in people:
            result[index] = "person:" + word
        elif word in types:
            result[index] = f"{types[word]}:{word}"
    return result


def labels_of(
    mentions: tuple[NameMention, ...], types: dict[str, str] | None = None
) -> list[str | None]:
    """Each mention's entity label, or None for a mention that names nothing known.

    `types` types lone words no full name explains (word key -> type)."""
    labels = _full_labels(mentions)
    _spelled_out(mentions, labels)
    indexes = _indexes(mentions, labels)
    defined = {
        m.text: "organisation:" + name_key(m.expands)
        for m in mentions
        if is_acronym(m) and m.expands
    }
    for index, mention in enumerate(mentions):
        if labels[index] is not None:
            continue
        if is_acronym(mention):
            labels[index] = _acronym_label(mention, defined, indexes["initials"])
        elif mention.expands is not None:
            labels[index] = "organisation:" + name_key(mention.expands)
        else:
            labels[index] = _short_label(mention, indexes)
    labels = _lone_labels(mentions, labels, types or {})
    _named_organisations(mentions, labels)
    alias = aliases(mentions, labels)
    return [None if label is None else resolve(label, alias) for label in labels]


def _canonical(members: list[NameMention]) -> str:
    full = [m.text for m in members if _is_full(m) or m.place is not None]
    if not full:
        acronym = members[0].text
        return KNOWN_ACRONYMS.get(acronym, (acronym, ""))[0]
    lengths = {text: len(name_words(text)) for text in set(full)}
    most_words = max(lengths.values())
    longest = [text for text in full if lengths[text] == most_words]
    return Counter(longest).most_common(1)[0][0]


def _variant(text: str) -> str:
    """A variant as written, with a sentence-initial "The" in lower case."""
    return "the " + text[4:] if text.startswith("The ") else text


def _entity(label: str, members: list[NameMention]) -> Entity:
    kind = label.split(":", 1)[0]
    texts = Counter(_variant(m.text) for m in members)
    variants = tuple(text for text, _ in texts.most_common())
    mentions = tuple(Mention(m.article, m.start, m.end) for m in members)
    place = next((m.place for m in members if m.place is not None), None)
    name = _canonical(members)
    if place is None:
        return Entity(name, kind, variants, mentions)
    if place.kind in NAMED_BY_GAZETTEER:  # "Latakia Province", not "provinces of Latakia"
        name = Counter(m.place.name for m in members if m.place).most_common(1)[0][0]
    return Entity(
        name, "place", variants, mentions, place.lat, place.lon, place.country, place.kind
    )


def merge(
    mentions: tuple[NameMention, ...], types: dict[str, str] | None = None
) -> tuple[Entity, ...]:
    """Entities from `mentions`, the most mentioned first; `types` as for `labels_of`."""
    groups: dict[str, list[NameMention]] = defaultdict(list)
    for label, mention in zip(labels_of(mentions, types), mentions, strict=True):
        if label is not None:
            groups[label].append(mention)
    entities = [_entity(label, members) for label, members in groups.items()]
    return tuple(sorted(entities, key=lambda e: (-len(e.mentions), e.name)))
