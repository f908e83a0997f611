"""Near-copies: MinHash LSH over word shingles (datasketch), never all pairs."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence

from datasketch import MinHash, MinHashLSH

PERMUTATIONS = 64
SHINGLE = 4  # content words per shingle
# Estimated Jaccard similarity of shingle sets at which two articles are near-copies.
COPY_JACCARD = 0.5
# Each article is checked against at most this many LSH neighbours.
MOST_NEIGHBOURS = 20


def signatures(texts: Iterable[Sequence[str]]) -> list[MinHash | None]:
    """A MinHash of each text's word shingles (None when it has too few words)."""
    template = MinHash(num_perm=PERMUTATIONS, seed=1)
    found: list[MinHash | None] = []
    for words in texts:
        shingles = {
            " ".join(words[n : n + SHINGLE]).encode() for n in range(len(words) - SHINGLE + 1)
        }
        if len(shingles) < SHINGLE:
            found.append(None)
            continue
        signature = MinHash(
            num_perm=PERMUTATIONS,
            hashfunc=zlib.crc32,
            permutations=template.permutations,
            scheme=template.scheme,
        )
        signature.update_batch(list(shingles))
        found.append(signature)
    return found


def near_copies(signatures: Sequence[MinHash | None]) -> Iterator[tuple[int, int, float]]:
    """(i, j, estimated Jaccard) for i < j whose shingles overlap at least COPY_JACCARD."""
    index = MinHashLSH(threshold=COPY_JACCARD, num_perm=PERMUTATIONS)
    for position, signature in enumerate(signatures):
        if signature is None:
            continue
        neighbours = sorted(index.query(signature))[-MOST_NEIGHBOURS:]
        for other in neighbours:
            other_signature = signatures[other]
            assert other_signature is not None
            jaccard = signature.jaccard(other_signature)
            if jaccard >= COPY_JACCARD:
                yield other, position, jaccard
        index.insert(position, signature)
