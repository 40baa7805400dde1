"""The chained audit trail: sealing the entries of a transaction, the head, reading history."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ivigmon.storage.audit_key import AuditKey
from ivigmon.storage.dialect import both, json_value, pick
from ivigmon.storage.engine import POSTGRESQL, SQLITE, on_server

GENESIS = "0" * 64
# A keyed entry's hash reads `hmac-sha256:<key id>:<hex>`; a plain SHA-256 hash is bare hex,
# so every entry says which way it was sealed and older plain entries still verify.
KEYED_PREFIX = "hmac-sha256:"

# The fields of an entry, in the order they are hashed.
ENTRY_FIELDS = ("id", "at", "user", "table_name", "row_key", "action", "before", "after")
# `user` is a reserved word on PostgreSQL; quoted, it names the column on both engines.
ENTRY_COLUMNS = ", ".join(f'"{f}"' if f == "user" else f for f in ENTRY_FIELDS)
# Sealing reads a range of ids (the transaction's own entries) and the one sealed before them:
# its cost follows what the transaction wrote, not the length of the trail.
UNSEALED_SINCE_SQL = (
    f"SELECT {ENTRY_COLUMNS} FROM audit_log WHERE id > ? AND hash IS NULL ORDER BY id LIMIT ?"
)
# Entries sealed per round: an import that audits every row writes tens of thousands of images
# in one transaction, and memory should follow this, not the import.
SEAL_ROUND = 1_000
LAST_SEALED_SQL = (
    "SELECT hash FROM audit_log WHERE id <= ? AND hash IS NOT NULL ORDER BY id DESC LIMIT 1"
)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    user: str
    table_name: str
    row_key: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any]


@dataclass(frozen=True)
class Head:
    """The newest sealed entry: how many sealed entries the chain holds, its time and hash."""

    entries: int
    at: str
    hash: str

    def text(self) -> str:
        """One line to record elsewhere; `audit verify --anchor` reads it back."""
        return f"ivigmon-audit-head entries={self.entries} at={self.at} hash={self.hash}"


class Check(StrEnum):
    """The checks of `audit verify`, by the name it reports them under."""

    CHAIN = "chain"
    OUTSIDE = "written outside ivigmon"
    KEY = "key"
    ANCHORS = "anchors"
    ROWS = "rows"
    TRIGGERS = "triggers"
    TIMES = "times"


@dataclass(frozen=True)
class Finding:
    """One thing `audit verify` found wrong (or could not check), under the check's name."""

    check: Check
    text: str
    entry_id: int | None = None


def entry_hash(prev_hash: str, row: tuple[Any, ...]) -> str:
    """SHA-256 over the previous hash and every field of the entry, id first."""
    return hashlib.sha256(_payload(prev_hash, row)).hexdigest()


def keyed_hash(key: AuditKey, prev_hash: str, row: tuple[Any, ...]) -> str:
    """HMAC-SHA256 under `key` over the same text, marked with the key's id."""
    return f"{KEYED_PREFIX}{key.key_id}:{key.mac(_payload(prev_hash, row))}"


def begin_mark(conn: sqlite3.Connection) -> int:
    """The newest entry id when a write transaction begins (BEGIN IMMEDIATE): no other
    connection can write until it ends, so the entries above it are this transaction's own."""
    if on_server(conn):
        exists = conn.execute("SELECT to_regclass('audit_log') IS NOT NULL").fetchone()[0]
        if not exists:
            return 0  # a new database, before the migration that makes the trail
    try:
        row = conn.execute("SELECT max(id) FROM audit_log").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return 0  # a new file, before the migration that makes the trail
        raise
    return int(row[0] or 0)


def seal(conn: sqlite3.Connection, mark: int, key: AuditKey | None = None) -> int:
    """Chain the entries this transaction's triggers wrote (ids above `mark`); called just
    before COMMIT. Unsealed entries at or below `mark` were committed by another program:
    they are left unsealed, and `audit verify` names them."""
    prev: str | None = None
    sealed = 0
    after = mark
    while rows := conn.execute(UNSEALED_SINCE_SQL, (after, SEAL_ROUND)).fetchall():
        if prev is None:
            last = conn.execute(LAST_SEALED_SQL, (mark,)).fetchone()
            prev = last["hash"] if last else GENESIS
        updates = []
        for row in rows:
            fields = hashed_fields(row)
            digest = entry_hash(prev, fields) if key is None else keyed_hash(key, prev, fields)
            updates.append((prev, digest, row["id"]))
            prev = digest
        conn.executemany("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", updates)
        sealed += len(updates)
        after = int(rows[-1]["id"])
    return sealed


