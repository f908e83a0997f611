"""Organisations: acronyms read off names, company suffixes, plural nicknames, headlines."""

import os
from pathlib import Path

import pytest

from newstally.entities import find_entities
from newstally.entities.initials import initials, without_suffix
from newstally.entities.mentions import article_mentions
from newstally.records import Article, Entity

EVAL = Path(
    os.environ.get("NEWSTALLY_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)


def _entities(*texts: str) -> tuple[Entity, ...]:
    return find_entities(tuple(Article(id=f"a{i}", text=t) for i, t in enumerate(texts)))


def _holding(entities: tuple[Entity, ...], variant: str) -> Entity:
    return next(e for e in entities if variant in e.variants)


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Hewlett-Packard", "HP"),
        ("U.S. Geological Survey", "USGS"),
        ("Electronic Data Systems Corp.", "EDS"),
        ("Bank of England", "BE"),
        ("Apple", ""),
        ("the city council", ""),
    ],
)
def test_initials(name: str, letters: str) -> None:
    assert initials(name) == letters


def test_company_suffix_is_dropped() -> None:
    assert without_suffix("Acme Widgets Inc.") == "Acme Widgets"
    assert without_suffix("Ltd") == "Ltd"


def test_an_acronym_joins_the_name_it_abbreviates_in_its_article() -> None:
    entities = _entities("Hewlett-Packard bought a firm. HP said the deal closed on Friday.")
    company = _holding(entities, "HP")
    assert (company.name, company.type) == ("Hewlett-Packard", "organisation")
    assert len(company.mentions) == 2


def test_an_undefined_acronym_joins_the_one_name_with_its_initials_elsewhere() -> None:
    entities = _entities(
        "Electronic Data Systems Corp. told clients on Monday.", "EDS shares rose."
    )
    assert len(_holding(entities, "EDS").mentions) == 2


def test_a_name_with_a_company_suffix_is_the_bare_name() -> None:
    entities = _entities(
        "Orchard Computers Inc. opened a shop.", "Orchard Computers raised prices."
    )
    (company,) = entities
    assert (company.type, len(company.mentions)) == ("organisation", 2)


def test_a_lone_word_is_the_one_organisation_it_begins() -> None:
    entities = _entities("Zentrix Inc. makes chips.", "Analysts expect Zentrix to grow.")
    (company,) = entities
    assert len(company.mentions) == 2


def test_a_name_spelled_like_an_acronym_is_its_organisation() -> None:
    entities = _entities("The cable of SEACOM broke.", "Repairs to Seacom will take weeks.")
    assert len(_holding(entities, "Seacom").mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrels won again. Fans of the Kestrels cheered. Kestrels coach Ann Lee smiled.",
        "Kestrels Beat Falcons. The Kestrels beat the Falcons on Sunday.",
    ],
)
def test_a_plural_nickname_after_the_is_an_organisation(text: str) -> None:
    found = {(m.text, m.type) for m in article_mentions(Article("a", text))}
    assert ("Kestrels", "organisation") in found
    assert not any(" " in name and "Kestrels" in name for name, _ in found)


def test_a_place_and_a_nickname_are_one_team_the_nickname_alone_too() -> None:
    entities = _entities(
        "The Kansas City Chiefs lost. The Chiefs play again on Sunday.", "The Chiefs won."
    )
    chiefs = _holding(entities, "Kansas City Chiefs")
    assert (chiefs.type, len(chiefs.mentions)) == ("organisation", 3)


@pytest.mark.parametrize("text", ["The Syrians fled.", "The Alawites fled.", "The Forces left."])
def test_people_and_head_nouns_are_no_nicknames(text: str) -> None:
    assert all(
        m.type != "organisation" or m.text != text.split()[1]
        for m in article_mentions(Article("a", text))
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The deal with EYP Mission Critical Facilities Inc closed.",
            "EYP Mission Critical Facilities Inc",
        ),
        ("Data from the U.S. Geological Survey showed it.", "U.S. Geological Survey"),
        ("POLICE SHOOTING Springfield Police Department said", "Springfield Police Department"),
    ],
)
def test_an_acronym_leading_a_name_stays_a_headline_word_does_not(text: str, name: str) -> None:
    assert name in {m.text for m in article_mentions(Article("a", text))}


