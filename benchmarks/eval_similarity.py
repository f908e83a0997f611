"""SemEval-2022 Task 8 dev pairs: Pearson correlation of newstally's article similarity with
the Overall rating (1 = same story, 4 = unrelated; scored against 5 - rating).

Usage: python -m benchmarks.eval_similarity. Skips cleanly without the eval data.
"""

from __future__ import annotations

import sys

import numpy as np

from benchmarks.evaldata import eval_dir_or_exit, read_jsonl
from newstally.events.similarity import features, score
from newstally.records import Article

PAIRS = "semeval8-pairs.jsonl"


def main() -> int:
    rows = list(read_jsonl(eval_dir_or_exit(PAIRS) / PAIRS))
    articles = tuple(
        Article(id=f"{n}:{side}", text=row[f"text{side}"] or "")
        for n, row in enumerate(rows)
        for side in (1, 2)
    )
    left = np.arange(0, len(articles), 2, dtype=np.int64)
    scores = score(features(articles), left, left + 1)
    overall = np.array([5 - float(row["Overall"]) for row in rows])
    pearson = float(np.corrcoef(scores, overall)[0, 1])
    print(f"SemEval-2022 Task 8 dev: {len(rows)} pairs, Pearson r with 5 - Overall = {pearson:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
