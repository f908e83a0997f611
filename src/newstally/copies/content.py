"""What an article says, for comparing articles: its content text, words, numbers, sentences.

Content is the text with its boilerplate spans and the corpus's template lines (short lines
repeated across several articles: sign-up prompts, site footers) blanked by spaces, so every
offset still points into `article.text`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date

import numpy as np
from numpy.typing import NDArray
from spacy.lang.en.stop_words import STOP_WORDS

from newstally.records import Article
from newstally.text import sentences
from newstally.twin import agreed, twin

# A line repeated in this many articles, and shorter than this, is site template, not news.
TEMPLATE_REPEATS = 3
TEMPLATE_MAX_CHARS = 160

WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d[\d,.]*\d|\d")
NUMBER = twin(re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?![\w.,]\d)"))
# A capitalised word after a word or a comma, not after a full stop: a name inside a sentence.
NAME = twin(re.compile(r"(?<=[\w,;:'’\")] )[A-Z][\w'’-]+"))
YEAR = re.compile(r"(?:19|20)\d\d")
# A title word counts this many times in an article's bag of words.
TITLE_WEIGHT = 2
NO_DATE = -1


def template_lines(
    articles: Iterable[Article], longest: int = TEMPLATE_MAX_CHARS
) -> frozenset[str]:
    """Lines (stripped) shorter than `longest` that occur in at least TEMPLATE_REPEATS articles."""
    counts: Counter[str] = Counter()
    for article in articles:
        found = (line.strip() for line in article.text.split("\n"))
        counts.update({line for line in found if 0 < len(line) < longest})
    return frozenset(line for line, n in counts.items() if n >= TEMPLATE_REPEATS)


def content(article: Article, template: frozenset[str] = frozenset()) -> str:
    """`article.text` with boilerplate and template lines replaced by spaces (same length)."""
    chars = list(article.text)
    for span in article.boilerplate:
        chars[span.start : span.end] = " " * (span.end - span.start)
    text = "".join(chars)
    if not template:
        return text
    return "\n".join(
        " " * len(line) if line.strip() in template else line for line in text.split("\n")
    )


def words(text: str) -> list[str]:
    """Lower-case content words and numbers; stop words and one- or two-letter words left out."""
    found = WORD.findall(text.lower().replace("’", "'"))
    return [w for w in found if w not in STOP_WORDS and (len(w) > 2 or w[0].isdigit())]


def numbers(text: str) -> list[int]:
    """The numbers written in digits, in order, years left out."""
    values = NUMBER.choose(agreed(text)).findall(text)
    return [int(value.replace(",", "")) for value in values if not YEAR.fullmatch(value)]


def sentence_words(text: str) -> list[frozenset[str]]:
    """The content words of each sentence (`newstally.text.sentences`) with at least four."""
    found = (frozenset(words(text[s.start : s.end])) for s in sentences(text))
    return [bag for bag in found if len(bag) >= 4]


def contents(articles: tuple[Article, ...], longest: int = TEMPLATE_MAX_CHARS) -> list[str]:
    """The content of each article, template lines (shorter than `longest`) found across all."""
    template = template_lines(articles, longest)
    return [content(article, template) for article in articles]


def bags(articles: Iterable[Article], texts: Iterable[str]) -> Iterator[Counter[str]]:
    """Each article's content words counted, its title words TITLE_WEIGHT times (one article
    at a time)."""
    for article, text in zip(articles, texts, strict=True):
        bag = Counter(words(text))
        for word in words(article.title or ""):
            bag[word] += TITLE_WEIGHT
        yield bag


def name_bags(texts: Iterable[str]) -> Iterator[Counter[str]]:
    """The capitalised words each text uses inside a sentence (names of people, places,
    organisations), lower-cased and counted; stop words left out."""
    for text in texts:
        names = (word.lower() for word in NAME.choose(agreed(text)).findall(text))
        yield Counter(name for name in names if name not in STOP_WORDS)


def figure_bags(texts: Iterable[str]) -> Iterator[Counter[str]]:
    """The distinct numbers of 10 or more (years left out) each text gives, as terms."""
    return (Counter({str(n): 1 for n in numbers(text) if n >= 10}) for text in texts)


def days(articles: tuple[Article, ...]) -> NDArray[np.int64]:
    """Each article's published date as a day number, NO_DATE when unknown."""
    return np.array([_day(article.published) for article in articles], dtype=np.int64)


def _day(published: str | None) -> int:
    if published is None or len(published) != 10:
        return NO_DATE
    try:
        return date.fromisoformat(published).toordinal()
    except ValueError:
        return NO_DATE
