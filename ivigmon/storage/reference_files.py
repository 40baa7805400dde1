"""Reads the shipped reference files in `resources/`: the product catalogue and the CDC table."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from ivigmon import paths
from ivigmon.domain.codes import RateUnit, Sex
from ivigmon.domain.growth import GrowthReference, LmsRow
from ivigmon.domain.products import Product, parse_rates_by_indication


def _optional_float(text: str) -> float | None:
    text = (text or "").strip()
    return float(text) if text else None


def read_products(path: Path | None = None) -> list[Product]:
    """The shipped catalogue, each row with its source note."""
    source = path or paths.resource("products.csv")
    with source.open(newline="", encoding="utf-8") as handle:
        return [
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
