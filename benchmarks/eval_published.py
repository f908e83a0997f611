"""Published dates read from article text: coverage and accuracy on FA-KES dev.

Coverage: share of FA-KES dev articles whose opening gives a `published` date.
Accuracy: on the hand-read articles in `fixtures/fakes_published.json` (id -> the publication
day read from the article's own opening), share whose found date equals the hand-read one.
Also prints the evidence for the numeric day/month order, and with `--others` what the finder
reads in the GVA and ECB+ texts (GVA has a `published` field to compare with).
Skips cleanly (exit 0) when the eval folder is absent.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

from benchmarks.evaldata import EVAL_DIR, ROOT, read_jsonl
from newstally.read.metadata import find_published

FIXTURE = ROOT / "benchmarks" / "fixtures" / "fakes_published.json"
NUMERIC = re.compile(r"(?<![\w.-])([0-3]?\d)([.-])([0-3]?\d)\2((?:19|20)\d\d)(?!\d)")


def articles(name: str) -> Iterator[dict[str, Any]]:
    return read_jsonl(EVAL_DIR / name)


def measure() -> dict[str, float] | None:
    """Coverage and accuracy on FA-KES dev, or None when the eval data is absent."""
    if not (EVAL_DIR / "fakes-articles.jsonl").exists():
        return None
    found: dict[str, str | None] = {}
    total = dated = 0
    for article in articles("fakes-articles.jsonl"):
        date = find_published(article["text"])
        found[str(article["id"])] = date.value if date else None
        total, dated = total + 1, dated + (date is not None)
    labelled: dict[str, str] = json.loads(FIXTURE.read_text("utf-8"))
    right = sum(found.get(key) == value for key, value in labelled.items())
    return {
        "articles": total,
        "coverage": dated / total,
        "labelled": len(labelled),
        "accuracy": right / max(1, len(labelled)),
    }


def numeric_order_evidence() -> Counter[str]:
    """Unambiguous numeric dates in FA-KES openings, by separator and order."""
    counts: Counter[str] = Counter()
    for article in articles("fakes-articles.jsonl"):
        for first, sep, second, _ in NUMERIC.findall(article["text"][:300]):
            if int(first) > 12:
                counts[f"'{sep}' day-first"] += 1
            elif int(second) > 12:
                counts[f"'{sep}' month-first"] += 1
            else:
                counts[f"'{sep}' ambiguous"] += 1
    return counts


def show_others() -> None:
    """What the finder reads in GVA and ECB+ texts, for a look by eye."""
    agree = disagree = 0
    for article in articles("gva-articles.jsonl"):
        date = find_published(article["text"])
        if date:
            same = date.value == article.get("published")
            agree, disagree = agree + same, disagree + (not same)
            mark = "=" if same else "!"
            phrase = article["text"][date.start : date.end]
            print(f"GVA {mark} {date.value} field={article.get('published')} {phrase!r}")
    print(f"GVA: {agree + disagree} dates found, {agree} equal the published field")
    for article in articles("ecbplus-articles.jsonl"):
        date = find_published(article["text"])
        if date:
            text = article["text"]
            context = text[max(0, date.start - 40) : date.end + 20]
            print(f"ECB+ {article['id']} {date.value} {context!r}")


def main() -> int:
    result = measure()
    if result is None:
        print(f"skipped: evaluation data not found at {EVAL_DIR}")
        return 0
    print(
        f"FA-KES dev: {result['articles']} articles, published date found in "
        f"{result['coverage']:.1%}; right on {result['accuracy']:.1%} of "
        f"{result['labelled']} hand-read"
    )
    print("numeric dates:", dict(numeric_order_evidence()))
    if "--others" in sys.argv:
        show_others()
    return 0


if __name__ == "__main__":
    sys.exit(main())
