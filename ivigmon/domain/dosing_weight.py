"""The adjusted dosing weight offered for an obese patient: an ideal weight plus 40 % of the excess.

Immunoglobulin distributes into body water, little into fat, so adult guidance doses an obese
patient by an adjusted weight: ideal body weight (Devine) + 0.4 x (actual - ideal). Sources:
Australia's National Blood Authority (BloodSTAR dose calculator) and Ontario's IVIG utilisation
guidance (mandatory there for BMI > 30, for people at least 152.4 cm tall). Devine: 50 kg (male)
or 45.5 kg (female) + 2.3 kg per inch over 60 inches; undefined below 152.4 cm (60 inches).

No sourced paediatric rule for adjusting an Ig dose exists (Ontario uses the actual weight under
18 years). For children the ideal weight is the BMI method of paediatric nutrition: the BMI at the
50th percentile for age and sex (the CDC 2000 BMI-for-age M) x height in m squared (Phillips S,
Edlbeck A, Kirby M, Goday P. Ideal body weight in children. Nutr Clin Pract 2007;22:240-5, which
compares it with the Moore and McLaren methods). The offer therefore says that it is not an
established Ig dosing standard, shows its arithmetic, and is never pre-selected: the prescriber
chooses actual or adjusted, stored as the infusion's `dosing_weight_basis`.

Every figure shown is the one computed with (the 50th-percentile BMI to 0.01 kg/m², inches to
0.01 in, the ideal weight to 0.1 kg), so that the arithmetic can be checked by hand from the
screen; the rounding moves the result by less than 0.05 kg.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ivigmon.domain.age import add_months, age_in_months, completed_years
from ivigmon.domain.codes import FactorCode, Sex
from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.models import Measurement, Patient
from ivigmon.domain.numbers import fmt
from ivigmon.domain.record_validation import latest_weight
from ivigmon.domain.start_flags import CHILD_UNTIL_YEARS, is_stale_weight
from ivigmon.domain.timefmt import to_display

# BloodSTAR and Ontario: the dose-determining weight takes 40 % of the weight above the ideal.
EXCESS_SHARE = 0.4
# Devine (1974) as BloodSTAR and Ontario use it.
DEVINE_BASE_KG = {Sex.M: 50.0, Sex.F: 45.5}
DEVINE_KG_PER_INCH = 2.3
DEVINE_FROM_INCHES = 60.0
CM_PER_INCH = 2.54
DEVINE_FROM_CM = DEVINE_FROM_INCHES * CM_PER_INCH  # 152.4 cm
# SPEC 4: the adult obesity rule (and so the adult ideal weight) from 20 completed years; the
# CDC BMI-for-age table, and so the BMI method, below that.
ADULT_FROM_YEARS = 20

NOT_A_STANDARD = (
    "Not an established Ig dosing standard for children: the ideal weight is the BMI method of"
    " paediatric nutrition (Phillips 2007), with the adult rule of 40 % of the excess."
    " The prescriber chooses the actual or the adjusted weight."
)
ADULT_SOURCE = (
    "Devine ideal weight + 40 % of the excess: the dose-determining weight of BloodSTAR (National"
    " Blood Authority) and Ontario's IVIG guidance. The prescriber chooses the actual or the"
    " adjusted weight."
)


class IdealMethod(StrEnum):
    """How the ideal body weight was found."""

    BMI_50TH = "bmi_50th_percentile"  # under 20 y: CDC BMI-for-age M x height squared
    DEVINE = "devine"  # 20 y and over


@dataclass(frozen=True)
class AdjustedWeight:
    """The offer: the ideal and adjusted weights, and the arithmetic and caveat to show."""

    method: IdealMethod
    actual_kg: float
    ideal_kg: float
    adjusted_kg: float
    ideal_text: str  # `ideal 26.9 kg = BMI 15.94 (50th percentile, boy 8.4 y) x (1.3 m)²`
    adjusted_text: str  # `adjusted 32.1 kg = 26.9 + 0.4 x (40 - 26.9)`
    caveat: str

    @property
    def arithmetic(self) -> str:
        return f"{self.ideal_text}; {self.adjusted_text}"


@dataclass(frozen=True)
class NoAdjustedWeight:
    """Obesity applies but no adjusted weight can be offered; `reason` says why."""

    reason: str


def adjusted_weight(
    patient: Patient,
    at: datetime,
    *,
    codes: Collection[FactorCode],
    growth: GrowthReference,
    height_valid_months: int,
    weight_max_age_days: int,
) -> AdjustedWeight | NoAdjustedWeight | None:
    """The adjusted weight offered at `at` when OBESITY applies (None otherwise), from the
    latest measured weight and height; a child's weight or height too old to use (the rules of
    the start form and of OBESITY) and an adult below 152.4 cm get a reason and no offer."""
    if FactorCode.OBESITY not in codes:
        return None
    measured = latest_weight(patient.measurements, at)
    if measured is None:
        return NoAdjustedWeight("no adjusted weight: no measured weight is recorded")
    weighed_at, actual = measured
    if is_stale_weight(patient, weighed_at, now=at, max_age_days=weight_max_age_days):
        return NoAdjustedWeight(
            f"no adjusted weight: the latest weight ({fmt(actual)} kg on {to_display(weighed_at)})"
            f" is older than {weight_max_age_days} days; weigh the child"
        )
    height = _latest_height(patient.measurements, at)
    if height is None:
        return NoAdjustedWeight(
            "no adjusted weight: no measured height is recorded (the ideal weight needs one)"
        )
    years = completed_years(patient.birth_date, at)
    assert height.height_cm is not None
    if years < CHILD_UNTIL_YEARS and add_months(height.at, height_valid_months) < at:
        return NoAdjustedWeight(
            f"no adjusted weight: the latest height ({to_display(height.at)}) is older than"
            f" {height_valid_months} months; measure the child"
        )
    if years >= ADULT_FROM_YEARS:
        return _devine(patient.sex, actual, height.height_cm)
    return _bmi_method(patient, at, actual, height.height_cm, growth)


def _latest_height(measurements: Collection[Measurement], at: datetime) -> Measurement | None:
    heights = [m for m in measurements if m.height_cm is not None and m.at <= at]
    return max(heights, key=lambda m: m.at) if heights else None


def _devine(sex: Sex, actual: float, height_cm: float) -> AdjustedWeight | NoAdjustedWeight:
    if round(height_cm, 6) < DEVINE_FROM_CM:
        return NoAdjustedWeight(
            f"no adjusted weight: the adult ideal weight (Devine) is not defined below"
            f" {fmt(DEVINE_FROM_CM, 1)} cm (height {fmt(height_cm, 1)} cm)"
        )
    inches = round(height_cm / CM_PER_INCH, 2)
    ideal = tenth(DEVINE_BASE_KG[sex] + DEVINE_KG_PER_INCH * (inches - DEVINE_FROM_INCHES))
    who = "male" if sex is Sex.M else "female"
    formula = (
        f"{fmt(DEVINE_BASE_KG[sex], 1)} kg ({who}) + {fmt(DEVINE_KG_PER_INCH, 1)} kg x"
        f" ({fmt(inches)} in - {fmt(DEVINE_FROM_INCHES)}), height {fmt(height_cm, 1)} cm"
    )
    return _offer(IdealMethod.DEVINE, actual, ideal, formula, ADULT_SOURCE)


def _bmi_method(
    patient: Patient, at: datetime, actual: float, height_cm: float, growth: GrowthReference
) -> AdjustedWeight | NoAdjustedWeight:
    # As OBESITY reads the table: on a 2nd birthday the decimal age can be 23.98 months, just
    # below the table's first row (24.0); that row is used.
    first, _last = growth.age_range(patient.sex)
    months = max(age_in_months(patient.birth_date, at), first)
    lms = growth.lms(patient.sex, months)
    if lms is None:
        return NoAdjustedWeight(
            "no adjusted weight: the age is outside the CDC BMI-for-age table (2 to 20 years)"
        )
    median_bmi = round(lms[1], 2)
    metres = height_cm / 100.0
    ideal = tenth(median_bmi * metres * metres)
    who = "boy" if patient.sex is Sex.M else "girl"
    formula = (
        f"BMI {median_bmi:.2f} (50th percentile, {who} {_tenths(months / 12.0)} y) x"
        f" ({fmt(metres, 3)} m)²"
    )
    return _offer(IdealMethod.BMI_50TH, actual, ideal, formula, NOT_A_STANDARD)


def _offer(
    method: IdealMethod, actual: float, ideal: float, formula: str, caveat: str
) -> AdjustedWeight | NoAdjustedWeight:
    if actual <= ideal:
        return NoAdjustedWeight(
            f"no adjusted weight: the measured {fmt(actual)} kg is not above the ideal"
            f" {fmt(ideal, 1)} kg ({formula})"
        )
    adjusted = tenth(ideal + EXCESS_SHARE * (actual - ideal))
    ideal_text = f"ideal {ideal:.1f} kg = {formula}"
    adjusted_text = (
        f"adjusted {adjusted:.1f} kg = {ideal:.1f} + {fmt(EXCESS_SHARE, 1)} x"
        f" ({fmt(actual)} - {ideal:.1f})"
    )
    return AdjustedWeight(method, actual, ideal, adjusted, ideal_text, adjusted_text, caveat)


def _tenths(years: float) -> str:
    """Age in completed tenths of a year: 19.99 y is 19.9, never 20.0 (the adult rule's age)."""
    return f"{math.floor(round(years * 10.0, 6)) / 10.0:.1f}"


def tenth(value: float) -> float:
    """To 0.1 kg, half up (a weight shown with one decimal is the weight used)."""
    return math.floor(round(value * 10.0, 6) + 0.5) / 10.0
