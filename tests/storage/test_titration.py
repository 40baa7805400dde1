"""The label titration of each product: read from resources/titration.csv with its source, stored
with the catalogue, and written, audited, into a database made before it existed."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from ivigmon import paths
from ivigmon.services.catalogue import shipped_products
from ivigmon.services.context import open_context
from ivigmon.storage import screen_state as state
from ivigmon.storage.audit_rows import row_findings
from ivigmon.storage.audit_triggers import trigger_findings
from ivigmon.storage.migrations import MIGRATIONS
from tests.factories import NOW, Clock

# (product, first_step_minutes, step_minutes, steps, initial by indication, extra maxima)
EXPECTED = [
    ("privigen", None, None, (), {}, {}),
    ("gammagard_liquid", 30, 30, (), {}, {}),
    ("gamunex_c", 30, 30, (), {"CIDP": 2.0}, {}),
    ("octagam_5", 30, 30, (0.5, 1.0, 2.0), {}, {}),
    ("octagam_10", 30, 30, (1.0, 2.0, 4.0, 8.0), {}, {"JDM": 4.0}),
    ("panzyga", 15, 15, (1.0, 2.0, 4.0, 8.0, 12.0), {}, {}),
    ("bivigam", 10, 20, (0.5, 1.3, 2.1, 2.9, 3.7, 4.5, 5.3, 6.0), {}, {}),
    ("gammaplex_10", 15, 15, (0.5, 1.0, 2.0, 4.0, 6.0, 8.0), {}, {}),
    ("asceniv", 15, 15, (), {}, {}),
    ("intratect_10", None, None, (), {}, {}),
]


def _titration(product) -> tuple[object, ...]:
    return (
        product.id,
        product.first_step_minutes,
        product.step_minutes,
        product.steps,
        dict(product.initial_rate_by_indication),
        dict(product.extra_max_by_indication),
    )


@pytest.mark.parametrize("expected", EXPECTED, ids=[row[0] for row in EXPECTED])
def test_the_shipped_products_carry_the_label_titration(expected):
    shipped = {p.id: p for p in shipped_products()}
    assert _titration(shipped[expected[0]]) == expected


def test_the_titration_file_names_every_product_with_a_source_note():
    with paths.resource("titration.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["id"] for row in rows} == {p.id for p in shipped_products()}
    assert all(row["source"].strip() for row in rows)
    assert all(p.titration_source for p in shipped_products())


def test_a_new_database_holds_the_titration(ctx):
    stored = ctx.products()
    assert [_titration(stored[row[0]]) for row in EXPECTED] == EXPECTED
    assert stored["bivigam"].titration_source.startswith("Bivigam PI: 0.5 mg/kg/min for 10 min")


def _database_before_titration(path: Path) -> None:
    """A file at the schema before m006 holding the shipped products without titration."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("ivigmon_user", 0, lambda: "old-version")
    conn.create_function("ivigmon_now", 0, lambda: "2026-03-01T08:00")
    MIGRATIONS.apply(Database(conn), stop_before="m006_product_titration")
    for p in shipped_products():
        conn.execute(
            """INSERT INTO products (id, name, maker, concentration_pct, sugar, initial_rate,
                   max_rate, rate_unit, label_data)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                p.id,
                p.name,
                p.maker,
                p.concentration_pct,
                p.sugar,
                p.initial_rate,
                p.max_rate,
                p.rate_unit.value,
                p.label_data,
            ),
        )
    conn.close()


def test_an_older_database_gets_the_titration_once_audited(tmp_path: Path):
    path = tmp_path / "old.db"
    _database_before_titration(path)
    ctx = open_context(path, clock=Clock(NOW), user="setup")
    try:
        stored = ctx.products()
        assert [_titration(stored[row[0]]) for row in EXPECTED] == EXPECTED
        conn = ctx.store.conn
        updates = conn.execute(
            """SELECT count(*) FROM audit_log WHERE table_name = 'products' AND action = 'update'
                 AND json_extract(after, '$.titration_source') != ''"""
        ).fetchone()[0]
        assert updates == len(shipped_products())
        # Every product agrees with its newest audit entry; the triggers know the new columns.
        assert [f for f in row_findings(conn) if f.text.startswith("products")] == []
        assert trigger_findings(conn) == []
        # The stored risks were made with the rules before the titration: made again.
        assert state.counter(conn, state.RULES) > 2
    finally:
        ctx.store.close()
    again = open_context(path, clock=Clock(NOW), user="setup")
    try:
        total = again.store.conn.execute(
            "SELECT count(*) FROM audit_log WHERE table_name = 'products'"
        ).fetchone()[0]
    finally:
        again.store.close()
    assert total == 2 * len(shipped_products())  # inserted, then the titration: nothing more
