"""Plausible measured weights and heights of demo children (WHO, CDC), and dosing weights."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from datetime import date, datetime

from ivigmon.demo.arithmetic import age_years, iso, round_to
from ivigmon.demo.plan import PlannedPatient, Ward
from ivigmon.domain.codes import Sex
from ivigmon.domain.growth import GrowthReference

# Median height (cm) by age (years): WHO growth standards to 2 y, CDC 2000 stature-for-age after.
MEDIAN_HEIGHT_CM: dict[Sex, tuple[tuple[float, float], ...]] = {
    Sex.M: (
        (0.0, 49.9), (0.25, 61.4), (0.5, 67.6), (1.0, 75.7), (1.5, 82.3), (2.0, 87.1),
        (3.0, 95.3), (4.0, 102.5), (5.0, 109.2), (6.0, 115.5), (7.0, 121.9), (8.0, 128.0),
        (9.0, 133.3), (10.0, 138.4), (11.0, 143.5), (12.0, 149.1), (13.0, 156.0),
        (14.0, 163.2), (15.0, 169.0), (16.0, 172.9), (17.0, 175.2), (18.0, 176.1),
        (20.0, 176.8),
    ),
    Sex.F: (
        (0.0, 49.1), (0.25, 59.8), (0.5, 65.7), (1.0, 74.0), (1.5, 80.7), (2.0, 85.7),
        (3.0, 94.1), (4.0, 101.6), (5.0, 108.4), (6.0, 115.0), (7.0, 121.1), (8.0, 126.6),
        (9.0, 132.2), (10.0, 138.3), (11.0, 144.8), (12.0, 151.2), (13.0, 156.4),
        (14.0, 159.8), (15.0, 161.7), (16.0, 162.5), (17.0, 163.0), (18.0, 163.3),
        (20.0, 163.7),
    ),
}  # fmt: skip
# Median weight (kg) under 2 y (WHO growth standards); from 2 y weight comes from CDC BMI-for-age.
MEDIAN_INFANT_WEIGHT_KG: dict[Sex, tuple[tuple[float, float], ...]] = {
    Sex.M: ((0.0, 3.3), (0.25, 6.4), (0.5, 7.9), (1.0, 9.6), (1.5, 10.9), (2.0, 12.2)),
    Sex.F: ((0.0, 3.2), (0.25, 5.8), (0.5, 7.3), (1.0, 8.9), (1.5, 10.2), (2.0, 11.5)),
}
# Spread: height SD about 4 % of the median; infant weight SD about 11 %.
HEIGHT_CV = 0.04
INFANT_WEIGHT_CV = 0.11

# An obese adolescent is sometimes dosed on an adjusted weight: ideal + 40 % of the excess.
ADJUSTED_EXCESS_SHARE = 0.4


def _interpolate(table: Sequence[tuple[float, float]], x: float) -> float:
    if x <= table[0][0]:
        return table[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(table):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return table[-1][1]


def _height_cm(person: PlannedPatient, age: float) -> float:
    return _interpolate(MEDIAN_HEIGHT_CM[person.sex], age) * (1 + HEIGHT_CV * person.height_z)


def _bmi_at(growth: GrowthReference, sex: Sex, age: float, z: float) -> float | None:
    """BMI at a z-score from the CDC LMS parameters (None under 2 years)."""
    params = growth.lms(sex, age * 12)
    if params is None:
        return None
    l_, m, s = params
    return m * math.exp(s * z) if l_ == 0 else m * (1 + l_ * s * z) ** (1 / l_)


def _weight_kg(ward: Ward, person: PlannedPatient, age: float, height: float, z: float) -> float:
    bmi = _bmi_at(ward.growth, person.sex, age, z)
    if bmi is None:
        if age >= 2:  # past the CDC table (20 y): an adult BMI
            return 22.0 * (1 + 0.12 * z) * (height / 100) ** 2
        return _interpolate(MEDIAN_INFANT_WEIGHT_KG[person.sex], age) * (1 + INFANT_WEIGHT_CV * z)
    return bmi * (height / 100) ** 2


def measure(ward: Ward, person: PlannedPatient, at: datetime, with_height: bool) -> float:
    """Record a measurement before the course; return the measured weight."""
    rng = ward.rng
    age = age_years(person.birth, at.date())
    height = _height_cm(person, age)
    weight = _weight_kg(ward, person, age, height, person.weight_z) * rng.uniform(0.985, 1.015)
    weight = round_to(weight, 0.1)
    person.measurements.append(
        {
            "at": iso(at),
            "weight_kg": weight,
            "height_cm": round_to(height, 0.5) if with_height else None,
        }
    )
    return weight


def dosing_weight(
    ward: Ward, person: PlannedPatient, actual: float, day: date
) -> tuple[float, str]:
    """Actual weight; obese adolescents are sometimes dosed on an adjusted weight."""
    age = age_years(person.birth, day)
    if not person.adjusted_dosing or age < 12:
        return actual, "actual"
    ideal_bmi = _bmi_at(ward.growth, person.sex, age, 0.0)
    if ideal_bmi is None:
        return actual, "actual"
    ideal = ideal_bmi * (_height_cm(person, age) / 100) ** 2
    return round_to(ideal + ADJUSTED_EXCESS_SHARE * (actual - ideal), 0.1), "adjusted"
