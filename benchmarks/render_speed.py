"""How long each output format takes to render, on the report of a real corpus (FA-KES articles).

The analysis runs once; then each renderer is timed over that same Report, and the size of what
it writes is shown. Usage: `python benchmarks/render_speed.py [--limit N]`. Figures go in the
README's Outputs section.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from itertools import islice
from pathlib import Path

import newstally
from benchmarks.evaldata import eval_dir_or_exit
from newstally.records import Corpus, Report
from newstally.render import FORMATS

CORPUS = "fakes-articles.jsonl"


def corpus(limit: int, folder: Path) -> Corpus:
    """The first `limit` articles, read as the command reads them."""
    source = eval_dir_or_exit(CORPUS) / CORPUS
    path = folder / CORPUS
    with source.open(encoding="utf-8") as lines:
        path.write_text("".join(islice(lines, limit)), encoding="utf-8")
    return newstally.read([str(path)])


def timed(report: Report) -> None:
    print(f"{'format':<8}{'seconds':>9}{'MB':>8}")
    for name, (_files, render) in FORMATS.items():
        start = time.perf_counter()
        contents = render(report)
        seconds = time.perf_counter() - start
        size = sum(len(text.encode("utf-8")) for text in contents) / 1e6
        print(f"{name:<8}{seconds:>9.2f}{size:>8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=500, help="the first N articles (500)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report = newstally.analyze(corpus(options.limit, Path(folder)))
    print(
        f"{len(report.articles)} articles, {len(report.figures)} reconciled figures, "
        f"{sum(len(item.figures) for item in report.articles)} figures, "
        f"{len(report.entities)} entities, {len(report.events)} events"
    )
    timed(report)


if __name__ == "__main__":
    main()
