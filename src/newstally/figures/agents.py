"""Who did the harm, or was spared it, is no victim: a person right before an active verb
with an object ("a man shot his wife", "the boy then shot his sister"), right after "by" ("shot
by his friend"), or one the words deny was hurt ("was not hurt"). The verbs are the rows of
`data/agent_verbs.txt`."""

from __future__ import annotations

import re

from newstally.figures.terms import alternation, rows
from newstally.records import Figure, Sentence

VERBS = alternation(tuple(row[0] for row in rows("agent_verbs.txt")))
NOT_NAMES = alternation(tuple(row[0].title() for row in rows("not_objects.txt")))
ADVERBS = r"(?:allegedly|accidentally|then|later|reportedly|also|apparently|intentionally|fatally)"
OBJECT = (
    r"(?:the|a|an|his|her|their|its|him|them|another"
    rf"|(?!(?:{NOT_NAMES})\b)[A-Z][a-z]+)\b"
)
ACTIVE = re.compile(
    rf"\s+(?:{ADVERBS}\s+)*(?:{VERBS})(?:\s+and\s+(?:{VERBS}))?\s+(?-i:{OBJECT})", re.IGNORECASE
)
BY = re.compile(r"\bby\s+$", re.IGNORECASE)


NOT_HARMED = re.compile(
    r"(?:\s*,[^.;]{1,40}?,)?\s+(?:who\s+)?(?:(?:was|were|is|are|has been|have been|had been)"
    r"\s+(?:not|never)|wasn['’]t|weren['’]t|isn['’]t|aren['’]t)\b",
    re.IGNORECASE,
)


def is_spared(text: str, figure: Figure, sentence: Sentence) -> bool:
    """Whether the words after `figure` deny the harm: "another child was not killed"."""
    return NOT_HARMED.match(text, figure.end, sentence.end) is not None


def is_agent(text: str, figure: Figure, sentence: Sentence) -> bool:
    """Whether `figure` counts who shot or struck, not who was hurt."""
    if BY.search(text, max(sentence.start, figure.start - 4), figure.start):
        return True
    return ACTIVE.match(text, figure.end, sentence.end) is not None
