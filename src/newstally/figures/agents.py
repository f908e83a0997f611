"""Who did the harm, or was spared it, is no victim: a person right before an active verb
with an object ("a man shot his wife", "the boy then shot his sister", "man kills infant son"),
right after "by" ("shot by his friend"), a person accused of it ("a man charged with
killing"), or one the words deny was hurt ("was not hurt"). The verbs are the rows of
`data/agent_verbs.txt`, the other words those of `data/agents.tsv`."""

from __future__ import annotations

import re

from newstally.figures.terms import MEASURES, PLURAL, alternation, terms
from newstally.records import Figure, Sentence

VERBS = alternation(terms("agent_verbs.txt"))
NOT_NAMES = alternation(tuple(word.title() for word in terms("not_objects.txt")))
BARE = alternation(terms("agents.tsv", "object"))
NOUN = alternation(PLURAL)
COUNTED = rf"(?:\d+|{alternation(terms('agents.tsv', 'number'))})\s+(?:[a-z-]+\s+)?(?i:{NOUN})"
ADVERBS = rf"(?:{alternation(terms('agents.tsv', 'adverb'))})"
OBJECT = (
    rf"(?:the|a|an|his|her|their|its|him|them|another|(?:infant\s+)?(?:{BARE})"
    rf"|(?!(?:{NOT_NAMES})\b)[A-Z][a-z]+|\d{{1,3}}[\s-]+(?:year|month)s?[\s-]+old)\b"
)
_ACTIVE = (
    rf"\s+(?:who\s+)?(?:{ADVERBS}\s+)*(?:{VERBS})(?:\s+and\s+(?:{VERBS})|\s*,\s*(?:{VERBS}))?\s+"
)
ACTIVE = re.compile(rf"{_ACTIVE}(?-i:{OBJECT})", re.IGNORECASE)
# One attacker harms a counted object ("a man who gunned down four friends"); a count before
# a verb and a count ("8 persons killed 58 others injured") is a headline's two tallies.
ACTIVE_ON_COUNT = re.compile(rf"{_ACTIVE}(?-i:{COUNTED})\b", re.IGNORECASE)
SUSPECT = re.compile(
    r"\s+(?:who\s+)?(?:(?:was|is|has been|had been)\s+)?"
    rf"(?:{alternation(terms('agents.tsv', 'accused'))})\s+(?:of|with|in|for)\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+)?(?:{alternation(terms('agents.tsv', 'crime'))})",
    re.IGNORECASE,
)
_CRIME = rf"(?:[\w-]+\s+)?(?:{alternation(terms('agents.tsv', 'crime'))})"
ACCUSING_BEFORE = re.compile(
    rf"\b(?:{alternation(terms('agents.tsv', 'accusing'))})\s+(?:[^.;]{{0,60}}?\s+and\s+)?$",
    re.IGNORECASE,
)
CRIME_AFTER = re.compile(
    rf"[^.;]{{0,60}}?\b(?:with|of|for|in)\s+(?:the\s+)?{_CRIME}", re.IGNORECASE
)
ATTACKERS = frozenset(terms("agents.tsv", "attacker"))
GETAWAY = re.compile(rf"\s+(?:{alternation(terms('agents.tsv', 'getaway'))})\b", re.IGNORECASE)
INVOLVED = re.compile(
    r"\s+(?:who\s+(?:were|was|are|is)\s+)?"
    rf"(?:{alternation(terms('agents.tsv', 'wanted'))})\s+(?:in|for)\b",
    re.IGNORECASE,
)
BY = re.compile(r"\bby\s+$", re.IGNORECASE)


NOT_HARMED = re.compile(
    r"(?:\s*,[^.;]{1,40}?,)?\s+(?:who\s+)?(?:(?:was|were|is|are|has been|have been|had been)"
    r"\s+(?:not|never)|wasn['’]t|weren['’]t|isn['’]t|aren['’]t)\b"
    r"(?!\s+(?:seriously|critically|badly|severely|gravely|life))",
    re.IGNORECASE,
)
HARMED = r"(?:hurt|injured|wounded|struck|hit|shot)\b"
DENIED_LATER = re.compile(
    r"(?P<between>[^.;:!?]{1,100}?)\s+(?:(?:was|were)\s+(?:not|never)|wasn['’]t|weren['’]t)"
    rf"\s+{HARMED}",
    re.IGNORECASE,
)
NEITHER = re.compile(r"\b(?:neither|nor)\b[^.;:!?]{0,40}$", re.IGNORECASE)
HARMED_AFTER = re.compile(rf"[^.;:!?]{{0,60}}?\b(?:was|were)\s+{HARMED}", re.IGNORECASE)
OWN_PREDICATE = re.compile(
    r"(?P<subject>.*?)\s+(?:was|were)\s+[^,]{1,40}?\s+(?:but|and)", re.IGNORECASE | re.DOTALL
)
RELATIVE = re.compile(r"\b(?:who|that|which)\b", re.IGNORECASE)
FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had)\b", re.IGNORECASE)


def is_spared(text: str, figure: Figure, sentence: Sentence) -> bool:
    """Whether the words after `figure` deny the harm: "another child was not killed", "two
    men who were riding with her were not injured", "his other child in the car was not
    hurt" (nothing between says a harm, nor opens a clause of its own), "neither the boy nor
    his mother was hurt"."""
    if NOT_HARMED.match(text, figure.end, sentence.end) is not None:
        return True
    if NEITHER.search(text, max(sentence.start, figure.start - 60), figure.start):
        return HARMED_AFTER.match(text, figure.end, sentence.end) is not None  # "nor his mother"
    denied = DENIED_LATER.match(text, figure.end, sentence.end)
    return denied is not None and _only_describes(denied.group("between"))


def _only_describes(words: str) -> bool:
    """The words between a person and "was not hurt" only describe the person: no measure
    word, and no verb of another clause (one inside "who ..." is the person's, and so is one
    joined by "but": "were also home but were not injured")."""
    if MEASURES.search(words):
        return False
    own = OWN_PREDICATE.fullmatch(words)  # "were also home but were not hurt"
    words = own.group("subject") if own else words
    relative = RELATIVE.search(words)
    verb = FINITE.search(words)
    return verb is None or (relative is not None and relative.start() < verb.start())


def is_agent(text: str, figure: Figure, sentence: Sentence) -> bool:
    """Whether `figure` counts who shot or struck, not who was hurt."""
    if BY.search(text, max(sentence.start, figure.start - 4), figure.start):
        return True
    if ACTIVE.match(text, figure.end, sentence.end) or INVOLVED.match(
        text, figure.end, sentence.end
    ):
        return True
    noun = ((figure.group_text or "").lower().split() or [""])[-1]
    if noun in ATTACKERS and GETAWAY.match(text, figure.end, sentence.end):
        return True  # "2 suspects flee", "the gunmen fled"
    if ACCUSING_BEFORE.search(text, max(sentence.start, figure.start - 90), figure.start):
        return CRIME_AFTER.match(text, figure.end, sentence.end) is not None  # "charging X with"
    single = figure.value == 1 and not re.search(r"\d|\bone\b", figure.value_text or "")
    if single and ACTIVE_ON_COUNT.match(text, figure.end, sentence.end):
        return True
    return single and SUSPECT.match(text, figure.end, sentence.end) is not None