def test_ecb_entity_floors() -> None:
    if not (EVAL / "ecbplus-docs.jsonl").exists():
        pytest.skip("ECB+ eval data not found")
    from benchmarks.eval_ecb_entities import bcubed, gold_mentions, system_labels
    from benchmarks.evaldata import read_jsonl

    golds = [g for doc in read_jsonl(EVAL / "ecbplus-docs.jsonl") for g in gold_mentions(doc)]
    rows = read_jsonl(EVAL / "ecbplus-articles.jsonl")
    system = system_labels(golds, find_entities(tuple(Article(r["id"], r["text"]) for r in rows)))
    for kind, floor in (("person", 0.70), ("place", 0.75), ("organisation", 0.77)):
        picked = [i for i, g in enumerate(golds) if g.kind == kind]
        filled = [system[i] or f"alone{i}" for i in picked]
        assert bcubed([golds[i].instance for i in picked], filled)[2] >= floor, kind


def test_a_nickname_from_another_article_cuts_a_headline_run() -> None:
    entities = _entities(
        "The Kestrels won. The Falcons lost.", "Kestrels Top Falcons In Overtime Thriller"
    )
    kestrels = _holding(entities, "Kestrels")
    assert (kestrels.type, len(kestrels.mentions)) == ("organisation", 2)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Boats sailed up the Euphrates at dawn.", "Euphrates"),
        ("Henry Jackson was shot. The Jacksons' granddaughter was unhurt.", "Jacksons"),
        ("She studied at College of the Canyons until May.", "Canyons"),
    ],
)
def test_rivers_families_and_names_are_no_nicknames(text: str, word: str) -> None:
    assert not any(e.type == "organisation" and e.name == word for e in _entities(text))


def test_a_capitalised_the_inside_a_run_starts_a_new_name() -> None:
    found = {
        m.text for m in article_mentions(Article("a", "Into Playoffs The Harbor City Herald said"))
    }
    assert "Harbor City Herald" in found


def test_a_lone_nickname_is_no_person_of_that_last_name() -> None:
    entities = _entities("Mary Ann Kestrels spoke.", "The Kestrels won on Sunday.")
    assert _holding(entities, "Kestrels").type == "organisation"


def test_a_name_without_its_place_is_the_one_longer_name() -> None:
    entities = _entities("The Utah Mapping Survey said so.", "The Mapping Survey agreed.")
    assert len(_holding(entities, "Mapping Survey").mentions) == 2


def test_an_acronym_goes_to_the_name_its_initials_mostly_stand_for() -> None:
    entities = _entities(
        "Hewlett-Packard grew. HP hired.",
        "Hewlett-Packard shrank. HP fired.",
        "Hewlett-Packard hired. HP said so.",
        "The Harbor Post wrote it.",
        "HP cut prices.",
    )
    assert len(_holding(entities, "HP").mentions) == 7


def test_a_demonym_does_not_join_an_organisation_it_begins() -> None:
    entities = _entities("The Zorlan Monitoring Group said so.", "Zorlan troops advanced.")
    assert "Zorlan" not in _holding(entities, "Zorlan Monitoring Group").variants


def test_a_place_in_capitals_is_no_acronym() -> None:
    entities = _entities("Shelling hit HOMS on Monday.", "The Harbor Oil Marine Service said.")
    assert not any("HOMS" in e.variants and e.type == "organisation" for e in entities)


def test_a_plural_other_articles_write_in_lower_case_is_no_nickname() -> None:
    entities = _entities(
        "Officials thanked the Deputies on Monday.",
        "Two deputies were hurt.",
        "The deputies arrived late.",
    )
    assert not any(e.type == "organisation" for e in entities)
