"""The `newstally` command: parses arguments, calls the library, maps errors to exit codes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

import newstally
from newstally.errors import NewstallyError
from newstally.records import Report, Skipped
from newstally.render import DEFAULT_FORMATS, FORMATS

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
err = Console(stderr=True, soft_wrap=True)
out = Console()


@app.callback()
def _root() -> None:
    """newstally: a sourced fact sheet from a pile of crisis news articles."""


@app.command()
def report(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.")],
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for the report files.")
    ] = Path("report"),
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Comma-separated: json, md, html, csv.")
    ] = ",".join(DEFAULT_FORMATS),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Read articles and write report.json, .md, .html, figures.csv and events.csv into --out."""
    chosen = [name.strip() for name in formats.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in FORMATS]
    if unknown:
        _fail(f"unknown format {', '.join(unknown)} (choose from {', '.join(FORMATS)})", 2)
    with _progress(quiet) as advance:
        try:
            result = newstally.report(inputs, out_dir, chosen, on_source=advance)
        except NewstallyError as error:
            _fail(str(error), error.exit_code)
    _print_skipped(result.skipped)
    if not quiet:
        _print_summary(result, out_dir, chosen)


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[str], None] | None]:
    """A progress display on a terminal; nothing when quiet or when output is piped."""
    if quiet or not err.is_terminal:
        yield None
        return
    columns = (SpinnerColumn(), TextColumn("reading"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("read", total=None)
        yield lambda _name: progress.advance(task)


def _print_skipped(skipped: tuple[Skipped, ...]) -> None:
    for item in skipped:
        where = f"{item.path}:{item.line}" if item.line is not None else item.path
        err.print(f"skipped {where}: {item.reason}", markup=False, highlight=False)


def _print_summary(result: Report, out_dir: Path, formats: list[str]) -> None:
    table = Table(title=f"{len(result.articles)} articles, {len(result.skipped)} skipped")
    for column in ("article", "published", "source", "figures"):
        table.add_column(column)
    for item in result.articles[:30]:
        article = item.article
        table.add_row(
            article.id, article.published or "-", article.source or "-", str(len(item.figures))
        )
    out.print(table)
    written = ", ".join(str(out_dir / file) for name in formats for file in FORMATS[name][0])
    out.print(f"wrote {written}", markup=False, highlight=False)


def _fail(message: str, code: int) -> None:
    err.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(code)


def main() -> None:
    app()
