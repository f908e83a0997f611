"""Run every `benchmarks/eval_*.py` script in turn (`make eval`); each skips without its data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.evaldata import ROOT


def main() -> int:
    failures = 0
    for script in sorted(Path(__file__).parent.glob("eval_*.py")):
        if script.name == Path(__file__).name:
            continue
        print(f"== {script.stem}", flush=True)
        module = f"benchmarks.{script.stem}"
        done = subprocess.run([sys.executable, "-m", module], cwd=ROOT, check=False)
        failures += done.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
