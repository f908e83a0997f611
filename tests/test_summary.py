"""The cited summary: extractive, cited, no boilerplate, no repeats, best facts first."""

from __future__ import annotations

from newstally.records import (
    Article,
    ArticleReport,
    Claim,
    Derivation,
    Event,
    Figure,
    Mention,
    Report,
    Span,
)
from newstally.summary import main_event, summarise

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


# --- a corpus of two events: the summary is of the main one


FLOODS = (
    (
        "f1",
        "Flash floods swept through the Tesk valley on Monday, killing 12 people, officials said. "
        "Rescue teams searched the riverbanks for survivors through the night. The regional "
        "governor said the river rose three metres in an hour.",
    ),
    (
        "f2",
        "The death toll from Monday's flash floods in the Tesk valley rose to 12, the civil "
        "defence said on Tuesday. Hundreds of homes were damaged along the river and roads were "
        "cut. Crews used boats to reach stranded villagers in the valley.",
    ),
    (
        "f3",
        "Families in the Tesk valley buried the 12 people killed when the river burst its banks "
        "on Monday. Civil defence teams said the search for the missing was over. The governor "
        "promised money to rebuild the bridges the water carried away.",
    ),
)
SHOOTING = (
    "s1",
    "Two men were shot dead outside a bar in Dunmore late on Saturday, police said. A suspect "
    "fled in a grey car and officers were searching the area. The bar's owner said the men had "
    "argued with a stranger inside.",
)


def test_a_two_event_corpus_is_summarised_by_its_main_event() -> None:
    import newstally
    from newstally.records import Corpus

    days = ("2025-05-05", "2025-05-06", "2025-05-07", "2025-06-14")
    articles = tuple(
        Article(article_id, text, source=f"Outlet {n}", published=days[n])
        for n, (article_id, text) in enumerate((*FLOODS, SHOOTING))
    )
    report = newstally.analyze(Corpus(articles, ()))
    floods = next(event for event in report.events if "f1" in event.articles)
    assert "s1" not in floods.articles
    assert report.summary_event == floods.id
    assert len(report.summary) >= 5
    assert {s.mentions[0].article for s in report.summary} <= set(floods.articles)


def _event(event_id: str, articles: tuple[str, ...]) -> Event:
    return Event(event_id, event_id, articles)


def test_the_main_event_has_most_independent_articles() -> None:
    copied = Derivation("a", None, "copy")
    items = (
        article("a", FIRST),
        ArticleReport(Article("b", FIRST + " Again."), derived_from=copied, event="e1"),
        ArticleReport(Article("c", FIRST + " Once more."), derived_from=copied, event="e1"),
        ArticleReport(Article("x", EARLIER), event="e2"),
        ArticleReport(Article("y", OTHER), event="e2"),
    )
    events = (_event("e1", ("a", "b", "c")), _event("e2", ("x", "y")))
    report = Report(articles=items, events=events)
    assert main_event(report) == events[1]
    assert {s.mentions[0].article for s in summarise(report)} <= {"x", "y"}


def test_sentences_of_other_events_are_left_out() -> None:
    flood = article("a", f"{FIRST} {OTHER}")
    other = ArticleReport(Article("b", EARLIER), event="e2")
    second = ArticleReport(
        Article("c", "Crews worked through the night to mend the broken dam."), event="e1"
    )
    events = (_event("e1", ("a", "c")), _event("e2", ("b",)))
    summary = summarise(Report(articles=(flood, other, second), events=events))
    assert summary and all(s.mentions[0].article in ("a", "c") for s in summary)
