"""report.json: schema, offsets, and what the seeds must show."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newstally
from newstally.records import Corpus
from newstally.render.json import to_dict
from tests.conftest import validate_report

SEED_000, SEED_003, SEED_004 = (
    "000_c4f3f6ebdf0162b6",
    "003_7572d7722ecfde8f",
    "004_29e37ea131323e8a",
)


def article(report: dict[str, Any], article_id: str) -> dict[str, Any]:
    return next(a for a in report["articles"] if a["id"] == article_id)


def marked(item: dict[str, Any]) -> dict[str, str]:
    return {item["text"][s["start"] : s["end"]].strip(): s["kind"] for s in item["boilerplate"]}


def test_seed_report_is_valid(seed_report: dict[str, Any]) -> None:
    validate_report(seed_report)
    assert len(seed_report["articles"]) == 5
    assert seed_report["generator"]["name"] == "newstally"


def test_seed_004_published_from_its_date_line(seed_report: dict[str, Any]) -> None:
    assert article(seed_report, SEED_004)["published"] == "2025-03-09"


def test_seed_000_source_from_original_source_line(seed_report: dict[str, Any]) -> None:
    assert article(seed_report, SEED_000)["source"] == "www.thenationalnews.com"


def test_seed_003_boilerplate(seed_report: dict[str, Any]) -> None:
    spans = marked(article(seed_report, SEED_003))
    assert spans["Similar Posts"] == "related"
    assert spans["Leave a Reply"] == "comment_form"
    assert spans["Your email address will not be published. Required fields are marked *"] == (
        "comment_form"
    )
    repeats = [text for text, kind in spans.items() if kind == "repeated_title"]
    assert repeats == [
        "Tragic Toll: Over 400 Civilians Tragically Lost Near Syria’s Coast Amid Ongoing Conflict"
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(min_size=1, max_size=300), min_size=1, max_size=4))
def test_generated_text_report_obeys_offsets(texts: list[str]) -> None:
    from newstally.read import build_article
    from newstally.read.plain import parse_text

    articles = tuple(
        build_article(parse_text(t, f"g{i}"), f"g{i}.txt") for i, t in enumerate(texts)
    )
    data = to_dict(newstally.analyze(Corpus(articles)))
    validate_report(json.loads(json.dumps(data)))


def test_report_written_to_folder(tmp_path: Path) -> None:
    newstally.report(["examples/syria-coast-2025-03"], tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "events.csv",
        "figures.csv",
        "report.html",
        "report.json",
        "report.md",
    ]
