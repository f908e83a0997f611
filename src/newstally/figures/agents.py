"""Who did the harm, or was spared it, is no victim: a person right before an active verb
with an object ("a man shot his wife", "the boy then shot his sister", "man kills infant son"),
right after "by" ("shot by his friend"), a person accused of it ("a man charged with
killing"), or one the words deny was hurt ("was not hurt"). The verbs are the rows of
`data/agent_verbs.txt`, the other words those of `data/agents.tsv`."""

from __future__ import annotations

import re

from newstally.figures.terms import alternation, terms
from newstally.records import Figure, Sentence

VERBS = alternation(terms("agent_verbs.txt"))
NOT_NAMES = alternation(tuple(word.title() for word in terms("not_objects.txt")))
BARE = alternation(terms("agents.tsv", "object"))
ADVERBS = rf"(?:{alternation(terms('agents.tsv', 'adverb'))})"
OBJECT = (
    rf"(?:the|a|an|his|her|their|its|him|them|another|(?:infant\s+)?(?:{BARE})"
    rf"|(?!(?:{NOT_NAMES})\b)[A-Z][a-z]+)\b"
)
ACTIVE = re.compile(
    rf"\s+(?:{ADVERBS}\s+)*(?:{VERBS})(?:\s+and\s+(?:{VERBS}))?\s+(?-i:{OBJECT})", re.IGNORECASE
)
SUSPECT = re.compile(
    r"\s+(?:who\s+)?(?:(?:was|is|has been|had been)\s+)?"
    rf"(?:{alternation(terms('agents.tsv', 'accused'))})\s+(?:of|with|in|for)\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+)?(?:{alternation(terms('agents.tsv', 'crime'))})",
    re.IGNORECASE,
)
INVOLVED = re.compile(
    r"\s+(?:who\s+(?:were|was|are|is)\s+)?"
    rf"(?:{alternation(terms('agents.tsv', 'wanted'))})\s+(?:in|for)\b",
    re.IGNORECASE,
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
    if ACTIVE.match(text, figure.end, sentence.end) or INVOLVED.match(
        text, figure.end, sentence.end
    ):
        return True
    single = figure.value == 1 and not re.search(r"\d|\bone\b", figure.value_text or "")
    return single and SUSPECT.match(text, figure.end, sentence.end) is not None
