"""The supporting sections: entities, quotes, the articles themselves, skipped inputs."""

from __future__ import annotations

from newstally.records import ArticleReport, Figure, Mention, Report
from newstally.render.html.marks import Targets, article_text
from newstally.render.html.parts import Citations, esc, row, section, table
from newstally.render.labels import amount, outlet, safe_url, words

ARTICLES_SHOWN = 12
KEY = (
    '<p class="key"><span class="m fig">figure</span><span class="m sum">summary source</span>'
    '<span class="m quote">quote</span><span class="m check">checked phrase</span>'
    '<span class="m ent">entity</span><span class="m date">date</span>'
    '<span class="bp">boilerplate (ignored)</span></p>'
)


def entities(report: Report, cites: Citations) -> str:
    if not report.entities:
        return section("entities", "Entities", '<p class="empty">No entities were found.</p>')
    ranked = sorted(report.entities, key=lambda e: (-len(e.mentions), e.name.lower()))
    rows = (
        row([
            esc(entity.name), esc(entity.type), esc(", ".join(entity.variants) or "–"),
            esc(entity.country or "–"), str(len(entity.mentions)),
            cites.cite(entity.mentions, ARTICLES_SHOWN),
        ])
        for entity in ranked
    )  # fmt: skip
    headers = ["Name", "Type", "Variants", "Country", "Mentions", "Where"]
    return section("entities", "Entities", table(headers, rows, "entities"))


def quotes(report: Report, cites: Citations) -> str:
    if not report.quotes:
        return ""
    items = "".join(
        f"<figure class=quote><blockquote>{esc(quote.text)}</blockquote>"
        f"<figcaption>— {esc(quote.speaker or 'unattributed')} {cites.cite(quote.mentions)}"
        f"</figcaption></figure>"
        for quote in report.quotes
    )
    return section("quotes", "Quotes", items)


def article_ref(article_id: str, cites: Citations) -> str:
    n = cites.numbers[article_id]
    return f'<a href="#article-{n}">[{n}] {esc(outlet(cites.articles[article_id]))}</a>'


def articles(report: Report, cites: Citations, targets: dict[str, Targets]) -> str:
    parts = "".join(
        _article(item, n, cites, targets.get(item.article.id, {}))
        for n, item in enumerate(report.articles, 1)
    )
    return section("articles", "Articles", KEY + parts)


def _article(item: ArticleReport, n: int, cites: Citations, targets: Targets) -> str:
    article = item.article
    heading = f'<h3><span class="num">[{n}]</span> {esc(article.title or article.id)}</h3>'
    facts = "".join(
        f"<li>{_figure(item.article.id, figure, cites)}</li>" for figure in item.figures
    )
    found = f'<ul class="found">{facts}</ul>' if facts else ""
    text = article_text(item, n, targets)
    return (
        f'<article class="article" id="article-{n}">{heading}{_meta(item, cites)}{found}'
        f'<div class="text">{text}</div></article>'
    )


def _meta(item: ArticleReport, cites: Citations) -> str:
    article = item.article
    parts = [
        esc(article.source or "source unknown"),
        esc(article.published or "date unknown"),
        f"<code>{esc(article.id)}</code>",
    ]
    url = safe_url(article.url)
    if url:
        parts.append(f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(url)}</a>')
    elif article.url:
        parts.append(f'<span class="url">{esc(article.url)}</span>')
    if item.derived_from:
        origin = item.derived_from
        source = origin.article if origin.article in cites.numbers else None
        target = (
            article_ref(source, cites) if source else esc(origin.source or "an outside original")
        )
        parts.append(f"{esc(words(origin.kind))} of {target}")
    parts += [esc(warning) for warning in item.article.warnings]
    return '<p class="meta">' + " · ".join(parts) + "</p>"


def _figure(article_id: str, figure: Figure, cites: Citations) -> str:
    label = esc(f"{amount(figure.value, figure.high, figure.qualifier)} {figure.measure}")
    who = f" ({words(figure.group)}" + (f", {figure.attributed_to}" if figure.attributed_to else "")
    when = f", as of {figure.as_of}" if figure.as_of else ""
    background = " · background" if figure.scope != "event" else ""
    link = cites.link(Mention(article_id, figure.start, figure.end), label)
    return f"{link}{esc(who + when + ')' + background)}"


def skipped(report: Report) -> str:
    if not report.skipped:
        return ""
    rows = (
        row([esc(item.path), esc(item.line if item.line is not None else "–"), esc(item.reason)])
        for item in report.skipped
    )
    return section("skipped", "Skipped inputs", table(["Input", "Line", "Reason"], rows))
