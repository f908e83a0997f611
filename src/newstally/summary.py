"""The cited summary: sentences taken from the articles, each with its source offsets.

Extractive: every sentence is an article's `text[start:end]`, outside its boilerplate. A
sentence scores by the claims it carries (their independent reports, more for the latest
`as_of`, less for a superseded or disputed one), by how many other independent articles of its
event share its content words, by the names and time expressions it holds, and a little by
coming early. The best are kept greedily,
skipping near-repeats of one already kept and at most `PER_ARTICLE` from one article.

In a corpus of several events the summary is of the main event alone (`main_event`: the one
with most independent articles, then most articles, then the larger toll), so sentences of
unrelated events never mix; the report names it (`Report.summary_event`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import replace

from rapidfuzz import fuzz

from newstally.quotes import content_words
from newstally.reconcile.sources import independent_roots
from newstally.records import (
    ArticleReport,
    Claim,
    Event,
    Mention,
    Report,
    Sentence,
    Span,
    SummarySentence,
)
from newstally.text import sentences

LONGEST = 10
# Counts in a sentence; a sentence whose counts were all given already repeats a kept one.
NUMBER = re.compile(r"\d[\d,.]*\d|\d")
FIRST_PERSON = frozenset(["I", "we", "We", "my", "My", "our", "Our", "me", "us"])
PER_ARTICLE = 3
MIN_WORDS, MAX_WORDS = 6, 60
# A sentence this alike to a kept one (rapidfuzz token-set ratio) repeats it.
REPEAT_RATIO = 70
# ... or sharing this share of its content words with a kept one.
REPEAT_SHARE = 0.5
STATUS_WEIGHT = {"superseded": -1.0, "disputed": 0.5, "background": 0.0}
LATEST_BONUS = 1.0
CORROBORATION_WEIGHT = 2.0
# What a name or a time expression in a sentence adds (up to MAX_FACTS of them).
FACT_WEIGHT, MAX_FACTS = 0.25, 3
# A copy's or rewrite's sentence counts for less than its original's.
COPY_FACTOR = 0.8
# (score, article id, sentence, content words, positions of its claims) of one sentence.
Candidate = tuple[float, str, Sentence, set[str], frozenset[int]]


def ranked_events(report: Report) -> tuple[Event, ...]:
    """The events, the main first: most independent articles, then most articles, then the
    larger toll (killed best, else high, else low), then the report's order."""
    roots = independent_roots(report.articles)

    def weight(event: Event) -> tuple[int, int, int]:
        independent = len({roots.get(article, article) for article in event.articles})
        killed = event.toll.killed
        toll = next((v for v in (killed.best, killed.high, killed.low) if v is not None), -1)
        return -independent, -len(event.articles), -toll

    return tuple(sorted(report.events, key=weight))


def main_event(report: Report) -> Event | None:
    """The event the summary is of: the one most independent articles report."""
    return next(iter(ranked_events(report)), None)


def summarise(report: Report) -> tuple[SummarySentence, ...]:
    """Up to `LONGEST` sentences from the main event's articles (all articles when there is no
    event), the best first, each cited."""
    main = main_event(report)
    if main is not None:
        report = replace(report, articles=tuple(_of_event(report.articles, main.id)))
    found = sorted(_candidates(report), key=lambda c: -c[0])
    text_of = {item.article.id: item.article.text for item in report.articles}
    kept: list[Candidate] = []
    for candidate in found:
        if len(kept) < LONGEST and _fits(candidate, kept, text_of):
            kept.append(candidate)
    return tuple(
        SummarySentence(text_of[article][s.start : s.end], (Mention(article, s.start, s.end),))
        for _, article, s, _, _ in kept
    )


def _of_event(items: tuple[ArticleReport, ...], event: str) -> Iterator[ArticleReport]:
    return (item for item in items if item.event == event)


def _candidates(report: Report) -> Iterator[Candidate]:
    ids = {item.article.id for item in report.articles}
    claim_at = {
        (m.article, m.start, m.end): i for i, c in enumerate(report.figures) for m in c.mentions
    }
    dated = (
        c.as_of for c in report.figures if c.as_of and any(m.article in ids for m in c.mentions)
    )
    latest = max(dated, default=None)
    roots = independent_roots(report.articles)
    vocab = _event_vocabularies(report.articles, roots)
    facts = _fact_starts(report)
    for item in report.articles:
        named = facts.get(item.article.id, [])
        root = roots[item.article.id]
        others = [words for r, words in vocab.get(item.event, {}).items() if r != root]
        for position, sentence in enumerate(content_sentences(item)):
            words = content_words(item.article.text[sentence.start : sentence.end])
            claims = _claims_in(item, sentence, claim_at)
            score = _claim_score([report.figures[i] for i in claims], latest)
            score += _shared(words, others) + 0.5 / (1 + position)
            score += FACT_WEIGHT * min(MAX_FACTS, _count_in(named, sentence))
            score *= COPY_FACTOR if item.derived_from else 1.0
            yield score, item.article.id, sentence, words, frozenset(claims)


