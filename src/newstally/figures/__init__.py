"""Counts of people in one article: numbers, measures, groups, attribution, time, the toll.

A fast first pass keeps the sentences with a measure word (`reading.is_candidate`); only those
are read for counts. The term lists and patterns are the files of `data/`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newstally.clean import is_boilerplate
from newstally.figures.attribution import attribute
from newstally.figures.composition import link_parts
from newstally.figures.headline import counted_headline
from newstally.figures.parse import refine
from newstally.figures.persons import died_of_it, shot_then_died
from newstally.figures.reading import is_candidate, read_sentence
from newstally.figures.scope import is_earlier, is_linked, replaced_by_updates, scope_of
from newstally.figures.shot import shot_less_dead
from newstally.figures.singles import listed_singles
from newstally.figures.timing import carry_as_of, counted_since, stated_on
from newstally.figures.toll import later_toll, rest_are_combatants, toll_of
from newstally.records import Article, Figure, Sentence, Toll
from newstally.text import sentences


def extract_figures(
    article: Article, nlp: Any = None, parse_uses: tuple[str, ...] = ()
) -> tuple[Figure, ...]:
    """Every count of people stated in `article`, outside its boilerplate (its title line is
    read: a headline is content, not page furniture).

    With a loaded spaCy pipeline `nlp` and readings in `parse_uses` (see `figures.parse`),
    the sentences with a figure are also parsed.
    """
    text = article.text
    furniture = tuple(span for span in article.boilerplate if span.kind != "title")
    found = tuple(s for s in sentences(text) if not is_boilerplate(furniture, s.start, s.end))
    figures: list[Figure] = []
    for index, sentence in enumerate(found):
        if is_candidate(text, sentence):
            read = read_sentence(text, sentence)
            if nlp is not None and parse_uses and read:
                read = refine(nlp, text, sentence, read, parse_uses)
            figures.extend(_placed(article, found, index, read))
    linked = link_parts(text, carry_as_of(shot_then_died(text, died_of_it(text, tuple(figures)))))
    return replaced_by_updates(text, linked)


def article_toll(article: Article, figures: tuple[Figure, ...]) -> Toll:
    """The article's reading of its main event, from its figures: those of the body, each part
    the body does not give taken from the title line (a headline rounds or lags the body)."""
    titles = [span for span in article.boilerplate if span.kind == "title"]
    marks = [any(s.start <= f.start and f.end <= s.end for s in titles) for f in figures]
    kept = tuple(_aside(f, mark) for f, mark in zip(figures, marks, strict=True))
    text = article.text
    body = rest_are_combatants(text, kept, later_toll(text, kept, toll_of(kept, text)))
    aside = tuple(_aside(f, not mark) for f, mark in zip(figures, marks, strict=True))
    headline = toll_of(aside, text)
    body = counted_headline(listed_singles(article.text, kept, body), headline, kept)
    parts = {name: getattr(body, name) for name in Toll.__dataclass_fields__}
    toll = replace(body, **{k: getattr(headline, k) for k, v in parts.items() if v is None})
    return shot_less_dead(text, figures, toll)


def _aside(figure: Figure, aside: bool) -> Figure:
    """`figure` left out of a toll (its indices kept for `part_of`) when `aside`."""
    return replace(figure, scope="background") if aside else figure


def _placed(
    article: Article, found: tuple[Sentence, ...], index: int, figures: list[Figure]
) -> list[Figure]:
    """`figures` of `found[index]` with who gave them, when, and their scope."""
    if not figures:
        return []
    text, sentence, published = article.text, found[index], article.published
    context = {
        "attributed_to": attribute(text, found, index),
        "as_of": stated_on(text, sentence, published),
        "since": counted_since(text, sentence, published),
        "scope": scope_of(text, sentence, published),
    }
    placed = [replace(f, earlier=is_earlier(text, f, sentence), **context) for f in figures]  # type: ignore[arg-type]
    return [replace(f, scope="background") if is_linked(text, f, sentence) else f for f in placed]
