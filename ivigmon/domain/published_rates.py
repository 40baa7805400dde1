"""Published adverse-reaction figures the report prints beside the ward's own, and what each
of the ward's figures counts (the measures)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Measure(StrEnum):
    """What a published figure, and the ward's figure beside it, count (README: report)."""

    IMMEDIATE_REACTION = "immediate_reaction"  # infusions with an event during the infusion
    DELAYED_REACTION = "delayed_reaction"  # per infusion followed up: reported at a check
    DELAYED_HEADACHE = "delayed_headache"  # per infusion followed up: headache at a check
    ANY_REACTION = "any_reaction"  # infusions with any adverse event
    ASEPTIC_MENINGITIS = "aseptic_meningitis"  # neck stiffness or photophobia, any time
    RENAL_DYSFUNCTION = "renal_dysfunction"  # reduced urine output, any time
    PATIENTS_WITH_EVENT = "patients_with_event"  # patients, not infusions


@dataclass(frozen=True)
class PublishedRate:
    """One published figure: a percentage (or a range up to `percent_high`) of `denominator`
    infusions or patients, and where it was published."""

    measure: Measure
    percent: float
    source: str
    percent_high: float | None = None
    denominator: int | None = None
    unit: str = "infusions"
    population: str = ""
