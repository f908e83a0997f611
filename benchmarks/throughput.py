"""Throughput and peak memory: `newstally report` against spaCy's full en_core_web_md pipeline.

Both run over the same texts (the GVA dev articles), each in its own subprocess so that peak
memory (ru_maxrss) is its own. CPU seconds (process time) are printed beside wall seconds, and
the load average after the runs: on a shared machine they tell a slow run from a slow program.
Usage: `python benchmarks/throughput.py [--limit N]`.
Figures go in the README.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.evaldata import ROOT, eval_dir_or_exit

CORPUS = "gva-articles.jsonl"

NEWSTALLY_RUN = """
import json, resource, sys, time
from pathlib import Path
import newstally
start, cpu = time.perf_counter(), time.process_time()
report = newstally.report([sys.argv[1]], Path(sys.argv[2]))
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
articles = len(report.articles)
print(json.dumps({"articles": articles, "seconds": seconds, "cpu": cpu, "peak_mb": peak}))
"""

SPACY_RUN = """
import json, resource, sys, time
from newstally import nlp, read
start, cpu = time.perf_counter(), time.process_time()
corpus = read([sys.argv[1]])
pipeline = nlp.load()
docs = sum(1 for _ in pipeline.pipe((a.text for a in corpus.articles), batch_size=32))
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"articles": docs, "seconds": seconds, "cpu": cpu, "peak_mb": peak}))
"""


def measure(script: str, *args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True, cwd=ROOT
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["per_second"] = result["articles"] / result["seconds"]
    return result


def limited_copy(source: Path, limit: int | None, folder: Path) -> Path:
    if limit is None:
        return source
    target = folder / source.name
    with source.open(encoding="utf-8") as lines:
        target.write_text("".join(line for _, line in zip(range(limit), lines, strict=False)))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    options = parser.parse_args()
    corpus = eval_dir_or_exit(CORPUS) / CORPUS
    with tempfile.TemporaryDirectory() as folder:
        path = limited_copy(corpus, options.limit, Path(folder))
        ours = measure(NEWSTALLY_RUN, str(path), str(Path(folder) / "report"))
        theirs = measure(SPACY_RUN, str(path))
    print(f"{'run':<34}{'articles':>9}{'seconds':>9}{'art/s':>8}{'CPU s':>7}{'peak MB':>9}")
    rows = (("newstally report (whole run)", ours), ("spaCy en_core_web_md, full", theirs))
    for name, row in rows:
        print(
            f"{name:<34}{row['articles']:>9.0f}{row['seconds']:>9.1f}"
            f"{row['per_second']:>8.1f}{row['cpu']:>7.1f}{row['peak_mb']:>9.0f}"
        )
    print(f"speed-up: {ours['per_second'] / theirs['per_second']:.1f}x")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (other runs slow both)")


if __name__ == "__main__":
    main()
