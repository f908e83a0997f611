"""Score the article tolls on the FA-KES development half (rules: ../shared/eval/README.md).

Runs the library path (`newstally.read` on the JSONL, then the pipeline's per-article
extraction), prints article_ok, killed_exact and the children share, the GDELT-style baseline,
and writes every miss grouped by cause to benchmarks/out/fakes-misses.md.
Exits 0 with a message when the eval folder is absent.

Every killed_exact miss on dev (51 at main 37bffbc, 0.877) is read by hand in
`benchmarks/fixtures/fakes_killed_review.tsv`: id, toll, label, one cause, a note. 47 are label
disagreements (one place or side coded, injured or affected coded as killed, another event or
a range's upper bound, duplicated texts coded differently); for the other 4 no general rule
tried wins more dev articles than it loses, so 0.90 is not reached without fitting the labels.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from newstally import read
from newstally.figures.parse import USES
from newstally.nlp import load as load_nlp
from newstally.pipeline import extract
from newstally.records import ArticleReport, Toll

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("NEWSTALLY_EVAL", ROOT.parent / "shared" / "eval"))
OUT = ROOT / "benchmarks" / "out"
KILL_WORD = re.compile(r"\b(?:killed|killing|dead|died|deaths|death toll)\b", re.IGNORECASE)
NUMBER = re.compile(r"\b\d+\b")


def matches(predicted: int | None, label: int) -> bool:
    """A 0 label matches null or 0."""
    return predicted == label or (label == 0 and predicted is None)


def scores(toll: Toll, label: dict[str, Any]) -> dict[str, bool]:
    """article_ok, killed_exact and children for one article."""
    civilians, fighters = label["civilians_killed"], label["noncivilians_killed"]
    reported = toll.civilians
    if reported is None and not toll.combatants:
        reported = toll.killed
    halves = [h for h in (civilians, fighters) if h]
    killed_ok = matches(toll.killed, civilians + fighters) or (
        len(halves) == 1 and toll.killed == halves[0]
    )
    return {
        "article_ok": matches(reported, civilians) and matches(toll.combatants, fighters),
        "killed_exact": killed_ok,
        "children": matches(toll.children, label["children_killed"]),
    }


def baseline_toll(text: str) -> Toll:
    """GDELT-style: the first number within three words of a kill word."""
    for kill in KILL_WORD.finditer(text):
        window = text[max(0, kill.start() - 30) : kill.end() + 30]
        number = NUMBER.search(window)
        if number:
            return Toll(killed=int(number.group()))
    return Toll()


def cause(item: ArticleReport, label: dict[str, Any]) -> str:
    """Why an article's toll missed, as one of a few coarse kinds."""
    toll, killed = item.toll, [f for f in item.figures if f.measure == "killed"]
    total = label["civilians_killed"] + label["noncivilians_killed"]
    values = {f.value for f in killed}
    if total == 0:
        return "label 0 but a toll was read"
    if not killed:
        return "no killed figure found"
    if toll.killed == total:
        return "total right, civilians/combatants split wrong"
    if total in values or label["civilians_killed"] in values:
        return "labelled figure found but another one chosen"
    return "labelled figure not found"


def evaluate(
    nlp: Any = None, uses: tuple[str, ...] = ()
) -> tuple[list[ArticleReport], dict[str, Any], float]:
    """Every FA-KES dev article through the pipeline's extraction, its label, the seconds taken.

    With `nlp`, the figures stage also parses its sentences for the readings in `uses`.
    """
    rows = [json.loads(line) for line in (EVAL / "fakes-labels.jsonl").open(encoding="utf-8")]
    started = time.perf_counter()
    articles = read([str(EVAL / "fakes-articles.jsonl")]).articles
    items = [extract(article, nlp, uses) for article in articles]
    seconds = time.perf_counter() - started
    # Ids repeat in the data (the reader suffixes them): labels pair with articles by line.
    labels = {item.article.id: row for item, row in zip(items, rows, strict=True)}
    return items, labels, seconds


