"""The adjusted dosing weight offered with OBESITY, hand-computed at its boundaries: the BMI method
under 20 years, Devine from 20 years (undefined below 152.4 cm), a child's old weight or height,
no height, and no offer at all without OBESITY."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ivigmon.domain.age import add_months
from ivigmon.domain.codes import FactorCode, Sex
from ivigmon.domain.dosing_weight import (
    NOT_A_STANDARD,
    AdjustedWeight,
    IdealMethod,
    NoAdjustedWeight,
    adjusted_weight,
    tenth,
)
from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.models import Measurement, Patient

from .factories import START, make_patient

OBESE = (FactorCode.OBESITY,)
DAY_BEFORE = START - timedelta(days=1)


def person(sex: Sex, birth: date, *measurements: Measurement) -> Patient:
    return make_patient(sex=sex, birth_date=birth, measurements=measurements)


def offer(growth: GrowthReference, patient: Patient, codes=OBESE):
    return adjusted_weight(
        patient,
        START,
        codes=codes,
        growth=growth,
        height_valid_months=12,
        weight_max_age_days=30,
    )


# A boy born 2017-09-01 is 3103 days = 101.9466 months old at START (2026-03-01), 8.5 y.
# CDC M between 101.5 (15.92992) and 102.5 months (15.96169): 15.92992 + 0.4466 x 0.03178 =
# 15.94411 -> 15.94. Ideal 15.94 x 1.30² = 26.9386 -> 26.9 kg; adjusted 26.9 + 0.4 x (40 - 26.9)
# = 32.14 -> 32.1 kg. The age is shown in completed tenths of a year (8.4 y).
BOY = person(Sex.M, date(2017, 9, 1), Measurement(DAY_BEFORE, weight_kg=40.0, height_cm=130.0))
# A girl born 2006-03-02 is 7304 days = 239.9671 months at START: 19 completed years, the BMI
# method. M between 239.5 (21.71189) and 240 months (21.71700): 21.71189 + 0.9343 x 0.00511 =
# 21.71666 -> 21.72. Ideal 21.72 x 1.50² = 48.87 -> 48.9; adjusted 48.9 + 0.4 x 31.1 = 61.34.
GIRL_19 = person(Sex.F, date(2006, 3, 2), Measurement(DAY_BEFORE, weight_kg=80.0, height_cm=150.0))
# Born a day earlier she is 20 on START: Devine, undefined at 150 cm.
WOMAN_20 = person(Sex.F, date(2006, 3, 1), Measurement(DAY_BEFORE, weight_kg=80.0, height_cm=150.0))
# A man of 36, 175 cm = 68.90 in: ideal 50 + 2.3 x 8.90 = 70.47 -> 70.5 kg; adjusted
# 70.5 + 0.4 x (100 - 70.5) = 82.3 kg.
MAN = person(Sex.M, date(1990, 1, 1), Measurement(DAY_BEFORE, weight_kg=100.0, height_cm=175.0))
# A woman, 160 cm = 62.99 in: ideal 45.5 + 2.3 x 2.99 = 52.377 -> 52.4 kg; adjusted
# 52.4 + 0.4 x (85 - 52.4) = 65.44 -> 65.4 kg.
WOMAN = person(Sex.F, date(1990, 1, 1), Measurement(DAY_BEFORE, weight_kg=85.0, height_cm=160.0))


def man(height_cm: float) -> Patient:
    return person(
        Sex.M, date(1990, 1, 1), Measurement(DAY_BEFORE, weight_kg=80.0, height_cm=height_cm)
    )


def boy(*measurements: Measurement) -> Patient:
    return person(Sex.M, date(2017, 9, 1), *measurements)


OFFERS = [
    pytest.param(
        BOY,
        IdealMethod.BMI_50TH,
        26.9,
        32.1,
        "ideal 26.9 kg = BMI 15.94 (50th percentile, boy 8.4 y) x (1.3 m)²;"
        " adjusted 32.1 kg = 26.9 + 0.4 x (40 - 26.9)",
        id="boy-8.5y",
    ),
    pytest.param(
        GIRL_19,
        IdealMethod.BMI_50TH,
        48.9,
        61.3,
        "ideal 48.9 kg = BMI 21.72 (50th percentile, girl 19.9 y) x (1.5 m)²;"
        " adjusted 61.3 kg = 48.9 + 0.4 x (80 - 48.9)",
        id="19.99y-bmi-method",
    ),
    pytest.param(
        MAN,
        IdealMethod.DEVINE,
        70.5,
        82.3,
        "ideal 70.5 kg = 50 kg (male) + 2.3 kg x (68.9 in - 60), height 175 cm;"
        " adjusted 82.3 kg = 70.5 + 0.4 x (100 - 70.5)",
        id="man-devine",
    ),
    pytest.param(
        WOMAN,
        IdealMethod.DEVINE,
        52.4,
        65.4,
        "ideal 52.4 kg = 45.5 kg (female) + 2.3 kg x (62.99 in - 60), height 160 cm;"
        " adjusted 65.4 kg = 52.4 + 0.4 x (85 - 52.4)",
        id="woman-devine",
    ),
    # Exactly 152.4 cm = 60 in: the ideal is the base weight; 50 + 0.4 x 30 = 62.
    pytest.param(
        man(152.4),
        IdealMethod.DEVINE,
        50.0,
        62.0,
        "ideal 50.0 kg = 50 kg (male) + 2.3 kg x (60 in - 60), height 152.4 cm;"
        " adjusted 62.0 kg = 50.0 + 0.4 x (80 - 50.0)",
        id="devine-at-152.4cm",
    ),
]


@pytest.mark.parametrize(("patient", "method", "ideal", "adjusted", "arithmetic"), OFFERS)
def test_the_offer_is_hand_computed(growth, patient, method, ideal, adjusted, arithmetic):
    result = offer(growth, patient)
    assert isinstance(result, AdjustedWeight)
    assert (result.method, result.ideal_kg, result.adjusted_kg) == (method, ideal, adjusted)
    assert result.arithmetic == arithmetic


def test_a_child_is_told_it_is_not_an_established_standard(growth):
    child = offer(growth, BOY)
    adult = offer(growth, MAN)
    assert isinstance(child, AdjustedWeight) and isinstance(adult, AdjustedWeight)
    assert child.caveat == NOT_A_STANDARD
    assert "Not an established Ig dosing standard for children" in child.caveat
    assert "BloodSTAR" in adult.caveat and "Ontario" in adult.caveat
    for shown in (child, adult):
        assert "The prescriber chooses the actual or the adjusted weight." in shown.caveat


WEIGHT_AT_START = Measurement(START - timedelta(hours=1), weight_kg=40.0)

NO_OFFER = [
    pytest.param(
        WOMAN_20,
        "no adjusted weight: the adult ideal weight (Devine) is not defined below 152.4 cm"
        " (height 150 cm)",
        id="20y-below-152.4cm",
    ),
    pytest.param(
        man(152.3),
        "no adjusted weight: the adult ideal weight (Devine) is not defined below 152.4 cm"
        " (height 152.3 cm)",
        id="devine-at-152.3cm",
    ),
    pytest.param(
        boy(Measurement(DAY_BEFORE, weight_kg=40.0)),
        "no adjusted weight: no measured height is recorded (the ideal weight needs one)",
        id="no-height",
    ),
    pytest.param(
        boy(Measurement(DAY_BEFORE, height_cm=130.0)),
        "no adjusted weight: no measured weight is recorded",
        id="no-weight",
    ),
    # A child's height more than 12 months old (the OBESITY rule of SPEC 5a).
    pytest.param(
        boy(
            Measurement(add_months(START, -12) - timedelta(minutes=1), height_cm=130.0),
            WEIGHT_AT_START,
        ),
        "no adjusted weight: the latest height (2025-03-01 08:59) is older than 12 months;"
        " measure the child",
        id="height-12-months-and-a-minute",
    ),
    # A child's weight more than the ward's 30 days old (the start form's rule).
    pytest.param(
        boy(Measurement(START - timedelta(days=31), weight_kg=40.0, height_cm=130.0)),
        "no adjusted weight: the latest weight (40 kg on 2026-01-29 09:00) is older than"
        " 30 days; weigh the child",
        id="weight-31-days",
    ),
    # Not above the ideal: nothing to adjust (26.9 kg ideal for the boy).
    pytest.param(
        boy(Measurement(DAY_BEFORE, weight_kg=26.9, height_cm=130.0)),
        "no adjusted weight: the measured 26.9 kg is not above the ideal 26.9 kg"
        " (BMI 15.94 (50th percentile, boy 8.4 y) x (1.3 m)²)",
        id="not-above-the-ideal",
    ),
]


@pytest.mark.parametrize(("patient", "reason"), NO_OFFER)
def test_no_offer_says_why(growth, patient, reason):
    result = offer(growth, patient)
    assert result == NoAdjustedWeight(reason)


@pytest.mark.parametrize(
    "patient",
    [
        pytest.param(
            boy(Measurement(add_months(START, -12), height_cm=130.0), WEIGHT_AT_START),
            id="height-exactly-12-months",
        ),
        pytest.param(
            boy(Measurement(START - timedelta(days=30), weight_kg=40.0, height_cm=130.0)),
            id="weight-30-days",
        ),
        # From 18 years an old height stands (SPEC 5a) and the weight has no age limit.
        pytest.param(
            person(
                Sex.M,
                date(2007, 3, 1),
                Measurement(START - timedelta(days=800), height_cm=175.0),
                Measurement(START - timedelta(days=90), weight_kg=100.0),
            ),
            id="18y-old-height-and-weight",
        ),
    ],
)
def test_a_measurement_just_within_the_rules_is_used(growth, patient):
    assert isinstance(offer(growth, patient), AdjustedWeight)


@pytest.mark.parametrize("patient", [BOY, MAN, WOMAN_20, boy()])
def test_without_obesity_nothing_is_offered_or_said(growth, patient):
    assert offer(growth, patient, codes=(FactorCode.YOUNG_CHILD, FactorCode.DIABETES)) is None
    assert offer(growth, patient, codes=()) is None


def test_measurements_after_the_moment_are_not_used(growth):
    later = boy(Measurement(START + timedelta(hours=1), weight_kg=40.0, height_cm=130.0))
    assert offer(growth, later) == NoAdjustedWeight(
        "no adjusted weight: no measured weight is recorded"
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [(26.9386, 26.9), (32.14, 32.1), (65.45, 65.5), (61.34, 61.3), (52.35, 52.4), (0.05, 0.1)],
)
def test_weights_are_rounded_half_up_to_a_tenth(value, shown):
    assert tenth(value) == shown
