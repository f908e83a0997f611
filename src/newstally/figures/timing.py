"""When a figure was given (`as_of`: "said on Saturday") and the period it covers (`since`:
"since Thursday"), resolved against the published date by `newstally.dates.resolve`."""

from __future__ import annotations

import re
from dataclasses import replace

from newstally.dates import resolve
from newstally.records import Figure, Sentence

DAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December))"
)
SPEECH = r"(?:said|says|reported|told|added|announced|confirmed|stated)"
SAID_ON = re.compile(rf"{SPEECH}(?:\s+[\w’'-]+){{0,3}}?\s+(?P<when>(?:on\s+)?{DAY})\b")
ON_SAID = re.compile(
    rf"(?<![Ss]ince )(?<![Ss]ince last )(?P<when>(?:on\s+)?{DAY}),?"
    rf"(?:\s+[\w’'-]+){{0,8}}?\s+{SPEECH}\b"
)
CARRY = 2
SINCE = re.compile(rf"\b[Ss]ince\s+(?:last\s+)?{DAY}\b")


def stated_on(text: str, sentence: Sentence, published: str | None) -> str | None:
    """The date the figures of `sentence` were given, when it says so: "said on Saturday"
    first, then "on Saturday, the ministry said" (not "since Thursday, a monitor said")."""
    match = SAID_ON.search(text, sentence.start, sentence.end) or ON_SAID.search(
        text, sentence.start, sentence.end
    )
    return resolve(match.group("when"), published) if match else None


def counted_since(text: str, sentence: Sentence, published: str | None) -> str | None:
    """The start of the period the figures of `sentence` cover ("since Thursday")."""
    match = SINCE.search(text, sentence.start, sentence.end)
    return resolve(match.group(), published) if match else None


def carry_as_of(figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """A source's statement goes on past one sentence: a figure with no date of its own takes
    the `as_of` of the same source's figure just before it (CARRY figure sentences back)."""
    carried: list[Figure] = []
    last: dict[str, tuple[str, int]] = {}
    order = {start: n for n, start in enumerate(sorted({f.sentence_start or 0 for f in figures}))}
    for figure in figures:
        position = order[figure.sentence_start or 0]
        held = last.get(figure.attributed_to or "")
        if figure.as_of is None and held and position - held[1] <= CARRY and figure.attributed_to:
            figure = replace(figure, as_of=held[0])
        if figure.as_of is not None and figure.attributed_to:
            last[figure.attributed_to] = (figure.as_of, position)
        carried.append(figure)
    return tuple(carried)
