"""newstally: reads a pile of crisis news articles and writes a sourced fact sheet.

import newstally
corpus = newstally.read(["articles/"])
report = newstally.analyze(corpus)
newstally.write_report(report, Path("report/"))
"""

from __future__ import annotations

__version__ = "0.1.0"

from collections.abc import Iterable
from pathlib import Path

from newstally.errors import InputError, NewstallyError, NoArticlesError
from newstally.pipeline import analyze
from newstally.read import OnSource, read
from newstally.records import Report
from newstally.render import DEFAULT_FORMATS, write_report


def report(
    paths: str | Iterable[str],
    out_dir: Path | None = None,
    formats: Iterable[str] = DEFAULT_FORMATS,
    on_source: OnSource | None = None,
) -> Report:
    """Read `paths`, analyse them and, when `out_dir` is given, write the report files there.

    Raises NoArticlesError when no input yielded an article (the report lists why).
    """
    corpus = read(paths, on_source=on_source)
    if not corpus.articles:
        reasons = "; ".join(f"{item.path}: {item.reason}" for item in corpus.skipped[:5])
        raise NoArticlesError(f"no articles read ({reasons or 'no inputs'})")
    result = analyze(corpus)
    if out_dir is not None:
        write_report(result, out_dir, formats)
    return result


__all__ = [
    "InputError",
    "NewstallyError",
    "NoArticlesError",
    "Report",
    "__version__",
    "analyze",
    "read",
    "report",
    "write_report",
]
