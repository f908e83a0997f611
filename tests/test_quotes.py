"""Quotes, their speakers, and one statement in several translations as one quote."""

from __future__ import annotations

from newstally.quotes import find_quotes
from newstally.records import Article, ArticleReport, Entity, Mention, Span


def report(article_id: str, text: str, boilerplate: tuple[Span, ...] = ()) -> ArticleReport:
    return ArticleReport(article=Article(id=article_id, text=text, boilerplate=boilerplate))


def quotes(*texts: str) -> list[tuple[str | None, str]]:
    items = tuple(report(f"a{i}", text) for i, text in enumerate(texts))
    return [(q.speaker, q.text) for q in find_quotes(items, ())]


def test_he_said_after_the_quote_is_the_nearest_person_before() -> None:
    text = (
        "On Saturday, President Jane Miller called for calm near the Smith bridge. "
        "“We will rebuild every home,” he said."
    )
    assert quotes(text) == [("Jane Miller", "We will rebuild every home")]


def test_name_said_colon_before_the_quote() -> None:
    assert quotes("Miller stated: “The response will be swift and firm.”") == [
        ("Miller", "The response will be swift and firm.")
    ]


def test_said_name_after_the_quote() -> None:
    text = '"Nobody saw the car coming," said Tom Brown, a neighbour.'
    assert quotes(text) == [("Tom Brown", "Nobody saw the car coming")]


def test_name_said_after_the_quote() -> None:
    text = "“It was a terrible night for all of us,” Sheriff Ann Lee said on Monday."
    assert quotes(text) == [("Ann Lee", "It was a terrible night for all of us")]


def test_subject_of_the_sentence_speaks_a_short_quote() -> None:
    text = "President Omar Said publicly called on the rebels of Darra to stop: “an awful mistake.”"
    assert quotes(text) == [("Omar Said", "an awful mistake.")]


def test_no_speaker_when_none_is_named() -> None:
    assert quotes("Many homes were described as “completely beyond repair.”") == [
        (None, "completely beyond repair.")
    ]


def test_short_quotes_and_boilerplate_are_skipped() -> None:
    text = "The so-called “ceasefire” held. “Share this story with your friends now”"
    boiler = (Span(text.index("“Share"), len(text), "share"),)
    items = (report("a", text, boiler),)
    assert find_quotes(items, ()) == ()


def test_mention_quotes_the_text() -> None:
    text = "“We will rebuild every home,” Jane Miller said."
    (quote,) = find_quotes((report("a", text),), ())
    (mention,) = quote.mentions
    assert text[mention.start : mention.end] == quote.text


def test_two_translations_of_one_statement_are_one_quote_with_variants() -> None:
    first = "President Omar Hamad called the attack “an awful mistake.”"
    second = "“You attacked our people and made an awful mistake. We will answer,” he said."
    second = "President Omar Hammad spoke on television. " + second
    third = "Hamad stated: “You have attacked our people, and so you have committed an awful sin.”"
    (quote,) = find_quotes(
        tuple(report(f"a{i}", t) for i, t in enumerate((first, second, third))), ()
    )
    assert len(quote.variants) == 3 and len(quote.mentions) == 3
    assert quote.text.startswith("You have attacked")


def test_different_statements_or_speakers_stay_apart() -> None:
    found = quotes(
        "“The bridge will reopen next week for traffic,” Jane Miller said.",
        "“The school will stay closed all week,” Jane Miller said.",
        "“The bridge will reopen next week for traffic,” Tom Brown said.",
    )
    assert len(found) == 3


def test_entities_give_the_canonical_speaker() -> None:
    text = "“We will rebuild every home,” Al-Miller said."
    start = text.index("Al-Miller")
    person = Entity(
        "Jane al-Miller", "person", ("Al-Miller",), (Mention("a", start, start + len("Al-Miller")),)
    )
    (quote,) = find_quotes((report("a", text),), (person,))
    assert quote.speaker == "Jane al-Miller"


def test_a_possessive_name_does_not_speak() -> None:
    text = "After Jane Miller’s fall, they attacked what they call “remnants of the old order.”"
    assert quotes(text) == [(None, "remnants of the old order.")]
