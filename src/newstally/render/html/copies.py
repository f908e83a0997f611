"""The copy graph: which article copies or rewrites which, as an inline SVG and a list."""

from __future__ import annotations

from newstally.records import ArticleReport, Derivation, Report
from newstally.render.html.lists import article_ref
from newstally.render.html.parts import Citations, esc, section
from newstally.render.labels import outlet, plural, words

BOX_W, BOX_H, COLUMN, ROW, PAD = 210, 30, 280, 42, 10
# A node: its key (article id, or "ext:" + outside source), label, link or "".
Node = tuple[str, str, str]


def copies(report: Report, cites: Citations) -> str:
    derived = [item for item in report.articles if item.derived_from]
    if not derived:
        body = '<p class="empty">No article was found to copy or rewrite another.</p>'
        return section("copies", "Copies and rewrites", body)
    items = "".join(_item(item, item.derived_from, cites) for item in derived if item.derived_from)
    independent = len(report.articles) - len(derived)
    note = (
        f"{independent} of {plural(len(report.articles), 'article')} are independent; "
        "each arrow points from a copy or rewrite to its original."
    )
    body = _graph(derived, cites) + f'<ul class="copies">{items}</ul>'
    return section("copies", "Copies and rewrites", body, note)


def _origin_key(origin: Derivation, cites: Citations) -> str:
    if origin.article in cites.numbers:
        return str(origin.article)
    return "ext:" + (origin.source or origin.article or "an original outside the corpus")


def _parents(derived: list[ArticleReport], cites: Citations) -> dict[str, str]:
    """Copy -> what it copies, as node keys (one per article id)."""
    return {
        item.article.id: _origin_key(item.derived_from, cites)
        for item in derived
        if item.derived_from
    }


def _layout(parent: dict[str, str]) -> dict[str, tuple[int, int]]:
    """(column, row) of each node: each original starts a band of rows, its copies to its right."""
    children: dict[str, list[str]] = {}
    for copy, origin in parent.items():
        children.setdefault(origin, []).append(copy)
    roots = [key for key in dict.fromkeys(parent.values()) if key not in parent]
    place: dict[str, tuple[int, int]] = {}
    row = 0
    for root in [*roots, *parent]:  # copies left unplaced sit on a cycle: start one there
        if root not in place:
            row = _place(root, 0, row, children, place)
    return place


def _place(
    node: str,
    column: int,
    top: int,
    children: dict[str, list[str]],
    place: dict[str, tuple[int, int]],
) -> int:
    """Place `node` and its copies from row `top`; return the first row below them."""
    place[node] = (column, top)
    row, bottom = top, top + 1
    for child in children.get(node, []):
        if child not in place:
            row = _place(child, column + 1, row, children, place)
            bottom = max(bottom, row)
    return bottom


def _graph(derived: list[ArticleReport], cites: Citations) -> str:
    parent = _parents(derived, cites)
    place = _layout(parent)
    edges = "".join(_edge(place[copy], place[origin]) for copy, origin in parent.items())
    nodes = "".join(_node(key, at, cites) for key, at in place.items())
    columns = max(column for column, _ in place.values()) + 1
    width = COLUMN * columns - (COLUMN - BOX_W) + 2 * PAD
    height = ROW * (max(row for _, row in place.values()) + 1) + 2 * PAD
    return (
        f'<figure class="graph"><svg viewBox="0 0 {width} {height}" width="{width}" role="img" '
        f'aria-label="Copy graph"><defs><marker id="arrowhead" viewBox="0 0 10 10" refX="10" '
        f'refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 z"/></marker></defs>{edges}{nodes}</svg></figure>'
    )


def _xy(at: tuple[int, int]) -> tuple[int, int]:
    return PAD + at[0] * COLUMN, PAD + at[1] * ROW


def _edge(copy: tuple[int, int], origin: tuple[int, int]) -> str:
    (x1, y1), (x2, y2) = _xy(copy), _xy(origin)
    y1, y2 = y1 + BOX_H // 2, y2 + BOX_H // 2
    x2 = x2 + BOX_W if x2 < x1 else x2
    return (
        f'<line class="edge" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" marker-end="url(#arrowhead)"/>'
    )


def _node(key: str, at: tuple[int, int], cites: Citations) -> str:
    x, y = _xy(at)
    if key.startswith("ext:"):
        label, css = key[4:], "node external"
    else:
        label, css = f"[{cites.numbers[key]}] {outlet(cites.articles[key])}", "node"
    short = label if len(label) <= 30 else label[:29] + "…"
    box = (
        f'<g class="{css}"><rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="4"/>'
        f'<text x="{x + 8}" y="{y + 19}">{esc(short)}<title>{esc(label)}</title></text></g>'
    )
    return f'<a href="#article-{cites.numbers[key]}">{box}</a>' if css == "node" else box


def _item(item: ArticleReport, origin: Derivation, cites: Citations) -> str:
    copy = article_ref(item.article.id, cites)
    key = _origin_key(origin, cites)
    if key.startswith("ext:"):
        target = f'<span class="external">{esc(key[4:])}</span>'
    else:
        target = article_ref(key, cites)
    return (
        f'<li>{copy} <span class="arrow" title="{esc(origin.kind)}">→</span> {target} '
        f'<span class="kind">{esc(words(origin.kind))}</span>'
        f'<div class="evidence">{esc(origin.evidence)}</div></li>'
    )
