"""Record factories for domain tests: a plain child and infusion with no risk factor at all."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from ivigmon.domain.codes import Comorbidity, Diagnosis, FactorCode, LabelUse, Sex
from ivigmon.domain.models import Infusion, Measurement, Patient, RateStep, RiskAssessment
from ivigmon.domain.risk import RiskContext, assess_infusion, assess_patient

# The reference start used throughout: a Sunday morning, 2026-03-01 09:00 (local wall clock).
START = datetime(2026, 3, 1, 9, 0)
# A 9-year-old girl at START: no age factor, in the CDC table, under 18 (height rule applies).
BIRTH = date(2016, 6, 15)
WEIGHT_KG = 30.0
HEIGHT_CM = 135.0  # BMI 16.5: well under the 95th percentile at 9 y


def make_patient(**overrides: Any) -> Patient:
    """A patient whose infusion at START has no risk factor (prior IVIG elsewhere 28 days ago)."""
    values: dict[str, Any] = {
        "mrn": "K-0001",
        "name": "Test Child",
        "sex": Sex.F,
        "birth_date": BIRTH,
        "diagnoses": (Diagnosis.JIA,),
        "comorbidities": frozenset(),
        "blood_group": "O+",
        "prior_ivig_last_date": date(2026, 2, 1),
        "measurements": (
            Measurement(at=START - timedelta(days=30), weight_kg=WEIGHT_KG, height_cm=HEIGHT_CM),
        ),
    }
    values.update(overrides)
    values["comorbidities"] = frozenset(Comorbidity(c) for c in values["comorbidities"])
    values["diagnoses"] = tuple(Diagnosis(d) for d in values["diagnoses"])
    return Patient(**values)


def make_infusion(**overrides: Any) -> Infusion:
    """Privigen 1 g/kg for JIA at START, six hours, no rate steps unless given."""
    values: dict[str, Any] = {
        "id": "inf-1",
        "mrn": "K-0001",
        "indication": Diagnosis.JIA,
        "label_use": LabelUse.ON,
        "product_id": "privigen",
        "dosing_weight_kg": WEIGHT_KG,
        "dose_g": 30.0,
        "start": START,
        "end": START + timedelta(hours=6),
    }
    values.update(overrides)
    values["indication"] = Diagnosis(values["indication"])
    return Infusion(**values)


def earlier_infusion(
    days_before: float, *, id: str = "inf-0", duration_h: float | None = 6.0, **overrides: Any
) -> Infusion:
    """An infusion starting `days_before` days before START (no end when duration_h is None)."""
    start = START - timedelta(days=days_before)
    end = None if duration_h is None else start + timedelta(hours=duration_h)
    return make_infusion(id=id, start=start, end=end, **overrides)


def steps(*pairs: tuple[float, float], start: datetime = START) -> tuple[RateStep, ...]:
    """Rate steps from (minutes after start, pump mL/h) pairs, in the order given."""
    return tuple(RateStep(at=start + timedelta(minutes=m), ml_per_h=r) for m, r in pairs)


def measured(
    weight_kg: float, height_cm: float, *, at: datetime = START - timedelta(days=1)
) -> tuple[Measurement, ...]:
    return (Measurement(at=at, weight_kg=weight_kg, height_cm=height_cm),)


def assess_both(
    ctx: RiskContext,
    patient: Patient,
    infusions: Sequence[Infusion],
    target_id: str = "inf-1",
) -> tuple[RiskAssessment, RiskAssessment]:
    """The infusion assessment, and the patient assessment as if an infusion started at its start.

    At the target's own start the target is not yet an earlier infusion, so both assessments see
    the same history.
    """
    target = next(i for i in infusions if i.id == target_id)
    return (
        assess_infusion(patient, infusions, target_id, ctx),
        assess_patient(patient, infusions, target.start, ctx),
    )


def reason(assessment: RiskAssessment, code: FactorCode) -> str:
    return next(f.reason for f in assessment.factors if f.code is code)


def has_note(assessment: RiskAssessment, fragment: str) -> bool:
    return any(fragment in note for note in assessment.notes)


def codes(assessment: RiskAssessment) -> set[FactorCode]:
    return set(assessment.codes)
