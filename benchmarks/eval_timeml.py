"""Dates on TimeBank (TimeML): DATE expressions resolved to their annotated value, given the DCT.

Two scores, the DCT as the published date in both. In context: `find_timeml` runs over the whole
document text (tags stripped, offsets kept) and each annotated DATE is scored by the value of the
found expression overlapping it most; a DATE no found expression overlaps falls back to its text
alone (counted apart). Expression only: `normalise` on each DATE's text alone. Also the recall of
`find_dates` over the annotated DATE spans. Writes the in-context misses by cause to
benchmarks/out/timeml-misses.tsv.

    .venv/bin/python -m benchmarks.eval_timeml
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.evaldata import OUT_DIR, eval_dir_or_exit
from newstally.dates import find_dates, find_timeml, normalise
from newstally.records import Article


@dataclass(frozen=True)
class Timex:
    text: str
    value: str
    start: int
    end: int
    anchored: bool = False


@dataclass(frozen=True)
class Document:
    id: str
    dct: str
    text: str
    dates: tuple[Timex, ...]
    timexes: tuple[Timex, ...]


def read_tml(path: Path) -> Document:
    """The document's plain text, its DCT and its DATE expressions with offsets into the text."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    assert dct is not None and body is not None
    parts: list[str] = [body.text or ""]
    dates: list[Timex] = []
    timexes: list[Timex] = []
    for child in body.iter():
        if child is body:
            continue
        start = sum(map(len, parts))
        inner = "".join(child.itertext())
        anchored = child.get("anchorTimeID", "t0") != "t0"
        timex = Timex(inner, child.get("value", ""), start, start + len(inner), anchored)
        if child.tag == "TIMEX3":
            timexes.append(timex)
        if child.tag == "TIMEX3" and child.get("type") == "DATE":
            dates.append(timex)
        if not list(child):
            parts.append(inner)
        parts.append(child.tail or "")
    return Document(
        path.stem, dct.get("value", "")[:10], "".join(parts), tuple(dates), tuple(timexes)
    )


def shape(value: str) -> str:
    """The value's form with digits masked: 1998-W07 -> 9999-W99."""
    return re.sub(r"\d", "9", value) if value else "none"


def cause(got: str | None, gold: str, anchored: bool) -> str:
    if anchored:
        return "anchored to another expression, not the DCT"
    if got is None:
        return f"unresolved {shape(gold)}"
    if shape(got) != shape(gold):
        return f"form {shape(got)} for {shape(gold)}"
    return f"wrong value {shape(gold)}"


def found(document: Document) -> tuple[list[Timex], int, int]:
    """The DATE expressions find_dates missed, and how many of its finds overlap any TIMEX3."""
    article = Article(id=document.id, text=document.text, published=document.dct)
    spans = [(e.start, e.end) for e in find_dates(article)]
    missed = [d for d in document.dates if not any(s < d.end and d.start < e for s, e in spans)]
    hits = sum(any(s < t.end and t.start < e for t in document.timexes) for s, e in spans)
    return missed, hits, len(spans)


@dataclass
class Scores:
    total: int = 0
    right: int = 0
    anchored: int = 0
    anchored_right: int = 0
    recalled: int = 0
    hits: int = 0
    finds: int = 0
    context_right: int = 0
    context_anchored_right: int = 0
    fallback: int = 0
    fallback_right: int = 0
    misses: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)
    unfound: Counter[str] = field(default_factory=Counter)

    def add_found(self, document: Document) -> None:
        missed, hits, finds = found(document)
        self.recalled += len(document.dates) - len(missed)
        self.hits, self.finds = self.hits + hits, self.finds + finds
        self.unfound.update(timex.text for timex in missed)

    def add_alone(self, timex: Timex, got: str | None) -> None:
        self.total += 1
        self.anchored += timex.anchored
        self.right += got == timex.value
        self.anchored_right += got == timex.value and timex.anchored

    def add_in_context(self, timex: Timex, got: str | None, fallback: bool) -> None:
        right = got == timex.value
        self.context_right += right
        self.context_anchored_right += right and timex.anchored
        self.fallback += fallback
        self.fallback_right += fallback and right
        if not right:
            why = cause(got, timex.value, timex.anchored)
            why = f"not found, text alone: {why}" if fallback else why
            self.misses[(why, timex.text, timex.value, got or "")] += 1


def overlapping(timex: Timex, found: tuple[tuple[int, int, str | None], ...]) -> list[str | None]:
    """The value of the found expression overlapping `timex` most (none when none overlaps)."""
    overlaps = [(min(e, timex.end) - max(s, timex.start), v) for s, e, v in found]
    best = max(overlaps, default=(0, None), key=lambda pair: pair[0])
    return [best[1]] if best[0] > 0 else []


def score(folder: Path) -> Scores:
    """Resolution share and find_dates recall over every .tml file in `folder`."""
    scores = Scores()
    for path in sorted(folder.glob("*.tml")):
        document = read_tml(path)
        scores.add_found(document)
        article = Article(id=document.id, text=document.text, published=document.dct)
        found = find_timeml(article)
        for timex in document.dates:
            alone = normalise(timex.text, document.dct)
            scores.add_alone(timex, alone)
            in_context = overlapping(timex, found)
            scores.add_in_context(timex, in_context[0] if in_context else alone, not in_context)
    return scores


def write_tables(scores: Scores) -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    rows = sorted(scores.misses.items(), key=lambda item: (item[0][0], -item[1]))
    with (OUT_DIR / "timeml-misses.tsv").open("w", encoding="utf-8") as out:
        out.write("cause\tcount\ttext\tgold\tgot\n")
        out.writelines(f"{why}\t{n}\t{text}\t{gold}\t{got}\n" for (why, text, gold, got), n in rows)
    with (OUT_DIR / "timeml-unfound.tsv").open("w", encoding="utf-8") as out:
        out.write("count\ttext\n")
        out.writelines(f"{n}\t{text}\n" for text, n in scores.unfound.most_common())


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / max(whole, 1):.3f}"


def main() -> int:
    scores = score(eval_dir_or_exit("timeml") / "timeml")
    write_tables(scores)
    direct = scores.total - scores.anchored
    context = scores.context_right
    print("DATE expressions resolved to the annotated value")
    print(f"in context (find_timeml over the document): {share(context, scores.total)}")
    print(f"  anchored on the DCT: {share(context - scores.context_anchored_right, direct)}")
    print(
        f"  anchored on another expression: {share(scores.context_anchored_right, scores.anchored)}"
    )
    print(f"  not found, text alone: {share(scores.fallback_right, scores.fallback)}")
    print(f"expression only (each DATE's text alone): {share(scores.right, scores.total)}")
    print(f"  anchored on the DCT: {share(scores.right - scores.anchored_right, direct)}")
    print(f"  anchored on another expression: {share(scores.anchored_right, scores.anchored)}")
    print(f"find_dates recall over DATE spans: {share(scores.recalled, scores.total)}")
    print(f"find_dates finds overlapping a TIMEX3: {share(scores.hits, scores.finds)}")
    causes: Counter[str] = Counter()
    for (why, *_), count in scores.misses.items():
        causes[why] += count
    print("misses by cause (benchmarks/out/timeml-misses.tsv):")
    for why, count in causes.most_common(10):
        print(f"  {count:4d}  {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
