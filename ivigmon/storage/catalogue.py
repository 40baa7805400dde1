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
        result[row[0]] = Product(
            id=row[0],
            name=row[1],
            maker=row[2],
            concentration_pct=row[3],
            sugar=row[4],
            iga_ug_per_ml=row[5],
            initial_rate=row[6],
            max_rate=row[7],
            rate_unit=RateUnit(row[8]),
            max_rate_by_indication=parse_rates_by_indication(row[9]),
            at_risk_max_rate=row[10],
            min_age_years=row[11],
            label_data=row[12],
            label_note=row[13],
            source=row[14],
        )
    return result
