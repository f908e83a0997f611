"""Boilerplate is marked as spans with a kind, never cut."""

from __future__ import annotations

import pytest

from newstally.clean import mark_boilerplate
from newstally.read import build_article
from newstally.read.plain import parse_text


def kinds(text: str, title: str | None = None) -> dict[str, str]:
    return {text[s.start : s.end]: s.kind for s in mark_boilerplate(text, title)}


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Leave a Reply", "comment_form"),
        ("Your email address will not be published. Required fields are marked *", "comment_form"),
        ("Similar Posts", "related"),
        ("Read the original article here", "original_link"),
        ("Tags: Syria, Latakia, war", "tags"),
        ("Share this article", "share"),
    ],
)
def test_boilerplate_lines(line: str, kind: str) -> None:
    text = f"Ten people were killed on Monday.\n{line}\nMore text follows here."
    assert kinds(text) == {line: kind}


def test_inline_share_prompt() -> None:
    text = "28.04.2017) Get short URL 54015 According to media reports, two died."
    assert kinds(text) == {"Get short URL 54015": "share"}


def test_content_lines_are_not_boilerplate() -> None:
    text = "Share prices fell as twelve people were reported killed.\nTags were found on bodies."
    assert kinds(text) == {}


def test_repeated_title_marked_but_title_line_is_title() -> None:
    text = "Over 400 Killed Near Coast\n\nOver 400 Killed Near Coast\n\nBody text starts here."
    article = build_article(parse_text(text, "t"), "t.txt")
    marked = [(s.kind, s.start) for s in article.boilerplate]
    assert marked == [("title", 0), ("repeated_title", 28)]
    assert article.text == text


def test_title_field_repeated_in_jsonl_text() -> None:
    text = "Wed 05 Apr 2017 Bus crash kills twelve people. Twelve people died."
    spans = mark_boilerplate(text, "Bus crash kills twelve people")
    assert [(text[s.start : s.end], s.kind) for s in spans] == [
        ("Bus crash kills twelve people.", "repeated_title")
    ]
