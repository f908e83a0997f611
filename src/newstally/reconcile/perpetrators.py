"""Who the articles say did the killing ("killed by Sunni gunmen", "executed by members of ...");
an event whose articles name different agents gets a `disputed_perpetrator` check.

The patterns are data (data/perpetrators.tsv): a trigger word, a connector ("by"), the agent's
phrase up to punctuation or a word that starts a new clause.
"""

from __future__ import annotations

import re
from importlib import resources

from rapidfuzz import fuzz

from newstally.clean import is_boilerplate
from newstally.records import ArticleReport, Check, Mention

# Agents this alike (rapidfuzz token-set ratio of their words) are one agent.
SAME_AGENT_RATIO = 85
# The longest agent phrase kept, in words.
MAX_AGENT_WORDS = 12


def _patterns() -> dict[str, str]:
    text = resources.files("newstally.reconcile").joinpath("data", "perpetrators.tsv")
    rows = (line.split("\t") for line in text.read_text("utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


PATTERNS = _patterns()
AGENT = re.compile(
    rf"\b(?:{PATTERNS['trigger']})\b(?P<between>[^.;:!?“”\"\n]{{0,60}}?)"
    rf"\b(?:{PATTERNS['connector']})\s+"
    r"(?P<agent>[^,.;:!?()“”\"\n]{2,120})",
    re.IGNORECASE,
)
BETWEEN = re.compile(rf"\b(?:{PATTERNS['between']})\b", re.IGNORECASE)
KILLING = re.compile(rf"\b(?:{PATTERNS['killing']})\b", re.IGNORECASE)
STOP = re.compile(rf"\s(?:{PATTERNS['stop']})\b.*", re.IGNORECASE | re.DOTALL)
NOT_AGENT = re.compile(rf"(?:the |a |an )?(?:{PATTERNS['not_agent']})\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n")
# How far back a sentence's start is looked for, in characters.
SENTENCE_REACH = 600
DETERMINER = re.compile(r"^(?:the|a|an|some|several)\s+", re.IGNORECASE)


def agents(item: ArticleReport) -> list[tuple[str, Mention]]:
    """(agent, the phrase from trigger to agent) for each killing the article attributes."""
    text, spans = item.article.text, item.article.boilerplate
    found = []
    for match in AGENT.finditer(text):
        agent = _trimmed(match.group("agent"))
        if not agent or BETWEEN.search(match.group("between")):
            continue
        end = match.start("agent") + len(agent)
        start_of, end_of = sentence_around(text, match.start())
        if KILLING.search(text, start_of, end_of) and not is_boilerplate(spans, match.start(), end):
            found.append((agent, Mention(item.article.id, match.start(), end)))
    return found


def sentence_around(text: str, position: int) -> tuple[int, int]:
    """The bounds of the sentence holding `position`: from the last sentence end before it (or
    line start) to the next one (a quick local cut, for a pattern's neighbourhood)."""
    window_start = max(0, position - SENTENCE_REACH)
    ends = list(SENTENCE_END.finditer(text, window_start, position))
    start = ends[-1].end() if ends else text.rfind("\n", 0, position) + 1
    after = SENTENCE_END.search(text, position)
    return start, after.start() + 1 if after else len(text)


def perpetrator_checks(
    items: tuple[ArticleReport, ...], event_ids: tuple[str | None, ...]
) -> list[Check]:
    """Per event, a check when its articles name more than one agent of the killing."""
    found = []
    for event in event_ids:
        named = [pair for item in items if item.event == event for pair in agents(item)]
        distinct = _distinct([agent for agent, _ in named])
        if len(distinct) > 1:
            detail = "who did the killing: " + "; ".join(f"“{a}”" for a in distinct)
            mentions = tuple(mention for _, mention in named)
            found.append(Check("disputed_perpetrator", "disputed", detail, (), mentions))
    return found


def _trimmed(phrase: str) -> str | None:
    agent = STOP.sub("", phrase).strip()
    words = agent.split()
    if not words or len(words) > MAX_AGENT_WORDS or NOT_AGENT.match(agent):
        return None
    return agent


def _distinct(names: list[str]) -> list[str]:
    kept: list[str] = []
    for name in names:
        if not any(_same_agent(name, other) for other in kept):
            kept.append(name)
    return kept


def _same_agent(first: str, second: str) -> bool:
    a, b = (DETERMINER.sub("", name).lower() for name in (first, second))
    return fuzz.token_set_ratio(a, b) >= SAME_AGENT_RATIO
