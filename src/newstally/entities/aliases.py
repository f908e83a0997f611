"""Labels that name one entity pointed to one another: person names spelled alike, an
organisation's shorter or place-less form and its full name, a team's nickname and its name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from newstally.entities.gazetteer import lookup
from newstally.records import NameMention

# Two person names of as many words are one when their keys are this similar (0-100).
SAME_PERSON = 90


def aliases(mentions: tuple[NameMention, ...], labels: list[str | None]) -> dict[str, str]:
    """Each label that names the same entity as another, pointed to that one."""
    named = [label for label in labels if label]
    alias = same_people(named) | longer_organisations(named)
    return alias | team_names(named) | place_led(mentions, labels)


def most_named(candidates: list[tuple[str, str, int]]) -> str | None:
    """The label of most `candidates` when it has at least twice as many as any other."""
    counts = Counter(c[0] for c in candidates).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] < 2 * counts[1][1]):
        return None
    return counts[0][0]


def same_people(labels: Iterable[str]) -> dict[str, str]:
    """Person labels spelled alike merged: the later one points to the earlier."""
    blocks: dict[tuple[int, str], list[str]] = defaultdict(list)
    alias: dict[str, str] = {}
    for label in dict.fromkeys(labels):
        words = label.removeprefix("person:").split()
        if not label.startswith("person:") or not words:
            continue
        block = blocks[(len(words), words[-1][:2])]
        match = next((other for other in block if fuzz.ratio(label, other) >= SAME_PERSON), None)
        if match is None:
            block.append(label)
        else:
            alias[label] = match
    return alias


def longer_organisations(labels: Iterable[str]) -> dict[str, str]:
    """An organisation label whose words begin exactly one longer one's points to it."""
    by_first: dict[str, list[list[str]]] = defaultdict(list)
    for label in set(labels):
        words = label.removeprefix("organisation:").split()
        if label.startswith("organisation:") and words:
            by_first[words[0]].append(words)
    alias = {}
    for names in by_first.values():
        for words in names:
            longer = {
                " ".join(o) for o in names if len(o) > len(words) and o[: len(words)] == words
            }
            if len(longer) == 1:
                alias["organisation:" + " ".join(words)] = "organisation:" + longer.pop()
    return alias


def place_led(mentions: tuple[NameMention, ...], labels: list[str | None]) -> dict[str, str]:
    """An organisation label that ends exactly one longer one led by a place points to it
    ("Geological Survey" -> "US Geological Survey")."""
    by_tail: dict[str, set[str]] = defaultdict(set)
    for mention, label in zip(mentions, labels, strict=True):
        words = (label or "").removeprefix("organisation:").split()
        organisation = label is not None and label.startswith("organisation:")
        if organisation and len(words) > 2 and lookup(mention.text.split(" ")[0]):
            by_tail["organisation:" + " ".join(words[1:])].add(label or "")
    return {tail: longer.pop() for tail, longer in by_tail.items() if len(longer) == 1}


def team_names(labels: list[str]) -> dict[str, str]:
    """A one-word organisation label points to the longer one it ends that is named most, when
    at least twice as often as any other ("Colts" -> "Indianapolis Colts")."""
    by_last: dict[str, Counter[str]] = defaultdict(Counter)
    for label in labels:
        words = label.removeprefix("organisation:").split()
        if label.startswith("organisation:") and len(words) > 1:
            by_last[words[-1]][label] += 1
    alias = {}
    for label in set(labels):
        word = label.removeprefix("organisation:")
        if label.startswith("organisation:") and " " not in word and word in by_last:
            longer = most_named([(other, "", 0) for other in by_last[word].elements()])
            if longer is not None:
                alias[label] = longer
    return alias


def resolve(label: str, alias: dict[str, str]) -> str:
    seen = set()
    while label in alias and label not in seen:
        seen.add(label)
        label = alias[label]
    return label
