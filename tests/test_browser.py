"""report.html in a real browser: headless Chromium (Debian's) driven by Playwright.

Skips when Chromium or Playwright is absent, except under CI (`CI` set), where it must run.
Screenshots go to pytest's tmp folder and, when NEWSTALLY_SCREENSHOTS names a folder, there too.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import newstally
from newstally.records import Event, EventToll, Range
from newstally.render import write_report
from tests.conftest import EXAMPLES
from tests.render_sample import WIRE, at, sample_report

CHROMIUM = Path(os.environ.get("NEWSTALLY_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
HIGHLIGHT = "rgb(255, 213, 79)"  # --mark in style.css


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the browser test: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    if not CHROMIUM.exists():
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def open_report(browser: Any, html: Path, events: list[str]) -> Any:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.on("dialog", lambda dialog: (events.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: events.append(str(error)))
    page.on(
        "request",
        lambda request: None if request.url.startswith("file:") else events.append(request.url),
    )
    page.goto(html.as_uri())
    return page


def save_screenshot(page: Any, folder: Path, name: str) -> Path:
    path = folder / name
    page.screenshot(path=str(path))
    wanted = os.environ.get("NEWSTALLY_SCREENSHOTS")
    if wanted:
        Path(wanted).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(wanted) / name)
    return path


def click_and_check(page: Any, link: Any) -> str:
    """Click a fact link; return the id of the span it targets once that span is highlighted."""
    target = link.get_attribute("href")[1:]
    link.click()
    page.wait_for_function(f"document.getElementById({target!r}).classList.contains('hl')")
    span = page.locator(f"[id='{target}']")
    assert span.evaluate("el => getComputedStyle(el).backgroundColor") == HIGHLIGHT
    assert page.evaluate("document.querySelector(':target').id") == target
    assert span.is_visible()
    return str(target)


def test_clicking_a_figure_highlights_its_sentence(browser: Any, tmp_path: Path) -> None:
    write_report(sample_report(), tmp_path, ["html"])
    events: list[str] = []
    page = open_report(browser, tmp_path / "report.html", events)
    target = click_and_check(page, page.locator("#claim-2 a.fact"))
    start, end = at(WIRE, "745 civilians")
    assert target == f"a-1-{start}-{end}"
    sentence = page.locator(f"[id='{target}']").locator("xpath=ancestor::*[@data-s][1]")
    assert "hl-s" in (sentence.get_attribute("class") or "")
    assert "Syrian Observatory" in sentence.inner_text()
    assert save_screenshot(page, tmp_path, "report-figure-clicked.png").stat().st_size > 10_000
    assert events == []  # the hostile article's script, onerror and javascript: never ran


def test_link_into_a_folded_table_opens_it(browser: Any, tmp_path: Path) -> None:
    report = sample_report()
    events = tuple(Event(f"e{n}", f"E{n}", ("wire",), toll=EventToll(Range(9))) for n in range(20))
    claim = replace(report.figures[0], event="e19")
    write_report(replace(report, events=events, figures=(claim,)), tmp_path, ["html"])
    page = open_report(browser, tmp_path / "report.html", [])
    row = page.locator("[id='event-20']")
    assert not row.is_visible()
    page.locator("#claim-1 a[href='#event-20']").click()
    page.wait_for_function("document.querySelector('details.fold').open")
    assert row.is_visible()


def test_seed_report_figure_click_highlights_its_sentence(browser: Any, tmp_path: Path) -> None:
    newstally.report([str(EXAMPLES)], tmp_path)
    events: list[str] = []
    page = open_report(browser, tmp_path / "report.html", events)
    assert page.locator("article.article").count() == 5
    save_screenshot(page, tmp_path, "seed-report.png")
    figure_links = page.locator("#figures a.fact")
    assert figure_links.count() > 0, "the seed report has reconciled figures"
    target = click_and_check(page, figure_links.first)
    sentence = page.locator(f"[id='{target}']").locator("xpath=ancestor::*[@data-s][1]")
    assert "hl-s" in (sentence.get_attribute("class") or "")
    save_screenshot(page, tmp_path, "seed-report-figure-clicked.png")
    assert events == []


def test_event_charts_sit_side_by_side_and_a_dot_leads_to_its_figure(
    browser: Any, tmp_path: Path
) -> None:
    write_report(sample_report(), tmp_path, ["html"])
    events: list[str] = []
    page = open_report(browser, tmp_path / "report.html", events)
    charts = page.locator("#chart figure.chart svg")
    assert charts.count() == 2
    first, second = charts.nth(0).bounding_box(), charts.nth(1).bounding_box()
    assert first["height"] > 100 and first["width"] < 700
    assert first["y"] == second["y"] and first["x"] < second["x"]
    page.locator("#chart figure.chart").first.scroll_into_view_if_needed()
    save_screenshot(page, tmp_path, "report-event-charts.png")
    page.locator("#chart a[href^='#claim-']").first.click()
    assert page.evaluate("document.querySelector(':target').id").startswith("claim-")
    assert events == []
