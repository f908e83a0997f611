"""The human-readable outputs: HTML structure and links, Markdown, CSV, and hostile text."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path

from newstally.records import Report
from newstally.render import DEFAULT_FORMATS, write_report
from newstally.render.csv import EVENT_COLUMNS, FIGURE_COLUMNS, to_events_csv, to_figures_csv
from newstally.render.html import SCRIPT, to_html
from newstally.render.html.marks import nest
from newstally.render.markdown import to_markdown
from tests.render_sample import HOSTILE, WIRE, at, sample_report

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "p", "h1", "h2", "h3", "nav",
    "a", "main", "section", "ol", "ul", "li", "span", "div", "article", "table", "thead",
    "tbody", "tr", "th", "td", "code", "b", "figure", "figcaption", "blockquote", "svg", "line",
    "text", "polyline", "circle", "rect", "footer", "script", "sup", "defs", "marker", "path",
    "g",
}  # fmt: skip


class Page(HTMLParser):
    """Every tag with its attributes, and the text inside each <script>."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)

    def values(self, name: str) -> list[str]:
        return [attrs[name] or "" for _, attrs in self.tags if name in attrs]


def sample() -> Report:
    return sample_report()


# --- marking spans in the article text


def test_nest_marks_and_escapes() -> None:
    marks = [(0, 3, 2, "<i>", "<i>")]
    assert nest("a<b c", marks).replace("</span>", "</i>") == "<i>a&lt;b</i> c"


def test_nest_splits_a_crossing_span_into_a_continuation() -> None:
    marks = [(0, 4, 1, "<span A>", "<span a>"), (2, 6, 2, "<span B>", "<span b>")]
    assert nest("abcdefg", marks) == "<span A>ab<span B>cd</span></span><span b>ef</span>g"


def test_nest_keeps_text_whole_whatever_the_offsets() -> None:
    text = "one two three four"
    marks = [
        (s, e, r, f"<span {s}>", "<span c>") for s, e, r in ((0, 7, 0), (4, 13, 1), (8, 18, 2))
    ]
    html = nest(text, marks)
    assert re.sub(r"<[^>]+>", "", html) == text
    assert html.count("<span") == html.count("</span>")


# --- report.html


def test_every_fact_link_has_its_target() -> None:
    page = Page(to_html(sample()))
    ids = set(page.values("id"))
    links = {href[1:] for href in page.values("href") if href.startswith("#")}
    assert links <= ids
    start, end = at(WIRE, "745 civilians")
    assert f"a-1-{start}-{end}" in links


def test_figure_table_links_to_first_mention() -> None:
    html = to_html(sample())
    start, end = at(WIRE, "More than 1,000 people were killed")
    row = re.search(r'<tr id="claim-1">.*?</tr>', html)
    assert row and f'href="#a-1-{start}-{end}"' in row.group()
    assert "more than 1,000" in row.group() and "status-current" in row.group()
    assert row.group().endswith('<td><a href="#event-1">1</a></td></tr>')  # two events: a column


def test_superseded_figure_links_to_the_later_one() -> None:
    html = to_html(sample())
    row = re.search(r'<tr id="claim-3">.*?</tr>', html)
    assert (
        row and 'status-superseded">superseded</span> by <a href="#claim-2">#2</a>' in row.group()
    )


def test_marked_span_sits_in_its_highlightable_sentence() -> None:
    html = to_html(sample())
    start, end = at(WIRE, "745 civilians")
    sentence, _ = at(WIRE, "The Syrian Observatory")
    between = html[html.index(f'data-s="s-1-{sentence}"') : html.index(f'id="a-1-{start}-{end}"')]
    assert between.count("</span>") < between.count("<span")  # still inside the sentence


def test_toll_per_event_comes_first_after_summary() -> None:
    html = to_html(sample())
    order = [html.index(f'<section id="{key}">') for key in ("summary", "tolls", "figures")]
    assert order == sorted(order)
    assert (
        '<span class="big">1,000</span> killed</p><p class="spread">reports range 745–1,000' in html
    )
    assert "2 articles from 2 sources" in html and "1 article from 1 source" in html


