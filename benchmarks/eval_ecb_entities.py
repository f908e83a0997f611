"""Entities on ECB+ dev: do named mentions of one real person, place or organisation end up in
one entity, across documents?

The gold mentions are ECB+'s named (capitalised) HUMAN_PART_PER (person), LOC_GEO and
HUMAN_PART_GPE (place) and HUMAN_PART_ORG (organisation) mentions; the gold entity is the
mention's cross-document chain (`instance_id`). `find_entities` runs over all 483 documents at
once; a gold mention belongs to the entity with a mention overlapping it (else it stands
alone). Scored with B-cubed precision, recall and F1, next to a baseline that merges mentions
with the same text. Also printed: the share of gold mentions covered by some entity.

    .venv/bin/python -m benchmarks.eval_ecb_entities [--ner]

With --ner, also scored with spaCy's NER typing the lone words the rules leave open.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from benchmarks.evaldata import eval_dir_or_exit, read_jsonl
from newstally import nlp
from newstally.entities import find_entities
from newstally.records import Article, Entity

KINDS = {
    "HUMAN_PART_PER": "person",
    "LOC_GEO": "place",
    "HUMAN_PART_GPE": "place",
    "HUMAN_PART_ORG": "organisation",
}


@dataclass(frozen=True)
class Gold:
    doc: str
    start: int
    end: int
    text: str
    kind: str
    instance: str


def _offsets(doc: dict[str, Any]) -> list[tuple[int, int]]:
    """(start, end) of each token (numbered from 1 across the document) in the text of the
    sentences joined by spaces."""
    spans = []
    position = 0
    for sentence in doc["sentences"]:
        for token in sentence["text"].split(" "):
            spans.append((position, position + len(token)))
            position += len(token) + 1
    return spans


def gold_mentions(doc: dict[str, Any]) -> Iterator[Gold]:
    spans = _offsets(doc)
    for mention in doc["mentions"]:
        kind = KINDS.get(mention["tag"])
        if kind is None or not mention.get("chains") or not mention["text"][:1].isupper():
            continue
        tokens = [spans[int(t) - 1] for t in mention["tokens"] if 0 < int(t) <= len(spans)]
        if not tokens:
            continue
        start, end = tokens[0][0], tokens[-1][1]
        yield Gold(doc["doc_id"], start, end, mention["text"], kind, mention["chains"][0])


def system_labels(golds: list[Gold], entities: tuple[Entity, ...]) -> list[str | None]:
    """Each gold mention's entity (by index), or None when no entity mention overlaps it."""
    by_doc: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for number, entity in enumerate(entities):
        for m in entity.mentions:
            by_doc[m.article].append((m.start, m.end, number))
    labels: list[str | None] = []
    for gold in golds:
        overlaps = [
            (min(end, gold.end) - max(start, gold.start), number)
            for start, end, number in by_doc[gold.doc]
            if start < gold.end and gold.start < end
        ]
        labels.append(str(max(overlaps)[1]) if overlaps else None)
    return labels


def bcubed(gold: list[str], system: list[str]) -> tuple[float, float, float]:
    by_gold: dict[str, set[int]] = defaultdict(set)
    by_system: dict[str, set[int]] = defaultdict(set)
    for index, (g, s) in enumerate(zip(gold, system, strict=True)):
        by_gold[g].add(index)
        by_system[s].add(index)
    precision = recall = 0.0
    for g, s in zip(gold, system, strict=True):
        both = len(by_gold[g] & by_system[s])
        precision += both / len(by_system[s])
        recall += both / len(by_gold[g])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def report(name: str, golds: list[Gold], system: list[str | None]) -> None:
    covered = sum(label is not None for label in system)
    filled = [label or f"alone{i}" for i, label in enumerate(system)]
    baseline = [f"{g.kind}:{g.text}" for g in golds]
    p, r, f = bcubed([g.instance for g in golds], filled)
    bp, br, bf = bcubed([g.instance for g in golds], baseline)
    found = [i for i, label in enumerate(system) if label is not None]
    fp, fr, ff = bcubed([golds[i].instance for i in found], [filled[i] for i in found])
    print(
        f"{name:13s} {len(golds):5d} mentions, covered {covered / len(golds):.3f}; "
        f"B3 P {p:.3f} R {r:.3f} F1 {f:.3f}; on those covered F1 {ff:.3f} (P {fp:.3f} R {fr:.3f})"
        f"; same-text baseline on gold spans F1 {bf:.3f} (P {bp:.3f} R {br:.3f})"
    )


def main() -> int:
    folder = eval_dir_or_exit("ecbplus-docs.jsonl", "ecbplus-articles.jsonl")
    golds = [g for doc in read_jsonl(folder / "ecbplus-docs.jsonl") for g in gold_mentions(doc)]
    rows = read_jsonl(folder / "ecbplus-articles.jsonl")
    articles = tuple(Article(id=row["id"], text=row["text"]) for row in rows)
    runs = [("rules", None)]
    if "--ner" in sys.argv:
        runs.append(("rules + NER for lone words", nlp.load()))
    for title, pipeline in runs:
        print(f"== {title}")
        system = system_labels(golds, find_entities(articles, pipeline))
        report("all", golds, system)
        for kind in ("person", "place", "organisation"):
            picked = [i for i, g in enumerate(golds) if g.kind == kind]
            report(kind, [golds[i] for i in picked], [system[i] for i in picked])
    return 0


if __name__ == "__main__":
    sys.exit(main())
