"""Articles grouped into events, scored with B-cubed against GVA incidents and ECB+ subtopics.

Usage: python benchmarks/eval_events.py [--full]   (--full runs the whole pipeline first)
Skips cleanly when the eval folder (../shared/eval or $NEWSTALLY_EVAL) is absent.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import newstally
from newstally.copies import find_copies
from newstally.events import group_events
from newstally.records import ArticleReport, Event

EVAL = Path(
    os.environ.get("NEWSTALLY_EVAL", Path(__file__).resolve().parents[1].parent / "shared" / "eval")
)


def main() -> int:
    if not EVAL.is_dir():
        print(f"eval folder {EVAL} not found; skipping")
        return 0
    full = "--full" in sys.argv
    gva = {a: str(i["incident"]) for i in _rows("gva-incidents.jsonl") for a in i["articles"]}
    ecb = {d["doc_id"]: d["subtopic"] for d in _rows("ecbplus-docs.jsonl")}
    _score("GVA incidents", "gva-articles.jsonl", gva, full)
    _score("ECB+ subtopics", "ecbplus-articles.jsonl", ecb, full)
    return 0


def _score(name: str, file: str, gold: dict[str, str], full: bool) -> None:
    began = time.perf_counter()
    events = _events(EVAL / file, full)
    found = {a: event.id for event in events for a in event.articles}
    precision, recall, f1 = bcubed(found, gold)
    seconds = time.perf_counter() - began
    print(
        f"{name:16} articles {len(found):4}  events {len(events):4}"
        f" (gold {len(set(gold.values()))})"
        f"  B-cubed P {precision:.3f} R {recall:.3f} F1 {f1:.3f}  ({seconds:.1f} s)"
    )


def _events(path: Path, full: bool) -> tuple[Event, ...]:
    corpus = newstally.read([path])
    if full:
        return newstally.analyze(corpus).events
    items = tuple(ArticleReport(article=article) for article in corpus.articles)
    derivations = find_copies(items)
    items = tuple(replace(i, derived_from=derivations.get(i.article.id)) for i in items)
    return group_events(items)


def bcubed(found: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the items in `gold`."""
    found_members, gold_members = defaultdict(set), defaultdict(set)
    for item in gold:
        found_members[found.get(item, "missing:" + item)].add(item)
        gold_members[gold[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        mine = found_members[found.get(item, "missing:" + item)]
        theirs = gold_members[gold[item]]
        shared = len(mine & theirs)
        precision += shared / len(mine)
        recall += shared / len(theirs)
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall or 1)


def _rows(name: str) -> list[dict]:
    with open(EVAL / name, encoding="utf-8") as file:
        return [json.loads(line) for line in file]


if __name__ == "__main__":
    sys.exit(main())
