"""When a figure was given (`as_of`: "said on Saturday") and the period it covers (`since`:
"since Thursday"), resolved against the published date by `newstally.dates.resolve`."""

from __future__ import annotations

import re

from newstally.dates import resolve
from newstally.records import Sentence

DAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December))"
)
SPEECH = r"(?:said|says|reported|told|added|announced|confirmed|stated)"
STATED = re.compile(
    rf"{SPEECH}(?:\s+[\w’'-]+){{0,3}}?\s+(?P<when>(?:on\s+)?{DAY})\b"
    rf"|(?P<before>(?:on\s+)?{DAY}),?(?:\s+[\w’'-]+){{0,8}}?\s+{SPEECH}\b"
)
SINCE = re.compile(rf"\bsince\s+(?:last\s+)?{DAY}\b")


def stated_on(text: str, sentence: Sentence, published: str | None) -> str | None:
    """The date the figures of `sentence` were given, when it says so."""
    match = STATED.search(text, sentence.start, sentence.end)
    if match is None:
        return None
    return resolve(match.group("when") or match.group("before"), published)


def counted_since(text: str, sentence: Sentence, published: str | None) -> str | None:
    """The start of the period the figures of `sentence` cover ("since Thursday")."""
    match = SINCE.search(text, sentence.start, sentence.end)
    return resolve(match.group(), published) if match else None
