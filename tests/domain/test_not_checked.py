"""A step of a product without rate limits is never shown as "within label": it says it was
not checked, in the step check, the label limits and the risk note."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from ivigmon.domain.codes import FactorCode
from ivigmon.domain.models import RateStep
from ivigmon.domain.products import Product
from ivigmon.domain.rate_check import (
    NOT_CHECKED,
    RateRules,
    check_new_step,
    check_steps,
    label_rates,
)
from ivigmon.domain.risk import RiskContext, assess_infusion

from .factories import START, has_note, make_infusion, make_patient

AT = datetime(2026, 3, 9, 9, 0)

# (product, extra values, weight kg, pump mL/h, checked, what the step says)
STEP_CASES = [
    # Intratect 10 % at 500 mL/h in a 20 kg child is 41.7 mg/kg/min: no limit to compare with.
    ("intratect_10", {}, 20.0, 500.0, False, NOT_CHECKED),
    ("intratect_5", {}, 20.0, 5.0, False, NOT_CHECKED),
    ("gammagard_sd", {}, 20.0, 60.0, False, NOT_CHECKED),
    ("intratect_10", {}, 20.0, 0.0, False, NOT_CHECKED),  # a pause: still nothing compared
    # Privigen 10 %, 20 kg: initial 0.5 mg/kg/min = 6 mL/h, maximum 8 mg/kg/min = 96 mL/h.
    ("privigen", {}, 20.0, 6.0, True, "within label"),
    ("privigen", {}, 20.0, 0.0, True, "within label"),
    ("privigen", {}, 20.0, 200.0, True, "above the maximum"),
    # One limit in force is enough to check a step (the others are simply absent).
    ("intratect_10", {"max_rate": 8.0}, 20.0, 96.0, True, "within label"),
    ("intratect_10", {"max_rate": 8.0}, 20.0, 500.0, True, "above the maximum"),
    ("intratect_10", {"initial_rate": 0.5}, 20.0, 6.0, True, "within label"),
    ("intratect_10", {"at_risk_max_rate": 3.0}, 20.0, 500.0, True, "within label"),
]


def _product(products: dict[str, Product], product_id: str, values: dict[str, float]) -> Product:
    return replace(products[product_id], **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("product_id", "values", "weight", "ml_per_h", "checked", "says"), STEP_CASES
)
def test_a_step_says_whether_it_was_checked(
    products: dict[str, Product],
    product_id: str,
    values: dict[str, float],
    weight: float,
    ml_per_h: float,
    checked: bool,
    says: str,
) -> None:
    rules = RateRules(_product(products, product_id, values), indication="JIA", weight_kg=weight)
    (stored,) = check_steps(rules, [RateStep(AT, ml_per_h, id=1)])
    typed = check_new_step(rules, [], at=AT, ml_per_h=ml_per_h)
    for step in (stored, typed):
        assert step.checked is checked
        assert step.result.startswith(says)
        assert (step.result == "within label") is (checked and not step.warning)


def test_the_label_limits_of_a_product_without_rates_say_that_steps_are_not_checked(
    products: dict[str, Product],
) -> None:
    rates = label_rates(RateRules(products["intratect_10"], indication="KD", weight_kg=20.0))
    assert rates.limits == ()
    assert rates.note.startswith(f"Rates are {NOT_CHECKED} (Intratect 10% has no confirmed")


@pytest.mark.parametrize("product_id", ["intratect_5", "intratect_10", "gammagard_sd"])
def test_the_risk_note_says_not_checked_and_why(risk_ctx: RiskContext, product_id: str) -> None:
    infusion = make_infusion(
        product_id=product_id,
        dosing_weight_kg=20.0,
        rate_steps=(RateStep(START, 500.0, id=1),),
    )
    result = assess_infusion(make_patient(), [infusion], "inf-1", risk_ctx)
    assert FactorCode.RAPID_RATE not in result.codes
    name = risk_ctx.products[product_id].name
    assert has_note(result, f"RAPID_RATE {NOT_CHECKED} ({name} has no confirmed label rates")
