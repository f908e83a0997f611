"""Teams and other organisations named by a plural nickname ("the Colts", "the Saints"): a
capitalised plural the article writes after "the" that is no common word, people of a place or
religion ("the Syrians", "the Alawites"), head noun ("the Forces") or place ("the Bahamas").
"Colts", "Indianapolis Colts" and "Kansas City Chiefs" are then organisations, and a headline run
is cut at such a word ("Colts Beat Chiefs" -> "Colts", "Beat", "Chiefs")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newstally.entities.gazetteer import lookup
from newstally.entities.names import data_lines
from newstally.entities.places import possessive
from newstally.twin import agreed, twin

# "the Colts", not "the Kansas City Chiefs" or "College of the Canyons".
THE_PLURAL = twin(re.compile(r"(?<!\bof )\b[Tt]he ([A-Z][a-z]+s)\b(?! [A-Z])"))
# Plurals that name people by where they are from ("Americans", "Iraqis", "Alawites").
PEOPLE_ENDINGS = ("ans", "is", "ites", "ese")
NOT_NICKNAMES = frozenset(
    data_lines("org_heads.txt")
    + data_lines("place_heads.txt")
    + data_lines("groups.txt")
    + data_lines("not_nicknames.txt")
)


def team_words(
    text: str, common: frozenset[str], elsewhere: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The plural nicknames `text` uses after "the" or, of those `elsewhere`, at all; `common`
    holds its lowercase words."""
    words = set(THE_PLURAL.choose(agreed(text)).findall(text)) | {
        word for word in elsewhere if word in text
    }
    return frozenset(word for word in words if _nickname(word, text, common))


def _nickname(word: str, text: str, common: frozenset[str]) -> bool:
    """Not a common word, people ("the Syrians"), a family ("the Jacksons" of "Henry Jackson"),
    a place or a place's possessive without its apostrophe ("Russias")."""
    if word.lower() in common or word.lower()[:-1] in common or word.endswith(PEOPLE_ENDINGS):
        return False
    if word in NOT_NICKNAMES or lookup(word) or possessive(word):
        return False
    return re.search(rf"\b{word[:-1]}\b", text) is None


def split_at_teams(
    text: str, start: int, end: int, teams: frozenset[str], common: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """text[start:end] cut around nicknames, but for a last one after a name ("Kansas City
    Chiefs", not "Beat Chiefs")."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    piece = start
    for number, (word_start, word_end) in enumerate(words):
        if text[word_start:word_end].rstrip(".,'’") not in teams:
            continue
        before = text[words[number - 1][0] : words[number - 1][1]].lower() if number else ""
        if number == len(words) - 1 and number and before not in common:
            break
        if piece < word_start:
            yield piece, word_start - 1
        yield word_start, word_end
        piece = word_end + 1
    if piece < end:
        yield piece, end
