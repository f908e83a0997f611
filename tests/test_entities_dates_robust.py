"""Any text, however odd, gives dates, places and entities whose offsets quote it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newstally.dates import find_dates, normalise, resolve
from newstally.entities import find_entities, find_places
from newstally.records import Article

WORDISH = st.text(
    alphabet=st.sampled_from(list("aAeEsStTmMlL -.,'’()0123456789\n")) | st.characters(),
    max_size=200,
)


@settings(max_examples=60, deadline=None)
@given(WORDISH, st.sampled_from([None, "2025-03-09", "not a date", "1998-02-29"]))
def test_dates_never_fail(text: str, published: str | None) -> None:
    article = Article(id="a", text=text, published=published)
    for found in find_dates(article):
        assert text[found.start : found.end] == found.text
    assert resolve(text, published) is None or isinstance(resolve(text, published), str)
    normalise(text, published)


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDISH, min_size=1, max_size=3))
def test_places_and_entities_never_fail(texts: list[str]) -> None:
    articles = tuple(Article(id=f"a{i}", text=t) for i, t in enumerate(texts))
    for place in find_places(texts[0]):
        assert 0 <= place.start < place.end <= len(texts[0])
    for entity in find_entities(articles):
        for mention in entity.mentions:
            text = texts[int(mention.article[1:])]
            assert 0 <= mention.start < mention.end <= len(text)


def test_odd_expressions() -> None:
    for expression in ("last winter", "Feb. 30", "2025-02-30", "the 99th century", "(", "’s"):
        resolve(expression, "2025-03-09")
