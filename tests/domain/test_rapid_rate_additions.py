"""RAPID_RATE additions (SPEC 11.2 and 12): the ward ceiling, titration intervals, indication
maxima and initial rates, each at its boundary, in the risk rule and the bedside warning alike.

All cases use a 20 kg dosing weight, so for a 10 % product (C = 100 mg/mL)
mg/kg/min = mL/h / 12 and mL/kg/h = mL/h / 20.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from ivigmon.domain.codes import FactorCode
from ivigmon.domain.models import RateStep
from ivigmon.domain.rate_check import (
    LimitKind,
    RateRules,
    check_new_step,
    check_steps,
)
from ivigmon.domain.risk import RiskContext, assess_infusion
from ivigmon.domain.settings import RiskSettings

from .factories import START, make_infusion, make_patient, reason, steps

W = 20.0

CASES = [
    # (product, indication, steps (min, mL/h), expected, reason fragments)
    # Octagam 10 %: 1, 2, 4, 8 mg/kg/min (12, 24, 48, 96 mL/h) each for 30 min.
    pytest.param("octagam_10", "JIA", [(0, 12), (30, 24)], False, (), id="og10-first-at-30"),
    pytest.param(
        "octagam_10",
        "JIA",
        [(0, 12), (29, 24)],
        True,
        (
            "raised to 2 mg/kg/min 29 min after 1 mg/kg/min (label: the initial rate for at least"
            " 30 min)",
        ),
        id="og10-first-at-29",
    ),
    pytest.param(
        "octagam_10", "JIA", [(0, 12), (30, 24), (60, 48)], False, (), id="og10-later-at-30"
    ),
    pytest.param(
        "octagam_10",
        "JIA",
        [(0, 12), (30, 24), (59, 48)],
        True,
        ("raised to 4 mg/kg/min 29 min after 2 mg/kg/min (label: each step at least 30 min)",),
        id="og10-later-at-29",
    ),
    pytest.param(
        "octagam_10",
        "JIA",
        [(0, 12), (30, 24), (40, 48)],
        True,
        ("raised to 4 mg/kg/min 10 min after 2 mg/kg/min (label: each step at least 30 min)",),
        id="og10-spec-example",
    ),
    # A raise of exactly 1 % is no raise, and does not restart the time.
    pytest.param(
        "octagam_10",
        "JIA",
        [(0, 12), (30, 24), (45, 24.24), (60, 48)],
        False,
        (),
        id="og10-1pct-up-keeps-the-time",
    ),
    pytest.param(
        "octagam_10",
        "JIA",
        [(0, 12), (30, 24), (45, 23.76), (60, 48)],
        False,
        (),
        id="og10-1pct-down-keeps-the-time",
    ),
    pytest.param(
        "octagam_10",
        "JIA",
        [(0, 12), (30, 24), (45, 23.52), (60, 48)],
        True,
        ("15 min after 1.96 mg/kg/min (label: each step at least 30 min)",),
        id="og10-2pct-down-restarts-the-time",
    ),
    # A raise after a fall is checked like any raise (the later interval).
    pytest.param(
        "octagam_10",
        "JIA",
        [(0, 12), (30, 24), (60, 12), (70, 24)],
        True,
        ("raised to 2 mg/kg/min 10 min after 1 mg/kg/min (label: each step at least 30 min)",),
        id="og10-raise-after-a-fall",
    ),
    # A pause neither restarts the time nor counts as the previous rate.
    pytest.param(
        "octagam_10",
        "JIA",
        [(0, 12), (30, 24), (40, 0), (50, 24), (60, 48)],
        False,
        (),
        id="og10-pause-at-30",
    ),
    pytest.param(
        "octagam_10",
        "JIA",
        [(0, 12), (30, 24), (40, 0), (50, 24), (59, 48)],
        True,
        ("29 min after 2 mg/kg/min",),
        id="og10-pause-at-29",
    ),
    # A leading pause does not use up the first interval.
    pytest.param(
        "octagam_10", "JIA", [(0, 0), (10, 12), (40, 24)], False, (), id="og10-leading-pause-30"
    ),
    pytest.param(
        "octagam_10",
        "JIA",
        [(0, 0), (10, 12), (39, 24)],
        True,
        ("29 min after 1 mg/kg/min (label: the initial rate for at least 30 min)",),
        id="og10-leading-pause-29",
    ),
    # Bivigam: the first rate 10 min, later steps 20 min (0.5 then 1.3 mg/kg/min: 6, 15.6 mL/h).
    pytest.param("bivigam", "PID", [(0, 6), (10, 15.6)], False, (), id="bv-first-at-10"),
    pytest.param(
        "bivigam",
        "PID",
        [(0, 6), (9, 15.6)],
        True,
        (
            "raised to 1.3 mg/kg/min 9 min after 0.5 mg/kg/min (label: the initial rate for at"
            " least 10 min)",
        ),
        id="bv-first-at-9",
    ),
    pytest.param(
        "bivigam", "PID", [(0, 6), (10, 15.6), (30, 25.2)], False, (), id="bv-later-at-20"
    ),
    pytest.param(
        "bivigam",
        "PID",
        [(0, 6), (10, 15.6), (29, 25.2)],
        True,
        ("raised to 2.1 mg/kg/min 19 min after 1.3 mg/kg/min (label: each step at least 20 min)",),
        id="bv-later-at-19",
    ),
    # Panzyga: 15 min.
    pytest.param("panzyga", "PID", [(0, 12), (15, 24)], False, (), id="pz-at-15"),
    pytest.param("panzyga", "PID", [(0, 12), (14, 24)], True, ("14 min after",), id="pz-at-14"),
    # Gammagard Liquid, in mL/kg/h: 0.5 mL/kg/h (10 mL/h) for 30 min.
    pytest.param("gammagard_liquid", "PID", [(0, 10), (30, 20)], False, (), id="gg-at-30"),
    pytest.param(
        "gammagard_liquid",
        "PID",
        [(0, 10), (29, 20)],
        True,
        ("raised to 1 mL/kg/h 29 min after 0.5 mL/kg/h",),
        id="gg-at-29",
    ),
    # Privigen and Flebogamma state no interval: a quick raise is not a titration breach.
    pytest.param("privigen", "PID", [(0, 6), (1, 96)], False, (), id="pv-no-interval"),
    pytest.param("flebogamma_dif_10", "PID", [(0, 12), (1, 96)], False, (), id="fb-no-interval"),
    # The ward ceiling, 240 mL/h, "above" = more than 1 % over (242.4 mL/h), every product.
    pytest.param("intratect_10", "PID", [(0, 240)], False, (), id="ceiling-240-no-rates"),
    pytest.param("intratect_10", "PID", [(0, 241)], False, (), id="ceiling-241-within-1pct"),
    pytest.param("intratect_10", "PID", [(0, 242.4)], False, (), id="ceiling-exactly-1pct"),
    pytest.param(
        "intratect_10",
        "PID",
        [(0, 242.5)],
        True,
        ("242.5 mL/h", "above the ward ceiling 240 mL/h"),
        id="ceiling-above-no-rates",
    ),
    pytest.param(
        "intratect_5", "PID", [(0, 500)], True, ("above the ward ceiling",), id="ceiling-500"
    ),
    # Octagam 10 % in dermatomyositis: at most 4 mg/kg/min (48 mL/h; 1 % over is 48.48).
    pytest.param(
        "octagam_10", "JDM", [(0, 12), (30, 24), (60, 48.48)], False, (), id="og10-jdm-1pct"
    ),
    pytest.param(
        "octagam_10",
        "JDM",
        [(0, 12), (30, 24), (60, 48.96)],
        True,
        ("above the maximum 4 mg/kg/min for JDM",),
        id="og10-jdm-2pct",
    ),
    pytest.param(
        "octagam_10", "JIA", [(0, 12), (30, 24), (60, 48.96)], False, (), id="og10-jia-no-cap"
    ),
    # Gamunex-C in CIDP starts at 2 mg/kg/min (24 mL/h; 1 % over is 24.24), else at 1.
    pytest.param("gamunex_c", "CIDP", [(0, 24.24)], False, (), id="gx-cidp-initial-1pct"),
    pytest.param(
        "gamunex_c",
        "CIDP",
        [(0, 24.48)],
        True,
        ("first step", "above the initial rate 2 mg/kg/min for CIDP"),
        id="gx-cidp-initial-2pct",
    ),
    pytest.param(
        "gamunex_c",
        "PID",
        [(0, 24)],
        True,
        ("above the initial rate 1 mg/kg/min",),
        id="gx-pid-initial-is-1",
    ),
]


@pytest.mark.parametrize(("product", "indication", "pairs", "expected", "fragments"), CASES)
def test_rapid_rate_additions(
    risk_ctx: RiskContext,
    product: str,
    indication: str,
    pairs: list[tuple[float, float]],
    expected: bool,
    fragments: tuple[str, ...],
) -> None:
    infusion = make_infusion(
        product_id=product,
        indication=indication,
        dosing_weight_kg=W,
        dose_g=20.0,
        rate_steps=steps(*pairs),
    )
    result = assess_infusion(make_patient(), [infusion], "inf-1", risk_ctx)
    assert (FactorCode.RAPID_RATE in result.codes) is expected, result
    text = reason(result, FactorCode.RAPID_RATE) if expected else ""
    for fragment in fragments:
        assert fragment in text, text
    # The bedside: the table's rows and each step as it is typed agree with the risk rule.
    rules = RateRules(product=risk_ctx.products[product], indication=indication, weight_kg=W)
    checked = check_steps(rules, infusion.rate_steps)
    assert any(step.breach is not None for step in checked) is expected
    for index, step in enumerate(infusion.rate_steps):
        typed = check_new_step(
            rules, infusion.rate_steps[:index], at=step.at, ml_per_h=step.ml_per_h
        )
        assert typed.warning == checked[index].warning
    if expected and "raised to" in fragments[0]:
        # The bedside names a titration in the same words as the risk reason.
        warning = next(step.warning for step in checked if step.warning)
        assert fragments[0] in warning


CEILING_CASES = [
    # (ward ceiling mL/h, weight kg, pump mL/h, above)
    pytest.param(240.0, 60.0, 240.0, False, id="privigen-60kg-240"),
    pytest.param(240.0, 60.0, 241.0, False, id="privigen-60kg-241-within-1pct"),
    pytest.param(240.0, 60.0, 242.5, True, id="privigen-60kg-242.5"),
    # 250 mL/h at 60 kg is 6.94 mg/kg/min, under Privigen's 8: only the ceiling is passed.
    pytest.param(240.0, 60.0, 250.0, True, id="privigen-60kg-250"),
    pytest.param(200.0, 60.0, 202.0, False, id="ward-200-at-1pct"),
    pytest.param(200.0, 60.0, 202.1, True, id="ward-200-above"),
]


@pytest.mark.parametrize(("ceiling", "weight", "ml_per_h", "above"), CEILING_CASES)
def test_the_ward_ceiling_is_a_setting(
    risk_ctx: RiskContext, ceiling: float, weight: float, ml_per_h: float, above: bool
) -> None:
    settings = replace(risk_ctx.settings, max_pump_ml_per_h=ceiling)
    context = replace(risk_ctx, settings=settings)
    # The initial 0.5 mg/kg/min (18 mL/h at 60 kg), then the tested rate: Privigen names no
    # interval.
    infusion = make_infusion(
        dosing_weight_kg=weight, dose_g=60.0, rate_steps=steps((0, 18.0), (30, ml_per_h))
    )
    result = assess_infusion(make_patient(), [infusion], "inf-1", context)
    assert (FactorCode.RAPID_RATE in result.codes) is above
    if above:
        assert f"above the ward ceiling {ceiling:g} mL/h" in reason(result, FactorCode.RAPID_RATE)
    rules = RateRules(
        product=risk_ctx.products["privigen"],
        indication="JIA",
        weight_kg=weight,
        ceiling_ml_per_h=ceiling,
    )
    (_, last) = check_steps(rules, infusion.rate_steps)
    assert (last.breach is not None and last.breach.kind is LimitKind.CEILING) is above


def test_the_default_ceiling_is_240_ml_per_h() -> None:
    assert RiskSettings().max_pump_ml_per_h == 240.0


def test_a_step_typed_between_recorded_steps_is_timed_from_the_steps_before_it(
    risk_ctx: RiskContext,
) -> None:
    rules = RateRules(product=risk_ctx.products["octagam_10"], indication="JIA", weight_kg=W)
    recorded = (
        RateStep(START, 12.0, id=1),
        RateStep(START + timedelta(minutes=60), 48.0, id=2),
    )
    early = check_new_step(rules, recorded, at=START + timedelta(minutes=20), ml_per_h=24.0)
    assert early.breach is not None and early.breach.kind is LimitKind.TITRATION
    assert early.warning.startswith("raised to 2 mg/kg/min 20 min after 1 mg/kg/min")
    # A step at the same time as a recorded one comes after it (it gets the larger id).
    same = check_new_step(rules, recorded, at=START, ml_per_h=24.0)
    assert same.breach is not None and same.breach.kind is LimitKind.TITRATION
    assert check_new_step(rules, (), at=START, ml_per_h=24.0).breach is not None  # initial
