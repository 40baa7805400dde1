"""The level rule of SPEC section 4 (with the high set of SPEC 9), and the risk settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import combinations

import pytest

from ivigmon.domain.codes import FactorCode, RiskLevel
from ivigmon.domain.risk import RiskContext, assess_infusion, assess_patient, level_for
from ivigmon.domain.settings import CheckSettings, RiskSettings

from .factories import START, make_infusion, make_patient

HIGH_ALONE = [
    FactorCode.KIDNEY_FAILURE,
    FactorCode.KAWASAKI_CARDIAC,
    FactorCode.RAPID_RATE,
    FactorCode.ANTI_IGA,
    FactorCode.PRODUCT_CAUTION,
    FactorCode.PRIOR_SEVERE_REACTION,  # SPEC 9: high on its own
]
ORDINARY = [code for code in FactorCode if code not in HIGH_ALONE]


def test_every_code_is_either_high_alone_or_ordinary() -> None:
    assert len(ORDINARY) == 11 and len(HIGH_ALONE) == 6
    assert FactorCode.PRIOR_REACTION in ORDINARY
    assert RiskSettings().high_codes == frozenset(HIGH_ALONE)


def test_no_factor_is_standard() -> None:
    assert level_for(set(), RiskSettings()) is RiskLevel.STANDARD


@pytest.mark.parametrize("code", ORDINARY, ids=str)
def test_one_ordinary_factor_is_elevated(code: FactorCode) -> None:
    assert level_for({code}, RiskSettings()) is RiskLevel.ELEVATED


@pytest.mark.parametrize("code", HIGH_ALONE, ids=str)
def test_one_high_factor_alone_is_high(code: FactorCode) -> None:
    assert level_for({code}, RiskSettings()) is RiskLevel.HIGH
    assert level_for(frozenset({code}), RiskSettings()) is RiskLevel.HIGH


@pytest.mark.parametrize(
    "pair", list(combinations(ORDINARY, 2)), ids=lambda p: "+".join(c.value for c in p)
)
def test_two_ordinary_factors_are_high(pair: tuple[FactorCode, FactorCode]) -> None:
    assert level_for(set(pair), RiskSettings()) is RiskLevel.HIGH


@pytest.mark.parametrize(
    ("codes", "settings", "expected"),
    [
        pytest.param(
            {FactorCode.DIABETES, FactorCode.OBESITY},
            RiskSettings(high_min_factors=3),
            RiskLevel.ELEVATED,
            id="two-of-three-needed",
        ),
        pytest.param(
            {FactorCode.DIABETES, FactorCode.OBESITY, FactorCode.LONG_GAP},
            RiskSettings(high_min_factors=3),
            RiskLevel.HIGH,
            id="three-of-three-needed",
        ),
        pytest.param(
            {FactorCode.KIDNEY_FAILURE},
            RiskSettings(high_codes=frozenset()),
            RiskLevel.ELEVATED,
            id="no-high-codes-configured",
        ),
        pytest.param(
            {FactorCode.YOUNG_CHILD},
            RiskSettings(high_codes=frozenset({FactorCode.YOUNG_CHILD})),
            RiskLevel.HIGH,
            id="configured-high-code",
        ),
    ],
)
def test_level_rule_is_a_setting(
    codes: set[FactorCode], settings: RiskSettings, expected: RiskLevel
) -> None:
    assert level_for(codes, settings) is expected


@pytest.mark.parametrize(
    ("comorbidities", "expected_level", "expected_codes"),
    [
        pytest.param(set(), RiskLevel.STANDARD, set(), id="none"),
        pytest.param({"diabetes"}, RiskLevel.ELEVATED, {FactorCode.DIABETES}, id="diabetes"),
        pytest.param(
            {"immobilised"}, RiskLevel.ELEVATED, {FactorCode.THROMBOSIS_RISK}, id="thrombosis"
        ),
        pytest.param(
            {"kidney_failure"}, RiskLevel.HIGH, {FactorCode.KIDNEY_FAILURE}, id="kidney-alone"
        ),
        pytest.param({"anti_iga"}, RiskLevel.HIGH, {FactorCode.ANTI_IGA}, id="anti-iga-alone"),
        pytest.param(
            {"cardiac_impairment"},
            RiskLevel.HIGH,
            {FactorCode.KAWASAKI_CARDIAC},
            id="cardiac-alone",
        ),
        pytest.param(
            {"diabetes", "hypercoagulable"},
            RiskLevel.HIGH,
            {FactorCode.DIABETES, FactorCode.THROMBOSIS_RISK},
            id="two-ordinary",
        ),
    ],
)
def test_levels_of_whole_assessments(
    risk_ctx: RiskContext,
    comorbidities: set[str],
    expected_level: RiskLevel,
    expected_codes: set[FactorCode],
) -> None:
    patient = make_patient(comorbidities=comorbidities)
    infusion = assess_infusion(patient, [make_infusion()], "inf-1", risk_ctx)
    now = assess_patient(patient, [make_infusion()], START, risk_ctx)
    for result in (infusion, now):
        assert result.level is expected_level
        assert set(result.codes) == expected_codes


def test_thresholds_are_settings(risk_ctx: RiskContext) -> None:
    """Changing a threshold changes the outcome: 70 y instead of 65 y, 4 y instead of 5 y."""
    patient = make_patient(birth_date=date(1959, 1, 1))  # 67 y
    assert level_for({FactorCode.ADVANCED_AGE}, risk_ctx.settings) is RiskLevel.ELEVATED
    assert FactorCode.ADVANCED_AGE in assess_patient(patient, [], START, risk_ctx).codes
    stricter = replace(risk_ctx, settings=RiskSettings(advanced_age_years=70))
    assert FactorCode.ADVANCED_AGE not in assess_patient(patient, [], START, stricter).codes
    toddler = make_patient(birth_date=date(2021, 6, 1))  # 4 y
    looser = replace(risk_ctx, settings=RiskSettings(young_child_years=4))
    assert FactorCode.YOUNG_CHILD in assess_patient(toddler, [], START, risk_ctx).codes
    assert FactorCode.YOUNG_CHILD not in assess_patient(toddler, [], START, looser).codes


def test_defaults_match_the_spec() -> None:
    risk = RiskSettings()
    assert risk.long_gap_days == 56
    assert risk.fever_c == 38.0
    assert risk.advanced_age_years == 65
    assert risk.young_child_years == 5
    assert risk.hemolysis_course_g_per_kg == 2.0
    assert risk.rate_tolerance_pct == 1.0
    assert risk.obesity_percentile == 95.0
    assert risk.adult_obesity_bmi == 30.0
    assert risk.height_valid_months == 12
    assert risk.course_window_h == 120
    assert risk.high_min_factors == 2
    checks = CheckSettings()
    assert checks.offsets_h == (24, 48, 72)
    assert (checks.lead_h, checks.grace_h) == (4, 8)
