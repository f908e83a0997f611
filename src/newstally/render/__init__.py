"""Writers for each output format; `write_report` writes the ones asked for into a folder.

A format writes one or more files: FORMATS maps its name to (file names, render), and
`render(report)` returns the files' contents in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from newstally.records import Report
from newstally.render.csv import to_csv
from newstally.render.html import to_html
from newstally.render.json import to_json
from newstally.render.markdown import to_markdown

Render = Callable[[Report], tuple[str, ...]]
FORMATS: dict[str, tuple[tuple[str, ...], Render]] = {
    "json": (("report.json",), lambda report: (to_json(report),)),
    "md": (("report.md",), lambda report: (to_markdown(report),)),
    "html": (("report.html",), lambda report: (to_html(report),)),
    "csv": (("figures.csv", "events.csv"), to_csv),
}
DEFAULT_FORMATS = ("json", "md", "html", "csv")


def write_report(
    report: Report, out_dir: Path, formats: Iterable[str] = DEFAULT_FORMATS
) -> list[Path]:
    """Write `report` into `out_dir` (created if needed); return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in formats:
        filenames, render = FORMATS[name]
        for filename, content in zip(filenames, render(report), strict=True):
            path = out_dir / filename
            path.write_text(content, encoding="utf-8", newline="")
            written.append(path)
    return written
