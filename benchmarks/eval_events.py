"""Articles grouped into events, scored with B-cubed against GVA incidents and ECB+ subtopics.

Usage: python -m benchmarks.eval_events [--full]   (--full runs the whole pipeline first)
Skips cleanly when the eval folder (../shared/eval or $NEWSTALLY_EVAL) is absent.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import newstally
from benchmarks.evaldata import EVAL_DIR, eval_dir_or_exit, read_jsonl
from newstally.copies import find_copies
from newstally.dates import find_dates
from newstally.events import group_events
from newstally.records import ArticleReport, Event

CORPORA = (
    "gva-articles.jsonl",
    "gva-incidents.jsonl",
    "ecbplus-articles.jsonl",
    "ecbplus-docs.jsonl",
)


def main() -> int:
    eval_dir_or_exit(*CORPORA)
    measured = measure("--full" in sys.argv)
    for name, (precision, recall, f1, events, seconds) in (measured or {}).items():
        print(
            f"{name:16} events {events:4}  B-cubed P {precision:.3f} R {recall:.3f}"
            f" F1 {f1:.3f}  ({seconds:.1f} s)"
        )
    return 0


def measure(full: bool = False) -> dict[str, tuple[float, float, float, int, float]] | None:
    """Per corpus: B-cubed precision, recall, F1, events found, seconds; None without data."""
    folder = EVAL_DIR
    if not all((folder / name).exists() for name in CORPORA):
        return None
    incidents = read_jsonl(folder / "gva-incidents.jsonl")
    gva = {a: str(i["incident"]) for i in incidents for a in i["articles"]}
    ecb = {d["doc_id"]: d["subtopic"] for d in read_jsonl(folder / "ecbplus-docs.jsonl")}
    return {
        "GVA incidents": _score(folder / "gva-articles.jsonl", gva, full),
        "ECB+ subtopics": _score(folder / "ecbplus-articles.jsonl", ecb, full),
    }


def _score(path: Path, gold: dict[str, str], full: bool) -> tuple[float, float, float, int, float]:
    began = time.perf_counter()
    events = _events(path, full)
    found = {a: event.id for event in events for a in event.articles}
    precision, recall, f1 = bcubed(found, gold)
    return precision, recall, f1, len(events), time.perf_counter() - began


def _events(path: Path, full: bool) -> tuple[Event, ...]:
    corpus = newstally.read([path])
    if full:
        return newstally.analyze(corpus).events
    items = tuple(ArticleReport(article=a, dates=find_dates(a)) for a in corpus.articles)
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


if __name__ == "__main__":
    sys.exit(main())
