"""Every audited row against the newest audit entry of that row (its `after` image)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ivigmon.storage.audit import Check, Finding
from ivigmon.storage.audit_triggers import row_json
from ivigmon.storage.schema import AUDITED

# A row named with up to this many differing columns; the rest are counted.
SHOWN_COLUMNS = 3


def row_findings(conn: sqlite3.Connection) -> list[Finding]:
    """Rows whose values differ from their newest entry's `after` (changed with the triggers
    dropped), rows with no entry, and rows whose entries exist but the row does not (deleted).

    Two grouped queries per table, so the cost follows the size of the tables and the trail.
    Columns added by a later migration are not in older images and are not compared.
    """
    findings: list[Finding] = []
    for table, key in AUDITED.items():
        findings += _changed(conn, table, key)
        findings += _deleted(conn, table, key)
    return findings


def _latest(table: str) -> str:
    # The newest entry of each row of `table`: audit_by_row (table_name, row_key) covers it.
    return (
        "SELECT row_key, max(id) AS id FROM audit_log "
        f"WHERE table_name = '{table}' GROUP BY row_key"
    )


def _changed(conn: sqlite3.Connection, table: str, key: str) -> list[Finding]:
    now_json = row_json(conn, table, "R")
    rows = conn.execute(
        f"""SELECT {key} AS row_key, {now_json} AS now, a.id AS entry_id, a.after AS image
            FROM {table} AS R
            LEFT JOIN ({_latest(table)}) AS latest ON latest.row_key = {key}
            LEFT JOIN audit_log AS a ON a.id = latest.id
            WHERE a.after IS NOT {now_json}"""
    )
    findings: list[Finding] = []
    for row in rows:
        if row["image"] is None:
            findings.append(
                Finding(
                    Check.ROWS,
                    f"{table} {row['row_key']} has no audit entry: it was written with the "
                    "audit triggers dropped",
                )
            )
            continue
        differs = _differing(json.loads(row["now"]), json.loads(row["image"]))
        if not differs:
            continue  # only columns that the entry's time did not have yet
        shown = ", ".join(differs[:SHOWN_COLUMNS])
        more = f" and {len(differs) - SHOWN_COLUMNS} more" if len(differs) > SHOWN_COLUMNS else ""
        findings.append(
            Finding(
                Check.ROWS,
                f"{table} {row['row_key']} differs from its newest audit entry "
                f"{row['entry_id']} ({shown}{more}): changed with the audit triggers dropped",
                row["entry_id"],
            )
        )
    return findings


def _deleted(conn: sqlite3.Connection, table: str, key: str) -> list[Finding]:
    # EXCEPT sorts both sides once: no per-row lookup on a computed key.
    rows = conn.execute(
        f"""SELECT row_key FROM ({_latest(table)})
            EXCEPT SELECT {key} FROM {table} AS R"""
    )
    return [
        Finding(
            Check.ROWS,
            f"{table} {row['row_key']} has audit entries but is no longer in the table: "
            "it was deleted",
        )
        for row in rows
    ]


def _differing(now: dict[str, Any], image: dict[str, Any]) -> list[str]:
    """Columns present in both whose values differ, as `column: image -> now`."""
    return [
        f"{column}: {image[column]!r} in the trail, {now[column]!r} in the table"
        for column in now
        if column in image and now[column] != image[column]
    ]
