"""Who gave a figure: a source named near a speech word in its sentence ("the Syrian Observatory
for Human Rights said", "according to SANA"), else earlier in its paragraph; a generic source
("a war monitor") is resolved to a named one of the same role in the article."""

from __future__ import annotations

import re

from newstally.figures.terms import SPEECH, alternation, norm, rows
from newstally.records import Sentence

SOURCE_ROWS = rows("sources.tsv")
CANONICAL = {phrase: canonical for phrase, canonical, _, _ in SOURCE_ROWS}
KIND = {phrase: kind for phrase, _, kind, _ in SOURCE_ROWS}
ROLE = {phrase: role for phrase, _, _, role in SOURCE_ROWS}
LOWER = {norm(phrase): phrase for phrase in CANONICAL if not phrase.isupper()}
SOURCES = re.compile(
    rf"(?<![\w-])(?:{alternation(tuple(p for p in CANONICAL if p.isupper()))}"
    rf"|(?i:{alternation(tuple(LOWER))}))(?![\w-])"
)
PARAGRAPH_LOOKBACK = 2

# A source found in the text: (the data file's phrase, where it starts).
Found = tuple[str, int]


def attribute(text: str, sentences: tuple[Sentence, ...], index: int) -> str | None:
    """The canonical name of who gave the figures of `sentences[index]`, or None."""
    found = _speaker(text, sentences[index])
    for back in range(1, PARAGRAPH_LOOKBACK + 1):
        if found is not None or index - back < 0:
            break
        if not _same_paragraph(text, sentences[index - back], sentences[index - back + 1]):
            break
        found = _speaker(text, sentences[index - back])
    following = index + 1 < len(sentences) and _same_paragraph(text, *sentences[index : index + 2])
    if found is None and following:
        found = _speaker(text, sentences[index + 1])
    if found is None:
        return None
    if KIND[found[0]] == "generic":
        return _resolve(text, sentences, index, found[0]) or CANONICAL[found[0]]
    return CANONICAL[found[0]]


def _speaker(text: str, sentence: Sentence) -> Found | None:
    """The source nearest a speech word in `sentence`, if it has both."""
    cues = [m.start() for m in SPEECH.finditer(text, sentence.start, sentence.end)]
    matches = SOURCES.finditer(text, sentence.start, sentence.end)
    sources = [(_key(m.group()), m.start()) for m in matches]
    if not cues or not sources:
        return None
    return min(sources, key=lambda s: (min(abs(s[1] - c) for c in cues), KIND[s[0]] == "generic"))


def _resolve(text: str, sentences: tuple[Sentence, ...], index: int, generic: str) -> str | None:
    """The named source of the same role in this sentence, the next, or else the article."""
    nearby = sentences[index : index + 2]
    rest = sentences[:index] + sentences[index + 2 :]
    for group in (nearby, rest):
        for sentence in group:
            for match in SOURCES.finditer(text, sentence.start, sentence.end):
                phrase = _key(match.group())
                if KIND[phrase] == "named" and ROLE[phrase] == ROLE[generic]:
                    return CANONICAL[phrase]
    return None


def _key(matched: str) -> str:
    return matched if matched in CANONICAL else LOWER.get(norm(matched), matched)


def _same_paragraph(text: str, first: Sentence, second: Sentence) -> bool:
    return "\n" not in text[first.end : second.start]
