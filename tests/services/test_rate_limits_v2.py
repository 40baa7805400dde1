"""The ward ceiling as a stored setting, and the titration interval at the bedside (SPEC 11.2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from ivigmon.domain.codes import Diagnosis, FactorCode, RateUnit
from ivigmon.domain.local_brand import NewProduct
from ivigmon.domain.models import RateStep
from ivigmon.domain.settings import CheckSettings, RiskSettings
from ivigmon.domain.validation import ValidationError
from ivigmon.services import infusions, products, settings
from ivigmon.services.bedside import bedside_state
from ivigmon.services.context import open_context
from tests.factories import THIS_MORNING, make_patient, start_infusion


@pytest.mark.parametrize(
    ("ceiling", "accepted"),
    [(19.9, False), (20.0, True), (240.0, True), (1000.0, True), (1000.1, False)],
)
def test_the_ward_ceiling_is_checked_before_it_is_stored(ctx, ceiling, accepted):
    wanted = replace(RiskSettings(), max_pump_ml_per_h=ceiling)
    if accepted:
        settings.change_settings(ctx, wanted, CheckSettings())
        ctx.forget_cached()
        assert ctx.risk_settings().max_pump_ml_per_h == ceiling
        return
    with pytest.raises(ValidationError) as refused:
        settings.change_settings(ctx, wanted, CheckSettings())
    assert refused.value.field == "max_pump_ml_per_h"
    ctx.forget_cached()
    assert ctx.risk_settings().max_pump_ml_per_h == 240.0


def test_a_lower_ward_ceiling_flags_a_step_at_the_bedside_and_in_the_risk(ctx):
    make_patient(ctx)
    # Privigen for 60 kg: 210 mL/h is 5.8 mg/kg/min, under the label's 8: only a ward ceiling
    # can flag it (the first step, 150 mL/h, is above the initial rate, 18 mL/h).
    started = start_infusion(
        ctx,
        dosing_weight_kg=60.0,
        dose_g=60.0,
        rate_steps=(RateStep(THIS_MORNING, 150.0),),
    )
    before = bedside_state(ctx, "K-0001", started.id)
    assert before.steps[0].warning.startswith("first step above the initial rate")
    infusions.add_rate_step(ctx, started.id, at=datetime(2026, 3, 10, 9, 0), ml_per_h=210.0)
    assert bedside_state(ctx, "K-0001", started.id).steps[1].warning == ""
    settings.change_settings(ctx, replace(RiskSettings(), max_pump_ml_per_h=200.0), CheckSettings())
    ctx.forget_cached()
    after = bedside_state(ctx, "K-0001", started.id)
    assert after.steps[1].warning == ("above the ward ceiling: 210 mL/h > 200 mL/h (all products)")
    rapid = next(f for f in after.assessment.factors if f.code is FactorCode.RAPID_RATE)
    assert "above the ward ceiling 200 mL/h" in rapid.reason


def test_a_raise_before_the_interval_is_flagged_at_the_bedside(ctx):
    make_patient(ctx)
    # Octagam 10 % for 14.2 kg: 1 mg/kg/min is 8.52 mL/h, 2 mg/kg/min 17.04 mL/h.
    started = start_infusion(
        ctx,
        product_id="octagam_10",
        indication=Diagnosis.KD,
        rate_steps=(RateStep(THIS_MORNING, 8.52),),
    )
    infusions.add_rate_step(ctx, started.id, at=datetime(2026, 3, 10, 8, 10), ml_per_h=17.04)
    state = bedside_state(ctx, "K-0001", started.id)
    assert state.steps[1].warning == (
        "raised to 2 mg/kg/min 10 min after 1 mg/kg/min"
        " (label: the initial rate for at least 30 min)"
    )
    assert FactorCode.RAPID_RATE in state.assessment.codes


def test_a_product_added_at_another_workstation_is_held_to_the_ceiling_at_this_bedside(
    ctx, db_target, clock
):
    make_patient(ctx)
    assert "ward_ig_5" not in ctx.products()  # this program has read its catalogue
    other = open_context(db_target, clock=clock, user="pharmacist.test")
    try:
        products.add_product(
            other,
            NewProduct(
                id="ward_ig_5",
                name="Ward Ig 5%",
                maker="Local",
                concentration_pct=5.0,
                sugar="none",
                rate_unit=RateUnit.MG_KG_MIN,
                source="Pharmacy formulary 2026",
            ),
        )
        started = start_infusion(
            other,
            product_id="ward_ig_5",
            rate_steps=(RateStep(THIS_MORNING, 300.0),),
        )
    finally:
        other.store.close()
    state = bedside_state(ctx, "K-0001", started.id)
    assert state.product is None and state.plan is None
    (step,) = state.steps
    assert step.warning == "above the ward ceiling: 300 mL/h > 240 mL/h (all products)"
    assert step.rate.ml_per_kg_h == pytest.approx(300.0 / 14.2)
    assert state.label.note == (
        "Rates are checked against the ward ceiling only: no rate limits for this product"
        " ('ward_ig_5' is not in the catalogue as this program read it); ward ceiling"
        " 240 mL/h"
    )
