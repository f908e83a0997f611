"""Readers: every input ends in `articles` or in `skipped`, with metadata from the text."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

import newstally
from newstally.read.decode import CONTROL
from newstally.read.plain import find_title


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_text_file_title_and_id(tmp_path: Path) -> None:
    write(tmp_path, "a1.txt", "Five killed in blast\n\nFive people were killed on Monday.\n")
    (article,) = newstally.read([str(tmp_path)]).articles
    assert article.id == "a1"
    assert article.title == "Five killed in blast"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Five killed in blast\nBody text.", "Five killed in blast"),
        ("# Five killed\nBody.", "Five killed"),
        ("A whole sentence that ends with a full stop.\nBody.", None),
        ("Only one line", None),
    ],
)
def test_title_looks_like_one(text: str, title: str | None) -> None:
    assert find_title(text) == title


def test_bom_and_crlf(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "\ufeffTitle here now\r\nBody line one.\r\nBody two.".encode())
    (article,) = newstally.read([str(tmp_path / "b.txt")]).articles
    assert "\r" not in article.text
    assert not article.text.startswith("\ufeff")
    assert article.warnings == ()


def test_cp1252_decoded_with_warning(tmp_path: Path) -> None:
    write(tmp_path, "c.txt", "The minister said \u201cno\u201d to talks.".encode("cp1252"))
    (article,) = newstally.read([str(tmp_path / "c.txt")]).articles
    assert "\u201cno\u201d" in article.text
    assert "cp1252" in article.warnings[0]


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "x1",
                "title": "T",
                "text": "Ten people died.",
                "source": "AFP",
                "date": "2020-01-02",
                "url": "http://e.x/1",
            }
        ),
        "{not json",
        json.dumps({"id": "x3", "title": "no text"}),
        "",
        json.dumps({"id": "x5", "content": "Two died."}),
    ]
    write(tmp_path, "feed.jsonl", "\n".join(lines))
    corpus = newstally.read([str(tmp_path / "feed.jsonl")])
    assert [a.id for a in corpus.articles] == ["x1", "x5"]
    first = corpus.articles[0]
    assert (first.source, first.published, first.url) == ("AFP", "2020-01-02", "http://e.x/1")
    assert [(s.line, s.reason.split(" ")[0]) for s in corpus.skipped] == [(2, "not"), (3, "no")]


def test_json_array(tmp_path: Path) -> None:
    write(
        tmp_path, "a.json", json.dumps([{"id": "j1", "text": "One."}, {"id": "j2", "text": "Two."}])
    )
    assert [a.id for a in newstally.read([str(tmp_path)]).articles] == ["j1", "j2"]


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    body = (
        "<p>" + "Twelve people were killed when a bus crashed on Monday, police said. " * 5 + "</p>"
    )
    page = (
        "<html><head><title>Bus crash kills twelve</title>"
        '<meta property="og:site_name" content="Daily Example">'
        '<meta property="article:published_time" content="2021-05-04"></head>'
        f"<body><nav>Home | About</nav><article><h1>Bus crash kills twelve</h1>{body}</article>"
        "</body></html>"
    )
    write(tmp_path, "page.html", page)
    (article,) = newstally.read([str(tmp_path)]).articles
    assert "Twelve people were killed" in article.text
    assert article.title == "Bus crash kills twelve"
    assert article.published == "2021-05-04"
    assert article.source == "Daily Example"


def test_duplicate_ids_made_unique(tmp_path: Path) -> None:
    write(tmp_path, "d.jsonl", '{"id": "a", "text": "One."}\n{"id": "a", "text": "Two."}\n')
    assert [a.id for a in newstally.read([str(tmp_path)]).articles] == ["a", "a-2"]


BAD_INPUTS = {
    "empty.txt": b"",
    "blank.txt": b"   \n\n",
    "binary.bin": bytes(range(256)) * 4,
    "controls.txt": b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 50,
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_file_is_skipped_with_reason(tmp_path: Path, name: str) -> None:
    write(tmp_path, name, BAD_INPUTS[name])
    write(tmp_path, "good.txt", "Three people were killed.")
    corpus = newstally.read([str(tmp_path)])
    assert [a.id for a in corpus.articles] == ["good"]
    (skip,) = corpus.skipped
    assert skip.path.endswith(name)
    assert skip.reason and "\n" not in skip.reason


def test_missing_path_is_skipped(tmp_path: Path) -> None:
    corpus = newstally.read([str(tmp_path / "nope.txt")])
    assert corpus.articles == ()
    assert "no such file" in corpus.skipped[0].reason


def test_huge_file_skipped_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.write(b"Many words here. " * 3_000_000)  # 51 MB
    corpus = newstally.read([str(path)])
    assert corpus.articles == ()
    assert "limit" in corpus.skipped[0].reason


def test_every_input_accounted_for(tmp_path: Path) -> None:
    for name, data in BAD_INPUTS.items():
        write(tmp_path, name, data)
    write(tmp_path, "ok.md", "# Heading words here\n\nText.")
    corpus = newstally.read([str(tmp_path), str(tmp_path / "missing")])
    assert len(corpus.articles) + len(corpus.skipped) == len(BAD_INPUTS) + 2


def test_jsonl_title_becomes_first_line(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "title": "Teen killed in shooting - WXYZ News 5", "text": "Police said."},
        {"id": "b", "title": "Two hurt in crash", "text": "Two hurt in crash. A car hit a tree."},
    ]
    write(tmp_path, "feed.jsonl", "\n".join(json.dumps(line) for line in lines))
    first, second = newstally.read([str(tmp_path / "feed.jsonl")]).articles
    assert first.text == "Teen killed in shooting\n\nPolice said."
    assert [(s.start, s.end, s.kind) for s in first.boilerplate] == [(0, 23, "title")]
    assert first.title == "Teen killed in shooting - WXYZ News 5"
    assert second.text == "Two hurt in crash. A car hit a tree."


def test_control_pattern_is_the_control_surrogate_and_private_use_categories() -> None:
    every = (chr(code) for code in range(0x110000))
    by_category = [c for c in every if unicodedata.category(c) in ("Cc", "Cs", "Co")]
    assert [c for c in by_category if c not in "\n\t"] == CONTROL.findall(
        "".join(chr(code) for code in range(0x110000))
    )
