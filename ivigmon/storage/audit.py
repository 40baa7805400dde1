"""The hash-chained audit trail: sealing new entries, verifying the chain, reading history."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64

# The fields of an entry, in the order they are hashed.
ENTRY_FIELDS = ("id", "at", "user", "table_name", "row_key", "action", "before", "after")
_ENTRY = ", ".join(ENTRY_FIELDS)


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
class ChainReport:
    entries: int
    first_broken_id: int | None = None
    problem: str = ""

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def entry_hash(prev_hash: str, row: tuple[Any, ...]) -> str:
    """SHA-256 over the previous hash and every field of the entry, id first."""
    payload = json.dumps([prev_hash, *row], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def seal(conn: sqlite3.Connection) -> int:
    """Chain the entries written by this transaction's triggers; called just before COMMIT."""
    rows = conn.execute(f"SELECT {_ENTRY} FROM audit_log WHERE hash IS NULL ORDER BY id").fetchall()
    if not rows:
        return 0
    last = conn.execute(
        "SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    prev = last["hash"] if last else GENESIS
    updates = []
    for row in rows:
        digest = entry_hash(prev, _hashed(row))
        updates.append((prev, digest, row["id"]))
        prev = digest
    conn.executemany("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", updates)
    return len(updates)


def verify_chain(conn: sqlite3.Connection) -> ChainReport:
    """Recompute every hash in order; the first entry that does not match is named."""
    prev = GENESIS
    count = 0
    for row in conn.execute(f"SELECT {_ENTRY}, prev_hash, hash FROM audit_log ORDER BY id"):
        count += 1
        entry_id, digest = row["id"], row["hash"]
        if digest is None:
            return ChainReport(count, entry_id, "entry was never sealed (written outside ivigmon)")
        if row["prev_hash"] != prev:
            return ChainReport(count, entry_id, "does not follow the previous entry")
        if entry_hash(prev, _hashed(row)) != digest:
            return ChainReport(count, entry_id, "its content was changed after it was written")
        prev = digest
    return ChainReport(count)


def patient_history(conn: sqlite3.Connection, patient_id: int) -> list[AuditEntry]:
    """The patient row, its measurements, infusions and every part of them, oldest first,
    including rows since marked entered in error."""
    rows = conn.execute(
        f"""SELECT {_ENTRY} FROM audit_log
            WHERE (table_name = 'patients' AND row_key = ?)
               OR json_extract(after, '$.patient_id') = ?
               OR json_extract(after, '$.infusion_id') IN
                  (SELECT id FROM infusions WHERE patient_id = ?)
            ORDER BY id""",
        (str(patient_id), patient_id, patient_id),
    ).fetchall()
    return [_entry(r) for r in rows]


def history(
    conn: sqlite3.Connection, table: str, key: str, *, with_parts: bool = False
) -> list[AuditEntry]:
    """Entries of one row, oldest first; for an infusion, optionally those of its parts too."""
    sql = f"SELECT {_ENTRY} FROM audit_log WHERE table_name = ? AND row_key = ?"
    args: list[str] = [table, key]
    if with_parts:
        sql += " UNION SELECT " + _ENTRY + " FROM audit_log"
        sql += " WHERE json_extract(after, '$.infusion_id') = ?"
        args.append(key)
    rows = conn.execute(sql + " ORDER BY id", args).fetchall()
    return [_entry(r) for r in rows]


def _hashed(row: sqlite3.Row) -> tuple[Any, ...]:
    return tuple(row[name] for name in ENTRY_FIELDS)


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
