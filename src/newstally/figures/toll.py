"""The article's toll: killed, injured, civilians, combatants, children and women of its main
event, read from its figures.

The main event's figures are those of scope `event` that no update replaced, precise counts
preferred over vague amounts ("dozens"). The totals come from the lead: the first sentence that
gives a count of that measure, each group's largest count there (a headline and its first
sentence often repeat one count); combatants are the sum over combatant groups. Children and
women, often named a sentence or two later, come from the first sentences with a count.
"""

from __future__ import annotations

from newstally.figures.numbers import VAGUE_VALUE
from newstally.figures.terms import COMBATANT_GROUPS, norm
from newstally.records import Figure, Toll

LEAD_SENTENCES = 1
PART_SENTENCES = 3


def toll_of(figures: tuple[Figure, ...]) -> Toll:
    """The toll of the main event, each part null when the figures do not give it."""
    killed = _current(figures, "killed")
    lead, early = _first_sentences(killed, LEAD_SENTENCES), _first_sentences(killed, PART_SENTENCES)
    civilians = _largest(lead, "civilians")
    combatants = _combatants(lead)
    total = _largest(lead, "people")
    parts = (civilians or 0) + (combatants or 0)
    return Toll(
        killed=max(total or 0, parts) or None,
        injured=_largest(_first_sentences(_current(figures, "injured"), 1), "people"),
        civilians=civilians,
        combatants=combatants,
        children=_largest(early, "children"),
        women=_largest(early, "women"),
    )


def _current(figures: tuple[Figure, ...], measure: str) -> list[Figure]:
    """The main event's figures of `measure`, precise ones only when there are any."""
    found = [f for f in figures if f.measure == measure and f.scope == "event" and not f.earlier]
    precise = [f for f in found if not _is_vague(f)]
    return precise or found


def _first_sentences(figures: list[Figure], count: int) -> list[Figure]:
    starts = sorted({f.sentence_start or 0 for f in figures})[:count]
    return [f for f in figures if (f.sentence_start or 0) in starts]


def _largest(figures: list[Figure], group: str) -> int | None:
    values = [f.value for f in figures if f.group == group]
    return max(values) if values else None


def _combatants(figures: list[Figure]) -> int | None:
    groups = {f.group for f in figures if f.group in COMBATANT_GROUPS}
    largest = [_largest(figures, group) or 0 for group in groups]
    return sum(largest) if largest else None


def _is_vague(figure: Figure) -> bool:
    return norm(figure.value_text or "") in VAGUE_VALUE
