"""Articles grouped into events: same event together, look-alike events apart."""

from __future__ import annotations

from datetime import date

import newstally
from newstally.copies.content import NO_DATE
from newstally.events import group_events
from newstally.events.cluster import average_linkage
from newstally.events.dating import event_days
from newstally.records import Article, ArticleReport, TimeExpression
from tests.conftest import EXAMPLES

BOMB_MAY = (
    "A car bomb exploded near the central market in Qamar on Sunday, killing 23 people "
    "and wounding 71, police said. The blast destroyed shops on Rashid Street. "
    "Police chief Omar Haddad said the bomber parked a white van outside the Nour mosque."
)
BOMB_MAY_AGAIN = (
    "At least 23 people were killed and 71 wounded when a car bomb tore through the market "
    "on Rashid Street in Qamar, police chief Omar Haddad said. A white van was parked by the "
    "Nour mosque before the blast."
)
BOMB_JUNE = (
    "A car bomb exploded at a checkpoint on the airport road in Qamar on Friday, killing 9 "
    "soldiers. The army said the driver rammed the barrier at the Salam bridge. "
    "General Karim Nasser ordered the road closed."
)
BOMB_JUNE_AGAIN = (
    "Nine soldiers were killed when a car bomb hit an army checkpoint near the Salam bridge "
    "on the Qamar airport road, General Karim Nasser said. The road was closed."
)


def items(*articles: Article) -> tuple[ArticleReport, ...]:
    return tuple(ArticleReport(article=article) for article in articles)


def test_two_car_bombs_in_one_city_a_month_apart_stay_apart() -> None:
    events = group_events(
        items(
            Article("may1", BOMB_MAY, published="2024-05-05"),
            Article("jun1", BOMB_JUNE, published="2024-06-07"),
            Article("may2", BOMB_MAY_AGAIN, published="2024-05-06"),
            Article("jun2", BOMB_JUNE_AGAIN, published="2024-06-08"),
        )
    )
    assert [event.articles for event in events] == [("may1", "may2"), ("jun1", "jun2")]
    assert [event.id for event in events] == ["e1", "e2"]
    assert events[0].start == "2024-05-05"


def test_every_article_in_exactly_one_event() -> None:
    events = group_events(
        items(Article("a", BOMB_MAY), Article("b", "Short note."), Article("c", ""))
    )
    assert sorted(a for event in events for a in event.articles) == ["a", "b", "c"]
    assert all(event.title for event in events)


def test_average_linkage_needs_the_mean_over_all_cross_pairs() -> None:
    assert average_linkage(3, [(0, 1, 0.9), (1, 2, 1.0), (0, 2, 0.2)], 0.5) == [0, 0, 0]
    assert average_linkage(3, [(0, 1, 0.9), (1, 2, 1.0)], 0.5) == [0, 1, 1]


def test_seeds_are_one_event() -> None:
    corpus = newstally.read([EXAMPLES])
    events = group_events(items(*corpus.articles))
    assert len(events) == 1 and len(events[0].articles) == 5


def test_start_is_the_earliest_date_mentioned_near_the_first_article() -> None:
    article = Article("a", BOMB_MAY, published="2024-05-06")
    dates = (
        TimeExpression("on Sunday", "2024-05-05", 0, 1),
        TimeExpression("in 2019", "2019", 0, 1),
        TimeExpression("in March", "2024-03-01", 0, 1),
    )
    events = group_events((ArticleReport(article=article, dates=dates),))
    assert events[0].start == "2024-05-05"


def test_places_from_the_gazetteer() -> None:
    text = "A car bomb exploded in Baghdad on Sunday, killing 23 people in central Baghdad, Iraq."
    events = group_events(items(Article("a", text)))
    assert "Baghdad" in events[0].places


def test_event_day_is_the_earliest_whole_date_named_before_publication() -> None:
    def dated(published: str | None, *values: str) -> ArticleReport:
        found = tuple(TimeExpression(v, v, 0, 1) for v in values)
        return ArticleReport(article=Article("a", "text", published=published), dates=found)

    days = event_days(
        (
            dated("2016-03-20", "2016-03-18", "2016-03-09", "2016-05-01", "2016-03"),
            dated("2016-03-20", "2013-01-01"),
            dated(None, "2016-03-09"),
        )
    )
    assert [date.fromordinal(int(d)).isoformat() for d in days[:2]] == ["2016-03-09", "2016-03-20"]
    assert days[2] == NO_DATE


def test_a_follow_up_months_later_that_names_the_day_joins_the_first_report() -> None:
    follow_up = (
        "A man went on trial in Qamar for the May 5 market bombing on Rashid Street. "
        "His lawyer said he was abroad that week."
    )
    first = ArticleReport(
        article=Article("may1", BOMB_MAY, published="2024-05-05"),
        dates=(TimeExpression("Sunday", "2024-05-05", 0, 1),),
    )
    later = ArticleReport(
        article=Article("sep1", follow_up, published="2024-09-20"),
        dates=(TimeExpression("May 5", "2024-05-05", 0, 1),),
    )
    june = ArticleReport(article=Article("jun1", BOMB_JUNE, published="2024-06-07"))
    events = group_events((first, june, later))
    assert [event.articles for event in events] == [("may1", "sep1"), ("jun1",)]


def test_a_long_site_template_line_does_not_join_unrelated_stories() -> None:
    template = (
        "Thanks for joining us. Come back often, sign in to change your settings, get our newest "
        "stories first and follow breaking alerts on your phone wherever you happen to be."
    )
    titles = (
        "Boy hurt by stray bullet in Riverton",
        "Woman wounded outside Lakeview store",
        "Man found dead after Millbrook gunfire",
    )
    found = group_events(
        items(
            *(
                Article(f"a{n}", f"{title}\n\n{template}\n", title=title, published="2016-03-01")
                for n, title in enumerate(titles)
            )
        )
    )
    assert len(found) == 3
