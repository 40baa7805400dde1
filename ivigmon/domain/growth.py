"""BMI and the CDC 2000 BMI-for-age percentile from LMS parameters."""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import NormalDist

from ivigmon.domain.codes import Sex


def bmi(weight_kg: float, height_cm: float) -> float:
    metres = height_cm / 100.0
    return weight_kg / (metres * metres)


@dataclass(frozen=True)
class LmsRow:
    sex: Sex
    agemos: float
    l: float  # noqa: E741 - the CDC's own name for the Box-Cox power
    m: float
    s: float


class GrowthReference:
    """CDC 2000 BMI-for-age LMS table (24 to 240.5 months), interpolated linearly by age."""

    def __init__(self, rows: Iterable[LmsRow]) -> None:
        self._rows: dict[Sex, list[LmsRow]] = {Sex.F: [], Sex.M: []}
        for row in rows:
            self._rows[row.sex].append(row)
        for sex_rows in self._rows.values():
            sex_rows.sort(key=lambda r: r.agemos)
        self._ages = {sex: [r.agemos for r in rs] for sex, rs in self._rows.items()}

    def age_range(self, sex: Sex) -> tuple[float, float]:
        ages = self._ages[sex]
        return ages[0], ages[-1]

    def lms(self, sex: Sex, age_months: float) -> tuple[float, float, float] | None:
        """L, M and S at this age, or None outside the table."""
        ages = self._ages[sex]
        rows = self._rows[sex]
        if not ages or age_months < ages[0] or age_months > ages[-1]:
            return None
        index = bisect.bisect_left(ages, age_months)
        if ages[index] == age_months:
            row = rows[index]
            return row.l, row.m, row.s
        lower, upper = rows[index - 1], rows[index]
        fraction = (age_months - lower.agemos) / (upper.agemos - lower.agemos)
        return (
            lower.l + (upper.l - lower.l) * fraction,
            lower.m + (upper.m - lower.m) * fraction,
            lower.s + (upper.s - lower.s) * fraction,
        )

    def z_score(self, sex: Sex, age_months: float, bmi_value: float) -> float | None:
        params = self.lms(sex, age_months)
        if params is None:
            return None
        l_, m, s = params
        ratio = bmi_value / m
        try:
            if l_ == 0:
                return float(math.log(ratio) / s)
            return float((ratio**l_ - 1.0) / (l_ * s))
        except (OverflowError, ZeroDivisionError, ValueError):
            # Far outside the table (the z-score rises with the BMI whatever the sign of L).
            return math.inf if ratio > 1 else -math.inf

    def percentile(self, sex: Sex, age_months: float, bmi_value: float) -> float | None:
        """Percentile 0-100 (normal CDF of the LMS z-score), or None outside the table."""
        z = self.z_score(sex, age_months, bmi_value)
        if z is None:
            return None
        return float(NormalDist().cdf(z) * 100.0)


# The LMS z-score of a high BMI levels off (with L < 0 it can never pass -1/(L*S), about +3.6 at
# age 4), so outliers are judged by the CDC's modified z-score: the distance from the median in
# units of half the distance to z = +-2 ("Modified z-scores in the CDC growth charts", CDC 2022;
# the CDC SAS program flags BMI modified z below -4 or above +8 as biologically implausible).
# The ward asks from +-5: a nurse confirms in one click what is real, and a unit slip (lb for kg,
# inches for cm) lands far beyond it.
IMPLAUSIBLE_BMI_Z = 5.0


def modified_z(
    reference: GrowthReference, sex: Sex, age_months: float, bmi_value: float
) -> float | None:
    """The CDC modified BMI-for-age z-score, or None outside the table's ages."""
    params = reference.lms(sex, age_months)
    if params is None:
        return None
    l_, m, s = params

    def at_z(z: float) -> float:
        return float(m * (1.0 + l_ * s * z) ** (1.0 / l_)) if l_ != 0 else m * math.exp(s * z)

    half = (at_z(2.0) - m) / 2.0 if bmi_value >= m else (m - at_z(-2.0)) / 2.0
    return (bmi_value - m) / half


@dataclass(frozen=True)
class BodyCheck:
    """A weight and height far outside the reference for this age and sex."""

    bmi: float
    z: float


def implausible_body(
    reference: GrowthReference,
    sex: Sex,
    age_months: float,
    weight_kg: float,
    height_cm: float,
) -> BodyCheck | None:
    """The BMI and its modified z-score when beyond +-5; None when plausible or outside the
    table's ages (2 to 20 years)."""
    value = bmi(weight_kg, height_cm)
    z = modified_z(reference, sex, age_months, value)
    if z is None or abs(z) <= IMPLAUSIBLE_BMI_Z:
        return None
    return BodyCheck(bmi=value, z=z)
