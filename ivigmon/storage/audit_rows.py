"""Every audited row against the newest audit entry of that row (its `after` image), and every
run of rows written in bulk against the digest of its batch entry.

On the server every row, bulk-written or not, has entries of its own. Batch entries there come
from a file that moved to the server: their digests are over SQLite's row images, which the
server does not write, so only the number of rows in each range is checked (`file_batches`
counts them for the report to say so)."""

from __future__ import annotations

import bisect
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from ivigmon.storage.audit import Check, Finding
from ivigmon.storage.audit_triggers import row_json
from ivigmon.storage.bulk_audit import RANGE_PREFIX, range_digest
from ivigmon.storage.dialect import both, json_value, pick
from ivigmon.storage.engine import POSTGRESQL, SQLITE, on_server
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
        batches = _batches(conn, table)
        findings += _changed(conn, table, key, batches)
        findings += _deleted(conn, table, key)
        findings += _batch_findings(conn, table, key, batches)
    return findings


# A batch entry's row key reads `rows FIRST-LAST` and its image holds the range and a digest;
# the second test keeps a row whose own key happens to start so from being taken for one.
_IS_BATCH = both(
    f"(row_key LIKE '{RANGE_PREFIX}%' AND <<first>> IS NOT NULL)",
    first=json_value("after", "first_rowid"),
)
# A row whose values differ from an image (NULL for a row without one).
_DIFFERS = {SQLITE: "IS NOT", POSTGRESQL: "IS DISTINCT FROM"}


def _latest(conn: sqlite3.Connection, table: str) -> str:
    # The newest entry of each row of `table`: audit_by_row (table_name, row_key) covers it.
    return (
        "SELECT row_key, max(id) AS id FROM audit_log "
        f"WHERE table_name = '{table}' AND NOT {pick(conn, _IS_BATCH)} GROUP BY row_key"
    )


# Audited tables whose key is an INTEGER PRIMARY KEY (their id is SQLite's rowid).
_INTEGER_IDS = frozenset(t for t, key in AUDITED.items() if key == "CAST(R.id AS TEXT)")


def _rowid(conn: sqlite3.Connection, table: str) -> str | None:
    """The rowid a batch entry's range counts in: SQLite's own; on the server the integer id
    (SQLite's rowid of a table with an INTEGER PRIMARY KEY), or none."""
    if not on_server(conn):
        return "R.rowid"
    return "R.id" if table in _INTEGER_IDS else None


def file_batches(conn: sqlite3.Connection) -> int:
    """On the server: how many batch entries came from a file (0 on SQLite, where each is
    checked against its digest)."""
    if not on_server(conn):
        return 0
    row = conn.execute(f"SELECT count(*) AS n FROM audit_log WHERE {pick(conn, _IS_BATCH)}")
    return int(row.fetchone()["n"])


@dataclass(frozen=True)
class _Batch:
    entry_id: int
    first: int
    last: int
    rows: int
    digest: str


def _batches(conn: sqlite3.Connection, table: str) -> list[_Batch]:
    """The batch entries of `table` (rows written in bulk), in rowid order."""
    found = []
    for row in conn.execute(
        f"SELECT id, after FROM audit_log WHERE table_name = ? AND {pick(conn, _IS_BATCH)}"
        " ORDER BY id",
        (table,),
    ):
        image = json.loads(row["after"])
        found.append(
            _Batch(
                int(row["id"]),
                int(image["first_rowid"]),
                int(image["last_rowid"]),
                int(image["rows"]),
                str(image["sha256"]),
            )
        )
    return sorted(found, key=lambda b: b.first)


def _covered(batches: list[_Batch], rowid: int) -> bool:
    index = bisect.bisect_right([b.first for b in batches], rowid) - 1
    return index >= 0 and batches[index].first <= rowid <= batches[index].last


def _changed(
    conn: sqlite3.Connection, table: str, key: str, batches: list[_Batch]
) -> list[Finding]:
    now_json = row_json(conn, table, "R")
    rows = conn.execute(
        f"""SELECT {_rowid(conn, table) or "NULL"} AS rid, {key} AS row_key, {now_json} AS now,
                   a.id AS entry_id, a.after AS image
            FROM {table} AS R
            LEFT JOIN ({_latest(conn, table)}) AS latest ON latest.row_key = {key}
            LEFT JOIN audit_log AS a ON a.id = latest.id
            WHERE a.after {pick(conn, _DIFFERS)} {now_json}"""
    )
    findings: list[Finding] = []
    for row in rows:
        bulk = row["rid"] is not None and _covered(batches, int(row["rid"]))
        if row["image"] is None and bulk:
            continue  # written in bulk: its batch's digest is checked below
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
        f"""SELECT row_key FROM ({_latest(conn, table)}) AS latest
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


def _batch_findings(
    conn: sqlite3.Connection, table: str, key: str, batches: list[_Batch]
) -> list[Finding]:
    """Each run of rows written in bulk, as it stood when written, against its digest: a row
    changed since through ivigmon counts with the values before its first audited change."""
    now_json = row_json(conn, table, "R")
    rowid = _rowid(conn, table)
    findings: list[Finding] = []
    for batch in batches:
        if rowid is None:
            findings.append(
                Finding(
                    Check.ROWS,
                    f"{table} rows {batch.first}-{batch.last} (written in bulk into a file, "
                    f"audit entry {batch.entry_id}) cannot be matched to rows on the server: "
                    "the file's rowids of this table were not kept",
                    batch.entry_id,
                )
            )
            continue
        rows = conn.execute(
            f"""SELECT {key} AS row_key, {now_json} AS now FROM {table} AS R
                WHERE {rowid} BETWEEN ? AND ? ORDER BY {rowid}""",
            (batch.first, batch.last),
        ).fetchall()
        if on_server(conn) and len(rows) == batch.rows:
            continue  # the digest is over SQLite's images: only the count is checked here
        keys = [str(r["row_key"]) for r in rows]
        first_before: dict[str, str] = {}
        for change in conn.execute(
            """SELECT row_key, before FROM audit_log
               WHERE table_name = ? AND action = 'update'
                 AND row_key IN (SELECT value FROM json_each(?))
               ORDER BY id""",
            (table, json.dumps(keys)),
        ):
            first_before.setdefault(str(change["row_key"]), str(change["before"]))
        images = [first_before.get(k, r["now"]) for k, r in zip(keys, rows, strict=True)]
        if len(rows) != batch.rows or range_digest(images) != batch.digest:
            findings.append(
                Finding(
                    Check.ROWS,
                    f"{table} rows {batch.first}-{batch.last} (written in bulk) differ from "
                    f"their audit entry {batch.entry_id}: changed, added or deleted with the "
                    "audit triggers dropped",
                    batch.entry_id,
                )
            )
    return findings
