"""Dose, volume and rate arithmetic (SPEC section 3)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivigmon.domain.codes import RateUnit
from ivigmon.domain.dosing import (
    dose_g_per_kg,
    mg_per_kg_min,
    ml_per_kg_h,
    pump_ml_per_h,
    step_rate,
    volume_ml,
    volume_ml_per_kg,
)
from ivigmon.domain.products import Product

weights = st.floats(min_value=0.5, max_value=200.0, allow_nan=False, allow_infinity=False)
pumps = st.floats(min_value=0.0, max_value=1000.0, allow_nan=False, allow_infinity=False)
rates = st.floats(min_value=0.01, max_value=20.0, allow_nan=False, allow_infinity=False)
grams = st.floats(min_value=0.1, max_value=200.0, allow_nan=False, allow_infinity=False)
concentrations = st.sampled_from([50.0, 100.0, 200.0])


@pytest.mark.parametrize(
    ("dose_g", "conc", "weight", "volume", "per_kg", "g_per_kg"),
    [
        pytest.param(28.0, 100.0, 14.2, 280.0, 19.72, 1.97, id="spec-example-10pct"),
        pytest.param(28.0, 50.0, 14.2, 560.0, 39.44, 1.97, id="same-dose-5pct"),
        pytest.param(40.0, 100.0, 20.0, 400.0, 20.0, 2.0, id="2g-per-kg"),
    ],
)
def test_dose_and_volume_examples(
    dose_g: float, conc: float, weight: float, volume: float, per_kg: float, g_per_kg: float
) -> None:
    assert volume_ml(dose_g, conc) == pytest.approx(volume)
    assert volume_ml_per_kg(dose_g, conc, weight) == pytest.approx(per_kg, abs=0.005)
    assert dose_g_per_kg(dose_g, weight) == pytest.approx(g_per_kg, abs=0.005)


@pytest.mark.parametrize(
    ("ml_per_h", "weight", "conc", "per_kg_h", "mg_kg_min"),
    [
        pytest.param(4.3, 14.2, 100.0, 0.3028, 0.5047, id="spec-example"),
        pytest.param(12.0, 20.0, 100.0, 0.6, 1.0, id="10pct-1-mg-kg-min"),
        pytest.param(24.0, 20.0, 50.0, 1.2, 1.0, id="5pct-1-mg-kg-min"),
        pytest.param(0.0, 20.0, 100.0, 0.0, 0.0, id="pause"),
    ],
)
def test_step_rate_examples(
    ml_per_h: float, weight: float, conc: float, per_kg_h: float, mg_kg_min: float
) -> None:
    rate = step_rate(ml_per_h, weight, conc)
    assert rate.ml_per_h == ml_per_h
    assert rate.ml_per_kg_h == pytest.approx(per_kg_h, abs=5e-5)
    assert rate.mg_per_kg_min == pytest.approx(mg_kg_min, abs=5e-5)
    assert rate.in_unit(RateUnit.ML_KG_H) == rate.ml_per_kg_h
    assert rate.in_unit(RateUnit.MG_KG_MIN) == rate.mg_per_kg_min


@settings(max_examples=200, deadline=None)
@given(pump=pumps, weight=weights, conc=concentrations)
def test_mg_per_kg_min_is_ml_per_kg_h_times_c_over_60(
    pump: float, weight: float, conc: float
) -> None:
    assert ml_per_kg_h(pump, weight) == pytest.approx(pump / weight)
    assert mg_per_kg_min(pump, weight, conc) == pytest.approx(ml_per_kg_h(pump, weight) * conc / 60)
    rate = step_rate(pump, weight, conc)
    assert rate.mg_per_kg_min == pytest.approx(rate.ml_per_kg_h * conc / 60.0)


@settings(max_examples=200, deadline=None)
@given(rate=rates, unit=st.sampled_from(list(RateUnit)), weight=weights, conc=concentrations)
def test_pump_ml_per_h_inverts_step_rate(
    rate: float, unit: RateUnit, weight: float, conc: float
) -> None:
    pump = pump_ml_per_h(rate, unit, weight, conc)
    assert pump > 0
    assert step_rate(pump, weight, conc).in_unit(unit) == pytest.approx(rate, rel=1e-9)


@settings(max_examples=200, deadline=None)
@given(pump=pumps, unit=st.sampled_from(list(RateUnit)), weight=weights, conc=concentrations)
def test_step_rate_inverts_pump_ml_per_h(
    pump: float, unit: RateUnit, weight: float, conc: float
) -> None:
    back = pump_ml_per_h(step_rate(pump, weight, conc).in_unit(unit), unit, weight, conc)
    assert back == pytest.approx(pump, rel=1e-9, abs=1e-12)


@settings(max_examples=200, deadline=None)
@given(dose=grams, conc=concentrations, weight=weights)
def test_volume_is_grams_times_1000_over_c(dose: float, conc: float, weight: float) -> None:
    assert volume_ml(dose, conc) == pytest.approx(dose * 1000.0 / conc)
    assert volume_ml_per_kg(dose, conc, weight) == pytest.approx(dose * 1000.0 / conc / weight)
    # A 10 % solution is half the volume of a 5 % one.
    assert volume_ml(dose, 100.0) * 2 == pytest.approx(volume_ml(dose, 50.0))


@pytest.mark.parametrize(
    ("pct", "conc"), [pytest.param(5.0, 50.0, id="5pct"), pytest.param(10.0, 100.0, id="10pct")]
)
def test_product_concentration_in_mg_per_ml(pct: float, conc: float) -> None:
    product = Product(
        id="x",
        name="X",
        maker="m",
        concentration_pct=pct,
        sugar="none",
        iga_ug_per_ml="",
        rate_unit=RateUnit.MG_KG_MIN,
    )
    assert product.concentration_mg_per_ml == conc
    assert not product.has_rate_limits and not product.is_sugar_stabilised


def test_shipped_catalogue_rate_units_and_limits(products: dict[str, Product]) -> None:
    assert products["privigen"].rate_unit is RateUnit.MG_KG_MIN
    assert products["gammagard_liquid"].rate_unit is RateUnit.ML_KG_H
    assert products["privigen"].max_rate_for("ITP") == 4.0
    assert products["privigen"].max_rate_for("JIA") == 8.0
    assert products["privigen"].max_rate_for(None) == 8.0
    assert products["panzyga"].max_rate_by_indication == {"ITP": 8.0, "CIDP": 12.0}
    assert products["panzyga"].at_risk_max_rate == 3.3
    assert products["flebogamma_dif_5"].min_age_years == 2.0
    assert not products["intratect_5"].has_rate_limits
    sugared = {p.id for p in products.values() if p.is_sugar_stabilised}
    assert sugared == {
        "octagam_5",
        "octagam_10",
        "flebogamma_dif_5",
        "flebogamma_dif_10",
        "gammaplex_5",
        "gammagard_sd",
    }
    assert all(
        math.isclose(p.concentration_mg_per_ml, p.concentration_pct * 10) for p in products.values()
    )