def summarise(results: dict[str, dict[str, bool]], labels: dict[str, Any]) -> dict[str, float]:
    """The three scores; children over the articles with children among the dead."""
    with_children = [i for i in results if labels[i]["children_killed"] > 0]
    return {
        "article_ok": sum(r["article_ok"] for r in results.values()) / len(results),
        "killed_exact": sum(r["killed_exact"] for r in results.values()) / len(results),
        "children": sum(results[i]["children"] for i in with_children) / max(1, len(with_children)),
    }


def measure() -> dict[str, float]:
    """The scores of newstally on the dev half (for the floor test)."""
    items, labels, _ = evaluate()
    return summarise({i.article.id: scores(i.toll, labels[i.article.id]) for i in items}, labels)


def main() -> int:
    if not (EVAL / "fakes-articles.jsonl").exists():
        print(f"no FA-KES data at {EVAL}; skipping")
        return 0
    items, labels, seconds = evaluate()
    results = {item.article.id: scores(item.toll, labels[item.article.id]) for item in items}
    base = {
        i.article.id: scores(baseline_toll(i.article.text), labels[i.article.id]) for i in items
    }
    print(f"FA-KES dev: {len(items)} articles, read and extracted in {seconds:.1f} s")
    _print_row("newstally (patterns)", results, labels)
    _print_row("GDELT-style baseline", base, labels)
    if "--spacy" in sys.argv:
        _spacy_rows()
    _write_misses(items, results, labels)
    return 0


def _spacy_rows() -> None:
    """The same with each reading of spaCy's parse on the sentences with a figure."""
    nlp = load_nlp(disable=("ner", "lemmatizer"))
    for use in USES:
        items, labels, seconds = evaluate(nlp, (use,))
        found = {i.article.id: scores(i.toll, labels[i.article.id]) for i in items}
        _print_row(f"+ spaCy parse: {use}", found, labels, f"  ({seconds:.1f} s)")


def _print_row(
    name: str, results: dict[str, dict[str, bool]], labels: dict[str, Any], note: str = ""
) -> None:
    score = summarise(results, labels)
    with_children = sum(1 for i in results if labels[i]["children_killed"] > 0)
    print(f"{name:>24}: article_ok {score['article_ok']:.3f}  "
          f"killed_exact {score['killed_exact']:.3f}  "
          f"children {score['children']:.3f} (of {with_children}){note}")  # fmt: skip


def _write_misses(
    items: list[ArticleReport], results: dict[str, dict[str, bool]], labels: dict[str, Any]
) -> None:
    groups: dict[str, list[str]] = defaultdict(list)
    for item in items:
        label = labels[item.article.id]
        if not results[item.article.id]["article_ok"]:
            groups[cause(item, label)].append(_miss_row(item, label))
    OUT.mkdir(parents=True, exist_ok=True)
    lines = ["# FA-KES dev: article_ok misses by cause", ""]
    for name, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        lines += [f"## {name} ({len(rows)})", "", "| id | label c/n/ch | toll k/c/n/ch | figures |"]
        lines += ["|---|---|---|---|", *rows, ""]
        print(f"  miss: {name}: {len(rows)}")
    (OUT / "fakes-misses.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"misses written to {OUT / 'fakes-misses.md'}")


def _miss_row(item: ArticleReport, label: dict[str, Any]) -> str:
    toll = item.toll
    text = item.article.text
    figures = "; ".join(
        f"{f.measure} {f.group} {f.value}{'(bg)' if f.scope != 'event' else ''}: "
        f"{text[f.start : f.end]}" for f in item.figures[:8]
    )  # fmt: skip
    return (
        f"| {item.article.id} | {label['civilians_killed']}/{label['noncivilians_killed']}/"
        f"{label['children_killed']} | {toll.killed}/{toll.civilians}/{toll.combatants}/"
        f"{toll.children} | {figures.replace('|', '/')} |"
    )


if __name__ == "__main__":
    sys.exit(main())
