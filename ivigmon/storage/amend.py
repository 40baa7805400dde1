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
