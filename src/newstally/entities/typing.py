"""Lone words no full name explains ("Apple", "Obama"), typed by spaCy's NER on a few of the
sentences they stand in: the parse runs only where the rules could not decide."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from newstally.entities.names import name_key
from newstally.records import Article, NameMention
from newstally.text import sentences

NER_TYPES = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
# A lone word is typed when it occurs this often in the corpus, from this many sentences.
MIN_OCCURRENCES = 2
SENTENCES_PER_WORD = 3


def _samples(
    articles: tuple[Article, ...], mentions: tuple[NameMention, ...], words: dict[str, int]
) -> list[tuple[str, str, int, int]]:
    """(word key, sentence text, start, end of the word in it) for a few uses of each word."""
    wanted = {word for word, count in words.items() if count >= MIN_OCCURRENCES}
    texts = {article.id: article.text for article in articles}
    taken: Counter[str] = Counter()
    samples = []
    bounds: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention in mentions:
        word = name_key(mention.text)
        if word not in wanted or taken[word] >= SENTENCES_PER_WORD or mention.type != "unknown":
            continue
        if mention.article not in bounds:
            text = texts[mention.article]
            bounds[mention.article] = [(s.start, s.end) for s in sentences(text)]
        start, end = next(
            (s for s in bounds[mention.article] if s[0] <= mention.start < s[1]),
            (mention.start, mention.end),
        )
        sentence = texts[mention.article][start:end]
        samples.append((word, sentence, mention.start - start, mention.end - start))
        taken[word] += 1
    return samples


def ner_types(
    articles: tuple[Article, ...],
    mentions: tuple[NameMention, ...],
    words: dict[str, int],
    nlp: Any,
) -> dict[str, str]:
    """Word key -> person, organisation, place or group, by the NER labels of its uses."""
    samples = _samples(articles, mentions, words)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    enabled = [name for name in ("tok2vec", "ner") if name in nlp.pipe_names]
    with nlp.select_pipes(enable=enabled):
        docs = nlp.pipe(sample[1] for sample in samples)
        for (word, _, start, end), doc in zip(samples, docs, strict=True):
            for entity in doc.ents:
                if entity.start_char < end and start < entity.end_char:
                    votes[word][NER_TYPES.get(entity.label_, "")] += 1
    return {word: kind for word, vote in votes.items() if (kind := vote.most_common(1)[0][0])}
