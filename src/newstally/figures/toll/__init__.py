"""The article's toll: killed, injured, civilians, combatants, children and women of its main
event, read from its figures.

The main event's figures are those of scope `event` that no update replaced. The totals come
from the lead: the first sentence that gives a count of the measure (a headline and its first
sentence often repeat one count, so each group's largest count there is taken). A lead that
only says "dozens" gives way to the first precise count at least that large in the sentences
after it. Combatants are the sum over combatant groups. Children and women, often named a
sentence or two later, come from the first sentences from the lead on.

The rules are split by concept: `lead` (which sentence gives the totals), `sums` (adding
counts up) and `sides` (civilians against combatants).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newstally.figures.terms import CIVILIAN_GROUPS
from newstally.figures.toll.lead import (
    TOTAL_GROUPS,
    current_figures,
    is_vague,
    lead_figures,
    sentences_from,
)
from newstally.figures.toll.sides import (
    REST_REACH,
    civilians_of_total,
    in_larger,
    may_be_part,
    mostly_civilians,
    rest_are_combatants,
    split_total,
)
from newstally.figures.toll.sums import (
    combatants_sum,
    family_sum,
    joined,
    joined_groups_sum,
    largest_count,
    listed_sum,
    total_after_parts,
    with_others_sum,
)
from newstally.records import Figure, Toll

__all__ = ["later_toll", "rest_are_combatants", "toll_of"]

PART_SENTENCES = 3
SPLIT_SENTENCES = 3
TOLL_BEFORE = re.compile(r"\bdeath toll\b[^.]{0,40}$", re.IGNORECASE)


def toll_of(figures: tuple[Figure, ...], text: str = "") -> Toll:
    """The toll of the main event, each part null when the figures do not give it (with the
    article's `text`, counts of one group joined by "and" are added up first)."""
    figures = joined(text, figures) if text else figures
    killed = current_figures(figures, "killed")
    lead = lead_figures(killed)
    early = sentences_from(killed, lead, PART_SENTENCES)
    opening = sentences_from(killed, killed[:1], PART_SENTENCES)
    around_lead = [*opening, *early]
    civilians, combatants = largest_count(lead, "civilians"), combatants_sum(lead)
    sizes = [
        largest_count(lead, "people") or 0,
        (civilians or family_sum(lead, CIVILIAN_GROUPS)) + (combatants or 0),
        largest_count(lead, "children") or 0,
        largest_count(lead, "women") or 0,
        with_others_sum(lead),
        listed_sum(lead),
    ]
    total = total_after_parts(killed, lead, max(sizes)) or None
    if total and civilians is None and combatants is None:
        reach = (lead[0].sentence_start or 0) + REST_REACH
        after = [f for f in sentences_from(killed, lead, SPLIT_SENTENCES) if f.start < reach]
        parts = [f for f in after if may_be_part(f, figures, total)]
        civilians, combatants = split_total(parts, total)
    if total and civilians is None and combatants is None:
        civilians = civilians_of_total(early, figures, total)
    if total and civilians is None and combatants is None and mostly_civilians(text, lead, total):
        civilians = total
    injured = current_figures(figures, "injured")
    around_lead = [f for f in around_lead if not in_larger(f, figures, total)]
    return Toll(
        killed=total,
        injured=_injured(text, lead_figures(injured)),
        civilians=civilians,
        combatants=combatants,
        children=largest_count(around_lead, "children"),
        women=largest_count(around_lead, "women"),
    )


def later_toll(text: str, figures: tuple[Figure, ...], toll: Toll) -> Toll:
    """`toll` with the larger death toll a second source gives for the event in the sentence
    after the lead: "killed at least 22 people ... The Observatory said the death toll was at
    least 24"."""
    if not toll.killed or toll.combatants is not None or toll.civilians not in (None, toll.killed):
        return toll
    killed = current_figures(figures, "killed")
    lead = lead_figures(killed)
    after = [
        f for f in sentences_from(killed, lead, 2) if f.sentence_start != lead[0].sentence_start
    ]
    larger = [f for f in after if _is_larger_toll(text, f, toll.killed)]
    if not larger:
        return toll
    civilians = larger[0].value if toll.civilians else None
    return replace(toll, killed=larger[0].value, civilians=civilians)


def _is_larger_toll(text: str, figure: Figure, killed: int) -> bool:
    """A precise total of people above `killed`, given as "the death toll"."""
    said = TOLL_BEFORE.search(text, max(0, figure.start - 60), figure.start) is not None
    total = figure.group in TOTAL_GROUPS and figure.part_of is None
    return said and total and figure.value > killed and not is_vague(figure)


def _injured(text: str, lead: list[Figure]) -> int | None:
    """The lead's largest count of the injured, or the kinds it lists added up."""
    largest = max((f.value for f in lead), default=None)
    return max(largest or 0, joined_groups_sum(text, lead)) or largest
