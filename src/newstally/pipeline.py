"""The pipeline: read -> clean -> extract -> group -> reconcile -> render, as one function."""

from __future__ import annotations

from newstally.records import ArticleReport, Corpus, Report


def analyze(corpus: Corpus) -> Report:
    """Everything newstally finds in `corpus`, as one immutable Report."""
    articles = tuple(ArticleReport(article=article) for article in corpus.articles)
    return Report(articles=articles, skipped=corpus.skipped)
