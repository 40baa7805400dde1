"""Reactions during service infusions and symptoms reported later, graded by CTCAE v5.0.

Shares: immediate infusion reactions in about 2-5 % of infusions, more at a first infusion, after
a long gap, a product change, an infection or a fast rate (labels: Warnings and Precautions;
the source paper's risk factors); delayed symptoms, mostly headache and fatigue, reported in
about 10-20 % of infusions at the follow-up calls 24-72 h later. Grade 5 is never generated.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ivigmon.demo.service_draw import Weighted, chance
from ivigmon.domain.codes import EventAction, EventOutcome, EventTerm

# Per-infusion probability of an immediate reaction, and what raises it.
REACTION_BASE = 0.026
REACTION_FACTORS = {
    "first": 2.5,
    "long_gap": 1.8,
    "product_change": 1.5,
    "infection": 2.0,
    "rapid_rate": 2.0,
    "premedicated": 0.7,
}
IMMEDIATE_TERMS: Weighted[EventTerm] = Weighted(
    [
        (EventTerm.HEADACHE, 20),
        (EventTerm.FLUSHING, 15),
        (EventTerm.CHILLS, 15),
        (EventTerm.FEVER, 12),
        (EventTerm.RASH, 10),
        (EventTerm.NAUSEA, 8),
        (EventTerm.MYALGIA, 5),
        (EventTerm.TACHYCARDIA, 4),
        (EventTerm.HYPERTENSION, 3),
        (EventTerm.VOMITING, 2),
        (EventTerm.DYSPNOEA, 2),
        (EventTerm.HYPOTENSION, 2),
        (EventTerm.ANAPHYLAXIS, 0.3),  # about 1 in 10,000 infusions
    ]
)
IMMEDIATE_GRADES: Weighted[int] = Weighted([(1, 60), (2, 36), (3, 4)])
# CTCAE v5.0 grades anaphylaxis 3 (symptomatic bronchospasm, hypotension) to 5.
ANAPHYLAXIS_GRADES: Weighted[int] = Weighted([(3, 85), (4, 15)])
# What the nurse does, by grade: mild reactions are slowed or paused, moderate ones paused or
# treated, severe ones stopped (labels: slow or stop the infusion).
ACTIONS: dict[int, Weighted[EventAction]] = {
    1: Weighted([(EventAction.RATE_REDUCED, 45), (EventAction.PAUSED, 30), (EventAction.NONE, 25)]),
    2: Weighted(
        [(EventAction.PAUSED, 40), (EventAction.RATE_REDUCED, 25), (EventAction.TREATED, 35)]
    ),
    3: Weighted([(EventAction.STOPPED, 70), (EventAction.TREATED, 30)]),
    4: Weighted([(EventAction.STOPPED, 1)]),
}
SEVERE_OUTCOMES: Weighted[EventOutcome] = Weighted(
    [(EventOutcome.RESOLVED, 80), (EventOutcome.RESOLVING, 20)]
)

# Delayed symptoms reported at a follow-up check.
DELAYED_BASE = 0.14
DELAYED_FIRST_FACTOR = 1.5
DELAYED_HIGH_DOSE_FACTOR = 1.3  # 1 g/kg or more in the infusion
DELAYED_TERMS: Weighted[EventTerm] = Weighted(
    [
        (EventTerm.HEADACHE, 40),
        (EventTerm.WEAKNESS, 15),  # fatigue
        (EventTerm.FEVER, 10),
        (EventTerm.NAUSEA, 10),
        (EventTerm.MYALGIA, 8),
        (EventTerm.CHILLS, 5),
        (EventTerm.RASH, 5),
        (EventTerm.VOMITING, 4),
        (EventTerm.COUGH, 3),
    ]
)
DELAYED_GRADES: Weighted[int] = Weighted([(1, 75), (2, 23), (3, 2)])
SECOND_SYMPTOM_SHARE = 0.25
# Rare serious delayed effects (labels' boxed warning and Warnings and Precautions): aseptic
# meningitis, haemolysis after high doses in blood groups A, B and AB, thrombosis, renal
# dysfunction; each in well under 1 in 1,000 infusions.
ASEPTIC_MENINGITIS = 0.0004
HAEMOLYSIS_HIGH_DOSE = 0.001
THROMBOSIS = 0.0002
THROMBOSIS_AT_RISK = 0.0008
RENAL = 0.0001
RENAL_AT_RISK = 0.0006
THROMBOSIS_TERMS: Weighted[EventTerm] = Weighted(
    [(EventTerm.LIMB_SWELLING, 60), (EventTerm.CHEST_PAIN, 40)]
)
# Which follow-up call usually hears of delayed symptoms (most start within 24-48 h).
SYMPTOM_CHECK_OFFSETS: Weighted[int] = Weighted([(24, 60), (48, 30), (72, 10)])


@dataclass(frozen=True, slots=True)
class Graded:
    """An event's CTCAE grade with consistent seriousness, action and outcome."""

    term: EventTerm
    grade: int
    serious: bool
    action: EventAction
    outcome: EventOutcome


