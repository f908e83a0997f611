"""report.html: one self-contained page (no scripts, fonts or styles from the network)."""

from __future__ import annotations

from html import escape

from newstally.records import Article, Report

STYLE = "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"


def to_html(report: Report) -> str:
    rows = "".join(
        "<tr>"
        + "".join(f"<td>{escape(value or '')}</td>" for value in _cells(item.article))
        + "</tr>"
        for item in report.articles
    )
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>newstally report</title>"
        f"<style>{STYLE}</style></head><body><h1>newstally report</h1>"
        "<table><thead><tr><th>id</th><th>title</th><th>source</th><th>published</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></body></html>\n"
    )


def _cells(article: Article) -> tuple[str | None, ...]:
    return (article.id, article.title, article.source, article.published)
