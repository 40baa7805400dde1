"""Heights and weights of the national service's children and adults, and dosing weights."""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

from ivigmon.demo.arithmetic import round_to
from ivigmon.demo.growth import (
    ADJUSTED_EXCESS_SHARE,
    HEIGHT_CV,
    INFANT_WEIGHT_CV,
    MEDIAN_HEIGHT_CM,
    MEDIAN_INFANT_WEIGHT_KG,
)
from ivigmon.domain.codes import Sex
from ivigmon.domain.growth import GrowthReference

# Adults (20 y and over): median BMI 27 with a log-spread of 0.17, so that about 3 in 10 are
# obese (BMI >= 30), as in the Health Survey for England 2019 (28 % obese).
ADULT_MEDIAN_BMI = 27.0
ADULT_BMI_LOG_SD = 0.17
ADULT_AGE = 20.0
# Devine ideal body weight, defined from 152.4 cm (60 in): 50 kg (men) or 45.5 kg (women)
# + 2.3 kg per inch; the dose-determining weight adds 40 % of the excess (reference README,
# "Dosing weight": Australia's NBA BloodSTAR and Ontario's IVIG guidance, BMI > 30).
DEVINE_BASE_KG: dict[Sex, float] = {Sex.M: 50.0, Sex.F: 45.5}
DEVINE_FROM_CM = 152.4
DEVINE_KG_PER_INCH = 2.3
CM_PER_INCH = 2.54
ADJUSTED_FROM_BMI = 30.0


class _Table:
    """A growth table interpolated linearly by age (bisect: called for every measurement)."""

    def __init__(self, rows: Sequence[tuple[float, float]]) -> None:
        self.ages = [age for age, _ in rows]
        self.values = [value for _, value in rows]

    def at(self, age: float) -> float:
        ages, values = self.ages, self.values
        if age <= ages[0]:
            return values[0]
        if age >= ages[-1]:
            return values[-1]
        index = bisect.bisect_right(ages, age)
        a0, a1 = ages[index - 1], ages[index]
        v0, v1 = values[index - 1], values[index]
        return v0 + (v1 - v0) * (age - a0) / (a1 - a0)


_HEIGHT = {sex: _Table(rows) for sex, rows in MEDIAN_HEIGHT_CM.items()}
_INFANT_WEIGHT = {sex: _Table(rows) for sex, rows in MEDIAN_INFANT_WEIGHT_KG.items()}


def height_cm(sex: Sex, age: float, z: float) -> float:
    """WHO (under 2 y) and CDC 2000 median heights; adults keep their height at 20."""
    return _HEIGHT[sex].at(age) * (1 + HEIGHT_CV * z)


def weight_kg(growth: GrowthReference, sex: Sex, age: float, height: float, z: float) -> float:
    """Under 2 y: WHO median weight; 2-20 y: CDC BMI-for-age at z; adults: an adult BMI."""
    metres2 = (height / 100) ** 2
    if age >= ADULT_AGE:
        return ADULT_MEDIAN_BMI * math.exp(ADULT_BMI_LOG_SD * z) * metres2
    params = growth.lms(sex, age * 12) if age >= 2 else None
    if params is None:
        return _INFANT_WEIGHT[sex].at(age) * (1 + INFANT_WEIGHT_CV * z)
    l_, m, s = params
    bmi = m * math.exp(s * z) if l_ == 0 else m * (1 + l_ * s * z) ** (1 / l_)
    return bmi * metres2


def dosing_weight(sex: Sex, age: float, actual_kg: float, height: float) -> float | None:
    """The adjusted (dose-determining) weight of an obese adult, or None when it does not apply."""
    if age < 18 or height < DEVINE_FROM_CM or actual_kg / (height / 100) ** 2 < ADJUSTED_FROM_BMI:
        return None
    ideal = DEVINE_BASE_KG[sex] + DEVINE_KG_PER_INCH * (height - DEVINE_FROM_CM) / CM_PER_INCH
    if actual_kg <= ideal:
        return None
    return round_to(ideal + ADJUSTED_EXCESS_SHARE * (actual_kg - ideal), 0.1)
