"""Shared test helpers: the example corpus, schema validation, offset checks."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "syria-coast-2025-03"
SCHEMA = json.loads(
    resources.files("newstally").joinpath("render/report.schema.json").read_text("utf-8")
)


def validate_report(data: dict[str, Any]) -> None:
    """Raise unless `data` matches the JSON Schema and every offset quotes its article."""
    jsonschema.validate(data, SCHEMA)
    texts = {article["id"]: article["text"] for article in data["articles"]}
    for article in data["articles"]:
        for item in article["boilerplate"] + article["figures"] + article.get("dates", []):
            assert 0 <= item["start"] <= item["end"] <= len(article["text"])
    for mention in all_mentions(data):
        assert mention["article"] in texts
        assert 0 <= mention["start"] < mention["end"] <= len(texts[mention["article"]])


def all_mentions(data: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for key in ("figures", "quotes", "summary", "entities"):
        for item in data.get(key, []):
            found.extend(item.get("mentions", []))
    return found


@pytest.fixture(scope="session")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """report.json of the example corpus, written once for the tests that read it."""
    import newstally

    out = tmp_path_factory.mktemp("seed-report")
    newstally.report([str(EXAMPLES)], out)
    return json.loads((out / "report.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def nlp() -> Any:
    """spaCy's English pipeline, loaded once for the whole test session."""
    from newstally.nlp import load

    return load(disable=("ner", "lemmatizer"))
