"""OBESITY (SPEC section 4 and 5a): CDC BMI-for-age in children 2-19 y, BMI >= 30 in adults."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from statistics import NormalDist

import pytest

from ivigmon.domain.age import age_in_months
from ivigmon.domain.codes import FactorCode, Sex
from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.models import Measurement, Patient
from ivigmon.domain.risk import RiskContext, assess_infusion, assess_patient

from .factories import BIRTH, START, assess_both, has_note, make_infusion, make_patient, reason

Z95 = NormalDist().inv_cdf(0.95)  # 1.6449


def bmi_at_z(growth: GrowthReference, sex: Sex, birth: date, at: datetime, z: float) -> float:
    """The BMI at this z-score for this age, from the table's L, M and S (inverse LMS)."""
    lms = growth.lms(sex, age_in_months(birth, at))
    assert lms is not None
    lam, median, spread = lms
    return float(median * (1.0 + lam * spread * z) ** (1.0 / lam))


def weight_for(bmi_value: float, height_cm: float) -> float:
    return bmi_value * (height_cm / 100.0) ** 2


def _patient_with_bmi(
    bmi_value: float,
    *,
    birth: date = BIRTH,
    sex: Sex = Sex.F,
    height_cm: float = 135.0,
    measured_at: datetime = START - timedelta(days=1),
) -> Patient:
    return make_patient(
        birth_date=birth,
        sex=sex,
        measurements=(
            Measurement(
                at=measured_at, weight_kg=weight_for(bmi_value, height_cm), height_cm=height_cm
            ),
        ),
    )


@pytest.mark.parametrize(
    ("z", "factor", "percentile_text"),
    [
        pytest.param(0.0, False, None, id="at-M-50th"),
        pytest.param(1.6, False, None, id="z-1.6"),
        pytest.param(Z95, True, "percentile 95.0", id="exactly-95th"),
    ],
)
@pytest.mark.parametrize("sex", [Sex.F, Sex.M])
def test_child_percentile_cut_off(
    risk_ctx: RiskContext,
    growth: GrowthReference,
    sex: Sex,
    z: float,
    factor: bool,
    percentile_text: str | None,
) -> None:
    patient = _patient_with_bmi(bmi_at_z(growth, sex, BIRTH, START, z), sex=sex)
    infusion, now = assess_both(risk_ctx, patient, [make_infusion()])
    assert (FactorCode.OBESITY in infusion.codes) is factor
    assert (FactorCode.OBESITY in now.codes) is factor
    if percentile_text is not None:
        assert percentile_text in reason(infusion, FactorCode.OBESITY)
        assert "(>= 95)" in reason(infusion, FactorCode.OBESITY)


@pytest.mark.parametrize(
    ("scale", "expected"),
    [
        pytest.param(0.999, False, id="just-under-95th"),
        pytest.param(1.001, True, id="just-over-95th"),
    ],
)
def test_child_just_around_the_95th_percentile(
    risk_ctx: RiskContext, growth: GrowthReference, scale: float, expected: bool
) -> None:
    value = bmi_at_z(growth, Sex.F, BIRTH, START, Z95) * scale
    patient = _patient_with_bmi(value)
    infusion, now = assess_both(risk_ctx, patient, [make_infusion()])
    assert (FactorCode.OBESITY in infusion.codes) is expected
    assert (FactorCode.OBESITY in now.codes) is expected
    pct = growth.percentile(Sex.F, age_in_months(BIRTH, START), value)
    assert pct is not None and (pct >= 95.0) is expected
    assert abs(pct - 95.0) < 0.1


def test_bmi_exactly_at_m_is_50th_percentile(growth: GrowthReference) -> None:
    months = age_in_months(BIRTH, START)
    lms = growth.lms(Sex.F, months)
    assert lms is not None
    assert growth.percentile(Sex.F, months, lms[1]) == pytest.approx(50.0, abs=1e-9)


ADULT_CASES = [
    # (birth date, BMI, expected)
    pytest.param(date(1996, 3, 1), 30.0, True, id="30y-bmi-30.0"),
    pytest.param(date(1996, 3, 1), 29.9, False, id="30y-bmi-29.9"),
    pytest.param(date(2006, 3, 1), 30.0, True, id="exactly-20y-adult-rule"),
    pytest.param(date(1950, 3, 1), 35.0, True, id="76y-bmi-35"),
]


@pytest.mark.parametrize(("birth", "bmi_value", "expected"), ADULT_CASES)
def test_adult_bmi_threshold(
    risk_ctx: RiskContext, birth: date, bmi_value: float, expected: bool
) -> None:
    patient = _patient_with_bmi(bmi_value, birth=birth, height_cm=170.0)
    infusion, now = assess_both(risk_ctx, patient, [make_infusion()])
    assert (FactorCode.OBESITY in infusion.codes) is expected
    assert (FactorCode.OBESITY in now.codes) is expected
    if expected:
        assert f"BMI {bmi_value:.1f}" in reason(infusion, FactorCode.OBESITY)
        assert ">= 30" in reason(infusion, FactorCode.OBESITY)


def test_adult_rule_is_not_used_for_children(risk_ctx: RiskContext) -> None:
    # A 3-year-old with BMI 25 is far above the 95th percentile (obese), a 19-year-old woman
    # with BMI 29 is not (the 95th percentile at 19 y is about 32), though neither reaches 30.
    toddler = _patient_with_bmi(25.0, birth=date(2023, 1, 1), height_cm=95.0)
    teen = _patient_with_bmi(29.0, birth=date(2006, 6, 1), height_cm=165.0)
    assert FactorCode.OBESITY in assess_patient(toddler, [], START, risk_ctx).codes
    assert FactorCode.OBESITY not in assess_patient(teen, [], START, risk_ctx).codes


