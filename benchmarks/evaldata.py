"""Where the evaluation corpora are, for the benchmark and eval scripts.

The corpora live beside the project at `../shared/eval` (override with NEWSTALLY_EVAL). They are
never copied into the repository; scripts call `eval_dir_or_exit()` to skip cleanly without them.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(os.environ.get("NEWSTALLY_EVAL", ROOT.parent / "shared" / "eval"))
OUT_DIR = ROOT / "benchmarks" / "out"


def eval_dir_or_exit(*names: str) -> Path:
    """The eval folder; exits 0 with a message when it (or one of `names`) is absent."""
    missing = [name for name in names if not (EVAL_DIR / name).exists()]
    if not EVAL_DIR.is_dir() or missing:
        print(f"skipped: evaluation data not found at {EVAL_DIR} {' '.join(missing)}".rstrip())
        sys.exit(0)
    return EVAL_DIR


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)
