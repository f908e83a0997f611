"""Plain text and Markdown: the first line is the title when it looks like one."""

from __future__ import annotations

import re

from newstally.read.fields import ArticleFields

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
SENTENCE_END = re.compile(r"[.;:,]\s*$")


def parse_text(text: str, article_id: str) -> ArticleFields:
    title = find_title(text)
    if title is None:
        return ArticleFields(id=article_id, text=text)
    start = text.index(title)
    return ArticleFields(
        id=article_id, text=text, title=title, title_span=(start, start + len(title))
    )


def find_title(text: str) -> str | None:
    """The first non-empty line, when it is short, does not end like a sentence, and is
    followed by more text."""
    lines = text.lstrip().split("\n", 1)
    if len(lines) < 2 or not lines[1].strip():
        return None
    first = MARKDOWN_HEADING.sub("", lines[0]).strip()
    if not first or len(first) > MAX_TITLE_CHARS or len(first.split()) > MAX_TITLE_WORDS:
        return None
    if SENTENCE_END.search(first):
        return None
    return first
