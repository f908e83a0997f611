"""The command line: thin, quiet when asked, one-line messages, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newstally.cli import app
from tests.conftest import EXAMPLES

runner = CliRunner()


def test_report_on_examples(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(EXAMPLES), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "5 articles" in result.output
    assert json.loads((tmp_path / "report.json").read_text())["articles"]


def test_quiet_prints_nothing(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(EXAMPLES), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_some_bad_inputs_still_exit_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "ok.txt").write_text("Two people died.")
    result = runner.invoke(app, ["report", str(tmp_path), "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 0
    assert "skipped" in result.stderr and "empty file" in result.stderr
    skipped = json.loads((tmp_path / "o" / "report.json").read_text())["skipped"]
    assert [s["reason"] for s in skipped] == ["empty file"]


def test_nothing_readable_exits_two_without_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(tmp_path / "missing.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "no articles read" in result.stderr and "no such file" in result.stderr


def test_unknown_format_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(EXAMPLES), "--out", str(tmp_path), "-f", "pdf"])
    assert result.exit_code == 2
    assert "unknown format pdf" in result.stderr


@pytest.mark.parametrize(
    "data",
    [b'{"id": "s1", "text": "Four people died."}\n', b"Four people died on Monday in a crash."],
)
def test_standard_input(tmp_path: Path, data: bytes) -> None:
    command = [sys.executable, "-m", "newstally", "report", "-", "--out", str(tmp_path), "-q"]
    done = subprocess.run(command, input=data, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "report.json").read_text())["articles"][0]["text"].strip()
