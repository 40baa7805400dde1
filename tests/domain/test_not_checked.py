"""A step of a product without rate limits is never shown as "within label": it says that it was
checked against the ward ceiling only, in the step check, the label limits and the risk note."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from ivigmon.domain.codes import FactorCode
from ivigmon.domain.models import RateStep
from ivigmon.domain.products import Product
from ivigmon.domain.rate_check import (
    CEILING_ONLY,
    NOT_CHECKED,
    RateRules,
    check_new_step,
    check_steps,
    label_rates,
)
from ivigmon.domain.risk import RiskContext, assess_infusion

from .factories import START, has_note, make_infusion, make_patient, reason

AT = datetime(2026, 3, 9, 9, 0)
CEILING = 240.0

# (product, extra values, weight kg, pump mL/h, ward ceiling, limited, what the step says)
STEP_CASES = [
    # Intratect 10 % at 500 mL/h in a 20 kg child is 41.7 mg/kg/min: no rate limit to compare
    # with, but the ward ceiling (240 mL/h, for every product) catches it.
    ("intratect_10", {}, 20.0, 500.0, CEILING, False, "above the ward ceiling: 500 mL/h > 240"),
    ("intratect_10", {}, 20.0, 242.4, CEILING, False, CEILING_ONLY),  # exactly 1 % over
    ("intratect_10", {}, 20.0, 242.5, CEILING, False, "above the ward ceiling"),
    ("intratect_5", {}, 20.0, 5.0, CEILING, False, CEILING_ONLY),
    ("gammagard_sd", {}, 20.0, 60.0, CEILING, False, CEILING_ONLY),
    ("intratect_10", {}, 20.0, 0.0, CEILING, False, CEILING_ONLY),  # a pause
    # Without a ceiling nothing at all is compared, and the step says so.
    ("intratect_10", {}, 20.0, 500.0, None, False, NOT_CHECKED),
    # A local interval without a rate limit is checked too, and named.
    (
        "intratect_10",
        {"first_step_minutes": 30, "step_minutes": 30},
        20.0,
        60.0,
        CEILING,
        False,
        "checked against the ward ceiling and the titration intervals only: no rate limits",
    ),
    # Privigen 10 %, 20 kg: initial 0.5 mg/kg/min = 6 mL/h, maximum 8 mg/kg/min = 96 mL/h.
    ("privigen", {}, 20.0, 6.0, CEILING, True, "within label"),
    ("privigen", {}, 20.0, 0.0, CEILING, True, "within label"),
    ("privigen", {}, 20.0, 200.0, CEILING, True, "above the maximum"),
    # One limit in force is enough to check a step (the others are simply absent).
    ("intratect_10", {"max_rate": 8.0}, 20.0, 96.0, CEILING, True, "within label"),
    ("intratect_10", {"max_rate": 8.0}, 20.0, 500.0, CEILING, True, "above the maximum"),
    ("intratect_10", {"initial_rate": 0.5}, 20.0, 6.0, CEILING, True, "within label"),
    ("intratect_10", {"at_risk_max_rate": 3.0}, 20.0, 200.0, CEILING, True, "within label"),
]


def _product(products: dict[str, Product], product_id: str, values: dict[str, float]) -> Product:
    return replace(products[product_id], **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("product_id", "values", "weight", "ml_per_h", "ceiling", "limited", "says"), STEP_CASES
)
def test_a_step_says_what_it_was_checked_against(
    products: dict[str, Product],
    product_id: str,
    values: dict[str, float],
    weight: float,
    ml_per_h: float,
    ceiling: float | None,
    limited: bool,
    says: str,
) -> None:
    rules = RateRules(
        _product(products, product_id, values),
        indication="JIA",
        weight_kg=weight,
        ceiling_ml_per_h=ceiling,
    )
    (stored,) = check_steps(rules, [RateStep(AT, ml_per_h, id=1)])
    typed = check_new_step(rules, [], at=AT, ml_per_h=ml_per_h)
    for step in (stored, typed):
        assert step.limited is limited
        assert step.result.startswith(says)
        assert (step.result == "within label") is (limited and not step.warning)
        assert "not checked" not in step.result or ceiling is None
        if not limited:
            assert step.basis.endswith("no rate limits for this product")


def test_the_label_limits_of_a_product_without_rates_say_what_is_checked(
    products: dict[str, Product],
) -> None:
    rates = label_rates(RateRules(products["intratect_10"], indication="KD", weight_kg=20.0))
    assert rates.limits == ()
    assert rates.note.startswith(f"Rates are {CEILING_ONLY} (Intratect 10% has no confirmed")
    assert rates.note.endswith("; ward ceiling 240 mL/h")


# (product, pump mL/h, RAPID_RATE)
RISK_CASES = [
    ("intratect_5", 240.0, False),
    ("intratect_10", 240.0, False),
    ("gammagard_sd", 240.0, False),
    ("intratect_10", 242.5, True),
    ("intratect_10", 500.0, True),
]


@pytest.mark.parametrize(("product_id", "ml_per_h", "rapid"), RISK_CASES)
def test_the_risk_note_says_the_ward_ceiling_only_and_why(
    risk_ctx: RiskContext, product_id: str, ml_per_h: float, rapid: bool
) -> None:
    infusion = make_infusion(
        product_id=product_id,
        dosing_weight_kg=20.0,
        rate_steps=(RateStep(START, ml_per_h, id=1),),
    )
    result = assess_infusion(make_patient(), [infusion], "inf-1", risk_ctx)
    assert (FactorCode.RAPID_RATE in result.codes) is rapid
    if rapid:
        assert "above the ward ceiling 240 mL/h (all products)" in reason(
            result, FactorCode.RAPID_RATE
        )
    name = risk_ctx.products[product_id].name
    assert has_note(result, f"RAPID_RATE {CEILING_ONLY} ({name} has no confirmed label rates")
