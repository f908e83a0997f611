"""Input paths to sources: folders recursively, single files, or `-` for standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newstally.errors import InputError
from newstally.records import Skipped

KNOWN_SUFFIXES = frozenset({".txt", ".md", ".text", ".html", ".htm", ".jsonl", ".json", ".ndjson"})
# One article file larger than this is skipped, not read: no news article is this long,
# and the limit keeps memory bounded. JSONL files are streamed line by line instead.
MAX_ARTICLE_BYTES = 10_000_000
MAX_JSONL_LINE_BYTES = 10_000_000
HIDDEN_PREFIXES = (".", "_")


@dataclass(frozen=True, slots=True)
class Source:
    """One input file (or standard input): where it is and its name for messages."""

    name: str
    path: Path | None  # None for standard input

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower() if self.path else ""

    @property
    def stem(self) -> str:
        return self.path.stem if self.path else "stdin"

    def size(self) -> int:
        return self.path.stat().st_size if self.path else 0

    def read_bytes(self, limit: int = MAX_ARTICLE_BYTES) -> bytes:
        """All bytes, or InputError when there are more than `limit` (nothing past it is read)."""
        stream = self.path.open("rb") if self.path else sys.stdin.buffer
        try:
            data = stream.read(limit + 1)
        finally:
            if self.path:
                stream.close()
        if len(data) > limit:
            raise InputError(f"larger than the {limit // 1_000_000} MB limit for one article")
        return data


def expand(paths: list[str]) -> Iterator[Source | Skipped]:
    """Every file under `paths`, in a stable order; a missing path yields its Skipped entry."""
    for raw in paths:
        if raw == "-":
            yield Source("-", None)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _folder(path)
        elif path.is_file():
            yield Source(str(path), path)
        else:
            yield Skipped(raw, "no such file or folder")


def _folder(folder: Path) -> Iterator[Source]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(HIDDEN_PREFIXES) for part in relative) or not path.is_file():
            continue
        yield Source(str(path), path)
