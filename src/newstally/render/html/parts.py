"""Small HTML builders; every piece of text that reaches the page goes through `esc`."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from newstally.records import Article, Mention, Report
from newstally.render.labels import outlet, source_name


def esc(text: object) -> str:
    """Text as HTML, quotes included, so it is safe in content and in attribute values."""
    return escape("" if text is None else str(text), quote=True)


def span_id(number: int, start: int, end: int) -> str:
    """The id of a marked span: article number (1-based), then its offsets."""
    return f"a-{number}-{start}-{end}"


def table(headers: Iterable[str], rows: Iterable[str], css: str = "") -> str:
    """A table from escaped header words and ready-made `<tr>` rows."""
    head = "".join(f"<th>{esc(name)}</th>" for name in headers)
    body = "".join(rows)
    return (
        f'<div class="scroll"><table class="{css}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def row(cells: Iterable[str], row_id: str = "") -> str:
    """A `<tr>` of ready-made cell HTML."""
    attr = f' id="{row_id}"' if row_id else ""
    return f"<tr{attr}>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def folded(title: str, body: str, rows: int, fold_above: int = 12) -> str:
    """A titled block, folded away (`<details>`) when it is longer than `fold_above` rows."""
    if rows <= fold_above:
        return f"<h3>{esc(title)} ({rows:,})</h3>{body}"
    return f'<details class="fold"><summary>{esc(title)} ({rows:,})</summary>{body}</details>'


def section(key: str, title: str, body: str, note: str = "") -> str:
    lead = f'<p class="note">{esc(note)}</p>' if note else ""
    return f'<section id="{key}"><h2>{esc(title)}</h2>{lead}{body}</section>'


class Citations:
    """Links from facts to their marked spans; only spans inside the article text get one."""

    def __init__(self, report: Report) -> None:
        self.numbers = {item.article.id: n for n, item in enumerate(report.articles, 1)}
        self.articles = {item.article.id: item.article for item in report.articles}
        # Each article's link title, escaped, made once rather than for each of its links.
        self.titles = {article_id: esc(self.describe(article_id)) for article_id in self.articles}

    def valid(self, mention: Mention) -> bool:
        article = self.articles.get(mention.article)
        return article is not None and 0 <= mention.start < mention.end <= len(article.text)

    def href(self, mention: Mention) -> str:
        return "#" + span_id(self.numbers[mention.article], mention.start, mention.end)

    def link(self, mention: Mention, label: str, css: str = "fact") -> str:
        """`label` (already HTML) linked to the span, or left plain when the span is invalid."""
        if not self.valid(mention):
            return label
        title = self.titles[mention.article]
        return f'<a class="{css}" href="{self.href(mention)}" title="{title}">{label}</a>'

    def cite(self, mentions: Iterable[Mention], limit: int = 0) -> str:
        """`[1][3]`: each article's number once, linked to its first mention's span.

        With a `limit`, only that many articles, then `+N more`.
        """
        first = {m.article: m for m in reversed([m for m in mentions if self.valid(m)])}
        ordered = sorted(first.values(), key=lambda m: self.numbers[m.article])
        shown = ordered[:limit] if limit else ordered
        links = [self.link(m, str(self.numbers[m.article]), "cite") for m in shown]
        if len(shown) < len(ordered):
            links.append(f'<span class="more"> +{len(ordered) - len(shown)} more</span>')
        return f'<span class="cites">{"".join(links)}</span>' if links else ""

    def publisher(self, article_id: str) -> str:
        """The article's source, else `article [n]`."""
        name = source_name(self.articles[article_id])
        return name or f"article [{self.numbers[article_id]}]"

    def describe(self, article_id: str) -> str:
        article: Article = self.articles[article_id]
        return f"[{self.numbers[article_id]}] {outlet(article)}: {article.title or article.id}"
