"""Reconciliation on hand-made figures: claims, statuses, tolls, checks."""

from __future__ import annotations

from typing import Any

from newstally.reconcile import reconcile
from newstally.records import (
    Article,
    ArticleReport,
    Derivation,
    Event,
    Figure,
    Toll,
)


def fig(text: str, phrase: str, value: int, **fields: Any) -> Figure:
    start = text.index(phrase)
    fields.setdefault("measure", "killed")
    fields.setdefault("group", "people")
    return Figure(value=value, start=start, end=start + len(phrase), **fields)


def item(
    article_id: str,
    text: str,
    figures: list[tuple[str, int, dict[str, Any]]],
    published: str | None = None,
    toll: Toll | None = None,
    derived: str | None = None,
) -> ArticleReport:
    made = tuple(fig(text, phrase, value, **fields) for phrase, value, fields in figures)
    return ArticleReport(
        article=Article(id=article_id, text=text, published=published),
        figures=made,
        toll=toll or Toll(),
        derived_from=Derivation(derived, None, "copy") if derived else None,
        event="e1",
    )


def run(*items: ArticleReport) -> Any:
    event = Event(id="e1", title="t", articles=tuple(i.article.id for i in items))
    return reconcile(tuple(items), (event,))


SOHR = "Syrian Observatory for Human Rights"
A = "More than 1,000 people were killed, a war monitor said."
B = "The Syrian Observatory for Human Rights said 1,000 people died."
C = "The total death toll has risen to 524."


def test_same_claim_in_three_articles_is_one_claim_copies_count_once() -> None:
    result = run(
        item("a", A, [("1,000 people", 1000, {"qualifier": "more_than"})]),
        item("b", B, [("1,000 people", 1000, {"attributed_to": SOHR})]),
        item("c", B, [("1,000 people", 1000, {"attributed_to": SOHR})], derived="b"),
    )
    (claim,) = result.claims
    assert (claim.reports, claim.independent_reports) == (3, 2)
    assert claim.attributed_to == SOHR
    assert claim.qualifier in ("exact", "more_than")
    assert [m.article for m in claim.mentions] == ["a", "b", "c"]
    assert claim.status == "current"


def test_single_source_claim_says_so() -> None:
    result = run(item("a", C, [("524", 524, {"attributed_to": SOHR})]))
    assert result.claims[0].status == "single_source"


def test_later_figure_of_same_source_supersedes_undated_earlier() -> None:
    result = run(
        item("old", C, [("524", 524, {"attributed_to": SOHR})]),
        item("new", B, [("1,000 people", 1000, {"attributed_to": SOHR, "as_of": "2025-03-08"})]),
    )
    old, new = result.claims
    assert old.status == "superseded" and old.superseded_by == 1
    assert new.status == "single_source"


def test_unnamed_source_joins_the_named_timeline() -> None:
    result = run(
        item("old", C, [("524", 524, {"attributed_to": SOHR})]),
        item("new", A, [("1,000 people", 1000, {"qualifier": "more_than"})]),
    )
    assert result.claims[0].status == "superseded"


def test_dated_later_figure_supersedes_even_when_lower() -> None:
    text = "Police said 3 people were killed. Police now say 2 people were killed."
    result = run(
        item("a", text, [("3 people", 3, {"attributed_to": "Police", "as_of": "2017-04-08"})]),
        item("b", text, [("2 people", 2, {"attributed_to": "Police", "as_of": "2017-04-09"})]),
    )
    assert [c.status for c in result.claims] == ["superseded", "single_source"]


def test_explicit_earlier_count_is_superseded_in_the_same_article() -> None:
    text = "The toll rose to 12, up from 10."
    result = run(item("a", text, [("12", 12, {}), ("10", 10, {"earlier": True})]))
    assert [c.status for c in result.claims] == ["single_source", "superseded"]


def test_different_named_sources_same_day_are_disputed() -> None:
    text = "The ministry said 40 people were killed. Rebels said 90 people were killed."
    result = run(
        item(
            "a",
            text,
            [("40 people", 40, {"attributed_to": "Health Ministry", "as_of": "2020-01-02"})],
        ),
        item(
            "b",
            text,
            [("90 people", 90, {"attributed_to": "Rebel Council", "as_of": "2020-01-02"})],
        ),
    )
    assert [c.status for c in result.claims] == ["disputed", "disputed"]


def test_agreeing_bounds_are_not_disputed() -> None:
    text = "More than 1,000 were killed. 1,018 people were killed."
    result = run(
        item(
            "a", text, [("1,000", 1000, {"attributed_to": "Monitor A", "qualifier": "more_than"})]
        ),
        item("b", text, [("1,018 people", 1018, {"attributed_to": "Monitor B"})]),
    )
    assert "disputed" not in [c.status for c in result.claims]


