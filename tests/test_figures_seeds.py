"""The seed corpus read as an analyst reads it (../shared/gold/seeds.json, when present)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newstally
from newstally.dates import resolve
from newstally.figures import extract_figures
from newstally.records import Article, Figure
from tests.conftest import EXAMPLES, ROOT

SEEDS = ROOT.parent / "shared" / "gold" / "seeds.json"
# Where one article states the same figure more loosely than the seed (001: "approximately 745").
LOOSER = {("001_ebd97aad04843d63", 745): "about"}


@pytest.fixture(scope="module")
def seeds() -> dict[str, Any]:
    if not SEEDS.exists():
        pytest.skip(f"no seeds at {SEEDS}")
    return json.loads(SEEDS.read_text("utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def articles() -> dict[str, tuple[Article, tuple[Figure, ...]]]:
    corpus = newstally.read([str(EXAMPLES)])
    return {a.id: (a, extract_figures(a)) for a in corpus.articles}


def _names_source(text: str, source: str) -> bool:
    """Whether the article's text names the source at all (001 and 002 never do)."""
    return source.lower() in text.lower() or (
        source == "Syrian Observatory for Human Rights" and "Observatory" in text
    )


def test_every_seed_figure_is_found(seeds: dict[str, Any], articles: dict[str, Any]) -> None:
    for seed in seeds["figures"]:
        for article_id in seed["articles"]:
            article, found = articles[article_id]
            qualifier = LOOSER.get((article_id, seed["value"]), seed["qualifier"])
            same = [
                f
                for f in found
                if (f.measure, f.group, f.value, f.qualifier)
                == (seed["measure"], seed["group"], seed["value"], qualifier)
            ]
            assert same, f"{article_id}: {seed['value']} {seed['group']} not found"
            if _names_source(article.text, seed["attributed_to"]):
                assert seed["attributed_to"] in {f.attributed_to for f in same}, article_id


def test_not_figures_are_not_people(seeds: dict[str, Any], articles: dict[str, Any]) -> None:
    for article, found in articles.values():
        for item in seeds["not_figures"]:
            at = article.text.find(item["text"])
            while at >= 0:
                end = at + len(item["text"])
                assert not [f for f in found if f.start < end and at < f.end], item["text"]
                at = article.text.find(item["text"], end)


def test_as_of_in_004(seeds: dict[str, Any], articles: dict[str, Any]) -> None:
    if resolve("on Saturday", "2025-03-09") is None:
        pytest.skip("dates.resolve has not landed yet")
    _, found = articles["004_29e37ea131323e8a"]
    for seed in seeds["figures"]:
        if "004_29e37ea131323e8a" in seed["articles"]:
            same = [f for f in found if (f.group, f.value) == (seed["group"], seed["value"])]
            assert {f.as_of for f in same} == {"2025-03-08"}, seed["value"]
            if "since" in seed:
                assert {f.since for f in same} == {seed["since"]}, seed["value"]


def test_seed_tolls(articles: dict[str, Any]) -> None:
    article, found = articles["004_29e37ea131323e8a"]
    toll = newstally.figures.article_toll(article, found)
    assert (toll.killed, toll.civilians) == (1000, 745)


def test_seed_path_exists() -> None:
    assert Path(EXAMPLES).is_dir()
