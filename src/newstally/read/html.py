"""HTML pages: the main text through trafilatura, with title, date and site name from the
page's metadata."""

from __future__ import annotations

import logging

import trafilatura

from newstally.errors import InputError
from newstally.read.fields import ArticleFields

# trafilatura logs its own warnings for odd pages; newstally reports skips itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def parse_html(html: str, article_id: str) -> ArticleFields:
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, favor_recall=True
    )
    text = getattr(document, "text", None) if document else None
    if not text or not text.strip():
        raise InputError("HTML page with no main text")
    return ArticleFields(
        id=article_id,
        text=text,
        title=_field(document, "title"),
        source=_field(document, "sitename") or _field(document, "hostname"),
        url=_field(document, "url"),
        published=_field(document, "date"),
    )


def _field(document: object, name: str) -> str | None:
    value = getattr(document, name, None)
    return str(value) if value else None
