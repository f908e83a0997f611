"""The deeper pass: spaCy's dependency parse of a sentence the patterns found a figure in.

Three readings can be asked for, each measured on the FA-KES dev half (README, "Figures"):
"group" (the noun a count modifies names its group: "49 Nusra Front militants"), "things"
(a count of a noun in data/things.txt is dropped) and "measure" (the verb or noun above the
counted noun says what happened). None beat the patterns there, so the pipeline runs without
the parse; `benchmarks/eval_fakes.py --spacy` measures them again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newstally.figures.terms import GROUP_OF, MEASURE_OF, THINGS
from newstally.records import Figure, Sentence

USES = ("group", "things", "measure")
CLIMB = 4  # how many heads up from the counted noun a measure word is looked for
ARGUMENTS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "prep"))


def refine(
    nlp: Any, text: str, sentence: Sentence, figures: list[Figure], uses: tuple[str, ...]
) -> list[Figure]:
    """`figures` of `sentence` re-read from the parse by each reading in `uses`."""
    doc = nlp(text[sentence.start : sentence.end])
    refined = []
    for figure in figures:
        token = _number_token(doc, figure.start - sentence.start, figure.end - sentence.start)
        placed = figure if token is None else _reread(figure, token, uses)
        if placed is not None:
            refined.append(placed)
    return refined


def _number_token(doc: Any, start: int, end: int) -> Any:
    for token in doc:
        if start <= token.idx < end and (token.like_num or token.pos_ == "NUM"):
            return token
    return None


def _reread(figure: Figure, token: Any, uses: tuple[str, ...]) -> Figure | None:
    noun = token.head if token.dep_ in ("nummod", "quantmod") else token
    if "things" in uses and noun.lower_ in THINGS and figure.group_text is None:
        return None
    group = GROUP_OF.get(noun.lower_)
    if "group" in uses and group and figure.group_text is None and noun.i != token.i:
        figure = replace(figure, group=group, group_text=noun.text)
    measure = _measure_above(noun) if "measure" in uses else None
    return replace(figure, measure=measure) if measure else figure


def _measure_above(noun: Any) -> str | None:
    word = noun
    for _ in range(CLIMB):
        if word.dep_ not in ARGUMENTS:
            return None
        word = word.head
        if word.lower_ in MEASURE_OF:
            return MEASURE_OF[word.lower_]
    return None
