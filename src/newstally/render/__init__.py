"""Writers for each output format; `write_report` writes the ones asked for into a folder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from newstally.records import Report
from newstally.render.html import to_html
from newstally.render.json import to_json
from newstally.render.markdown import to_markdown

FORMATS: dict[str, tuple[str, Callable[[Report], str]]] = {
    "json": ("report.json", to_json),
    "md": ("report.md", to_markdown),
    "html": ("report.html", to_html),
}
DEFAULT_FORMATS = ("json", "md", "html")


def write_report(
    report: Report, out_dir: Path, formats: Iterable[str] = DEFAULT_FORMATS
) -> list[Path]:
    """Write `report` into `out_dir` (created if needed); return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in formats:
        filename, render = FORMATS[name]
        path = out_dir / filename
        path.write_text(render(report), encoding="utf-8")
        written.append(path)
    return written
