"""A patient's earlier reactions, worst first, for the screens a nurse reads before an infusion."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from ivigmon.domain.models import AdverseEvent, Infusion
from ivigmon.domain.prior_reactions import describe, is_reaction, is_severe
from ivigmon.domain.products import Product


@dataclass(frozen=True)
class EarlierReaction:
    """One adverse event of an earlier infusion, named as the risk reasons name it.

    `counts` when it makes PRIOR_REACTION (grade 2 or more, or anaphylaxis); `severe` when it
    makes PRIOR_SEVERE_REACTION (SPEC 9 and 12).
    """

    event: AdverseEvent
    infusion_id: str
    text: str
    counts: bool
    severe: bool


def earlier_reactions(
    infusions: Sequence[Infusion], at: datetime, products: Mapping[str, Product]
) -> tuple[EarlierReaction, ...]:
    """Every event with onset at or before `at` of the infusions started at or before it, worst
    first: highest grade, then serious, then latest onset, then the later infusion (SPEC 12)."""
    found = [
        (event, infusion)
        for infusion in infusions
        if infusion.start <= at
        for event in infusion.events
        if event.onset <= at
    ]
    found.sort(
        key=lambda pair: (pair[0].grade, pair[0].serious, pair[0].onset, pair[1].order_key),
        reverse=True,
    )
    return tuple(
        EarlierReaction(
            event=event,
            infusion_id=infusion.id,
            text=describe(event, infusion, products),
            counts=is_reaction(event),
            severe=is_severe(event),
        )
        for event, infusion in found
    )
