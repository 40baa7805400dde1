"""BMI and the CDC 2000 BMI-for-age percentile from L, M and S (SPEC section 3 and 5a)."""

from __future__ import annotations

import csv
import math
from statistics import NormalDist

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivigmon import paths
from ivigmon.domain.codes import Sex
from ivigmon.domain.growth import GrowthReference, LmsRow, bmi, implausible_body, modified_z

Z95 = 1.6449


def _table_rows() -> list[LmsRow]:
    with paths.resource("cdc2000_bmi_for_age_lms.csv").open(newline="", encoding="utf-8") as fh:
        return [
            LmsRow(Sex(r["sex"]), float(r["agemos"]), float(r["L"]), float(r["M"]), float(r["S"]))
            for r in csv.DictReader(fh)
        ]


ROWS = _table_rows()
SAMPLE = [r for r in ROWS if r.agemos in (24.0, 24.5, 60.5, 120.5, 180.5, 239.5, 240.0, 240.5)]


def _bmi_at_z(row: LmsRow, z: float) -> float:
    return row.m * (1.0 + row.l * row.s * z) ** (1.0 / row.l)


@pytest.mark.parametrize(
    ("weight", "height", "expected"),
    [
        pytest.param(14.2, 98.0, 14.7855, id="spec-example"),
        pytest.param(86.7, 170.0, 30.0, id="adult-30"),
        pytest.param(30.0, 135.0, 16.461, id="child"),
    ],
)
def test_bmi_is_kg_per_m2(weight: float, height: float, expected: float) -> None:
    assert bmi(weight, height) == pytest.approx(expected, abs=5e-4)


def test_table_covers_24_to_240_5_months_for_both_sexes(growth: GrowthReference) -> None:
    assert growth.age_range(Sex.F) == (24.0, 240.5)
    assert growth.age_range(Sex.M) == (24.0, 240.5)
    assert len(SAMPLE) >= 10


@pytest.mark.parametrize("row", SAMPLE, ids=lambda r: f"{r.sex}-{r.agemos}")
def test_percentile_is_50_exactly_at_m(growth: GrowthReference, row: LmsRow) -> None:
    assert growth.lms(row.sex, row.agemos) == (row.l, row.m, row.s)
    assert growth.z_score(row.sex, row.agemos, row.m) == pytest.approx(0.0, abs=1e-12)
    assert growth.percentile(row.sex, row.agemos, row.m) == pytest.approx(50.0, abs=1e-9)


@pytest.mark.parametrize("row", SAMPLE, ids=lambda r: f"{r.sex}-{r.agemos}")
def test_bmi_at_z_1_6449_is_the_95th_percentile(growth: GrowthReference, row: LmsRow) -> None:
    value = _bmi_at_z(row, Z95)
    assert value > row.m
    assert growth.z_score(row.sex, row.agemos, value) == pytest.approx(Z95, abs=1e-9)
    assert growth.percentile(row.sex, row.agemos, value) == pytest.approx(95.0, abs=0.001)


def test_known_cut_off_for_a_ten_year_old_boy(growth: GrowthReference) -> None:
    # CDC: the 95th percentile of BMI-for-age for boys at 120.5 months is about 22.0 kg/m2.
    row = next(r for r in ROWS if r.sex is Sex.M and r.agemos == 120.5)
    assert _bmi_at_z(row, Z95) == pytest.approx(22.0, abs=0.2)
    pct = growth.percentile(Sex.M, 120.5, 22.5)
    assert pct is not None and pct > 95.0


@pytest.mark.parametrize("sex", [Sex.F, Sex.M])
@pytest.mark.parametrize("fraction", [0.25, 0.5, 0.9])
def test_interpolation_between_rows_is_linear_in_l_m_s(
    growth: GrowthReference, sex: Sex, fraction: float
) -> None:
    lower = next(r for r in ROWS if r.sex is sex and r.agemos == 120.5)
    upper = next(r for r in ROWS if r.sex is sex and r.agemos == 121.5)
    params = growth.lms(sex, 120.5 + fraction)
    assert params is not None
    for got, low, high in zip(
        params, (lower.l, lower.m, lower.s), (upper.l, upper.m, upper.s), strict=True
    ):
        assert got == pytest.approx(low + (high - low) * fraction, rel=1e-12)


def test_interpolation_on_a_synthetic_table() -> None:
    reference = GrowthReference(
        [LmsRow(Sex.F, 24.0, -2.0, 16.0, 0.08), LmsRow(Sex.F, 26.0, -1.0, 18.0, 0.10)]
    )
    assert reference.lms(Sex.F, 25.0) == pytest.approx((-1.5, 17.0, 0.09))
    assert reference.lms(Sex.F, 24.5) == pytest.approx((-1.75, 16.5, 0.085))
    # At the interpolated median the percentile is exactly 50.
    assert reference.percentile(Sex.F, 25.0, 17.0) == pytest.approx(50.0)
    # No rows for boys in this table.
    assert reference.lms(Sex.M, 25.0) is None