def test_many_events_get_cards_for_the_largest_and_a_table_of_all() -> None:
    from dataclasses import replace

    from newstally.records import Event, EventToll, Range

    events = tuple(
        Event(f"e{n}", f"Event {n}", ("wire",), toll=EventToll(Range(n, n, n))) for n in range(9)
    )
    html = to_html(replace(sample(), events=events))
    cards = re.findall(r'<article class="card" id="event-(\d+)">', html)
    assert cards == ["9", "8", "7", "6", "5", "4"]  # largest toll first among equals
    assert "<h3>All events (9)</h3>" in html and '<tr id="event-1">' in html


def test_most_reported_event_comes_first_and_long_tables_fold() -> None:
    from dataclasses import replace

    from newstally.records import Event, EventToll, Range

    small = tuple(Event(f"e{n}", f"E{n}", ("wire",), toll=EventToll(Range(99))) for n in range(20))
    wide = Event("wide", "Wide", ("wire", "blog"), toll=EventToll(Range(5)))
    html = to_html(replace(sample(), events=(*small, wide)))
    assert re.findall(r'<article class="card" id="event-(\d+)">', html)[0] == "21"
    assert '<details class="fold"><summary>All events (21)</summary>' in html


def test_citations_name_each_article_once_in_order() -> None:
    html = to_html(sample())
    first = html[html.index('<ol class="summary">') : html.index("</li>")]
    start, end = at(WIRE, "More than 1,000 people were killed")
    assert re.findall(r'class="cite" href="([^"]+)"', first) == [f"#a-1-{start}-{end}"]


def test_citations_can_stop_after_a_few_articles() -> None:
    from newstally.render.html.parts import Citations

    report = sample()
    mentions = [m for claim in report.figures for m in claim.mentions]
    cited = Citations(report).cite(mentions, limit=2)
    assert re.findall(r'class="cite"[^>]*>(\d+)<', cited) == ["1", "2"]
    assert cited.endswith('<span class="more"> +1 more</span></span>')


def test_chart_plots_each_dated_claim() -> None:
    html = to_html(sample())
    chart = html[html.index('<section id="chart">') : html.index('<section id="checks">')]
    assert chart.count("<circle") == 4
    assert chart.count('class="legend"') == 2
    assert "<polyline" in chart


def test_chart_names_the_busiest_sources_and_greys_the_rest() -> None:
    from dataclasses import replace

    report = sample()
    claims = tuple(
        replace(report.figures[1], attributed_to=f"Source {n}", value=700 + n) for n in range(12)
    )
    html = to_html(replace(report, figures=claims))
    chart = html[html.index('<section id="chart">') : html.index('<section id="checks">')]
    assert chart.count('class="legend"') == 8 and "other sources" in chart
    assert chart.count("<circle") == 12 and chart.count('fill="#9aa3ae"') == 6


def _chart_section(html: str) -> str:
    return html[html.index('<section id="chart">') : html.index('<section id="checks">')]


def test_one_small_chart_per_event_the_main_first() -> None:
    chart = _chart_section(to_html(sample()))
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", chart)
    assert captions == [
        '<a href="#event-1">Event 1</a>: Coastal clashes',
        '<a href="#event-2">Event 2</a>: &lt;b&gt;Other&lt;/b&gt;',
    ]
    assert chart.count("<svg") == 2 and "more event" not in chart


def test_events_without_figures_get_no_chart_and_many_are_capped() -> None:
    from dataclasses import replace

    from newstally.records import Event

    report = sample()
    one = report.figures[0]
    events = tuple(Event(f"e{n}", f"Event number {n}", ("wire",)) for n in range(20))
    claims = tuple(replace(one, event=f"e{n}", value=n + 1) for n in range(15))
    chart = _chart_section(to_html(replace(report, events=events, figures=claims)))
    assert chart.count("<svg") == 12
    assert "3 more events with figures, not charted" in chart


