"""An article's text as HTML, with every fact, entity, date and boilerplate span marked.

Spans become nested `<span>` elements. A span that crosses the end of an enclosing one is
closed there and reopened after it as a continuation (same `data-k`, no id), so ids stay
unique and the markup stays well formed whatever the offsets.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import pairwise

from newstally.records import ArticleReport, Mention, Report, Sentence
from newstally.render.html.parts import esc, span_id
from newstally.text import sentences

# A mark: start, end, nesting rank (outer first), opening tag, continuation tag.
Mark = tuple[int, int, int, str, str]
Targets = dict[tuple[int, int], set[str]]


def mentions_by_kind(report: Report) -> Iterator[tuple[Mention, str]]:
    """Every span the report points at, with the CSS class of what points at it."""
    for item in report.articles:
        for figure in item.figures:
            yield Mention(item.article.id, figure.start, figure.end), "fig"
        for date in item.dates:
            yield Mention(item.article.id, date.start, date.end), "date"
    for claim in report.figures:
        yield from ((mention, "fig") for mention in claim.mentions)
    for sentence in report.summary:
        yield from ((mention, "sum") for mention in sentence.mentions)
    for quote in report.quotes:
        yield from ((mention, "quote") for mention in quote.mentions)
    for check in report.checks:
        yield from ((mention, "check") for mention in check.mentions)
    for entity in report.entities:
        yield from ((mention, "ent") for mention in entity.mentions)


def targets_by_article(report: Report) -> dict[str, Targets]:
    """Article id -> (start, end) -> the classes of the facts that point at that span."""
    found: dict[str, Targets] = defaultdict(lambda: defaultdict(set))
    for mention, kind in mentions_by_kind(report):
        found[mention.article][(mention.start, mention.end)].add(kind)
    return found


def article_text(item: ArticleReport, number: int, targets: Targets) -> str:
    """The article's whole text, escaped, with its spans marked."""
    text = item.article.text
    inside = {span: kinds for span, kinds in targets.items() if 0 <= span[0] < span[1] <= len(text)}
    marks = [*_target_marks(number, inside), *_sentence_marks(text, number, inside)]
    marks += [_boilerplate_mark(s.start, s.end, s.kind) for s in item.article.boilerplate]
    return nest(text, [m for m in marks if 0 <= m[0] < m[1] <= len(text)])


def nest(text: str, marks: Iterable[Mark]) -> str:
    """`text` escaped, each mark's tags around its stretch, crossings split."""
    queue = sorted(marks, key=lambda m: (m[0], -m[1], m[2]))
    points = sorted({0, len(text), *(m[0] for m in queue), *(m[1] for m in queue)})
    out: list[str] = []
    stack: list[Mark] = []
    position = 0
    for here, following in pairwise(points):
        _close(out, stack, here)
        while position < len(queue) and queue[position][0] == here:
            stack.append(queue[position])
            out.append(queue[position][3])
            position += 1
        out.append(esc(text[here:following]))
    _close(out, stack, len(text))
    return "".join(out)


def _close(out: list[str], stack: list[Mark], here: int) -> None:
    """Close the marks that end at `here`, reopening any still-open mark closed above them."""
    ending = [i for i, mark in enumerate(stack) if mark[1] <= here]
    if not ending:
        return
    reopen = [mark for mark in stack[ending[0] :] if mark[1] > here]
    out.append("</span>" * (len(stack) - ending[0]))
    del stack[ending[0] :]
    stack.extend(reopen)
    out.extend(mark[4] for mark in reopen)


def _target_marks(number: int, targets: Targets) -> Iterator[Mark]:
    for (start, end), kinds in targets.items():
        key = span_id(number, start, end)
        css = " ".join(["m", *sorted(kinds)])
        rank = 3 if kinds <= {"ent", "date"} else 2
        opening = f'<span class="{css}" id="{key}" data-k="{key}">'
        yield start, end, rank, opening, f'<span class="{css} cont" data-k="{key}">'


def _sentence_marks(text: str, number: int, targets: Targets) -> Iterator[Mark]:
    """The sentence around each fact (sentences never cross a line, so split only its line)."""
    facts = [span for span, kinds in targets.items() if not kinds <= {"ent", "date"}]
    lines: dict[int, tuple[Sentence, ...]] = {}
    found: set[tuple[int, int]] = set()
    for start, end in facts:
        line = text.rfind("\n", 0, start) + 1
        if line not in lines:
            stop = text.find("\n", line)
            lines[line] = sentences(text[line : len(text) if stop < 0 else stop])
        for sentence in lines[line]:
            if sentence.start <= start - line and end - line <= sentence.end:
                found.add((line + sentence.start, line + sentence.end))
    for start, end in sorted(found):
        tag = f'<span class="sent" data-s="s-{number}-{start}">'
        yield start, end, 1, tag, tag


def _boilerplate_mark(start: int, end: int, kind: str) -> Mark:
    tag = f'<span class="bp" title="{esc("boilerplate: " + kind)}">'
    return start, end, 0, tag, tag
