"""Reads the shipped published adverse-reaction figures (`resources/published_rates.csv`)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from ivigmon import paths
from ivigmon.domain.published_rates import Measure, PublishedRate


def read_published_rates(path: Path | None = None) -> list[PublishedRate]:
    """Every row in file order; a row without a source or with an unknown measure is refused
    (ValueError), so the report never shows a figure it cannot attribute."""
    source = path or paths.resource("published_rates.csv")
    rates: list[PublishedRate] = []
    with source.open(newline="", encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            where = f"{source.name} line {number}"
            if not row["source"].strip():
                raise ValueError(f"{where}: the figure has no source")
            try:
                measure = Measure(row["measure"].strip())
            except ValueError:
                raise ValueError(f"{where}: unknown measure {row['measure']!r}") from None
            high = row["percent_high"].strip()
            denominator = row["denominator"].strip()
            rates.append(
                PublishedRate(
                    measure=measure,
                    percent=float(row["percent"]),
                    percent_high=float(high) if high else None,
                    denominator=int(denominator) if denominator else None,
                    unit=row["unit"].strip() or "infusions",
                    population=row["population"].strip(),
                    source=row["source"].strip(),
                )
            )
    return rates


@cache
def published_rates() -> tuple[PublishedRate, ...]:
    return tuple(read_published_rates())