def test_other_counts_are_hollow_dots_with_a_key() -> None:
    from dataclasses import replace

    report = sample()
    injured = replace(report.figures[0], measure="injured", value=40)
    chart = _chart_section(to_html(replace(report, figures=(*report.figures, injured))))
    assert 'fill="#fff" stroke=' in chart and "● killed ○ injured" in chart


def test_the_summary_names_its_event() -> None:
    from dataclasses import replace

    report = replace(sample(), summary_event="e1")
    html = to_html(report)
    assert 'Of <a href="#event-1">event 1</a>, the most reported of 2: Coastal clashes' in html
    assert "Of event 1, the most reported of 2: Coastal clashes." in to_markdown(report)
    assert 'Of <a href="#event-' not in to_html(sample())


def test_copies_listed_with_evidence() -> None:
    html = to_html(sample())
    assert '<a href="#article-2">[2] Blog</a> <span class="arrow" title="rewrite">→</span>' in html
    assert "same sentences, reworded" in html


def test_copy_graph_draws_each_copy_to_its_original() -> None:
    html = to_html(sample())
    graph = html[
        html.index('<figure class="graph">') : html.index(
            "</figure>", html.index('<figure class="graph">')
        )
    ]
    assert graph.count('<g class="node') == 4 and graph.count('class="edge"') == 2
    assert '<g class="node external">' in graph and "&lt;i&gt;elsewhere&lt;/i&gt;" in graph
    assert '<a href="#article-2"><g class="node">' in graph


def test_copy_graph_survives_a_cycle() -> None:
    from dataclasses import replace

    from newstally.records import Derivation

    report = sample()
    wire, blog, hostile = report.articles
    looped = replace(wire, derived_from=Derivation("blog", None, "loop"))
    html = to_html(replace(report, articles=(looped, blog, hostile)))
    graph = html[html.index('<figure class="graph">') :]
    assert graph.count('class="edge"') == 3 and '<a href="#article-1"><g class="node">' in graph


def test_empty_report_renders() -> None:
    from newstally.records import Article, ArticleReport

    report = Report(articles=(ArticleReport(Article("x", "Nothing here.")),))
    html = to_html(report)
    assert "No figures were reconciled." in html and "No dated figure to plot." in html
    assert to_markdown(report).startswith("# newstally fact sheet")


def test_out_of_range_offsets_are_not_linked() -> None:
    from dataclasses import replace

    from newstally.records import Mention

    report = sample()
    bad = replace(report.figures[0], mentions=(Mention("wire", 5, 10_000),))
    html = to_html(replace(report, figures=(bad,)))
    assert "a-1-5-10000" not in html


# --- hostile text


def test_hostile_text_is_shown_as_text() -> None:
    html = to_html(sample())
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "javascript:alert(3)" in html


def test_hostile_text_adds_no_tag_attribute_or_script() -> None:
    page = Page(to_html(sample()))
    assert {tag for tag, _ in page.tags} <= ALLOWED_TAGS
    assert page.scripts == [SCRIPT]
    names = {name for _, attrs in page.tags for name in attrs}
    assert not [name for name in names if name.startswith("on")]
    assert all(href.startswith(("#", "https://", "http://")) for href in page.values("href"))
    assert "javascript:alert(3)" not in page.values("href")


def test_page_loads_nothing_from_anywhere() -> None:
    from newstally.render.html import STYLE

    page = Page(to_html(sample()))
    assert not page.values("src") and not [t for t, _ in page.tags if t in ("link", "img")]
    assert "url(" not in STYLE and "@import" not in STYLE and "@font-face" not in STYLE


def test_content_security_policy_allows_only_the_page_itself() -> None:
    page = Page(to_html(sample()))
    policy = next(a["content"] for t, a in page.tags if a.get("http-equiv"))
    assert policy and "default-src 'none'" in policy and "unsafe-inline" not in policy


