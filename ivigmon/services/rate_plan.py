"""The rate plan for a product, weight, dose and indication (SPEC 11.4), from the ward's
catalogue and ceiling and, for a registered patient, the factors at the planned start."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from ivigmon.domain.codes import Diagnosis
from ivigmon.domain.dosing import StepRate
from ivigmon.domain.numbers import fmt
from ivigmon.domain.products import Product
from ivigmon.domain.rate_check import at_risk_codes
from ivigmon.domain.rate_plan import PlanStep, RatePlan, rate_plan
from ivigmon.domain.risk import assess_patient
from ivigmon.domain.timefmt import to_iso
from ivigmon.domain.validation import DOSE_G, WEIGHT_KG, ValidationError, require_in_limit
from ivigmon.services.context import Context
from ivigmon.services.history import History, load_history
from ivigmon.storage.records import Needed

RECORD = "plan"


@dataclass(frozen=True)
class PlanRequest:
    """What a plan is asked for; `mrn` brings that patient's factors at `start`."""

    product_id: str
    weight_kg: float
    dose_g: float
    start: datetime
    indication: Diagnosis | None = None
    mrn: str | None = None


def plan_for(ctx: Context, request: PlanRequest) -> RatePlan:
    """The plan, or a ValidationError naming the field (nothing is stored)."""
    product = ctx.products().get(request.product_id)
    if product is None:
        known = ", ".join(sorted(ctx.products()))
        raise ValidationError(
            RECORD, "product", f"no product {request.product_id!r} in the catalogue ({known})"
        )
    weight = require_in_limit(RECORD, "weight_kg", request.weight_kg, WEIGHT_KG)
    dose = require_in_limit(RECORD, "dose_g", request.dose_g, DOSE_G)
    indication = request.indication
    codes: tuple[str, ...] = ()
    notes: list[str] = []
    if request.mrn is not None:
        history = load_history(ctx, request.mrn, Needed(at=request.start))
        codes = patient_codes(ctx, history, request.start)
        if indication is None and history.patient.primary_diagnosis is not None:
            indication = history.patient.primary_diagnosis
            notes.append(f"indication {indication.value}: the patient's primary diagnosis")
    plan = plan_from(
        ctx,
        product,
        weight_kg=weight,
        dose_g=dose,
        start=request.start,
        indication=indication,
        codes=codes,
    )
    return replace(plan, notes=(*notes, *plan.notes))


def plan_from(
    ctx: Context,
    product: Product,
    *,
    weight_kg: float,
    dose_g: float,
    start: datetime,
    indication: Diagnosis | None,
    codes: Collection[str],
) -> RatePlan:
    """The plan with the patient's at-risk factors already known, under the ward's ceiling."""
    return rate_plan(
        product,
        weight_kg=weight_kg,
        dose_g=dose_g,
        start=start,
        indication=indication.value if indication is not None else None,
        at_risk_codes=codes,
        ceiling_ml_per_h=ctx.risk_settings().max_pump_ml_per_h,
    )


def patient_codes(ctx: Context, history: History, start: datetime) -> tuple[str, ...]:
    """The patient's factors at the planned start that lower the cap (SPEC 4, RAPID_RATE)."""
    assessment = assess_patient(history.patient, history.infusions, start, ctx.risk_context())
    return at_risk_codes(assessment.codes)


def plan_json(plan: RatePlan) -> dict[str, Any]:
    """SPEC 11.4 `--json`: product, max, max_set_by, steps, volume_ml, expected_end, notes."""
    maximum = plan.maximum
    return {
        "product": plan.product_id,
        "max": None if maximum is None else {**_rate_json(maximum.rate), "reason": maximum.reason},
        "max_set_by": None if maximum is None else maximum.set_by.value,
        "steps": [_step_json(plan, step) for step in plan.steps],
        "volume_ml": round(plan.volume_ml, 1),
        "expected_end": None if plan.expected_end is None else to_iso(plan.expected_end),
        "notes": list(plan.notes),
        "weight_kg": plan.weight_kg,
        "dose_g": plan.dose_g,
    }


def _step_json(plan: RatePlan, step: PlanStep) -> dict[str, Any]:
    return {
        "from": None if step.start is None else to_iso(step.start),
        "to": None if step.end is None else to_iso(step.end),
        **_rate_json(step.rate),
        "volume_ml": None if step.volume_ml is None else round(step.volume_ml, 1),
        "as_tolerated": step.as_tolerated,
    }


def _rate_json(rate: StepRate) -> dict[str, float]:
    return {
        "ml_per_h": round(rate.ml_per_h, 1),
        "ml_per_kg_h": round(rate.ml_per_kg_h, 3),
        "mg_per_kg_min": round(rate.mg_per_kg_min, 3),
    }


def describe_maximum(plan: RatePlan) -> str:
    """`48 mL/h = 2.4 mL/kg/h = 4 mg/kg/min (label maximum for JDM: 4 mg/kg/min)`."""
    if plan.maximum is None:
        return ""
    rate = plan.maximum.rate
    return (
        f"{fmt(rate.ml_per_h, 1)} mL/h = {fmt(rate.ml_per_kg_h)} mL/kg/h ="
        f" {fmt(rate.mg_per_kg_min)} mg/kg/min ({plan.maximum.reason})"
    )
