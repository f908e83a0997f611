"""Near-copies and rewrites, which article is the original, and independence.

Pairs come from MinHash LSH (near-copies) and from TF-IDF blocking (rewrites: sentences that
align in order, figures in the same order); `direction.decide` says which is the original.
An article with no original in the corpus may still name one outside it (`outside.credit`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newstally.copies.direction import Side, decide, names_credited
from newstally.copies.matches import find_matches
from newstally.copies.outside import credit
from newstally.records import ArticleReport, Derivation


def find_copies(items: tuple[ArticleReport, ...]) -> dict[str, Derivation]:
    """For each article that copies or rewrites another (in the corpus or not), how and why."""
    articles = tuple(item.article for item in items)
    credits = [credit(article) for article in articles]

    def credited(first: int, second: int) -> bool:
        one, two = articles[first], articles[second]
        return bool(names_credited(two, credits[first]) or names_credited(one, credits[second]))

    matches = find_matches(articles, credited)
    sides = [Side(a, c, n) for a, c, n in zip(articles, credits, matches.words, strict=True)]
    found: dict[str, Derivation] = {}
    for match in sorted(matches.pairs, key=lambda m: -m.strength):
        copy, original, why = decide(sides[match.first], sides[match.second])
        if copy.article.id in found or _root(found, original.article.id) == copy.article.id:
            continue
        found[copy.article.id] = Derivation(
            article=original.article.id,
            source=copy.credit.name if copy.credit else None,
            evidence=f"{match.kind} of {original.article.id}: {match.evidence}; original: {why}",
            kind=match.kind,
        )
    for side in sides:
        if side.credit and side.article.id not in found:
            found[side.article.id] = _outside(side)
    return found


def independent_groups(
    derivations: Mapping[str, Derivation], article_ids: Iterable[str]
) -> dict[str, str]:
    """Each article's independence group: the id of its root original in the corpus.

    Follows `derived_from.article` links to the end. Articles whose root credits the same
    named outside source (e.g. "Reuters") share one group, named by the first such article in
    `article_ids`; a root crediting an unnamed original stays its own group.
    """
    ids = list(article_ids)
    roots = {article: _root(derivations, article) for article in ids}
    by_source: dict[str, str] = {}
    for article in ids:
        source = _outside_name(derivations.get(roots[article]))
        if source:
            by_source.setdefault(source, roots[article])
    return {a: by_source.get(_outside_name(derivations.get(roots[a])) or "", roots[a]) for a in ids}


def _root(derivations: Mapping[str, Derivation], article: str) -> str:
    seen = {article}
    while (step := derivations.get(article)) and step.article and step.article not in seen:
        article = step.article
        seen.add(article)
    return article


def _outside_name(derivation: Derivation | None) -> str | None:
    if derivation is None or derivation.article or not derivation.source:
        return None
    return derivation.source.strip().lower()


def _outside(side: Side) -> Derivation:
    assert side.credit is not None
    said = side.article.text[side.credit.start : side.credit.end].strip()
    kind = "wire" if side.credit.kind == "agency_byline" else "rewrite"
    return Derivation(
        article=None,
        source=side.credit.name,
        evidence=f"it {side.credit.evidence}: '{said}'",
        kind=kind,
    )
