"""JSON Lines (or a JSON array / object): one article per object.

Fields: `id`, `title`, `text` (or `content`, or `html`), `source`, `published` (or `date`), `url`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newstally.errors import InputError
from newstally.read.fields import ArticleFields
from newstally.read.html import parse_html

TEXT_FIELDS = ("text", "content", "body")
DATE_FIELDS = ("published", "date", "published_at", "pubdate")


def parse_lines(
    lines: Iterator[str], stem: str
) -> Iterator[tuple[int, ArticleFields | InputError]]:
    """(line number, fields or the error for that line) for each non-blank line."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield number, _parse_line(line, f"{stem}-{number}")


def parse_document(text: str, stem: str) -> Iterator[tuple[int, ArticleFields | InputError]]:
    """A `.json` file: an array of objects, one object, or JSON Lines after all."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        yield from parse_lines(iter(text.split("\n")), stem)
        return
    items = data if isinstance(data, list) else [data]
    for number, item in enumerate(items, start=1):
        yield number, _from_object(item, f"{stem}-{number}")


def _parse_line(line: str, default_id: str) -> ArticleFields | InputError:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(f"not JSON ({error.msg} at column {error.colno})")
    return _from_object(data, default_id)


def _from_object(data: Any, default_id: str) -> ArticleFields | InputError:
    if not isinstance(data, dict):
        return InputError("not a JSON object")
    article_id = str(data.get("id") or default_id)
    text = _first(data, TEXT_FIELDS)
    if not text and isinstance(data.get("html"), str):
        try:
            parsed = parse_html(data["html"], article_id)
        except InputError as error:
            return error
        return _with_object_metadata(parsed, data)
    if not text or not text.strip():
        return InputError("no text (none of: text, content, html)")
    return _with_object_metadata(ArticleFields(id=article_id, text=text), data)


def _with_object_metadata(fields: ArticleFields, data: dict[str, Any]) -> ArticleFields:
    return ArticleFields(
        id=fields.id,
        text=fields.text.replace("\r\n", "\n").replace("\r", "\n"),
        title=_first(data, ("title", "headline")) or fields.title,
        source=_first(data, ("source", "outlet", "sitename")) or fields.source,
        url=_first(data, ("url", "link")) or fields.url,
        published=_first(data, DATE_FIELDS) or fields.published,
    )


def _first(data: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = data.get(name)
        if isinstance(value, str | int | float) and str(value).strip():
            return str(value).strip()
    return None
