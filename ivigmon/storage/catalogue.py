"""The product catalogue table: seeded from the shipped file, read as Product records."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ivigmon.domain.codes import RateUnit
from ivigmon.domain.products import Product, parse_rates_by_indication

_COLUMNS = """id, name, maker, concentration_pct, sugar, iga_ug_per_ml, initial_rate, max_rate,
    rate_unit, max_rate_by_indication, at_risk_max_rate, min_age_years, label_data, label_note,
    source"""


def add_missing_products(conn: sqlite3.Connection, products: Iterable[Product]) -> int:
    """Insert shipped products the database lacks; a product the ward edited is kept as is."""
    cursor = conn.executemany(
        f"""INSERT OR IGNORE INTO products ({_COLUMNS})
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
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
                ";".join(f"{k}={v:g}" for k, v in p.max_rate_by_indication.items()),
                p.at_risk_max_rate,
                p.min_age_years,
                p.label_data,
                p.label_note,
                p.source,
            )
            for p in products
        ],
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
        )
    return result
