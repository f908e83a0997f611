"""Who did the killing, and the check when articles name different agents."""

from __future__ import annotations

from newstally.reconcile import reconcile
from newstally.reconcile.perpetrators import agents
from newstally.records import Article, ArticleReport, Event


def report(article_id: str, text: str) -> ArticleReport:
    return ArticleReport(article=Article(id=article_id, text=text), event="e1")


def names(text: str) -> list[str]:
    return [agent for agent, _ in agents(report("a", text))]


def test_killed_by_agent() -> None:
    assert names("Twelve villagers were killed by Sunni gunmen, residents said.") == [
        "Sunni gunmen"
    ]


def test_agent_after_a_long_object() -> None:
    text = "It included the killing of 745 civilians, mostly Alawites, by Sunni gunmen, and more."
    assert names(text) == ["Sunni gunmen"]


def test_agent_stops_at_a_new_clause() -> None:
    text = "It saw operations by Syrian security forces in rural areas, including field executions."
    assert names(text) == ["Syrian security forces"]


def test_carried_out_by_keeps_of_and_with() -> None:
    text = "They saw killings carried out by armed militants associated with the Turkistan group."
    assert names(text) == ["armed militants associated with the Turkistan group"]


def test_at_the_hands_of() -> None:
    assert names("Civilians faced executions at the hands of the army along the coast.") == [
        "the army"
    ]


def test_not_agents() -> None:
    assert names("Two people were killed by gunfire on Saturday.") == []
    assert names("He was shot by Saturday evening, police said.") == []
    assert names("The flood was caused by rain.") == []


def test_mention_quotes_the_phrase() -> None:
    text = "Two men were executed by members of the militia."
    ((_, mention),) = agents(report("a", text))
    assert text[mention.start : mention.end] == "executed by members of the militia"


def test_different_agents_are_disputed_alike_ones_are_not() -> None:
    items = (
        report("a", "Ten people were killed by Sunni gunmen."),
        report("b", "Ten people were executed by members of the security forces."),
        report("c", "Ten people were killed by the security forces."),
    )
    result = reconcile(items, (Event("e1", "t", ("a", "b", "c")),))
    (check,) = [c for c in result.checks if c.kind == "disputed_perpetrator"]
    assert "Sunni gunmen" in check.detail and check.detail.count("“") == 2
    assert len(check.mentions) == 3


def test_one_agent_is_no_dispute() -> None:
    items = (report("a", "Ten people were killed by Sunni gunmen."),)
    result = reconcile(items, (Event("e1", "t", ("a",)),))
    assert not result.checks
