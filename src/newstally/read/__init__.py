"""Read inputs into immutable Article records; every input ends in an article or a skip."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from newstally.clean import mark_boilerplate
from newstally.errors import InputError
from newstally.read.decode import decode
from newstally.read.fields import ArticleFields
from newstally.read.html import looks_like_html, parse_html
from newstally.read.inputs import MAX_JSONL_LINE_BYTES, Source, expand
from newstally.read.jsonl import parse_document, parse_lines
from newstally.read.metadata import find_published, find_source, normalise_date
from newstally.read.plain import parse_text
from newstally.records import Article, Corpus, Skipped, Span

JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".md", ".text")

Outcome = Article | Skipped
OnSource = Callable[[str], None]


def read(paths: str | Iterable[str], on_source: OnSource | None = None) -> Corpus:
    """Read every article under `paths` (files, folders, or `-` for standard input).

    `on_source` is called with each input's name as it is read (for progress display).
    """
    names = [paths] if isinstance(paths, str) else list(paths)
    articles: list[Article] = []
    skipped: list[Skipped] = []
    seen_ids: set[str] = set()
    for item in expand(names):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        if on_source:
            on_source(item.name)
        for outcome in read_source(item):
            if isinstance(outcome, Skipped):
                skipped.append(outcome)
            else:
                articles.append(_unique(outcome, seen_ids))
    return Corpus(tuple(articles), tuple(skipped))


def read_source(source: Source) -> Iterator[Outcome]:
    """The articles in one input, or the reasons its parts were skipped."""
    try:
        if source.suffix in JSONL_SUFFIXES and source.path is not None:
            yield from _read_jsonl(source)
            return
        decoded = decode(source.read_bytes())
    except InputError as error:
        yield Skipped(source.name, str(error))
        return
    except OSError as error:
        yield Skipped(source.name, f"cannot read: {error.strerror or error}")
        return
    warnings = (decoded.warning,) if decoded.warning else ()
    for line, fields in _parse(source, decoded.text):
        if isinstance(fields, InputError):
            yield Skipped(source.name, str(fields), line)
        else:
            yield build_article(fields, source.name, warnings)


def _parse(source: Source, text: str) -> Iterator[tuple[int | None, ArticleFields | InputError]]:
    """Choose the reader by extension, else by content."""
    suffix, opening = source.suffix, text.lstrip()[:1]
    if suffix in HTML_SUFFIXES:
        yield None, _guard(parse_html, text, source.stem)
    elif suffix == ".json" or (suffix not in TEXT_SUFFIXES and opening in ("{", "[")):
        yield from parse_document(text, source.stem)
    elif looks_like_html(text):
        yield None, _guard(parse_html, text, source.stem)
    else:
        yield None, parse_text(text, source.stem)


def _guard(
    parse: Callable[[str, str], ArticleFields], text: str, stem: str
) -> ArticleFields | InputError:
    try:
        return parse(text, stem)
    except InputError as error:
        return error


def _read_jsonl(source: Source) -> Iterator[Outcome]:
    """Stream a JSONL file line by line, so its size never bounds memory."""
    assert source.path is not None
    with source.path.open("rb") as stream:
        for number, raw in enumerate(_bounded_lines(stream), start=1):
            if isinstance(raw, InputError):
                yield Skipped(source.name, str(raw), number)
                continue
            try:
                decoded = decode(raw)
            except InputError as error:
                if raw.strip():
                    yield Skipped(source.name, str(error), number)
                continue
            for _, fields in parse_lines(iter([decoded.text]), f"{source.stem}-{number}"):
                if isinstance(fields, InputError):
                    yield Skipped(source.name, str(fields), number)
                else:
                    warnings = (decoded.warning,) if decoded.warning else ()
                    yield build_article(fields, source.name, warnings)


def _bounded_lines(stream: io.BufferedIOBase) -> Iterator[bytes | InputError]:
    while True:
        line = stream.readline(MAX_JSONL_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_JSONL_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(MAX_JSONL_LINE_BYTES)
            yield InputError(f"line longer than the {MAX_JSONL_LINE_BYTES // 1_000_000} MB limit")
            continue
        yield line


def build_article(fields: ArticleFields, path: str, warnings: tuple[str, ...] = ()) -> Article:
    """An Article from a reader's fields, with metadata from the text filling the gaps. A title
    given apart from the text (JSONL, HTML) becomes the text's first line, marked "title", unless
    the text already begins with it: a headline's facts then have offsets like the body's."""
    fields = with_title_line(fields)
    text = fields.text
    published = normalise_date(fields.published) if fields.published else None
    source = fields.source
    metadata: list[Span] = []
    if fields.title_span:
        metadata.append(Span(*fields.title_span, "title"))
    if published is None and (found := find_published(text)):
        published = found.value
        metadata.append(Span(found.start, found.end, "dateline"))
    if source is None and (found_source := find_source(text)):
        source = found_source.value
        metadata.append(Span(found_source.start, found_source.end, "source_line"))
    boilerplate = mark_boilerplate(text, fields.title, tuple(metadata))
    return Article(
        id=fields.id,
        text=text,
        title=fields.title,
        source=source,
        url=fields.url,
        published=published,
        path=path,
        boilerplate=boilerplate,
        warnings=warnings,
    )


def with_title_line(fields: ArticleFields) -> ArticleFields:
    """`fields` with its headline (the title before a " | " or " - " site suffix) as the text's
    first line, when the text does not already begin with it."""
    if not fields.title or fields.title_span or not fields.text.strip():
        return fields
    headline = re.split(r"\s+[|–—-]\s+", fields.title.strip(), maxsplit=1)[0].strip()
    if len(headline.split()) < 2 or fields.text.lstrip().lower().startswith(headline.lower()):
        return fields
    text = f"{headline}\n\n{fields.text}"
    return replace(fields, text=text, title_span=(0, len(headline)))


def _unique(article: Article, seen: set[str]) -> Article:
    base, number = article.id, 1
    article_id = base
    while article_id in seen:
        number += 1
        article_id = f"{base}-{number}"
    seen.add(article_id)
    return article if article_id == base else replace(article, id=article_id)
