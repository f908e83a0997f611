"""Floors on the GVA dev event tolls; they only go up. Skips when ../shared/eval is absent."""

from __future__ import annotations

import pytest

from benchmarks.eval_gva import measure

# Measured 2026-11-21: killed 0.852, injured 0.760 (silence as weak evidence of no injured; ties
# to the lower count; event days and long template lines in grouping; local-news death phrases,
# house numbers, attackers and suspects left out, counted headlines, bare persons, people listed
# one by one, shot then died in one sentence, the dead taken out of a count of the shot); the
# floors sat at the targets. Then 363 / 328 of 420 = 0.864 / 0.781 (general rules for
# the extraction misses: denials after a relative clause, possessive persons, "and another
# injured", "took his own life", plural kin nouns, clock times, ages after "also"); then 366 / 333
# = 0.871 / 0.793 (lists of kin, "both victims", "taken to the hospital", people charged); then
# 366 / 336 = 0.871 / 0.800 (struck by gunfire, "one who died" in a count of the shot, suspects
# who flee); then 366 / 339 = 0.871 / 0.807 (a suspect who was shot, "sent ... to the
# hospital", kinds of people listed together add up); then 366 / 341 = 0.871 / 0.812 (a dash
# glued to "A child", someone else "also shot" in a later sentence).
FLOORS = {"killed": 0.871, "injured": 0.811}


def test_gva_toll_floors() -> None:
    measured = measure()
    if measured is None:
        pytest.skip("no GVA eval data")
    shares, _ = measured
    for name, floor in FLOORS.items():
        assert shares[name] >= floor, f"{name} {shares[name]:.3f} fell below {floor}"
