"""What the seed fact sheet (shared/gold/seeds.json) asks of quotes, checks and the summary."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

SHARAA_VARIANTS = (
    "an unforgivable mistake",
    "You attacked all Syrians and made an unforgivable mistake.",
    "You have attacked all Syrians, and by doing so, you have committed a grave, unforgivable sin.",
)


def texts(report: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: a["text"] for a in report["articles"]}


def test_one_speech_in_translations_is_one_quote(seed_report: dict[str, Any]) -> None:
    (quote,) = [q for q in seed_report["quotes"] if "unforgivable" in q["text"]]
    assert "shar" in quote["speaker"].lower()
    for variant in SHARAA_VARIANTS:
        assert any(variant in v for v in quote["variants"])
    assert {m["article"][:3] for m in quote["mentions"]} == {"000", "003", "004"}


def test_perpetrators_are_disputed(seed_report: dict[str, Any]) -> None:
    checks = [c for c in seed_report["checks"] if c["kind"] == "disputed_perpetrator"]
    detail = " ".join(c["detail"] for c in checks)
    for agent in ("Ministries of Defense", "Turkistan group", "security forces"):
        assert agent in detail
    event_of = {a["id"][:3]: a["event"] for a in seed_report["articles"]}
    if event_of["002"] == event_of["003"]:
        assert "Sunni gunmen" in detail
    phrases = [
        texts(seed_report)[m["article"]][m["start"] : m["end"]]
        for c in checks
        for m in c["mentions"]
    ]
    assert any("executed by members of the Syrian Ministries" in p for p in phrases)


def test_summary_is_cited_plain_and_without_repeats(seed_report: dict[str, Any]) -> None:
    summary, articles = seed_report["summary"], {a["id"]: a for a in seed_report["articles"]}
    assert 5 <= len(summary) <= 10
    for sentence in summary:
        mention = sentence["mentions"][0]
        article = articles[mention["article"]]
        assert article["text"][mention["start"] : mention["end"]] == sentence["text"]
        for span in article["boilerplate"]:
            assert span["end"] <= mention["start"] or mention["end"] <= span["start"]
    for i, first in enumerate(summary):
        for second in summary[i + 1 :]:
            assert fuzz.token_set_ratio(first["text"], second["text"]) < 70


def claim(report: dict[str, Any], group: str, value: int) -> dict[str, Any]:
    return next(
        c
        for c in report["figures"]
        if (c["measure"], c["group"], c["value"]) == ("killed", group, value)
    )


def test_earlier_sohr_counts_are_superseded(seed_report: dict[str, Any]) -> None:
    for (group, value), (later_group, later_value) in (
        (("people", 524), ("people", 1000)),
        (("civilians", 300), ("civilians", 745)),
    ):
        old = claim(seed_report, group, value)
        assert old["status"] == "superseded"
        new = seed_report["figures"][old["superseded_by"]]
        assert (new["group"], new["value"]) == (later_group, later_value)
        assert new["status"] in ("current", "single_source")


def test_745_civilians_is_one_claim_from_four_articles_three_independent(
    seed_report: dict[str, Any],
) -> None:
    civilians = claim(seed_report, "civilians", 745)
    assert (civilians["reports"], civilians["independent_reports"]) == (4, 3)
    assert civilians["attributed_to"] == "Syrian Observatory for Human Rights"
    assert civilians["as_of"] == "2025-03-08"


def test_arithmetic_checks(seed_report: dict[str, Any]) -> None:
    verdicts = {
        tuple(sorted(seed_report["figures"][i]["value"] for i in c["figures"])): c["verdict"]
        for c in seed_report["checks"]
        if c["kind"] in ("parts_total", "parts_sum")
    }
    assert verdicts[(125, 148, 745, 1000)] == "consistent"
    assert verdicts[(93, 120, 213)] == "consistent"
    assert verdicts[(213, 300, 524)] == "consistent"


def test_event_toll(seed_report: dict[str, Any]) -> None:
    (event,) = [e for e in seed_report["events"] if len(e["articles"]) == 5] or seed_report[
        "events"
    ][:1]
    assert event["toll"]["killed"]["best"] == 1000
