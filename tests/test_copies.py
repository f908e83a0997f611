"""Copies, rewrites, credits of outside originals, and independence groups."""

from __future__ import annotations

import newstally
from newstally.copies import find_copies, independent_groups
from newstally.copies.outside import credit, outlet_key
from newstally.copies.rewrite import align, figures_in_order
from newstally.records import Article, ArticleReport, Derivation
from tests.conftest import EXAMPLES

STORY = (
    "Flood waters swept through the river town of Marlow on Tuesday, killing 14 people. "
    "Rescue teams from three provinces searched collapsed homes along the Tesk river overnight. "
    "Governor Anna Kovic said 230 families had lost their houses and 61 people were injured. "
    "The regional hospital in Dunmore treated most of the injured, its director told reporters. "
    "Forecasters warned that more rain would fall over the hills north of Marlow on Thursday. "
    "The army sent boats and helicopters to reach villages cut off by the water since Monday."
)
OTHER = (
    "A fire destroyed a warehouse in the port of Selby on Friday, officials said. "
    "No one was hurt, but 40 workers lost their jobs when the building burned down. "
    "Investigators are looking at faulty wiring as the cause of the blaze. "
    "The owner, a shipping company, said it would rebuild within a year."
)


def items(*articles: Article) -> tuple[ArticleReport, ...]:
    return tuple(ArticleReport(article=article) for article in articles)


def test_outlet_key_reduces_names_and_addresses() -> None:
    assert outlet_key("www.thenationalnews.com") == "thenationalnews"
    assert outlet_key("The National") == "thenational"
    assert outlet_key("https://www.reuters.com/world/story") == "reuters"


def test_credit_lines() -> None:
    found = credit(Article("a", "Some news.\nOriginal Source: www.example-news.com"))
    assert found and found.name == "www.example-news.com" and found.kind == "source_line"
    found = credit(Article("b", "Summary.\n\nRead the original article here\n\nBody."))
    assert found and found.name is None and found.kind == "original_link"
    found = credit(Article("c", "BEIRUT (Reuters) - Shelling killed 12 people.", source="Daily"))
    assert found and found.name == "Reuters"


def test_agency_byline_on_the_agency_own_article_is_no_credit() -> None:
    text = "BEIRUT (Reuters) - Shelling killed 12 people."
    assert credit(Article("c", text, url="https://www.reuters.com/article/x")) is None


def test_near_copy_later_article_is_the_copy() -> None:
    original = Article("a", STORY, published="2024-05-01")
    copy = Article("b", STORY.replace("overnight", "all night"), published="2024-05-02")
    found = find_copies(items(original, copy, Article("c", OTHER)))
    assert set(found) == {"b"}
    assert found["b"].article == "a" and found["b"].kind == "copy"
    assert "2024-05-02" in found["b"].evidence


def test_unrelated_articles_are_not_copies() -> None:
    assert find_copies(items(Article("a", STORY), Article("b", OTHER))) == {}


def test_sentences_align_in_order() -> None:
    one = [
        frozenset(["flood", "marlow", "killed", "people"]),
        frozenset(["governor", "kovic", "families"]),
    ]
    two = [
        frozenset(["flood", "marlow", "killed", "people", "tuesday"]),
        frozenset(["kovic", "families"]),
    ]
    assert align(one, two) == 2
    assert align(one, list(reversed(two))) == 1


def test_figures_in_order() -> None:
    assert figures_in_order([1000, 745, 125, 148], [2025, 1000, 745, 3, 125, 148]) == (
        1000,
        745,
        125,
        148,
    )
    assert figures_in_order([1000, 745], [745, 1000]) in {(1000,), (745,)}


def test_independent_groups_follow_chains_and_shared_outside_sources() -> None:
    derivations = {
        "b": Derivation(article="a", source=None, evidence="copy"),
        "c": Derivation(article="b", source=None, evidence="copy"),
        "d": Derivation(article=None, source="Reuters", evidence="byline"),
        "e": Derivation(article=None, source="Reuters", evidence="byline"),
        "f": Derivation(article=None, source=None, evidence="link"),
    }
    groups = independent_groups(derivations, ["a", "b", "c", "d", "e", "f", "g"])
    assert groups == {"a": "a", "b": "a", "c": "a", "d": "d", "e": "d", "f": "f", "g": "g"}


def test_seed_derivations() -> None:
    corpus = newstally.read([EXAMPLES])
    found = find_copies(items(*corpus.articles))
    by_prefix = {key[:3]: value for key, value in found.items()}
    assert by_prefix["000"].article is not None and by_prefix["000"].article.startswith("004")
    assert "The National" in by_prefix["000"].evidence
    assert by_prefix["002"].article is None and "original" in by_prefix["002"].evidence
    assert "001" not in by_prefix and "004" not in by_prefix and "003" not in by_prefix
