"""The renderers never fail, whatever the records hold: offsets out of range, ids that point
nowhere, copies in a loop, markup in every string."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
    SummarySentence,
)
from newstally.render.csv import to_csv
from newstally.render.html import to_html
from newstally.render.markdown import to_markdown
from tests.test_render import ALLOWED_TAGS, Page

IDS = st.sampled_from(["a", "b", "c", "<x>"])
WORDS = st.text(alphabet="ab <>&\"'=\n", max_size=12)
OFFSETS = st.integers(-3, 40)
INDEXES = st.lists(st.integers(-2, 6), max_size=2).map(tuple)
COUNTS = st.none() | st.integers(0, 5000)
DATES = st.none() | st.sampled_from(["2025-03-08", "2025-03", "2025", "nonsense", ""])

mentions = st.lists(st.builds(Mention, IDS, OFFSETS, OFFSETS), max_size=3).map(tuple)
figures = st.builds(
    Figure,
    measure=st.sampled_from(["killed", "injured", "odd"]),
    group=WORDS,
    value=st.integers(0, 5000),
    start=OFFSETS,
    end=OFFSETS,
    high=COUNTS,
    attributed_to=st.none() | WORDS,
    as_of=DATES,
)
articles = st.builds(
    ArticleReport,
    article=st.builds(
        Article, IDS, st.text(max_size=40), title=st.none() | WORDS, source=st.none() | WORDS,
        url=st.none() | st.sampled_from(["javascript:x", "https://e.org/<a>", "http://", "x"]),
        published=DATES,
    ),
    figures=st.lists(figures, max_size=3).map(tuple),
    derived_from=st.none() | st.builds(Derivation, st.none() | IDS, st.none() | WORDS, WORDS),
    event=st.none() | IDS,
)  # fmt: skip
claims = st.builds(
    Claim,
    measure=st.sampled_from(["killed", "injured"]),
    group=WORDS,
    value=st.integers(0, 5000),
    mentions=mentions,
    reports=st.integers(0, 3),
    independent_reports=st.integers(0, 3),
    status=WORDS,
    as_of=DATES,
    event=st.none() | IDS,
    superseded_by=st.none() | st.integers(-2, 5),
)
ranges = st.builds(Range, COUNTS, COUNTS, COUNTS)
quotes = st.builds(Quote, st.none() | WORDS, WORDS, mentions=mentions)
checks = st.builds(Check, WORDS, WORDS, WORDS, INDEXES, mentions)
reports = st.builds(
    Report,
    articles=st.lists(articles, min_size=1, max_size=4).map(tuple),
    events=st.lists(
        st.builds(Event, IDS, WORDS, st.lists(IDS, max_size=3).map(tuple), DATES,
                  st.lists(WORDS, max_size=2).map(tuple), st.builds(EventToll, ranges, ranges)),
        max_size=8,
    ).map(tuple),
    figures=st.lists(claims, max_size=4).map(tuple),
    entities=st.lists(st.builds(Entity, WORDS, WORDS, mentions=mentions), max_size=2).map(tuple),
    quotes=st.lists(quotes, max_size=2).map(tuple),
    checks=st.lists(checks, max_size=2).map(tuple),
    summary=st.lists(st.builds(SummarySentence, WORDS, mentions), max_size=2).map(tuple),
)  # fmt: skip


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports)
def test_any_report_renders_to_well_formed_safe_html(report: Report) -> None:
    page = Page(to_html(report))
    assert {tag for tag, _ in page.tags} <= ALLOWED_TAGS
    assert not [name for _, attrs in page.tags for name in attrs if name.startswith("on")]
    hrefs = page.values("href")
    assert all(href.startswith(("#", "https://", "http://")) for href in hrefs)
    assert len(page.scripts) == 1


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports)
def test_any_report_renders_to_markdown_and_csv(report: Report) -> None:
    md = to_markdown(report)
    assert "<script" not in md and "<img" not in md
    figures_csv, events_csv = to_csv(report)
    assert figures_csv.count("\n") >= len(report.figures) + 1
    assert events_csv.startswith("event_id,")
