"""What a reader finds in one input before metadata from the text fills the gaps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ArticleFields:
    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    # Where the title stands in `text`, when it was read from the text itself.
    title_span: tuple[int, int] | None = None