def reaction_chance(
    *,
    first: bool,
    long_gap: bool,
    product_change: bool,
    infection: bool,
    rapid_rate: bool,
    premedicated: bool,
) -> float:
    p = REACTION_BASE
    if first:
        p *= REACTION_FACTORS["first"]
    if long_gap:
        p *= REACTION_FACTORS["long_gap"]
    if product_change:
        p *= REACTION_FACTORS["product_change"]
    if infection:
        p *= REACTION_FACTORS["infection"]
    if rapid_rate:
        p *= REACTION_FACTORS["rapid_rate"]
    if premedicated:
        p *= REACTION_FACTORS["premedicated"]
    return p


def immediate(rng: random.Random) -> Graded:
    """A reaction during the infusion; grade 3 and above are serious."""
    term = IMMEDIATE_TERMS.pick(rng)
    grade = (ANAPHYLAXIS_GRADES if term is EventTerm.ANAPHYLAXIS else IMMEDIATE_GRADES).pick(rng)
    action = EventAction.STOPPED if term is EventTerm.ANAPHYLAXIS else ACTIONS[grade].pick(rng)
    outcome = SEVERE_OUTCOMES.pick(rng) if grade >= 3 else EventOutcome.RESOLVED
    return Graded(term, grade, grade >= 3, action, outcome)


def delayed(rng: random.Random, term: EventTerm | None = None) -> Graded:
    """A symptom reported at a check: treated at home (paracetamol, fluids) or nothing."""
    if term is None:
        term = DELAYED_TERMS.pick(rng)
        grade = DELAYED_GRADES.pick(rng)
    else:  # a rare serious effect: hospital care
        grade = 3 if chance(rng, 0.5) else 2
    action = EventAction.NONE if grade == 1 and chance(rng, 0.6) else EventAction.TREATED
    outcome = EventOutcome.RESOLVING if grade >= 3 or chance(rng, 0.5) else EventOutcome.RESOLVED
    return Graded(term, grade, grade >= 3, action, outcome)


def serious_delayed(
    rng: random.Random,
    *,
    g_per_kg: float,
    blood_group: str | None,
    thrombosis_risk: bool,
    renal_risk: bool,
) -> EventTerm | None:
    """A rare serious delayed effect of this infusion, or None (one draw: a million calls)."""
    high_dose = g_per_kg >= 1
    meningitis = ASEPTIC_MENINGITIS * (2 if high_dose else 1)
    non_o = blood_group is not None and not blood_group.startswith("O")
    haemolysis = meningitis + (HAEMOLYSIS_HIGH_DOSE if high_dose and non_o else 0.0)
    thrombosis = haemolysis + (THROMBOSIS_AT_RISK if thrombosis_risk else THROMBOSIS)
    renal = thrombosis + (RENAL_AT_RISK if renal_risk else RENAL)
    u = rng.random()
    if u >= renal:
        return None
    if u < meningitis:
        return EventTerm.NECK_STIFFNESS
    if u < haemolysis:
        return EventTerm.DARK_URINE
    if u < thrombosis:
        return THROMBOSIS_TERMS.pick(rng)
    return EventTerm.REDUCED_URINE