def head(conn: sqlite3.Connection) -> Head:
    """The head of the chain (the count without scanning: all entries less unsealed ones)."""
    last = conn.execute(
        "SELECT at, hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if last is None:
        return Head(0, "-", GENESIS)
    # Entries are appended with ids 1, 2, 3... and never removed, so the newest id is their
    # number (a lookup, not a count over millions of rows); the unsealed ones come from their
    # own small partial index. A removed entry breaks the chain, which verify reports anyway.
    total = conn.execute("SELECT max(id) AS n FROM audit_log").fetchone()["n"]
    unsealed = conn.execute("SELECT count(*) AS n FROM audit_log WHERE hash IS NULL").fetchone()
    return Head(int(total) - int(unsealed["n"]), str(last["at"]), str(last["hash"]))


# A patient's whole history: each part looked up on its own index (an OR of the three would
# read the whole trail), then merged in entry order. The indexes are over a JSON field: on
# SQLite json_extract's own value (the id is an integer), on the server the field as text.
PATIENT_HISTORY_SQL = both(
    f"""
    SELECT {ENTRY_COLUMNS} FROM audit_log WHERE table_name = 'patients' AND row_key = ?1
    UNION SELECT {ENTRY_COLUMNS} FROM audit_log WHERE <<patient>> = <<id>>
    UNION SELECT {", ".join("a." + f for f in ENTRY_COLUMNS.split(", "))}
        FROM infusions AS i CROSS JOIN audit_log AS a
        WHERE i.patient_id = ?2 AND <<infusion>> = <<infusion_id>>
    ORDER BY id""",
    patient=json_value("after", "patient_id"),
    id={SQLITE: "?2", POSTGRESQL: "CAST(?2 AS TEXT)"},
    infusion=json_value("a.after", "infusion_id"),
    # `+` keeps SQLite from reading infusions by its primary key for every entry.
    infusion_id={SQLITE: "+i.id", POSTGRESQL: "i.id"},
)
HISTORY_PARTS_SQL = both(
    f"SELECT {ENTRY_COLUMNS} FROM audit_log WHERE <<infusion>> = ?",
    infusion=json_value("after", "infusion_id"),
)


def patient_history(conn: sqlite3.Connection, patient_id: int) -> list[AuditEntry]:
    """The patient row, its measurements, infusions and every part of them, oldest first,
    including rows since marked entered in error."""
    sql = pick(conn, PATIENT_HISTORY_SQL)
    rows = conn.execute(sql, (str(patient_id), patient_id)).fetchall()
    return [_entry(r) for r in rows]


def history(
    conn: sqlite3.Connection, table: str, key: str, *, with_parts: bool = False
) -> list[AuditEntry]:
    """Entries of one row, oldest first; for an infusion, optionally those of its parts too."""
    sql = f"SELECT {ENTRY_COLUMNS} FROM audit_log WHERE table_name = ? AND row_key = ?"
    args: list[str] = [table, key]
    if with_parts:
        sql += " UNION " + pick(conn, HISTORY_PARTS_SQL)
        args.append(key)
    rows = conn.execute(sql + " ORDER BY id", args).fetchall()
    return [_entry(r) for r in rows]


def hashed_fields(row: sqlite3.Row) -> tuple[Any, ...]:
    return tuple(row[name] for name in ENTRY_FIELDS)


def _payload(prev_hash: str, row: tuple[Any, ...]) -> bytes:
    return json.dumps([prev_hash, *row], ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _entry(r: sqlite3.Row) -> AuditEntry:
    return AuditEntry(
        id=r["id"],
        at=r["at"],
        user=r["user"],
        table_name=r["table_name"],
        row_key=r["row_key"],
        action=r["action"],
        before=json.loads(r["before"]) if r["before"] else None,
        after=json.loads(r["after"]),
    )
