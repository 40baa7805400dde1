"""The rate plan from the ward's database: its ceiling setting, a patient's factors at the
planned start, and refusals naming the field."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from ivigmon.domain.codes import Diagnosis
from ivigmon.domain.products import LocalField, LocalValues
from ivigmon.domain.rate_plan import MaxSource
from ivigmon.domain.settings import CheckSettings, RiskSettings
from ivigmon.domain.validation import ValidationError
from ivigmon.services import products, settings
from ivigmon.services.bedside import start_defaults, start_preview
from ivigmon.services.rate_plan import PlanRequest, plan_for, plan_json
from tests.factories import make_patient

START = datetime(2026, 3, 10, 13, 0)


def test_the_wards_ceiling_setting_caps_the_plan(ctx):
    request = PlanRequest("privigen", weight_kg=40.0, dose_g=80.0, start=START)
    # 8 mg/kg/min for 40 kg is 192 mL/h, under the default 240.
    assert plan_for(ctx, request).maximum.set_by is MaxSource.MAXIMUM
    settings.change_settings(ctx, replace(RiskSettings(), max_pump_ml_per_h=150.0), CheckSettings())
    ctx.forget_cached()
    capped = plan_for(ctx, request)
    assert (capped.maximum.set_by, capped.maximum.rate.ml_per_h) == (MaxSource.WARD_CEILING, 150.0)


@pytest.mark.parametrize(
    ("comorbidities", "birth", "set_by"),
    [
        (frozenset(), None, MaxSource.INDICATION_MAXIMUM),
        (frozenset({"diabetes"}), None, MaxSource.AT_RISK_MAXIMUM),
        (frozenset({"central_line"}), None, MaxSource.AT_RISK_MAXIMUM),  # thrombosis risk
        (frozenset({"anti_iga"}), None, MaxSource.INDICATION_MAXIMUM),  # no rate cap
        (frozenset(), datetime(1961, 3, 10).date(), MaxSource.AT_RISK_MAXIMUM),  # 65 today
        (frozenset(), datetime(1961, 3, 11).date(), MaxSource.INDICATION_MAXIMUM),  # 64
    ],
)
def test_a_patients_factors_at_the_planned_start_lower_the_maximum(
    ctx, comorbidities, birth, set_by
):
    overrides = {"diagnoses": (Diagnosis.ITP,), "comorbidities": comorbidities}
    if birth is not None:
        overrides["birth_date"] = birth
    make_patient(ctx, **overrides)
    plan = plan_for(
        ctx, PlanRequest("panzyga", weight_kg=20.0, dose_g=40.0, start=START, mrn="K-0001")
    )
    # Panzyga in ITP: at most 8 mg/kg/min; at risk 3.3.
    assert plan.maximum.set_by is set_by
    assert "indication ITP: the patient's primary diagnosis" in plan.notes


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (PlanRequest("nope", 20.0, 40.0, START), "product"),
        (PlanRequest("privigen", 0.1, 40.0, START), "weight_kg"),
        (PlanRequest("privigen", 20.0, 0.0, START), "dose_g"),
        (PlanRequest("privigen", 20.0, 40.0, START, mrn="K-4040"), "mrn"),
    ],
)
def test_a_plan_that_cannot_be_made_names_the_field(ctx, request_, field):
    with pytest.raises(ValidationError) as refused:
        plan_for(ctx, request_)
    assert refused.value.field == field


def test_the_json_of_a_plan_without_rates(ctx):
    plan = plan_for(ctx, PlanRequest("intratect_5", 20.0, 20.0, START))
    assert plan_json(plan) == {
        "product": "intratect_5",
        "max": None,
        "max_set_by": None,
        "steps": [],
        "volume_ml": 400.0,
        "expected_end": None,
        "notes": [
            "no plan: Intratect 5% has no confirmed label rates; an administrator enters"
            " local limits in the catalogue"
        ],
        "weight_kg": 20.0,
        "dose_g": 20.0,
    }


def test_the_plan_uses_the_wards_local_values_in_force(ctx):
    note = "Ward IVIG protocol 2026 s.4"
    values = {
        LocalField.INITIAL_RATE: 0.5,
        LocalField.MAX_RATE: 6.0,
        LocalField.STEPS: (1.0, 2.0, 4.0),
        LocalField.FIRST_STEP_MINUTES: 30,
        LocalField.STEP_MINUTES: 30,
    }
    local = LocalValues.from_values(values, {name.value: note for name in values})
    request = PlanRequest("intratect_10", weight_kg=20.0, dose_g=40.0, start=START)
    assert plan_for(ctx, request).steps == ()  # no rates: no plan
    products.set_local_values(ctx, "intratect_10", local)
    result = plan_json(plan_for(ctx, request))
    assert result["max_set_by"] == "local_maximum"
    assert result["max"]["reason"] == f"local limit ({note}): 6 mg/kg/min"
    # 0.5, 1, 2, 4 mg/kg/min each for 30 min (45 mL, 13:00-15:00), then the local 6 (72 mL/h):
    # 355 mL = 295.8 min -> 296 (4 h 56 min).
    assert [step["ml_per_h"] for step in result["steps"]] == [6.0, 12.0, 24.0, 48.0, 72.0]
    assert result["expected_end"] == "2026-03-10T19:56"
    assert f"steps: local limit ({note})" in result["notes"]


def test_the_start_form_plans_with_the_patients_factors_once_the_dose_is_typed(ctx):
    make_patient(ctx, comorbidities=frozenset({"diabetes"}))
    defaults = start_defaults(ctx, "K-0001")
    values = {"product_id": "octagam_10", "indication": Diagnosis.KD, "weight_kg": 20.0}
    assert start_preview(ctx, defaults, dose_g=None, **values).plan is None
    plan = start_preview(ctx, defaults, dose_g=40.0, **values).plan
    assert plan is not None and plan.steps[0].start == ctx.now()
    # Diabetes: Octagam 10 %'s at-risk maximum, 3.3 mg/kg/min = 39.6 mL/h for 20 kg.
    assert (plan.maximum.set_by, plan.maximum.rate.ml_per_h) == (MaxSource.AT_RISK_MAXIMUM, 39.6)
