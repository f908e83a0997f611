"""Sentences and tokens carry offsets into the text."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from newstally.text import sentences, tokens


def sentence_texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_splits_on_full_stops_and_lines() -> None:
    text = "Mr. Smith said 10 died. Dr. Lee agreed!\nA new paragraph? Yes."
    assert sentence_texts(text) == [
        "Mr. Smith said 10 died.",
        "Dr. Lee agreed!",
        "A new paragraph?",
        "Yes.",
    ]


def test_a_stop_glued_to_the_next_sentence_still_ends_one() -> None:
    text = "Two men were wounded.Police said 3.5 percent. See U.S.Army and a.m.The end."
    assert sentence_texts(text) == [
        "Two men were wounded.",
        "Police said 3.5 percent.",
        "See U.S.Army and a.m.The end.",
    ]


def test_quotes_close_a_sentence() -> None:
    text = 'He said "they died." Then "Nobody came," she said.'
    assert sentence_texts(text) == ['He said "they died."', 'Then "Nobody came," she said.']


def test_numbers_keep_separators() -> None:
    text = "Over 1,000 people and 2.5 million displaced."
    assert [t.text for t in tokens(text)][:3] == ["Over", "1,000", "people"]
    assert "2.5" in [t.text for t in tokens(text)]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_offsets_always_quote_the_text(text: str) -> None:
    for sentence in sentences(text):
        piece = text[sentence.start : sentence.end]
        assert piece and piece == piece.strip()
    for token in tokens(text):
        assert text[token.start : token.end] == token.text


@given(st.lists(st.sampled_from(["Ten died.", "Mr. X said so.", "\n", " ", "Why? ", "U.S. aid"])))
def test_sentences_cover_every_word_in_order(parts: list[str]) -> None:
    text = "".join(parts)
    spans = sentences(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    covered = "".join(text[s.start : s.end] for s in spans)
    assert covered.split() == text.split() or "".join(covered.split()) == "".join(text.split())


def test_abbreviation_found_after_a_long_line() -> None:
    text = "Some words here. " * 2000 + "He met Dr. Lee. Then Mr. Smith said three died."
    tail = sentence_texts(text)[-2:]
    assert tail == ["He met Dr. Lee.", "Then Mr. Smith said three died."]
