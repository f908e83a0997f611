"""The immutable records every stage shares; the only place they are defined.

Every fact points into one article's `text` by character offsets, as spaCy's `Span` does:
`article.text[start:end]` is always the phrase the fact was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A marked stretch of an article's text, e.g. boilerplate of some `kind`."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: decoded text plus metadata. `text` is what every offset indexes."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    path: str | None = None
    boilerplate: tuple[Span, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that yielded no article, and why. `line` is set for a JSONL line."""

    path: str
    reason: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Corpus:
    """What `read` returns: every input ends in `articles` or in `skipped`."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """One count of people stated in one article."""

    measure: str
    group: str
    value: int
    start: int
    end: int
    qualifier: str = "exact"
    high: int | None = None
    group_text: str | None = None
    value_text: str | None = None
    attributed_to: str | None = None
    as_of: str | None = None
    since: str | None = None
    scope: str = "event"
    earlier: bool = False
    part_of: int | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None


@dataclass(frozen=True, slots=True)
class Toll:
    """One article's reading of its main event."""

    killed: int | None = None
    injured: int | None = None
    civilians: int | None = None
    combatants: int | None = None
    children: int | None = None
    women: int | None = None


@dataclass(frozen=True, slots=True)
class Derivation:
    """An article is a copy or rewrite of `article` (in the corpus) or of `source` (outside)."""

    article: str | None
    source: str | None
    evidence: str
    kind: str = "rewrite"


@dataclass(frozen=True, slots=True)
class Mention:
    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Range:
    best: int | None = None
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True, slots=True)
class EventToll:
    killed: Range = field(default_factory=Range)
    injured: Range = field(default_factory=Range)


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    articles: tuple[str, ...]
    start: str | None = None
    places: tuple[str, ...] = ()
    toll: EventToll = field(default_factory=EventToll)


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure reconciled across articles: one per distinct claim."""

    measure: str
    group: str
    value: int
    mentions: tuple[Mention, ...]
    reports: int
    independent_reports: int
    status: str
    qualifier: str = "exact"
    high: int | None = None
    attributed_to: str | None = None
    as_of: str | None = None
    since: str | None = None
    event: str | None = None
    superseded_by: int | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    type: str
    variants: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    # A place's kind, as PlaceMention's; None for other entities and ungeocoded places.
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text, geocoded from the offline gazetteer (geonames).

    `kind` is city, country, state, county (US) or admin1 (a first-level division: "Anbar",
    "Latakia province"); `name` is the gazetteer's (ASCII) name, `text[start:end]`
    the wording used.
    """

    name: str
    start: int
    end: int
    geonames_id: int
    lat: float | None
    lon: float | None
    country: str | None
    kind: str = "city"


@dataclass(frozen=True, slots=True)
class NameMention:
    """A name in one article before names are merged into entities.

    `type` is person, organisation, place, group, or unknown (a lone word such as "Assad" that
    only another mention can type); `expands` is the full name an acronym was defined as, or the
    organisation a description ("a war monitor") refers to; `place` is set for a place.
    """

    article: str
    start: int
    end: int
    text: str
    type: str
    expands: str | None = None
    place: PlaceMention | None = None


@dataclass(frozen=True, slots=True)
class TimeExpression:
    text: str
    value: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None
    text: str
    variants: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Check:
    """A consistency check over claims (`figures` index `Report.figures`) and phrases."""

    kind: str
    verdict: str
    detail: str
    figures: tuple[int, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class ArticleReport:
    """An article with what the analysis found in it."""

    article: Article
    figures: tuple[Figure, ...] = ()
    toll: Toll = field(default_factory=Toll)
    derived_from: Derivation | None = None
    event: str | None = None
    dates: tuple[TimeExpression, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    articles: tuple[ArticleReport, ...]
    skipped: tuple[Skipped, ...] = ()
    events: tuple[Event, ...] = ()
    figures: tuple[Claim, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    checks: tuple[Check, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    # The event the summary is of (the main one), when there are events.
    summary_event: str | None = None
