"""The ward ceiling (SPEC 11.2) beside the label limits of a child, and for a product the
catalogue does not hold: the one rule of rate_check, in the risk rule and the bedside check."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ivigmon.domain.codes import FactorCode
from ivigmon.domain.models import RateStep
from ivigmon.domain.products import Product
from ivigmon.domain.rate_check import (
    LimitKind,
    RateRules,
    check_new_step,
    check_steps,
    label_rates,
    unknown_product,
)
from ivigmon.domain.risk import RiskContext, assess_infusion

from .factories import START, has_note, make_infusion, make_patient, reason

CEILING_LINE = "Ward ceiling (every product): 240 mL/h"
BINDING = f"{CEILING_LINE} - the lowest limit for this child"

# (product, extra values, weight kg, at-risk codes, the ceiling's line or None)
LIMIT_LINES = [
    # Privigen 8 mg/kg/min: 96 mL/h at 20 kg, far below the ceiling: shown, not binding.
    pytest.param("privigen", {}, 20.0, (), CEILING_LINE, id="privigen-20kg"),
    # 50 kg: exactly 240 mL/h, a tie: the label's maximum is named (as the plan names it).
    pytest.param("privigen", {}, 50.0, (), CEILING_LINE, id="privigen-50kg-tie"),
    # 50.2 kg: 240.96 mL/h: the ceiling is the lowest limit.
    pytest.param("privigen", {}, 50.2, (), BINDING, id="privigen-50.2kg-binding"),
    pytest.param("panzyga", {}, 70.0, (), BINDING, id="panzyga-70kg"),
    # Octagam 10 % at 70 kg: 12 mg/kg/min = 504 mL/h, but with diabetes the at-risk 3.3 is
    # 138.6 mL/h, below the ceiling.
    pytest.param("octagam_10", {}, 70.0, ("DIABETES",), CEILING_LINE, id="at-risk-lower"),
    pytest.param("octagam_10", {}, 70.0, (), BINDING, id="octagam-70kg"),
    # Only a (local) initial rate in force: no maximum but the ceiling.
    pytest.param("intratect_10", {"initial_rate": 0.5}, 20.0, (), BINDING, id="initial-only"),
    # A product without rate limits names the ceiling in its note, once.
    pytest.param("intratect_10", {}, 20.0, (), None, id="no-limits-note"),
]


@pytest.mark.parametrize(("product_id", "values", "weight", "codes", "line"), LIMIT_LINES)
def test_the_rate_limits_for_a_child_name_the_ward_ceiling(
    products: dict[str, Product],
    product_id: str,
    values: dict[str, float],
    weight: float,
    codes: tuple[str, ...],
    line: str | None,
) -> None:
    product = replace(products[product_id], **values)  # type: ignore[arg-type]
    rates = label_rates(RateRules(product, indication="PID", weight_kg=weight, at_risk_codes=codes))
    lines = rates.lines()
    if line is None:
        assert not any("Ward ceiling" in text for text in lines)
        assert rates.note.endswith("; ward ceiling 240 mL/h")
    else:
        assert lines[-1] == line
        assert len(lines) == len(rates.limits) + 1


def test_without_a_ceiling_setting_none_is_shown(products: dict[str, Product]) -> None:
    rules = RateRules(products["privigen"], indication="PID", weight_kg=70.0, ceiling_ml_per_h=None)
    assert not any("Ward ceiling" in text for text in label_rates(rules).lines())


# A product this catalogue does not hold (pump mL/h, above the ceiling): 241 is within 1 %.
UNKNOWN_STEPS = [(240.0, False), (241.0, False), (242.4, False), (242.5, True), (500.0, True)]


@pytest.mark.parametrize(("ml_per_h", "above"), UNKNOWN_STEPS)
def test_a_product_not_in_the_catalogue_is_held_to_the_ward_ceiling(
    risk_ctx: RiskContext, ml_per_h: float, above: bool
) -> None:
    infusion = make_infusion(
        product_id="ward_brand_x",
        dosing_weight_kg=20.0,
        rate_steps=(RateStep(START, ml_per_h, id=1),),
    )
    result = assess_infusion(make_patient(), [infusion], "inf-1", risk_ctx)
    assert (FactorCode.RAPID_RATE in result.codes) is above
    assert has_note(
        result,
        "RAPID_RATE checked against the ward ceiling only: no rate limits for this product"
        " ('ward_brand_x' is not in the catalogue as this program read it)",
    )
    rules = RateRules(unknown_product("ward_brand_x"), indication="JIA", weight_kg=20.0)
    (stored,) = check_steps(rules, infusion.rate_steps)
    typed = check_new_step(rules, [], at=START, ml_per_h=ml_per_h)
    for step in (stored, typed):
        # The bedside warning and the risk rule agree: the same rule.
        assert (step.breach is not None) is above
        assert not step.limited
        if above:
            assert step.breach is not None and step.breach.kind is LimitKind.CEILING
            assert step.warning.startswith(f"above the ward ceiling: {ml_per_h:g} mL/h > 240")
    if above:
        text = reason(result, FactorCode.RAPID_RATE)
        assert text.startswith(f"ward_brand_x step 2026-03-01 09:00: {ml_per_h:g} mL/h = ")
        assert text.endswith("mL/kg/h, above the ward ceiling 240 mL/h (all products)")
        assert "nan" not in text


def test_an_unknown_products_step_has_no_mg_per_kg_min_but_its_ml_per_kg_h() -> None:
    rules = RateRules(unknown_product("x_brand"), indication="JIA", weight_kg=20.0)
    (step,) = check_steps(rules, [RateStep(START, 50.0, id=1)])
    assert step.rate.ml_per_kg_h == 2.5
    assert step.rate.mg_per_kg_min != step.rate.mg_per_kg_min  # NaN: no concentration known
