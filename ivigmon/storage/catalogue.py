"""The product catalogue table: seeded from the shipped files, read as Product records."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ivigmon.domain.codes import RateUnit
from ivigmon.domain.products import (
    Product,
    parse_rates_by_indication,
    parse_steps,
    rates_by_indication_text,
    steps_text,
)

_LABEL_COLUMNS = """id, name, maker, concentration_pct, sugar, iga_ug_per_ml, initial_rate,
    max_rate, rate_unit, max_rate_by_indication, at_risk_max_rate, min_age_years, label_data,
    label_note, source"""
_TITRATION_COLUMNS = """first_step_minutes, step_minutes, steps, initial_rate_by_indication,
    extra_max_by_indication, titration_source"""
_COLUMNS = f"{_LABEL_COLUMNS}, {_TITRATION_COLUMNS}"


def _titration_values(p: Product) -> tuple[object, ...]:
    return (
        p.first_step_minutes,
        p.step_minutes,
        steps_text(p.steps),
        rates_by_indication_text(p.initial_rate_by_indication),
        rates_by_indication_text(p.extra_max_by_indication),
        p.titration_source,
    )


def add_missing_products(conn: sqlite3.Connection, products: Iterable[Product]) -> int:
    """Insert shipped products the database lacks; a product the ward edited is kept as is."""
    cursor = conn.executemany(
        f"""INSERT OR IGNORE INTO products ({_COLUMNS})
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                p.id,
                p.name,
                p.maker,
                p.concentration_pct,
                p.sugar,
                p.iga_ug_per_ml,
                p.initial_rate,
                p.max_rate,
                p.rate_unit.value,
                rates_by_indication_text(p.max_rate_by_indication),
                p.at_risk_max_rate,
                p.min_age_years,
                p.label_data,
                p.label_note,
                p.source,
                *_titration_values(p),
            )
            for p in products
        ],
    )
    return cursor.rowcount


def add_missing_titration(conn: sqlite3.Connection, products: Iterable[Product]) -> int:
    """Write the shipped label titration into stored products that have none yet (a database
    made before products had it); a product with a titration source is left as it is."""
    cursor = conn.executemany(
        """UPDATE products SET first_step_minutes = ?, step_minutes = ?, steps = ?,
               initial_rate_by_indication = ?, extra_max_by_indication = ?,
               titration_source = ?
           WHERE id = ? AND titration_source = ''""",
        [(*_titration_values(p), p.id) for p in products if p.titration_source],
    )
    return cursor.rowcount


def load_products(conn: sqlite3.Connection) -> dict[str, Product]:
    result: dict[str, Product] = {}
    for row in conn.execute(f"SELECT {_COLUMNS} FROM products ORDER BY name"):
        result[row["id"]] = Product(
            id=row["id"],
            name=row["name"],
            maker=row["maker"],
            concentration_pct=row["concentration_pct"],
            sugar=row["sugar"],
            iga_ug_per_ml=row["iga_ug_per_ml"],
            initial_rate=row["initial_rate"],
            max_rate=row["max_rate"],
            rate_unit=RateUnit(row["rate_unit"]),
            max_rate_by_indication=parse_rates_by_indication(row["max_rate_by_indication"]),
            at_risk_max_rate=row["at_risk_max_rate"],
            min_age_years=row["min_age_years"],
            label_data=row["label_data"],
            label_note=row["label_note"],
            source=row["source"],
            first_step_minutes=row["first_step_minutes"],
            step_minutes=row["step_minutes"],
            steps=parse_steps(row["steps"]),
            initial_rate_by_indication=parse_rates_by_indication(row["initial_rate_by_indication"]),
            extra_max_by_indication=parse_rates_by_indication(row["extra_max_by_indication"]),
            titration_source=row["titration_source"],
        )
    return result
