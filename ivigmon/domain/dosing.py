"""Dose, volume and rate arithmetic of SPEC section 3."""

from __future__ import annotations

from dataclasses import dataclass

from ivigmon.domain.codes import RateUnit


def dose_g_per_kg(dose_g: float, weight_kg: float) -> float:
    return dose_g / weight_kg


def volume_ml(dose_g: float, concentration_mg_per_ml: float) -> float:
    return dose_g * 1000.0 / concentration_mg_per_ml


def volume_ml_per_kg(dose_g: float, concentration_mg_per_ml: float, weight_kg: float) -> float:
    return volume_ml(dose_g, concentration_mg_per_ml) / weight_kg


def ml_per_kg_h(ml_per_h: float, weight_kg: float) -> float:
    return ml_per_h / weight_kg


def mg_per_kg_min(ml_per_h: float, weight_kg: float, concentration_mg_per_ml: float) -> float:
    return ml_per_kg_h(ml_per_h, weight_kg) * concentration_mg_per_ml / 60.0


def pump_ml_per_h(rate: float, unit: RateUnit, weight_kg: float, conc_mg_per_ml: float) -> float:
    """The pump setting that delivers a label rate to this child."""
    per_kg_h = rate if unit is RateUnit.ML_KG_H else rate * 60.0 / conc_mg_per_ml
    return per_kg_h * weight_kg


@dataclass(frozen=True)
class StepRate:
    """One rate step expressed in every unit a nurse or a label uses."""

    ml_per_h: float
    ml_per_kg_h: float
    mg_per_kg_min: float

    def in_unit(self, unit: RateUnit) -> float:
        return self.ml_per_kg_h if unit is RateUnit.ML_KG_H else self.mg_per_kg_min


def step_rate(ml_per_h: float, weight_kg: float, conc_mg_per_ml: float) -> StepRate:
    return StepRate(
        ml_per_h=ml_per_h,
        ml_per_kg_h=ml_per_kg_h(ml_per_h, weight_kg),
        mg_per_kg_min=mg_per_kg_min(ml_per_h, weight_kg, conc_mg_per_ml),
    )
