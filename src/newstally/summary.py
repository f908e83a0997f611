"""The cited summary: sentences taken from the articles, each with its source offsets.

Stub: the fact-sheet issue fills this in.
"""

from __future__ import annotations

from newstally.records import Report, SummarySentence


def summarise(report: Report) -> tuple[SummarySentence, ...]:
    return ()