def test_markdown_escapes_hostile_text() -> None:
    md = to_markdown(sample())
    assert "<script" not in md and "<img" not in md and "<i>" not in md
    assert "&lt;script&gt;alert\\(1\\)" not in md  # article text itself is not in report.md
    assert "&lt;img src=x onerror=alert(2)&gt;" in md
    assert "javascript:" not in md
    assert "<https://example.org/wire?a=1&b=2>" in md


def test_markdown_escapes_markup() -> None:
    from newstally.render.markdown import escape

    assert escape("# *bold* [x](y) a|b") == "\\# \\*bold\\* \\[x\\](y) a\\|b"
    assert escape("1. not a list\nline") == "1\\. not a list line"


# --- CSV


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_figures_csv_one_row_per_claim() -> None:
    table = rows(to_figures_csv(sample()))
    assert list(table[0]) == list(FIGURE_COLUMNS)
    assert len(table) == 4
    first = table[0]
    assert (first["event_id"], first["measure"], first["value"], first["qualifier"]) == (
        "e1", "killed", "1000", "more_than",
    )  # fmt: skip
    assert first["source_text"] == "More than 1,000 people were killed"
    assert (first["source_office"], first["event_date"]) == ("The Wire", "2025-03-06")
    assert table[2]["superseded_by"] == "2" and table[2]["since"] == "2025-03-06"


def test_events_csv_best_low_high() -> None:
    table = rows(to_events_csv(sample()))
    assert list(table[0]) == list(EVENT_COLUMNS)
    first = table[0]
    assert (first["best"], first["low"], first["high"], first["injured_best"]) == (
        "1000", "745", "1000", "",
    )  # fmt: skip
    assert first["places"] == "Latakia;Tartus" and first["independent_articles"] == "1"


def test_events_csv_locates_the_event_by_its_place_entity() -> None:
    from dataclasses import replace

    from newstally.records import Entity

    report = sample()
    latakia = Entity("Latakia", "place", ("Lattakia",), lat=35.5, lon=35.8, country="SY")
    table = rows(to_events_csv(replace(report, entities=(*report.entities, latakia))))
    assert (table[0]["country"], table[0]["latitude"], table[0]["longitude"]) == (
        "SY",
        "35.5",
        "35.8",
    )
    assert table[1]["country"] == ""


def test_csv_cells_cannot_run_as_formulas() -> None:
    from dataclasses import replace

    report = sample()
    claim = replace(report.figures[0], attributed_to='=HYPERLINK("http://x")')
    table = rows(to_figures_csv(replace(report, figures=(claim,))))
    assert table[0]["attributed_to"] == '\'=HYPERLINK("http://x")'


# --- writing


def test_write_report_writes_every_default_format(tmp_path: Path) -> None:
    written = write_report(sample(), tmp_path)
    assert DEFAULT_FORMATS == ("json", "md", "html", "csv")
    assert sorted(p.name for p in written) == [
        "events.csv", "figures.csv", "report.html", "report.json", "report.md",
    ]  # fmt: skip
    assert HOSTILE not in (tmp_path / "report.html").read_text()


def test_unattributed_figure_shows_its_outlet() -> None:
    from dataclasses import replace

    report = sample()
    claim = replace(report.figures[0], attributed_to=None)
    html = to_html(replace(report, figures=(claim,)))
    assert '<span class="muted">per The Wire</span>' in html


def test_markdown_fact_sheet_tables() -> None:
    md = to_markdown(sample())
    assert "3 articles from 3 sources, 2 events, 4 reconciled figures, 1 input skipped." in md
    assert "| Coastal clashes | 2025-03-06 | Latakia, Tartus | 1,000 (745–1,000) | – |" in md
    assert "| 3 | at least 428 | killed | civilians | SOHR | 2025-03-07 | 2025-03-06 | " in md
    assert "superseded by #2 |" in md
    assert "- \\[2\\] is a rewrite of \\[1\\]: same sentences, reworded" in md
