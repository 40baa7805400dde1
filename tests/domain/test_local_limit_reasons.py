"""The limits in force in the one rate rule: a reason that rests on a local value says "local
limit" and its source note; indication values replace general ones (SPEC 11.1)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ivigmon.domain.codes import FactorCode
from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.local_limits import in_force
from ivigmon.domain.models import RateStep
from ivigmon.domain.products import LocalField, LocalValues, Product
from ivigmon.domain.rate_check import RateRules, check_steps, label_rates
from ivigmon.domain.risk import RiskContext, assess_infusion

from .factories import START, has_note, make_infusion, make_patient

NOTE = "Ward IVIG protocol 2026 s.4"
W = 20.0  # kg; at 10 %, 1 mg/kg/min = 12 mL/h


def with_local(products: dict[str, Product], product_id: str, **values: object) -> Product:
    local = LocalValues.from_values(
        {LocalField(name): value for name, value in values.items()},
        {name: NOTE for name in values},
    )
    return in_force(products[product_id], local)


def assess(
    product: Product,
    growth: GrowthReference,
    pairs: list[tuple[int, float]],
    indication: str = "JIA",
    **patient: object,
):
    catalogue = {product.id: product}
    infusion = make_infusion(
        product_id=product.id,
        indication=indication,
        dosing_weight_kg=W,
        dose_g=20.0,
        rate_steps=tuple(
            RateStep(START + timedelta(minutes=m), rate, id=n) for n, (m, rate) in enumerate(pairs)
        ),
    )
    return assess_infusion(
        make_patient(**patient), [infusion], "inf-1", RiskContext(catalogue, growth)
    )


def reason(result, code: FactorCode) -> str:
    return next(f.reason for f in result.factors if f.code is code)


# (product, local values, indication, comorbidities, steps (min, mL/h), fragment or None)
CASES = [
    # Intratect 10 % has no label rates: a local maximum of 8 mg/kg/min (96 mL/h) is in force.
    ("intratect_10", {"max_rate": 8.0}, "JIA", set(), [(0, 96.0)], None),
    ("intratect_10", {"max_rate": 8.0}, "JIA", set(), [(0, 96.96)], None),  # 1 % over: not above
    (
        "intratect_10",
        {"max_rate": 8.0},
        "JIA",
        set(),
        [(0, 500.0)],
        f"above the maximum 8 mg/kg/min (local limit: {NOTE})",
    ),
    # A local initial rate fills the gap for the first step.
    (
        "intratect_10",
        {"initial_rate": 0.5, "max_rate": 8.0},
        "JIA",
        set(),
        [(0, 12.0)],
        f"first step 2026-03-01 09:00: 12 mL/h = 0.60 mL/kg/h = 1.00 mg/kg/min, "
        f"above the initial rate 0.5 mg/kg/min (local limit: {NOTE})",
    ),
    # A local at-risk maximum for a child with diabetes.
    (
        "intratect_10",
        {"max_rate": 8.0, "at_risk_max_rate": 3.0},
        "JIA",
        {"diabetes"},
        [(0, 48.0)],
        f"above the at-risk maximum 3 mg/kg/min (DIABETES; local limit: {NOTE})",
    ),
    # Privigen: a lower local maximum applies as well; the label's own stays the label's.
    ("privigen", {"max_rate": 6.0}, "JIA", set(), [(0, 6.0), (30, 72.0)], None),
    (
        "privigen",
        {"max_rate": 6.0},
        "JIA",
        set(),
        [(0, 6.0), (30, 84.0)],
        f"above the maximum 6 mg/kg/min (local limit: {NOTE})",
    ),
    (
        "privigen",
        {"max_rate": 6.0},
        "ITP",
        set(),
        [(0, 6.0), (30, 60.0)],
        "above the maximum 4 mg/kg/min for ITP",
    ),
    ("privigen", {"max_rate": 10.0}, "JIA", set(), [(0, 6.0), (30, 108.0)], "maximum 8 mg/kg/min"),
    # Indication values replace general ones: Octagam 10 % in JDM, Gamunex-C in CIDP.
    ("octagam_10", {}, "JDM", set(), [(0, 12.0), (60, 48.0)], None),
    (
        "octagam_10",
        {},
        "JDM",
        set(),
        [(0, 12.0), (60, 60.0)],
        "above the maximum 4 mg/kg/min for JDM",
    ),
    ("octagam_10", {}, "JIA", set(), [(0, 12.0), (60, 60.0)], None),
    ("gamunex_c", {}, "CIDP", set(), [(0, 24.0)], None),
    (
        "gamunex_c",
        {},
        "CIDP",
        set(),
        [(0, 30.0)],
        "above the initial rate 2 mg/kg/min for CIDP",
    ),
    ("gamunex_c", {}, "JIA", set(), [(0, 24.0)], "above the initial rate 1 mg/kg/min"),
    # Local intervals where the label states none (Privigen): each raise at least 20 min apart.
    (
        "privigen",
        {"first_step_minutes": 20, "step_minutes": 20},
        "JIA",
        set(),
        [(0, 6.0), (20, 12.0)],
        None,
    ),
    (
        "privigen",
        {"first_step_minutes": 20, "step_minutes": 20},
        "JIA",
        set(),
        [(0, 6.0), (19, 12.0)],
        "raised to 1 mg/kg/min 19 min after 0.5 mg/kg/min (the initial rate for at least 20 min;"
        f" local limit: {NOTE})",
    ),
    (
        "privigen",
        {"first_step_minutes": 20, "step_minutes": 20},
        "JIA",
        set(),
        [(0, 6.0), (20, 12.0), (39, 24.0)],
        f"19 min after 1 mg/kg/min (each step at least 20 min; local limit: {NOTE})",
    ),
]


@pytest.mark.parametrize(
    ("product_id", "values", "indication", "comorbidities", "pairs", "fragment"), CASES
)
def test_rapid_rate_with_the_limits_in_force(
    products: dict[str, Product],
    growth: GrowthReference,
    product_id: str,
    values: dict[str, object],
    indication: str,
    comorbidities: set[str],
    pairs: list[tuple[int, float]],
    fragment: str | None,
) -> None:
    product = with_local(products, product_id, **values)
    result = assess(product, growth, pairs, indication, comorbidities=comorbidities)
    if fragment is None:
        assert FactorCode.RAPID_RATE not in result.codes
        return
    text = reason(result, FactorCode.RAPID_RATE)
    assert fragment in text
    assert ("local limit" in text) is ("local limit" in fragment)
    # The bedside warning of the same step says the same.
    rules = RateRules(
        product,
        indication,
        W,
        at_risk_codes=("DIABETES",) if comorbidities else (),
    )
    warned = [s.warning for s in check_steps(rules, result_steps(pairs)) if s.warning]
    assert warned
    assert ("local limit: " + NOTE in warned[-1]) is ("local limit" in fragment)


def result_steps(pairs: list[tuple[int, float]]) -> tuple[RateStep, ...]:
    return tuple(
        RateStep(START + timedelta(minutes=m), rate, id=n) for n, (m, rate) in enumerate(pairs)
    )


def test_the_bedside_names_the_local_limit_and_what_a_step_was_checked_against(
    products: dict[str, Product],
) -> None:
    intratect = with_local(products, "intratect_10", max_rate=8.0)
    rules = RateRules(intratect, "JIA", W)
    within, above = check_steps(rules, result_steps([(0, 96.0), (30, 500.0)]))
    assert within.result == "within local limits"
    assert above.warning == (
        f"above the maximum: 41.67 mg/kg/min > 8 mg/kg/min (Intratect 10%; local limit: {NOTE})"
    )
    privigen = with_local(products, "privigen", max_rate=6.0)
    (step,) = check_steps(RateRules(privigen, "JIA", W), result_steps([(0, 6.0)]))
    assert step.result == "within label and local limits"
    (plain,) = check_steps(RateRules(products["privigen"], "JIA", W), result_steps([(0, 6.0)]))
    assert plain.result == "within label"


def test_the_limits_shown_for_a_child_name_the_local_ones(products: dict[str, Product]) -> None:
    intratect = with_local(products, "intratect_10", initial_rate=0.5, max_rate=8.0)
    rates = label_rates(RateRules(intratect, "JIA", W))
    assert [limit.describe() for limit in rates.limits] == [
        f"Initial rate (local limit: {NOTE}): 0.5 mg/kg/min = 6 mL/h",
        f"Maximum (local limit: {NOTE}): 8 mg/kg/min = 96 mL/h",
    ]
    # The label's "missing" is no longer worth a note once local limits are in force.
    assert rates.note == ""
    gamunex = label_rates(RateRules(products["gamunex_c"], "CIDP", W))
    assert gamunex.limits[0].describe() == "Initial rate (for CIDP): 2 mg/kg/min = 24 mL/h"
    octagam = label_rates(RateRules(products["octagam_10"], "JDM", W))
    assert octagam.limits[1].describe() == "Maximum (for JDM): 4 mg/kg/min = 48 mL/h"


def test_a_product_with_local_limits_is_checked_and_noted_no_more(
    products: dict[str, Product], growth: GrowthReference
) -> None:
    before = assess(products["intratect_10"], growth, [(0, 200.0)])
    assert FactorCode.RAPID_RATE not in before.codes  # 200 mL/h: within the ward ceiling
    assert has_note(
        before, "RAPID_RATE checked against the ward ceiling only: no rate limits for this product"
    )
    after = assess(with_local(products, "intratect_10", max_rate=8.0), growth, [(0, 200.0)])
    assert FactorCode.RAPID_RATE in after.codes
    assert not any("ward ceiling only" in n or "label rates are" in n for n in after.notes)
