"""Average-linkage clustering over a sparse graph of scored pairs.

Pairs never scored count as similarity 0, so two groups merge only when the mean similarity
over all their cross pairs reaches the threshold. Best merge first, with a lazy heap.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable


def average_linkage(
    size: int, pairs: Iterable[tuple[int, int, float]], threshold: float
) -> list[int]:
    """A cluster label (its lowest member) for each of `size` items."""
    links: list[dict[int, float]] = [{} for _ in range(size)]
    for i, j, score in pairs:
        links[i][j] = links[i].get(j, 0.0) + score
        links[j][i] = links[j].get(i, 0.0) + score
    members = [[n] for n in range(size)]
    heap = [(-total, i, j) for i in range(size) for j, total in links[i].items() if i < j]
    heap = [entry for entry in heap if -entry[0] >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, i, j = heapq.heappop(heap)
        if not members[i] or not members[j] or links[i].get(j) is None:
            continue
        mean = links[i][j] / (len(members[i]) * len(members[j]))
        if abs(mean + negative) > 1e-9:  # stale: the clusters grew since it was queued
            continue
        _merge(links, members, i, j, heap, threshold)
    return _labels(members, size)


def _merge(
    links: list[dict[int, float]],
    members: list[list[int]],
    keep: int,
    gone: int,
    heap: list[tuple[float, int, int]],
    threshold: float,
) -> None:
    """Fold cluster `gone` into `keep` and queue keep's new average links."""
    members[keep].extend(members[gone])
    members[gone] = []
    for other, total in links[gone].items():
        links[other].pop(gone, None)
        if other != keep:
            links[keep][other] = links[keep].get(other, 0.0) + total
            links[other][keep] = links[keep][other]
    links[gone] = {}
    links[keep].pop(gone, None)
    for other, total in links[keep].items():
        mean = total / (len(members[keep]) * len(members[other]))
        if mean >= threshold:
            heapq.heappush(heap, (-mean, min(keep, other), max(keep, other)))


def _labels(members: list[list[int]], size: int) -> list[int]:
    label = list(range(size))
    for group in members:
        for item in group:
            label[item] = min(group)
    return label
