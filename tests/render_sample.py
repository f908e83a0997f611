"""A small hand-made Report for the renderer tests: two outlets, a copy, and a hostile article."""

from __future__ import annotations

from newstally.records import (
    Article,
    ArticleReport,
    Check,
    Claim,
    Derivation,
    Entity,
    Event,
    EventToll,
    Figure,
    Mention,
    Quote,
    Range,
    Report,
    Skipped,
    Span,
    SummarySentence,
    TimeExpression,
    Toll,
)

WIRE = (
    "Clashes on the coast\n"
    "More than 1,000 people were killed in two days of clashes, a war monitor said on Saturday. "
    "The Syrian Observatory for Human Rights said 745 civilians were among the dead.\n"
    '"We will hold to account anyone who harmed civilians," President Ahmed al-Sharaa said.\n'
    "Read more: similar stories"
)
BLOG = (
    "Over 400 civilians lost near the coast\n"
    "At least 428 civilians were killed since Thursday, the Observatory said on Friday."
)
HOSTILE = (
    "<script>alert(1)</script> 3 people were killed <img src=x onerror=alert(1)> "
    'and a link <a href="javascript:alert(1)">here</a> " onmouseover="alert(1)'
)


def at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def figure(text: str, phrase: str, **fields: object) -> Figure:
    start, end = at(text, phrase)
    return Figure(start=start, end=end, **fields)  # type: ignore[arg-type]


def mention(article: str, text: str, phrase: str) -> Mention:
    return Mention(article, *at(text, phrase))


def sample_report() -> Report:
    wire = Article(
        "wire",
        WIRE,
        title="Clashes on the coast",
        source="The Wire",
        published="2025-03-08",
        url="https://example.org/wire?a=1&b=2",
        boilerplate=(Span(*at(WIRE, "Read more: similar stories"), "related"),),
    )
    blog = Article(
        "blog", BLOG, title="Over 400 civilians lost", source="Blog", published="2025-03-07"
    )
    hostile = Article(
        "evil<script>",
        HOSTILE,
        title="<script>alert('title')</script>",
        source="<img src=x onerror=alert(2)>",
        url="javascript:alert(3)",
        published="2025-03-09",
    )
    thousand = figure(
        WIRE,
        "More than 1,000 people were killed",
        measure="killed",
        group="people",
        value=1000,
        qualifier="more_than",
        attributed_to="SOHR",
        as_of="2025-03-08",
    )
    civilians = figure(
        WIRE,
        "745 civilians",
        measure="killed",
        group="civilians",
        value=745,
        attributed_to="SOHR",
        as_of="2025-03-08",
    )
    early = figure(
        BLOG,
        "At least 428 civilians were killed",
        measure="killed",
        group="civilians",
        value=428,
        qualifier="at_least",
        attributed_to="SOHR",
        as_of="2025-03-07",
        since="2025-03-06",
    )
    three = figure(HOSTILE, "3 people were killed", measure="killed", group="people", value=3)
    items = (
        ArticleReport(
            wire,
            (thousand, civilians),
            Toll(killed=1000, civilians=745),
            event="e1",
            dates=(TimeExpression("Saturday", "2025-03-08", *at(WIRE, "Saturday")),),
        ),
        ArticleReport(
            blog,
            (early,),
            Toll(killed=428, civilians=428),
            event="e1",
            derived_from=Derivation("wire", None, "same sentences, reworded"),
        ),
        ArticleReport(
            hostile,
            (three,),
            Toll(killed=3),
            event="e2<b>",
            derived_from=Derivation(None, "<i>elsewhere</i>", "<script>x</script>"),
        ),
    )
    claims = (
        Claim(
            "killed",
            "people",
            1000,
            (mention("wire", WIRE, "More than 1,000 people were killed"),),
            1,
            1,
            "current",
            qualifier="more_than",
            attributed_to="SOHR",
            as_of="2025-03-08",
            event="e1",
        ),
        Claim(
            "killed",
            "civilians",
            745,
            (mention("wire", WIRE, "745 civilians"),),
            1,
            1,
            "current",
            attributed_to="SOHR",
            as_of="2025-03-08",
            event="e1",
        ),
        Claim(
            "killed",
            "civilians",
            428,
            (mention("blog", BLOG, "At least 428 civilians were killed"),),
            1,
            1,
            "superseded",
            qualifier="at_least",
            attributed_to="SOHR",
            as_of="2025-03-07",
            since="2025-03-06",
            event="e1",
            superseded_by=1,
        ),
        Claim(
            "killed",
            "people",
            3,
            (mention("evil<script>", HOSTILE, "3 people were killed"),),
            1,
            1,
            "single_source",
            attributed_to="<script>alert(4)</script>",
            as_of="2025-03-09",
            event="e2<b>",
        ),
    )
    events = (
        Event(
            "e1",
            "Coastal clashes",
            ("wire", "blog"),
            "2025-03-06",
            ("Latakia", "Tartus"),
            EventToll(Range(1000, 745, 1000), Range(None, None, None)),
        ),
        Event(
            "e2<b>",
            "<b>Other</b>",
            ("evil<script>",),
            "2025-03-09",
            ("<script>",),
            EventToll(Range(3, 3, 3)),
        ),
    )
    return Report(
        articles=items,
        skipped=(Skipped("bad<script>.txt", "empty file"),),
        events=events,
        figures=claims,
        entities=(
            Entity(
                "Syrian Observatory for Human Rights",
                "organisation",
                ("the Observatory",),
                (
                    mention("wire", WIRE, "Syrian Observatory for Human Rights"),
                    mention("blog", BLOG, "the Observatory"),
                ),
            ),
            Entity(
                "<script>alert(5)</script>",
                "person",
                (),
                (mention("evil<script>", HOSTILE, "<script>alert(1)</script>"),),
            ),
        ),
        quotes=(
            Quote(
                "Ahmed al-Sharaa",
                "We will hold to account anyone who harmed civilians",
                mentions=(
                    mention("wire", WIRE, "We will hold to account anyone who harmed civilians"),
                ),
            ),
        ),
        checks=(
            Check(
                "parts_sum",
                "ok",
                "745 civilians within more than 1,000",
                (1, 0),
                (mention("wire", WIRE, "745 civilians"),),
            ),
        ),
        summary=(
            SummarySentence(
                "More than 1,000 people were killed, 745 of them civilians.",
                (
                    mention("wire", WIRE, "More than 1,000 people were killed"),
                    mention("wire", WIRE, "745 civilians"),
                ),
            ),
            SummarySentence(
                "<script>alert(6)</script>",
                (mention("evil<script>", HOSTILE, "3 people were killed"),),
            ),
        ),
    )