def test_l_zero_uses_the_log_formula() -> None:
    reference = GrowthReference(
        [LmsRow(Sex.M, 24.0, 0.0, 16.0, 0.1), LmsRow(Sex.M, 25.0, 0.0, 16.0, 0.1)]
    )
    value = 16.0 * math.exp(0.1 * Z95)
    assert reference.z_score(Sex.M, 24.0, value) == pytest.approx(Z95)
    assert reference.percentile(Sex.M, 24.0, value) == pytest.approx(95.0, abs=0.001)


@pytest.mark.parametrize("months", [0.0, 23.9, 240.6, 300.0])
def test_outside_the_table_is_none(growth: GrowthReference, months: float) -> None:
    assert growth.lms(Sex.F, months) is None
    assert growth.z_score(Sex.F, months, 18.0) is None
    assert growth.percentile(Sex.F, months, 18.0) is None


@pytest.mark.parametrize("months", [24.0, 240.5])
def test_table_edges_are_inside(growth: GrowthReference, months: float) -> None:
    assert growth.percentile(Sex.M, months, 18.0) is not None


@settings(max_examples=100, deadline=None)
@given(
    sex=st.sampled_from([Sex.F, Sex.M]),
    months=st.floats(min_value=24.0, max_value=240.5, allow_nan=False),
    low=st.floats(min_value=10.0, max_value=40.0, allow_nan=False),
    step=st.floats(min_value=0.01, max_value=10.0, allow_nan=False),
)
def test_percentile_rises_with_bmi(
    growth: GrowthReference, sex: Sex, months: float, low: float, step: float
) -> None:
    a = growth.percentile(sex, months, low)
    b = growth.percentile(sex, months, low + step)
    assert a is not None and b is not None
    assert 0.0 <= a <= b <= 100.0


@settings(max_examples=100, deadline=None)
@given(
    sex=st.sampled_from([Sex.F, Sex.M]),
    months=st.floats(min_value=24.0, max_value=240.5, allow_nan=False),
    z=st.floats(min_value=-2.5, max_value=2.5, allow_nan=False),
)
def test_percentile_is_the_normal_cdf_of_z(
    growth: GrowthReference, sex: Sex, months: float, z: float
) -> None:
    params = growth.lms(sex, months)
    assert params is not None
    row = LmsRow(sex, months, *params)
    value = _bmi_at_z(row, z)
    assert growth.percentile(sex, months, value) == pytest.approx(
        NormalDist().cdf(z) * 100.0, abs=1e-6
    )


@pytest.mark.parametrize(
    ("bmi_value", "lowest", "highest"), [(5e-324, 0.0, 0.0), (0.0, 0.0, 0.0), (1e300, 99.9, 100.0)]
)
def test_a_bmi_far_outside_the_table_gives_an_end_of_the_scale(
    growth: GrowthReference, bmi_value: float, lowest: float, highest: float
) -> None:
    # Before: 0.0 ** negative L raised ZeroDivisionError and a huge ratio OverflowError.
    for sex in (Sex.F, Sex.M):
        percentile = growth.percentile(sex, 60.0, bmi_value)
        assert percentile is not None and lowest <= percentile <= highest


@pytest.mark.parametrize(
    ("weight", "height", "implausible"),
    [
        (16.0, 104.0, False),  # an ordinary 4-year-old girl
        (150.0, 40.0, True),  # BMI 937.5
        (5.0, 104.0, True),  # BMI 4.6: far below
        (43.7, 150.0, False),  # a heavy child, not impossible
    ],
)
def test_a_body_far_outside_the_reference_is_implausible(
    growth: GrowthReference, weight: float, height: float, implausible: bool
) -> None:
    found = implausible_body(growth, Sex.F, 48.0, weight, height)
    assert (found is not None) is implausible


def test_the_modified_z_is_2_at_the_z_2_bmi_and_4_twice_as_far(growth: GrowthReference) -> None:
    l_, m, s = growth.lms(Sex.M, 120.0) or (0.0, 0.0, 0.0)
    at_2 = m * (1 + l_ * s * 2) ** (1 / l_)
    assert modified_z(growth, Sex.M, 120.0, at_2) == pytest.approx(2.0)
    assert modified_z(growth, Sex.M, 120.0, m + 2 * (at_2 - m)) == pytest.approx(4.0)
    assert modified_z(growth, Sex.M, 120.0, m) == 0.0
    assert modified_z(growth, Sex.M, 12.0, m) is None  # under 2 years: not in the table
