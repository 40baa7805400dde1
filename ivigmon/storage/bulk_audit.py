"""Rows written in bulk (an import, the demo service) audited by the thousand, not one by one.

One audit entry per table and run of rows: who, when, the rowid range, how many rows and a
SHA-256 digest of their values (the same JSON images the row triggers write). A nurse's entry
gets its own entry as before; a national import of twelve million rows gets a few thousand.
The insert triggers are dropped for the transaction and put back, identical, before it commits
(a failed import rolls both back); update triggers stay, so nothing that existed is changed
unaudited. `audit verify` recomputes each digest (audit_rows).

On the ward server the row triggers stay: every row written in bulk gets its own entry. The
workstations' roles may neither drop a trigger nor write the trail themselves.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Iterator, Sequence

from ivigmon.storage.audit_triggers import audit_triggers, row_json
from ivigmon.storage.engine import on_server
from ivigmon.storage.schema import AUDITED, CLINICAL_TABLES

# The clinical tables an import fills.
BULK_TABLES = CLINICAL_TABLES
# Rows per audit entry: small enough that verify names a short range, large enough that the
# trail stays a small part of the file.
ROWS_PER_ENTRY = 2_000
# How a batch entry's row key reads: `rows 1001-3000`.
RANGE_PREFIX = "rows "


def _max_rowid(conn: sqlite3.Connection, table: str) -> int:
    row = conn.execute(f"SELECT max(rowid) AS n FROM {table}").fetchone()
    return int(row["n"] or 0)


@contextlib.contextmanager
def audited_in_batches(
    conn: sqlite3.Connection, *, at: str, by: str, source: str, tables: Sequence[str] = BULK_TABLES
) -> Iterator[None]:
    """Inside a write transaction: the rows inserted in the block are audited in batches (on
    the server, by their own row triggers)."""
    if on_server(conn):
        yield
        return
    marks = {table: _max_rowid(conn, table) for table in tables}
    inserts = {table: audit_triggers(conn, table, AUDITED[table])[0] for table in tables}
    for table in tables:
        conn.execute(f"DROP TRIGGER audit_{table}_insert")
    yield
    for table in tables:
        conn.execute(inserts[table])
        write_batch_entries(conn, table, after_rowid=marks[table], at=at, by=by, source=source)


def write_batch_entries(
    conn: sqlite3.Connection, table: str, *, after_rowid: int, at: str, by: str, source: str
) -> int:
    """One entry per ROWS_PER_ENTRY rows of `table` above `after_rowid`; returns how many."""
    image = row_json(conn, table, "R")
    written = 0
    first: int | None = None
    last = 0
    digest = hashlib.sha256()
    count = 0
    rows = conn.execute(
        f"SELECT R.rowid AS rid, {image} AS image FROM {table} AS R "
        "WHERE R.rowid > ? ORDER BY R.rowid",
        (after_rowid,),
    )
    for row in rows:
        if first is None:
            first = int(row["rid"])
        last = int(row["rid"])
        digest.update(row["image"].encode("utf-8"))
        digest.update(b"\n")
        count += 1
        if count == ROWS_PER_ENTRY:
            _entry(conn, table, first, last, count, digest.hexdigest(), at, by, source)
            written += 1
            first, count, digest = None, 0, hashlib.sha256()
    if first is not None:
        _entry(conn, table, first, last, count, digest.hexdigest(), at, by, source)
        written += 1
    return written


def _entry(
    conn: sqlite3.Connection,
    table: str,
    first: int,
    last: int,
    count: int,
    digest: str,
    at: str,
    by: str,
    source: str,
) -> None:
    after: dict[str, object] = {
        "rows": count,
        "first_rowid": first,
        "last_rowid": last,
        "sha256": digest,
        "source": source,
    }
    conn.execute(
        """INSERT INTO audit_log (at, user, table_name, row_key, action, before, after)
           VALUES (?, ?, ?, ?, 'insert', NULL, ?)""",
        (at, by, table, f"{RANGE_PREFIX}{first}-{last}", json.dumps(after, ensure_ascii=False)),
    )


def range_digest(images: Sequence[str]) -> str:
    """The digest of a batch: its rows' JSON images in rowid order, one per line."""
    digest = hashlib.sha256()
    for image in images:
        digest.update(image.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()
