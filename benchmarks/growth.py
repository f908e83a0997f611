"""How the copies and events stage grows: 10k and 100k articles, time and peak memory.

The dev corpora (GVA, ECB+, FA-KES) are replicated with perturbed text (words swapped for
others from the corpus, numbers redrawn, new ids, dates shifted by whole weeks) into a JSONL file
in a temporary folder (never committed). Each size runs in its own subprocess: it reads the
file into Article records directly (no reader, so the run is this stage's), then times
`find_copies` + `group_events` only; peak memory (ru_maxrss) is the whole process, articles
included. Usage: `python -m benchmarks.growth [--sizes 10000 100000]`.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.evaldata import ROOT, eval_dir_or_exit, read_jsonl

CORPORA = ("gva-articles.jsonl", "ecbplus-articles.jsonl", "fakes-articles.jsonl")
SWAPPED_SHARE = 0.1

RUN = """
import json, resource, sys, time
from dataclasses import replace
from newstally.copies import find_copies
from newstally.events import group_events
from newstally.records import ArticleReport
from newstally.records import Article
with open(sys.argv[1], encoding="utf-8") as lines:
    rows = (json.loads(line) for line in lines)
    items = tuple(ArticleReport(article=Article(id=r["id"], text=r["text"], title=r["title"],
                                                published=r["published"])) for r in rows)
read_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start, cpu = time.perf_counter(), time.process_time()
derivations = find_copies(items)
copies_seconds = time.perf_counter() - start
items = tuple(replace(i, derived_from=derivations.get(i.article.id)) for i in items)
events = group_events(items)
seconds = time.perf_counter() - start
cpu_seconds = time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"articles": len(items), "seconds": seconds, "cpu_seconds": cpu_seconds,
                  "copies_seconds": copies_seconds,
                  "derived": len(derivations), "events": len(events),
                  "read_mb": read_mb, "peak_mb": peak}))
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    sizes = parser.parse_args().sizes
    folder = eval_dir_or_exit(*CORPORA)
    rows = [row for name in CORPORA for row in read_jsonl(folder / name)]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"grown-{size}.jsonl"
            write_grown(rows, size, path)
            result = measure(path)
            results.append(result)
            print(
                f"{result['articles']:>7} articles: {result['seconds']:7.1f} s "
                f"(CPU {result['cpu_seconds']:.1f} s) "
                f"(copies {result['copies_seconds']:.1f} s), peak {result['peak_mb']:.0f} MB "
                f"(after reading {result['read_mb']:.0f} MB); "
                f"{result['derived']} derived, {result['events']} events",
                flush=True,
            )
    for small, large in itertools.pairwise(results):
        ratio = large["seconds"] / small["seconds"]
        scale = large["articles"] / small["articles"]
        print(f"time x{ratio:.1f} for x{scale:.0f} articles")
    return 0


def write_grown(rows: list[dict[str, Any]], size: int, path: Path) -> None:
    """`size` perturbed replicas of `rows`, one JSON object per line."""
    chance = random.Random(size)
    vocabulary = [w for row in rows[:300] for w in row["text"].split()][:20_000]
    with path.open("w", encoding="utf-8") as out:
        for n in range(size):
            row = rows[n % len(rows)]
            replica = n // len(rows)
            out.write(json.dumps(_perturbed(row, replica, chance, vocabulary)) + "\n")


def _perturbed(
    row: dict[str, Any], replica: int, chance: random.Random, words: list[str]
) -> dict[str, Any]:
    text = row.get("text") or ""
    if replica:
        tokens = text.split(" ")
        for _ in range(int(len(tokens) * SWAPPED_SHARE)):
            tokens[chance.randrange(len(tokens))] = chance.choice(words)
        text = re.sub(
            r"\d+", lambda m: str(chance.randrange(1, 10 ** len(m.group()))), " ".join(tokens)
        )
    published = row.get("published") or "2016-01-01"
    shifted = date.fromisoformat(published[:10]) + timedelta(weeks=7 * replica)
    return {
        "id": f"{row['id']}-{replica}",
        "title": row.get("title"),
        "text": text,
        "published": shifted.isoformat(),
    }


def measure(path: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if done.returncode != 0:
        sys.exit(f"the run on {path.name} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


if __name__ == "__main__":
    sys.exit(main())
