"""A count of people shot counts the dead too: "Four teenagers were shot ... one of them has
died" is 3 injured, 1 killed, as the Gun Violence Archive counts (injured = shot and lived). A
count of the wounded ("7 injured") or of others ("two others were shot") does not."""

from __future__ import annotations

import re
from dataclasses import replace

from newstally.figures.terms import alternation, terms
from newstally.records import Figure, Toll


def _words(kind: str) -> str:
    """The words of `kind` in `data/shot.tsv` as a regex alternative."""
    return alternation(terms("shot.tsv", kind), space=r"\s+")


SHOT = re.compile(
    rf"\s+(?:(?:were|was|are|is|have|has|had|got)\s+(?:been\s+)?)?(?:{_words('shot')})\b"
    rf"(?!\s+(?:and\s+(?:{_words('harm')})|{_words('fatal')}))",
    re.IGNORECASE,
)
SHOT_BEFORE = re.compile(rf"\b(?:{_words('shot')})\s+$", re.IGNORECASE)
VICTIMS = re.compile(rf"\s*(?:{_words('victims')})\b", re.IGNORECASE)
OTHERS = re.compile(rf"\b(?:{_words('others')})\b", re.IGNORECASE)


def shot_less_dead(text: str, figures: tuple[Figure, ...], toll: Toll) -> Toll:
    """`toll` with the dead taken out of an injured count that counts everyone shot."""
    if not toll.injured or not toll.killed or toll.killed >= toll.injured:
        return toll
    source = next((f for f in _injured(figures) if f.value == toll.injured), None)
    if source is None or not _counts_the_shot(text, source):
        return toll
    if not _died_of_them(figures, source) or _dead_listed_before(figures, source):
        return toll
    return replace(toll, injured=toll.injured - toll.killed)


def _dead_listed_before(figures: tuple[Figure, ...], source: Figure) -> bool:
    """ "1 dead, 3 shot": the dead counted before the shot in one sentence are apart."""
    return any(
        f.measure == "killed"
        and f.end <= source.start
        and f.sentence_start == source.sentence_start
        for f in figures
    )


def _died_of_them(figures: tuple[Figure, ...], source: Figure) -> bool:
    """A death told right after the count of the shot, in its sentence or the next two: "Four
    teenagers were shot ... and one of them has died"."""
    starts = sorted(
        {
            f.sentence_start or 0
            for f in figures
            if (f.sentence_start or 0) >= (source.sentence_start or 0)
        }
    )
    near = set(starts[:3])
    return any(
        f.measure == "killed" and f.start > source.end and (f.sentence_start or 0) in near
        for f in figures
    )


def _injured(figures: tuple[Figure, ...]) -> list[Figure]:
    found = [f for f in figures if f.measure == "injured" and not f.earlier]
    return sorted(found, key=lambda f: f.start)


def _counts_the_shot(text: str, figure: Figure) -> bool:
    """ "Four teenagers were shot", "4 people shot", "he shot two people", "two shooting
    victims"; not "two others were shot"."""
    named = text[figure.start : figure.end]
    shot = (
        SHOT.match(text, figure.end) is not None
        or SHOT_BEFORE.search(text, max(0, figure.start - 12), figure.start) is not None
        or VICTIMS.match(text, figure.end) is not None
    )
    return shot and OTHERS.search(named) is None
