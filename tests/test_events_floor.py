"""Floors on events grouped in the dev eval corpora; they only go up. Skips without the data."""

from __future__ import annotations

import pytest

from benchmarks.eval_events import measure

# Measured 2026-11-21: GVA F1 0.924, ECB+ F1 0.874; the floors are the targets.
FLOORS = {"GVA incidents": 0.90, "ECB+ subtopics": 0.80}


def test_event_grouping_floors() -> None:
    measured = measure()
    if measured is None:
        pytest.skip("no GVA / ECB+ eval data")
    for name, floor in FLOORS.items():
        f1 = measured[name][2]
        assert f1 >= floor, f"{name} B-cubed F1 {f1:.3f} fell below {floor}"
