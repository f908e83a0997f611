"""Event tolls on GVA dev: each incident's killed / injured against its event's toll best.

Runs newstally on the GVA articles, maps each incident to the event holding most of its
articles, and compares that event's `toll.killed.best` / `toll.injured.best` with the
incident's counts (a null best matches 0, as the FA-KES scoring does). Prints the shares and
writes the misses, each with a cause, to benchmarks/out/gva-misses.tsv. Skips cleanly (exit 0)
when the eval folder is absent.

Causes: `split` (the incident's articles are spread over events), `no_reading` (no article of
the event reads a count), `extraction` (no article reads the right count), `reconciliation`
(some article reads it, the event's best is another).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newstally.reconcile.tolls import own_count

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(os.environ.get("NEWSTALLY_EVAL", ROOT.parent / "shared" / "eval"))
OUT_DIR = ROOT / "benchmarks" / "out"
MEASURES = ("killed", "injured")


def main() -> int:
    measured = measure()
    if measured is None:
        print(f"skipped: GVA evaluation data not found in {EVAL_DIR}")
        return 0
    shares, rows = measured
    for measure_name, share in shares.items():
        right = sum(row[f"{measure_name}_ok"] for row in rows)
        print(f"{measure_name}: best equals the incident's for {right}/{len(rows)} = {share:.1%}")
    misses = [row for row in rows if not (row["killed_ok"] and row["injured_ok"])]
    print("misses by cause:", dict(Counter(c for row in misses for c in row["causes"])))
    _write(misses)
    return 0


def measure() -> tuple[dict[str, float], list[dict[str, Any]]] | None:
    """Per measure the share of incidents whose event's best is right, and the rows; None
    without the eval data."""
    articles, incidents = EVAL_DIR / "gva-articles.jsonl", EVAL_DIR / "gva-incidents.jsonl"
    if not (articles.exists() and incidents.exists()):
        return None
    import newstally

    report = newstally.analyze(newstally.read([str(articles)]))
    rows = [_row(incident, report) for incident in _incidents(incidents)]
    shares = {m: sum(row[f"{m}_ok"] for row in rows) / len(rows) for m in MEASURES}
    return shares, rows


def _incidents(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def _row(incident: dict[str, Any], report: Any) -> dict[str, Any]:
    event_of = {item.article.id: item.event for item in report.articles}
    item_of = {item.article.id: item for item in report.articles}
    votes = Counter(event_of.get(a) for a in incident["articles"] if a in event_of)
    event_id = votes.most_common(1)[0][0] if votes else None
    event = next((e for e in report.events if e.id == event_id), None)
    row: dict[str, Any] = {"incident": incident["incident"], "event": event_id, "causes": []}
    for measure in MEASURES:
        best = getattr(event.toll, measure).best if event else None
        truth = incident[measure]
        readings = [_reading(item_of[a], measure) for a in (event.articles if event else ())]
        row[measure] = truth
        row[f"{measure}_best"] = best
        row[f"{measure}_ok"] = (best or 0) == truth
        row[f"{measure}_readings"] = readings
        if not row[f"{measure}_ok"]:
            row["causes"].append(_cause(measure, truth, readings, len(votes)))
    return row


def _reading(item: Any, measure: str) -> int | None:
    """The article's toll of `measure`, else the count reconciliation reads from its figures."""
    value = getattr(item.toll, measure)
    return own_count(item, measure) if value is None else value


def _cause(measure: str, truth: int, readings: list[int | None], events: int) -> str:
    if events > 1:
        return f"{measure}:split"
    if all(r is None for r in readings):
        return f"{measure}:no_reading"
    if truth not in readings and not (truth == 0 and None in readings):
        return f"{measure}:extraction"
    return f"{measure}:reconciliation"


def _write(misses: list[dict[str, Any]]) -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    columns = ["incident", "event", "causes", "killed", "killed_best", "killed_readings"]
    columns += ["injured", "injured_best", "injured_readings"]
    lines = ["\t".join(columns)]
    lines += ["\t".join(str(row[c]) for c in columns) for row in misses]
    (OUT_DIR / "gva-misses.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT_DIR / 'gva-misses.tsv'} ({len(misses)} misses)")


if __name__ == "__main__":
    sys.exit(main())
