"""Floors on the FA-KES dev scores; they only go up. Skips when ../shared/eval is absent."""

from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import ROOT

EVAL_SCRIPT = ROOT / "benchmarks" / "eval_fakes.py"
FLOORS = {"article_ok": 0.855, "killed_exact": 0.875, "children": 0.85}


def test_fakes_floors() -> None:
    spec = importlib.util.spec_from_file_location("eval_fakes", EVAL_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not (module.EVAL / "fakes-articles.jsonl").exists():
        pytest.skip("no FA-KES eval data")
    measured = module.measure()
    for name, floor in FLOORS.items():
        assert measured[name] >= floor, f"{name} {measured[name]:.3f} fell below {floor}"