def _fact_starts(report: Report) -> dict[str, list[int]]:
    """Per article, where names and time expressions start: the who, where and when."""
    starts: dict[str, list[int]] = {}
    for entity in report.entities:
        for mention in entity.mentions:
            starts.setdefault(mention.article, []).append(mention.start)
    for item in report.articles:
        starts.setdefault(item.article.id, []).extend(d.start for d in item.dates)
    return starts


def _count_in(starts: list[int], sentence: Sentence) -> int:
    return sum(sentence.start <= start < sentence.end for start in starts)


def content_sentences(item: ArticleReport) -> Iterator[Sentence]:
    """The article's sentences fit for a summary: outside boilerplate, plain statements."""
    text, spans = item.article.text, item.article.boilerplate
    for whole in sentences(text):
        sentence = _without_leading_boilerplate(text, whole, spans)
        piece = text[sentence.start : sentence.end]
        overlaps = any(s.start < sentence.end and sentence.start < s.end for s in spans)
        if not overlaps and MIN_WORDS <= len(piece.split()) <= MAX_WORDS and _plain(piece):
            yield sentence


def _without_leading_boilerplate(
    text: str, sentence: Sentence, spans: tuple[Span, ...]
) -> Sentence:
    """The sentence after a boilerplate span that opens it (" date 2025-03-09 More than ...")."""
    start = max((s.end for s in spans if s.start <= sentence.start < s.end), default=sentence.start)
    while start < sentence.end and text[start].isspace():
        start += 1
    return Sentence(start, sentence.end)


def _plain(piece: str) -> bool:
    """A statement: a full stop, no question, no bullet, no first person outside quotes."""
    if not piece.endswith((".", ".”", '."')) or "?" in piece or piece[0] in "•*-–":
        return False
    unquoted = piece.split("“")[0].split('"')[0]
    return not any(
        word in (" I ", " we ", " We ", " my ", " our ")
        for word in [f" {w} " for w in unquoted.split()]
    )


def _claims_in(
    item: ArticleReport, sentence: Sentence, claim_at: dict[tuple[str, int, int], int]
) -> list[int]:
    inside = (f for f in item.figures if sentence.start <= f.start and f.end <= sentence.end)
    found = (claim_at.get((item.article.id, f.start, f.end)) for f in inside)
    return [c for c in found if c is not None]


def _claim_score(claims: list[Claim], latest: str | None) -> float:
    score = 0.0
    for claim in claims:
        weight = STATUS_WEIGHT.get(claim.status, 1.0)
        score += weight * claim.independent_reports
        score += LATEST_BONUS if latest and claim.as_of == latest and weight > 0 else 0.0
    return score


def _event_vocabularies(
    items: tuple[ArticleReport, ...], roots: dict[str, str]
) -> dict[str | None, dict[str, set[str]]]:
    """Per event, per independent article group, the content words of its articles."""
    vocab: dict[str | None, dict[str, set[str]]] = {}
    for item in items:
        words = content_words(item.article.text)
        vocab.setdefault(item.event, {}).setdefault(roots[item.article.id], set()).update(words)
    return vocab


def _shared(words: set[str], others: list[set[str]]) -> float:
    """How far other independent articles of the event share the sentence's words."""
    if not words or not others:
        return 0.0
    shares = sum(len(words & other) / len(words) for other in others)
    return CORROBORATION_WEIGHT * shares / math.sqrt(len(others))


def _fits(candidate: Candidate, kept: list[Candidate], text_of: dict[str, str]) -> bool:
    """Not a repeat of a kept sentence (in wording, words, or by adding no new claim)."""
    _, article, sentence, words, claims = candidate
    if sum(k[1] == article for k in kept) >= PER_ARTICLE:
        return False
    if claims and claims <= frozenset().union(*(k[4] for k in kept)):
        return False
    text = text_of[article][sentence.start : sentence.end]
    numbers = set(NUMBER.findall(text))
    seen = {n for _, a, k, _, _ in kept for n in NUMBER.findall(text_of[a][k.start : k.end])}
    if numbers and numbers <= seen:
        return False
    for _, other_article, other, other_words, _ in kept:
        other_text = text_of[other_article][other.start : other.end]
        if fuzz.token_set_ratio(text, other_text) >= REPEAT_RATIO:
            return False
        if words and len(words & other_words) / len(words) >= REPEAT_SHARE:
            return False
    return True