@pytest.mark.parametrize(
    ("birth", "expected_note"),
    [
        pytest.param(date(2025, 3, 1), True, id="1y"),
        pytest.param(date(2024, 3, 2), True, id="1.99y"),
        pytest.param(date(2024, 3, 1), False, id="2nd-birthday-assessed"),
    ],
)
def test_under_two_is_not_assessed(risk_ctx: RiskContext, birth: date, expected_note: bool) -> None:
    # BMI 25 at about 2 years is far above the 95th percentile (about 19.3).
    patient = _patient_with_bmi(25.0, birth=birth, height_cm=85.0)
    infusion, now = assess_both(risk_ctx, patient, [make_infusion()])
    for result in (infusion, now):
        assert (FactorCode.OBESITY in result.codes) is not expected_note
        assert has_note(result, "OBESITY not assessed: under 2 years") is expected_note
        assert not has_note(result, "outside the CDC")


@pytest.mark.parametrize(
    ("birth", "height_age", "assessed"),
    [
        pytest.param(BIRTH, timedelta(days=365), True, id="child-height-365-days-old"),
        pytest.param(
            BIRTH, START - datetime(2025, 3, 1, 9), True, id="child-height-exactly-12-months"
        ),
        pytest.param(
            BIRTH,
            START - datetime(2025, 3, 1, 8, 59),
            False,
            id="child-height-12-months-1-minute",
        ),
        pytest.param(BIRTH, timedelta(days=500), False, id="child-height-500-days-old"),
        pytest.param(date(2008, 6, 1), timedelta(days=500), False, id="17y-old-height"),
        pytest.param(date(2008, 2, 1), timedelta(days=500), True, id="18y-old-height-fine"),
    ],
)
def test_child_height_older_than_12_months(
    risk_ctx: RiskContext,
    growth: GrowthReference,
    birth: date,
    height_age: timedelta,
    assessed: bool,
) -> None:
    height = 150.0
    obese = bmi_at_z(growth, Sex.F, birth, START, 2.5)
    patient = make_patient(
        birth_date=birth,
        measurements=(
            Measurement(at=START - height_age, height_cm=height),
            Measurement(at=START - timedelta(days=2), weight_kg=weight_for(obese, height)),
        ),
    )
    infusion, now = assess_both(risk_ctx, patient, [make_infusion()])
    for result in (infusion, now):
        assert (FactorCode.OBESITY in result.codes) is assessed
        assert has_note(result, "older than 12 months") is not assessed


@pytest.mark.parametrize(
    ("measurements", "expected", "note"),
    [
        pytest.param(
            (
                Measurement(at=START - timedelta(days=60), weight_kg=60.0, height_cm=135.0),
                Measurement(at=START - timedelta(days=5), weight_kg=30.0),
            ),
            False,
            None,
            id="latest-weight-normal",
        ),
        pytest.param(
            (
                Measurement(at=START - timedelta(days=60), weight_kg=30.0, height_cm=135.0),
                Measurement(at=START - timedelta(days=5), weight_kg=60.0),
            ),
            True,
            None,
            id="latest-weight-obese",
        ),
        pytest.param(
            (
                Measurement(at=START - timedelta(days=60), weight_kg=60.0, height_cm=135.0),
                Measurement(at=START - timedelta(days=5), height_cm=185.0),
            ),
            False,
            None,
            id="latest-height-used",
        ),
        pytest.param(
            (
                Measurement(at=START - timedelta(days=5), weight_kg=30.0, height_cm=135.0),
                Measurement(at=START + timedelta(minutes=1), weight_kg=60.0),
            ),
            False,
            None,
            id="weight-after-start-ignored",
        ),
        pytest.param(
            (Measurement(at=START - timedelta(days=5), weight_kg=60.0),),
            False,
            "no measured height",
            id="no-height",
        ),
        pytest.param(
            (Measurement(at=START - timedelta(days=5), height_cm=135.0),),
            False,
            "no measured weight",
            id="no-weight",
        ),
    ],
)
def test_bmi_uses_latest_measurements_known_at_start(
    risk_ctx: RiskContext,
    measurements: tuple[Measurement, ...],
    expected: bool,
    note: str | None,
) -> None:
    patient = make_patient(measurements=measurements)
    result = assess_infusion(patient, [make_infusion()], "inf-1", risk_ctx)
    assert (FactorCode.OBESITY in result.codes) is expected
    if note is not None:
        assert has_note(result, note)


def test_bmi_ignores_the_adjusted_dosing_weight(risk_ctx: RiskContext) -> None:
    # Dosing weight 80 kg on an adjusted basis does not make a 30 kg child obese.
    infusion = make_infusion(dosing_weight_kg=80.0, dosing_weight_basis="adjusted", dose_g=80.0)
    result = assess_infusion(make_patient(), [infusion], "inf-1", risk_ctx)
    assert FactorCode.OBESITY not in result.codes


def test_patient_assessment_sees_measurements_up_to_now(risk_ctx: RiskContext) -> None:
    patient = make_patient(
        measurements=(
            Measurement(at=START - timedelta(days=5), weight_kg=30.0, height_cm=135.0),
            Measurement(at=START + timedelta(days=5), weight_kg=60.0, height_cm=135.0),
        )
    )
    before = assess_patient(patient, [], START, risk_ctx)
    after = assess_patient(patient, [], START + timedelta(days=6), risk_ctx)
    assert FactorCode.OBESITY not in before.codes
    assert FactorCode.OBESITY in after.codes