def test_background_figures_stay_out_of_timelines() -> None:
    text = "Two people were killed. The war has killed 500,000 people."
    result = run(
        item(
            "a", text, [("Two people", 2, {}), ("500,000 people", 500000, {"scope": "background"})]
        )
    )
    assert [c.status for c in result.claims] == ["single_source", "background"]


def test_toll_best_is_the_most_corroborated_low_high_the_reliable_range() -> None:
    text = "Two people were killed and three injured."
    result = run(
        item(
            "a",
            text,
            [("Two people", 2, {})],
            toll=Toll(killed=2, injured=3),
            published="2017-04-08",
        ),
        item(
            "b",
            text,
            [("Two people", 2, {})],
            toll=Toll(killed=2, injured=3),
            published="2017-04-08",
        ),
        item("c", text, [("Two people", 2, {})], toll=Toll(killed=4), published="2017-04-09"),
    )
    toll = result.events[0].toll
    assert (toll.killed.best, toll.killed.low, toll.killed.high) == (2, 2, 2)
    assert toll.injured.best == 3


def test_toll_skips_an_article_reading_that_was_superseded() -> None:
    result = run(
        item("old", C, [("524", 524, {"attributed_to": SOHR})], toll=Toll(killed=524)),
        item("new", B, [("1,000 people", 1000, {"attributed_to": SOHR})], toll=Toll(killed=1000)),
    )
    assert result.events[0].toll.killed.best == 1000
    assert result.events[0].toll.killed.low == 1000


def test_toll_from_claims_when_no_article_reads_one() -> None:
    result = run(item("a", B, [("1,000 people", 1000, {"attributed_to": SOHR})]))
    assert result.events[0].toll.killed.best == 1000
    assert result.events[0].toll.injured.best is None


def test_parts_against_total_consistent() -> None:
    text = (
        "More than 1,000 people, including 745 civilians, were killed. "
        "125 members of the security forces and 148 fighters have been killed."
    )
    result = run(
        item(
            "a",
            text,
            [
                ("1,000 people", 1000, {"qualifier": "more_than"}),
                ("745 civilians", 745, {"group": "civilians"}),
                ("125 members", 125, {"group": "security_forces"}),
                ("148 fighters", 148, {"group": "fighters"}),
            ],
        )
    )
    (check,) = [c for c in result.checks if c.kind == "parts_total"]
    assert check.verdict == "consistent"
    assert "1018" in check.detail and "more than 1000" in check.detail
    assert sorted(result.claims[i].value for i in check.figures) == [125, 148, 745, 1000]


def test_exact_sum_of_parts() -> None:
    text = "213 fighters died: military personnel reaching 93 and 120 armed fighters."
    result = run(
        item(
            "a",
            text,
            [
                ("213 fighters", 213, {"group": "fighters"}),
                ("93", 93, {"group": "security_forces"}),
                ("120 armed fighters", 120, {"group": "fighters"}),
            ],
        )
    )
    (check,) = [c for c in result.checks if c.kind == "parts_sum"]
    assert check.verdict == "consistent" and "= 213" in check.detail


def test_parts_exceeding_exact_total_are_inconsistent() -> None:
    text = "10 people were killed: 8 civilians and 5 soldiers."
    result = run(
        item(
            "a",
            text,
            [
                ("10 people", 10, {}),
                ("8 civilians", 8, {"group": "civilians"}),
                ("5 soldiers", 5, {"group": "soldiers"}),
            ],
        )
    )
    (check,) = [c for c in result.checks if c.kind == "parts_total"]
    assert check.verdict == "inconsistent"


def test_more_children_than_dead_is_impossible() -> None:
    text = "Five people were killed, among them 7 children."
    result = run(
        item("a", text, [("Five people", 5, {}), ("7 children", 7, {"group": "children"})])
    )
    assert [c.verdict for c in result.checks if c.kind == "impossible"] == ["inconsistent"]


def test_one_figure_two_sources() -> None:
    result = run(
        item("a", B, [("1,000 people", 1000, {"attributed_to": SOHR})]),
        item("b", A, [("1,000 people", 1000, {"attributed_to": "Health Ministry"})]),
        item("c", A, [("1,000 people", 1000, {"attributed_to": "SOHR"})]),
    )
    (check,) = [c for c in result.checks if c.kind == "attribution"]
    assert "Health Ministry" in check.detail and check.figures == (0,)


def test_copies_repeat_one_check_once() -> None:
    text = "213 fighters died: 93 soldiers and 120 fighters."
    figures = [
        ("213 fighters", 213, {"group": "fighters"}),
        ("93", 93, {"group": "soldiers"}),
        ("120 fighters", 120, {"group": "fighters"}),
    ]
    result = run(item("a", text, figures), item("b", text, figures, derived="a"))
    (check,) = [c for c in result.checks if c.kind == "parts_sum"]
    assert {m.article for m in check.mentions} == {"a", "b"}


