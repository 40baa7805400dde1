"""The product catalogue tables: the label values seeded from the shipped files (and local
brands), the ward's local values beside them, read as Product and LocalValues records."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ivigmon.domain.codes import RateUnit
from ivigmon.domain.products import (
    LocalField,
    LocalValues,
    Product,
    parse_rates_by_indication,
    parse_steps,
    rates_by_indication_text,
    steps_text,
)
from ivigmon.domain.timefmt import parse_stored

_LABEL_COLUMNS = """id, name, maker, concentration_pct, sugar, iga_ug_per_ml, initial_rate,
    max_rate, rate_unit, max_rate_by_indication, at_risk_max_rate, min_age_years, label_data,
    label_note, source"""
_TITRATION_COLUMNS = """first_step_minutes, step_minutes, steps, initial_rate_by_indication,
    extra_max_by_indication, titration_source"""
_COLUMNS = f"{_LABEL_COLUMNS}, {_TITRATION_COLUMNS}"
# Each local value and its source note, in LocalField order.
_LOCAL_COLUMNS = tuple(column for name in LocalField for column in (name.value, f"{name}_note"))


def _titration_values(p: Product) -> tuple[object, ...]:
    return (
        p.first_step_minutes,
        p.step_minutes,
        steps_text(p.steps),
        rates_by_indication_text(p.initial_rate_by_indication),
        rates_by_indication_text(p.extra_max_by_indication),
        p.titration_source,
    )


def _values(p: Product) -> tuple[object, ...]:
    return (
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


_INSERT = f"""INTO products ({_COLUMNS})
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


def add_missing_products(conn: sqlite3.Connection, products: Iterable[Product]) -> int:
    """Insert shipped products the database lacks; a product already there is kept as is."""
    added = 0
    for product in products:
        # Standard SQL on both engines (SQLite's own INSERT OR IGNORE is not PostgreSQL's).
        cursor = conn.execute(f"INSERT {_INSERT} ON CONFLICT DO NOTHING", _values(product))
        added += max(cursor.rowcount, 0)
    return added


def insert_product(conn: sqlite3.Connection, product: Product) -> None:
    """A product the ward adds (its id is new: the caller checked)."""
    conn.execute(f"INSERT {_INSERT}", _values(product))


def set_retired(conn: sqlite3.Connection, product_id: str, *, at: str | None, by: str) -> None:
    """Retire a product (`at`), or return it to use (None); the history keeps both."""
    conn.execute(
        "UPDATE products SET retired_at = ?, retired_by = ? WHERE id = ?",
        (at, by if at is not None else None, product_id),
    )


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
    """Every product with its label values (and retirement), by name."""
    query = f"SELECT {_COLUMNS}, retired_at, retired_by FROM products ORDER BY name"
    for row in conn.execute(query):
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
            retired_at=parse_stored(row["retired_at"]) if row["retired_at"] else None,
            retired_by=row["retired_by"] or "",
        )
    return result


def load_local_values(
    conn: sqlite3.Connection, product_id: str | None = None
) -> dict[str, LocalValues]:
    """The local values of every product that has any (or of one), by product id."""
    result: dict[str, LocalValues] = {}
    query = f"SELECT product_id, {', '.join(_LOCAL_COLUMNS)} FROM product_local"
    chosen = conn.execute(
        query + " WHERE product_id = ?" if product_id is not None else query,
        (product_id,) if product_id is not None else (),
    )
    for row in chosen:
        values: dict[LocalField, object] = {
            name: parse_steps(row["steps"]) if name is LocalField.STEPS else row[name.value]
            for name in LocalField
        }
        notes = {name.value: row[f"{name}_note"] for name in LocalField}
        result[row["product_id"]] = LocalValues.from_values(values, notes).tidy()
    return result


def save_local_values(
    conn: sqlite3.Connection, product_id: str, local: LocalValues, *, at: str, by: str
) -> None:
    """Store the product's local values (all of them: a value not given is cleared)."""
    values: list[object] = []
    for name in LocalField:
        stored = steps_text(local.steps) if name is LocalField.STEPS else local.value(name)
        values += [stored, local.note(name)]
    columns = ", ".join(_LOCAL_COLUMNS)
    marks = ", ".join("?" for _ in _LOCAL_COLUMNS)
    updates = ", ".join(
        f"{c} = excluded.{c}" for c in (*_LOCAL_COLUMNS, "updated_at", "updated_by")
    )
    conn.execute(
        f"""INSERT INTO product_local (product_id, {columns}, updated_at, updated_by)
            VALUES (?, {marks}, ?, ?)
            ON CONFLICT (product_id) DO UPDATE SET {updates}""",
        (product_id, *values, at, by),
    )
