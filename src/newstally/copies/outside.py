"""What an article's own text says about its original: a source line, a link, an agency byline.

The patterns are data (`data/outside.tsv`). An agency byline counts only when the article is
not the agency's own (its source or URL does not name the agency).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from newstally.records import Article


@dataclass(frozen=True, slots=True)
class Credit:
    """The original an article names: `name` (None when unnamed), why, and where it says so."""

    kind: str
    name: str | None
    evidence: str
    start: int
    end: int


def _load() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    rows = resources.files("newstally.copies").joinpath("data/outside.tsv").read_text("utf-8")
    found = []
    for row in rows.splitlines():
        if row.strip() and not row.startswith("#"):
            kind, evidence, pattern = row.split("\t")
            found.append((kind, evidence, re.compile(pattern, re.IGNORECASE | re.MULTILINE)))
    return tuple(found)


RULES = _load()


def credit(article: Article) -> Credit | None:
    """The first original `article` names, if any."""
    for kind, evidence, pattern in RULES:
        match = pattern.search(article.text)
        if match is None:
            continue
        name = match.groupdict().get("name")
        if kind == "agency_byline" and _own(article, name or ""):
            continue
        return Credit(kind, name, evidence, match.start(), match.end())
    return None


def outlet_key(name: str) -> str:
    """An outlet's name or web address reduced to letters: `www.thenationalnews.com` ->
    `thenationalnews`, `The National` -> `thenational`."""
    host = re.sub(r"^\s*(?:https?://)?(?:www\.)?", "", name.lower()).split("/")[0]
    if re.fullmatch(r"[\w.-]+\.[a-z]{2,}", host):
        host = host.rsplit(".", 1)[0]
    return re.sub(r"[^a-z0-9]", "", host)


def _own(article: Article, agency: str) -> bool:
    """True when the article's own source or URL is the agency itself."""
    key = outlet_key(agency)
    own = f"{article.source or ''} {article.url or ''}".lower()
    if article.source and outlet_key(article.source) == key and not _read_from_byline(article):
        return True
    return bool(key) and key in re.sub(r"[^a-z0-9]", "", own.replace(article.source or "", ""))


def _read_from_byline(article: Article) -> bool:
    """True when the reader took the article's source from the byline itself."""
    return any(span.kind == "source_line" for span in article.boilerplate)
