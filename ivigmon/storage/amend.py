"""Marking rows entered-in-error: they stay in the database and the audit trail, unused."""

from __future__ import annotations

import sqlite3

from ivigmon.storage.schema import AMENDABLE


def mark_in_error(
    conn: sqlite3.Connection, table: str, key: str, *, at: str, by: str, reason: str
) -> int:
    """Returns 1 when the row was marked, 0 when there is no such row or it already was."""
    if table not in AMENDABLE or table == "checks":
        raise ValueError(f"{table} rows cannot be marked entered in error this way")
    cursor = conn.execute(
        f"""UPDATE {table} SET error_at = ?, error_by = ?, error_reason = ?
            WHERE CAST(id AS TEXT) = ? AND error_at IS NULL""",
        (at, by, reason, key),
    )
    return cursor.rowcount


# Which patient a row belongs to, by table (the row's key is its id).
_OWNER_SQL: dict[str, str] = {
    "patients": "SELECT id AS patient_id FROM patients WHERE CAST(id AS TEXT) = ?",
    "measurements": "SELECT patient_id FROM measurements WHERE CAST(id AS TEXT) = ?",
    "infusions": "SELECT patient_id FROM infusions WHERE id = ?",
    "adverse_events": "SELECT patient_id FROM adverse_events WHERE CAST(id AS TEXT) = ?",
}
_PART_OWNER_SQL = """SELECT i.patient_id FROM {table} t JOIN infusions i ON i.id = t.infusion_id
    WHERE CAST(t.id AS TEXT) = ?"""


def patient_of_entry(conn: sqlite3.Connection, table: str, key: str) -> int | None:
    """The patient whose record holds the row `key` of `table` (None when there is none)."""
    sql = _OWNER_SQL.get(table) or _PART_OWNER_SQL.format(table=table)
    if table not in AMENDABLE:
        raise ValueError(f"{table} is not a table of clinical records")
    row = conn.execute(sql, (key,)).fetchone()
    return int(row["patient_id"]) if row is not None else None