def test_two_counts_in_one_article_do_not_supersede_each_other() -> None:
    text = "At least one person was killed and three people were hurt."
    result = run(
        item("a", text, [("one person", 1, {"qualifier": "at_least"}), ("three people", 3, {})])
    )
    assert [c.status for c in result.claims] == ["single_source", "single_source"]


def test_toll_from_figures_when_the_article_gives_none() -> None:
    text = "A man, two women and a small child were killed. A man was killed."
    figures = [
        ("A man", 1, {"sentence_start": 0}),
        ("two women", 2, {"group": "women", "sentence_start": 0}),
        ("small child", 1, {"group": "children", "sentence_start": 0}),
    ]
    result = run(item("a", text, figures))
    assert result.events[0].toll.killed.best == 4


def test_shot_then_died_is_not_injured_too() -> None:
    text = "A woman was shot in her car. The woman died in hospital."
    figures = [
        ("A woman", 1, {"measure": "injured", "group": "women"}),
        ("The woman", 1, {"group": "women"}),
    ]
    toll = run(item("a", text, figures)).events[0].toll
    assert (toll.killed.best, toll.injured.best) == (1, None)


def test_a_worded_count_beats_a_bare_number() -> None:
    first = "Police said a man was killed on Main Street."
    second = "Rafael Smith, 34, was found dead on Main Street."
    result = run(
        item("a", first, [("a man", 1, {})], toll=Toll(killed=1), published="2016-03-10"),
        item("b", second, [("34", 34, {})], toll=Toll(killed=34), published="2016-03-10"),
    )
    assert result.events[0].toll.killed.best == 1


def test_same_day_counts_of_different_articles_do_not_supersede() -> None:
    text = "One person was killed. Three people were killed."
    result = run(
        item("a", text, [("One person", 1, {})], published="2016-02-20"),
        item("b", text, [("Three people", 3, {})], published="2016-02-20"),
    )
    assert "superseded" not in [c.status for c in result.claims]


def test_the_shot_who_died_later_count_once_as_killed() -> None:
    early = "A woman was shot inside a car."
    later = "The woman shot inside the car has died, police said."
    result = run(
        item("a", early, [("A woman", 1, {"measure": "injured"})], toll=Toll(injured=1)),
        item("b", later, [("The woman", 1, {"attributed_to": "police"})], toll=Toll(killed=1)),
    )
    toll = result.events[0].toll
    assert (toll.killed.best, toll.injured.best) == (1, 0)


def test_more_shot_than_dead_stay_injured() -> None:
    early = "Four people were shot outside a bar."
    later = "Two people were killed outside the bar, police said."
    result = run(
        item("a", early, [("Four people", 4, {"measure": "injured"})], toll=Toll(injured=4)),
        item("b", later, [("Two people", 2, {"attributed_to": "police"})], toll=Toll(killed=2)),
    )
    assert result.events[0].toll.injured.best == 4


def test_articles_silent_on_injured_outweigh_one_doubtful_count() -> None:
    told = "A teen was shot and killed on Main Street."
    result = run(
        item("a", told, [], toll=Toll(killed=1, injured=1), published="2016-12-21"),
        item("b", told, [], toll=Toll(killed=1), published="2016-12-21"),
    )
    toll = result.events[0].toll
    assert (toll.injured.best, toll.injured.low, toll.injured.high) == (0, 0, 1)


def test_more_hurt_than_dead_holds_against_as_much_silence() -> None:
    told = "One man was killed and three people were hurt at a bar."
    result = run(
        item("a", told, [], toll=Toll(killed=1, injured=3), published="2016-10-25"),
        item("b", told, [], toll=Toll(killed=1), published="2016-10-26"),
    )
    assert result.events[0].toll.injured.best == 3


def test_a_copy_silent_on_injured_is_not_another_voice() -> None:
    told = "A teen was shot and killed on Main Street."
    result = run(
        item("a", told, [], toll=Toll(killed=1, injured=1)),
        item("b", told, [], toll=Toll(killed=1), derived="a"),
    )
    assert result.events[0].toll.injured.best == 1


def test_a_copy_relays_its_originals_count_and_does_not_add_its_own() -> None:
    told = "Nine people were hurt in an early-morning shooting, one of them critically."
    result = run(
        item("a", told, [], toll=Toll(injured=9), published="2015-07-05"),
        item("b", told, [], toll=Toll(injured=1), published="2015-07-05", derived="a"),
    )
    assert result.events[0].toll.injured.best == 9


def test_reports_of_many_dead_silent_on_the_wounded_are_no_evidence_of_none() -> None:
    told = "Air strikes killed 70 people in the town, a monitor said."
    result = run(
        item("a", told, [], toll=Toll(killed=70, injured=400), published="2017-04-04"),
        item("b", told, [], toll=Toll(killed=70), published="2017-04-04"),
        item("c", told, [], toll=Toll(killed=72), published="2017-04-05"),
    )
    assert result.events[0].toll.injured.best == 400
