"""The code lists a spreadsheet's coded columns take, each code with its meaning in words."""

from __future__ import annotations

from enum import StrEnum

from ivigmon.domain.codes import (
    COMORBIDITY_NAMES,
    DIAGNOSIS_NAMES,
    EVENT_TERM_NAMES,
    SERIOUSNESS_NAMES,
    AlertKind,
    CheckMode,
    CheckOutcome,
    Comorbidity,
    CourseOutcome,
    Diagnosis,
    EventAction,
    EventOutcome,
    EventTerm,
    LabelUse,
    PremedClass,
    Seriousness,
    Sex,
    WeightBasis,
)
from ivigmon.domain.ctcae import CTCAE_VERSION, GRADE_DESCRIPTIONS
from ivigmon.domain.premedication_drugs import DRUG_CLASSES, ROUTES

# The lists whose codes a column must take (the interchange refuses any other value).
STRICT: dict[str, type[StrEnum]] = {
    "sex": Sex,
    "diagnosis": Diagnosis,
    "comorbidity": Comorbidity,
    "label_use": LabelUse,
    "dosing_weight_basis": WeightBasis,
    "course_outcome": CourseOutcome,
    "premedication_class": PremedClass,
    "seriousness": Seriousness,
    "event_action": EventAction,
    "event_outcome": EventOutcome,
    "check_mode": CheckMode,
    "check_outcome": CheckOutcome,
    "symptom": EventTerm,
    "alert_kind": AlertKind,
}

_MEANINGS: dict[str, str] = {
    **{f"sex:{s}": w for s, w in ((Sex.F, "female"), (Sex.M, "male"))},
    **{f"diagnosis:{c}": w for c, w in DIAGNOSIS_NAMES.items()},
    **{f"comorbidity:{c}": w for c, w in COMORBIDITY_NAMES.items()},
    "label_use:on": "registered use or ward protocol",
    "label_use:off": "off-label use",
    "dosing_weight_basis:actual": "the measured weight",
    "dosing_weight_basis:adjusted": "an adjusted dosing weight (obesity)",
    "course_outcome:good": "good effect of the course",
    "course_outcome:moderate": "moderate effect",
    "course_outcome:poor": "poor effect",
    "premedication_class:antipyretic": "antipyretic (paracetamol, metamizole)",
    "premedication_class:nsaid": "non-steroidal anti-inflammatory drug (ibuprofen)",
    "premedication_class:antihistamine": "antihistamine (cetirizine, chlorphenamine)",
    "premedication_class:glucocorticoid": "glucocorticoid (hydrocortisone)",
    "premedication_class:other": "any other premedication",
    **{f"seriousness:{c}": w for c, w in SERIOUSNESS_NAMES.items()},
    "event_action:none": "nothing was changed",
    "event_action:rate_reduced": "the rate was reduced",
    "event_action:paused": "the infusion was paused",
    "event_action:stopped": "the infusion was stopped",
    "event_action:treated": "the reaction was treated",
    "event_outcome:resolved": "resolved",
    "event_outcome:resolving": "resolving",
    "event_outcome:ongoing": "ongoing",
    "event_outcome:fatal": "fatal (grade 5)",
    "event_outcome:unknown": "not known",
    "check_mode:in_person": "seen in person",
    "check_mode:phone": "by phone",
    "check_outcome:no_symptoms": "no symptoms",
    "check_outcome:symptoms": "symptoms (list them in the column symptoms)",
    "check_outcome:not_reached": "the family could not be reached",
    **{f"symptom:{c}": w for c, w in EVENT_TERM_NAMES.items()},
    "alert_kind:red_flag": "a red-flag symptom at a follow-up check",
    "alert_kind:unended": "an infusion left without an end",
    "alert_kind:vital_signs": "vital signs outside their limits",
}

_ROUTE_NAMES = {
    "po": "by mouth",
    "iv": "intravenous",
    "im": "intramuscular",
    "pr": "rectal",
    "sc": "subcutaneous",
}
_BLOOD_GROUPS = ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-", "A", "B", "AB", "O")

# Lists of the usual values of a column that takes free text as well.
SUGGESTED: dict[str, tuple[tuple[str, str], ...]] = {
    "event_term": tuple((t.value, w) for t, w in EVENT_TERM_NAMES.items()),
    "premedication_drug": tuple((d, f"class {c.value}") for d, c in DRUG_CLASSES.items()),
    "route": tuple((r, _ROUTE_NAMES.get(r, r)) for r in ROUTES),
    "blood_group": tuple(
        (g, "ABO group and RhD" if g[-1] in "+-" else "ABO group, RhD not known")
        for g in _BLOOD_GROUPS
    ),
    "ctcae_version": ((CTCAE_VERSION, "CTCAE v5.0 (blank means this version)"),),
}

GRADES: tuple[tuple[str, str], ...] = tuple((str(g), w) for g, w in GRADE_DESCRIPTIONS.items())
YES_NO: tuple[tuple[str, str], ...] = (("yes", "yes (or TRUE)"), ("no", "no (or FALSE)"))


def strict_codes(name: str) -> tuple[tuple[str, str], ...]:
    """A strict list's codes, in the order of its enum, with their meanings."""
    return tuple((m.value, _MEANINGS.get(f"{name}:{m.value}", m.value)) for m in STRICT[name])
