"""The cited summary: extractive, cited, no boilerplate, no repeats, best facts first."""

from __future__ import annotations

from newstally.records import (
    Article,
    ArticleReport,
    Claim,
    Figure,
    Mention,
    Report,
    Span,
)
from newstally.summary import summarise

FIRST = "Flooding in the valley killed 12 people on Monday, officials said."
EARLIER = "Early reports said that four people had died in the floods in the valley towns."
OTHER = "Rescue teams searched the riverbanks for survivors through the night."
SHARE = "Share this article with your friends on social media today."


def article(article_id: str, text: str, boilerplate: tuple[Span, ...] = ()) -> ArticleReport:
    return ArticleReport(article=Article(article_id, text, boilerplate=boilerplate), event="e1")


def claim(item: ArticleReport, phrase: str, value: int, status: str, reports: int) -> Claim:
    start = item.article.text.index(phrase)
    mention = Mention(item.article.id, start, start + len(phrase))
    return Claim("killed", "people", value, (mention,), reports, reports, status, event="e1")


def with_figure(item: ArticleReport, phrase: str, value: int) -> ArticleReport:
    start = item.article.text.index(phrase)
    figure = Figure("killed", "people", value, start, start + len(phrase))
    return ArticleReport(item.article, figures=(figure,), event=item.event)


def test_every_sentence_is_the_cited_text() -> None:
    items = (article("a", f"{FIRST} {OTHER}"), article("b", EARLIER))
    summary = summarise(Report(articles=items))
    assert summary
    texts = {item.article.id: item.article.text for item in items}
    for sentence in summary:
        (mention,) = sentence.mentions
        assert texts[mention.article][mention.start : mention.end] == sentence.text


def test_boilerplate_and_questions_are_left_out() -> None:
    text = f"{FIRST}\n{SHARE}\nWhat will the town do next about the floods and the damage?"
    item = article("a", text, (Span(text.index(SHARE), text.index(SHARE) + len(SHARE), "share"),))
    assert [s.text for s in summarise(Report(articles=(item,)))] == [FIRST]


def test_a_near_copy_is_kept_once() -> None:
    items = (article("a", FIRST), article("b", FIRST.replace("officials", "the officials")))
    assert len(summarise(Report(articles=items))) == 1


def test_corroborated_current_figure_comes_before_a_superseded_one() -> None:
    first = with_figure(article("a", f"{EARLIER} {FIRST}"), "12 people", 12)
    early = with_figure(first, "four people", 4)
    claims = (
        claim(first, "12 people", 12, "current", 3),
        claim(first, "four people", 4, "superseded", 1),
    )
    items = (ArticleReport(first.article, figures=first.figures + early.figures, event="e1"),)
    summary = summarise(Report(articles=items, figures=claims))
    assert summary[0].text == FIRST


def test_at_most_ten_sentences() -> None:
    text = " ".join(
        f"Crews cleared {n} blocked roads in district number {n} today." for n in range(30)
    )
    text = text.replace(" today.", " today and tomorrow.")
    items = tuple(article(f"a{n}", line) for n, line in enumerate(text.split(". ")))
    assert len(summarise(Report(articles=items))) <= 10
