"""report.md: the fact sheet as Markdown."""

from __future__ import annotations

from newstally.records import Article, Report


def to_markdown(report: Report) -> str:
    counts = f"{len(report.articles)} articles read, {len(report.skipped)} inputs skipped."
    lines = ["# newstally report", "", counts, "", "## Articles", ""]
    lines += [_article_line(item.article) for item in report.articles]
    if report.skipped:
        lines += ["", "## Skipped", ""]
        lines += [f"- `{item.path}`: {_escape(item.reason)}" for item in report.skipped]
    return "\n".join(lines) + "\n"


def _article_line(article: Article) -> str:
    title = _escape(article.title or article.id)
    source = _escape(article.source or "unknown")
    published = article.published or "unknown"
    return f"- **{title}** ({article.id}); source: {source}; published: {published}"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")
