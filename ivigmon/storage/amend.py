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


def update_infusion_fields(
    conn: sqlite3.Connection, infusion_id: str, changes: dict[str, object]
) -> int:
    """Amend header fields of an infusion (the audit trigger keeps the values before)."""
    allowed = {
        "indication",
        "label_use",
        "product_id",
        "dosing_weight_kg",
        "dosing_weight_basis",
        "dose_g",
        "started_at",
        "active_infection",
        "notes",
    }
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"cannot amend {sorted(unknown)}")
    if not changes:
        return 0
    assignments = ", ".join(f"{column} = ?" for column in changes)
    cursor = conn.execute(
        f"UPDATE infusions SET {assignments} WHERE id = ? AND error_at IS NULL",
        (*changes.values(), infusion_id),
    )
    return cursor.rowcount
