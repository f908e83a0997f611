"""Floors on events grouped in the dev eval corpora; they only go up. Skips without the data."""

from __future__ import annotations

import pytest

from benchmarks.eval_events import measure

# Measured 2026-11-21: GVA F1 0.943 (event days in the date penalty, long template lines out),
# ECB+ F1 0.874.
FLOORS = {"GVA incidents": 0.94, "ECB+ subtopics": 0.865}


def test_event_grouping_floors() -> None:
    measured = measure()
    if measured is None:
        pytest.skip("no GVA / ECB+ eval data")
    for name, floor in FLOORS.items():
        f1 = measured[name][2]
        assert f1 >= floor, f"{name} B-cubed F1 {f1:.3f} fell below {floor}"
