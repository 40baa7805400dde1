"""What someone with a copy of the file and their own SQLite program can do to the audit trail,
shared by the audit tests. Nothing here uses ivigmon's code: it is the attacker's."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

FIELDS = ("id", "at", "user", "table_name", "row_key", "action", "before", "after")


def attacker(path: Path) -> sqlite3.Connection:
    """A plain connection to the file, outside ivigmon (no functions, no sealing)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


@contextlib.contextmanager
def without_trigger(conn: sqlite3.Connection, name: str) -> Iterator[None]:
    """Drop a trigger, and put it back exactly as it was afterwards."""
    sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (name,)).fetchone()[0]
    conn.execute(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        conn.execute(sql)


def recompute_chain(conn: sqlite3.Connection) -> None:
    """Rehash every entry with plain SHA-256, as the published algorithm does."""
    prev = "0" * 64
    rows = conn.execute(f"SELECT {', '.join(FIELDS)} FROM audit_log ORDER BY id").fetchall()
    for row in rows:
        payload = json.dumps(
            [prev, *[row[f] for f in FIELDS]], ensure_ascii=False, separators=(",", ":")
        )
        digest = hashlib.sha256(payload.encode()).hexdigest()
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row["id"])
        )
        prev = digest


def forge_dose(path: Path, infusion_id: str, dose_g: float) -> None:
    """Change an infusion's dose and every audit image of it, then rehash the whole chain and
    put every trigger back: the file then looks as if the dose had always been `dose_g`."""
    conn = attacker(path)
    try:
        with (
            without_trigger(conn, "audit_log_append_only"),
            without_trigger(conn, "audit_infusions_update"),
        ):
            conn.execute("UPDATE infusions SET dose_g = ? WHERE id = ?", (dose_g, infusion_id))
            entries = conn.execute(
                "SELECT id, before, after FROM audit_log WHERE table_name = 'infusions' "
                "AND row_key = ?",
                (infusion_id,),
            ).fetchall()
            for entry in entries:
                conn.execute(
                    "UPDATE audit_log SET before = ?, after = ? WHERE id = ?",
                    (
                        _with_dose(entry["before"], dose_g),
                        _with_dose(entry["after"], dose_g),
                        entry["id"],
                    ),
                )
            recompute_chain(conn)
    finally:
        conn.close()


def delete_newest_entries(path: Path, count: int) -> None:
    conn = attacker(path)
    try:
        with without_trigger(conn, "audit_log_no_delete"):
            conn.execute(
                "DELETE FROM audit_log WHERE id IN "
                "(SELECT id FROM audit_log ORDER BY id DESC LIMIT ?)",
                (count,),
            )
    finally:
        conn.close()


def foreign_writer(path: Path) -> sqlite3.Connection:
    """Another program that defines the two functions the audit triggers call."""
    conn = attacker(path)
    conn.create_function("ivigmon_user", 0, lambda: "nurse.test")
    conn.create_function("ivigmon_now", 0, lambda: "2026-03-10T12:00:00")
    return conn


def _with_dose(image: str | None, dose_g: float) -> str | None:
    if image is None:
        return None
    values = json.loads(image)
    values["dose_g"] = dose_g
    return json.dumps(values, separators=(",", ":"))
