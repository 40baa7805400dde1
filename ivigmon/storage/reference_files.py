"""Reads the shipped reference files in `resources/`: catalogue and titration, CDC table,
vital-sign limits."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from ivigmon import paths
from ivigmon.domain.codes import RateUnit, Sex, VitalSign
from ivigmon.domain.growth import GrowthReference, LmsRow
from ivigmon.domain.products import (
    Product,
    Titration,
    parse_rates_by_indication,
    parse_steps,
    with_titration,
)
from ivigmon.domain.vital_limits import VitalBand, VitalLimits


def _optional_float(text: str) -> float | None:
    text = (text or "").strip()
    return float(text) if text else None


def read_products(path: Path | None = None, titration: Path | None = None) -> list[Product]:
    """The shipped catalogue with each product's titration, each row with its source note."""
    source = path or paths.resource("products.csv")
    steps = read_titration(titration)
    with source.open(newline="", encoding="utf-8") as handle:
        products = [
            Product(
                id=row["id"],
                name=row["name"],
                maker=row["maker"],
                concentration_pct=float(row["concentration_pct"]),
                sugar=row["sugar"],
                iga_ug_per_ml=row["iga_ug_per_ml"],
                rate_unit=RateUnit(row["rate_unit"]),
                initial_rate=_optional_float(row["initial_rate"]),
                max_rate=_optional_float(row["max_rate"]),
                max_rate_by_indication=parse_rates_by_indication(row["max_rate_by_indication"]),
                at_risk_max_rate=_optional_float(row["at_risk_max_rate"]),
                min_age_years=_optional_float(row["min_age_years"]),
                label_data=row["label_data"],
                label_note=row["label_note"],
                source=row["source"],
            )
            for row in csv.DictReader(handle)
        ]
    return [with_titration(p, steps[p.id]) if p.id in steps else p for p in products]


def read_titration(path: Path | None = None) -> dict[str, Titration]:
    """Product id -> its label titration (SPEC 11.1), each row with its source note."""
    source = path or paths.resource("titration.csv")
    with source.open(newline="", encoding="utf-8") as handle:
        return {
            row["id"]: Titration(
                first_step_minutes=_optional_int(row["first_step_minutes"]),
                step_minutes=_optional_int(row["step_minutes"]),
                steps=parse_steps(row["steps"]),
                initial_rate_by_indication=parse_rates_by_indication(
                    row["initial_rate_by_indication"]
                ),
                extra_max_by_indication=parse_rates_by_indication(row["extra_max_by_indication"]),
                source=row["source"],
            )
            for row in csv.DictReader(handle)
        }


@cache
def growth_reference() -> GrowthReference:
    """The CDC 2000 BMI-for-age LMS table (read once per process)."""
    with paths.resource("cdc2000_bmi_for_age_lms.csv").open(newline="", encoding="utf-8") as fh:
        return GrowthReference(
            LmsRow(
                sex=Sex(row["sex"]),
                agemos=float(row["agemos"]),
                l=float(row["L"]),
                m=float(row["M"]),
                s=float(row["S"]),
            )
            for row in csv.DictReader(fh)
        )


def read_vital_sign_limits(path: Path | None = None) -> VitalLimits:
    """The Bedside PEWS age bands of heart rate, respiratory rate and systolic pressure."""
    source = path or paths.resource("paediatric_vital_signs.csv")
    with source.open(newline="", encoding="utf-8") as handle:
        return VitalLimits(
            VitalBand(
                sign=VitalSign(row["sign"]),
                unit=row["unit"],
                age_from_months=int(row["age_from_months"]),
                age_to_months=_optional_int(row["age_to_months"]),
                watch_low=_optional_float(row["watch_low"]),
                watch_high=_optional_float(row["watch_high"]),
                alert_low=_optional_float(row["alert_low"]),
                alert_high=_optional_float(row["alert_high"]),
                urgent_low=_optional_float(row["urgent_low"]),
                urgent_high=_optional_float(row["urgent_high"]),
                source=row["source"],
            )
            for row in csv.DictReader(handle)
        )


@cache
def vital_sign_limits() -> VitalLimits:
    """The shipped vital-sign limits (read once per process)."""
    return read_vital_sign_limits()


def _optional_int(text: str) -> int | None:
    text = (text or "").strip()
    return int(text) if text else None
