"""What someone with a copy of the file and their own SQLite program, or with the owner's login
to the ward server and their own SQL client, can do to the audit trail; shared by the audit
tests. Nothing here uses ivigmon's audit code: it is the attacker's. (On the server the
attacker's session goes through the storage layer's driver shim for `?` parameters and rows
read by name, which sets no ivigmon user and seals nothing.)"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from typing import Any

from ivigmon.storage.engine import is_server
from ivigmon.storage.pg.connection import connect as server_session

FIELDS = ("id", "at", "user", "table_name", "row_key", "action", "before", "after")
# `user` is a reserved word on PostgreSQL; quoted, it names the column on both engines.
COLUMNS = ", ".join(f'"{f}"' if f == "user" else f for f in FIELDS)


def attacker(target: str | os.PathLike[str]) -> Any:
    """A plain connection to the file, or a session on the server as its owner, outside
    ivigmon (no functions, no ivigmon user, no sealing)."""
    if is_server(str(target)):
        return server_session(str(target), application_name="attacker")
    conn = sqlite3.connect(target, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def _on_server(conn: Any) -> bool:
    return getattr(conn, "dialect", "sqlite") == "postgresql"


# SQLite has a trigger per event; the server one per table for inserts and updates, and the
# trail's guard covers updates and deletes.
_SERVER_NAMES = {"audit_log_no_delete": "audit_log_append_only"}


def _server_name(name: str) -> str:
    name = _SERVER_NAMES.get(name, name)
    for suffix in ("_insert", "_update"):
        if name.startswith("audit_") and name.endswith(suffix):
            return name.removesuffix(suffix)
    return name


@contextlib.contextmanager
def without_trigger(conn: Any, name: str) -> Iterator[None]:
    """Drop a trigger (on the server: disable it), and put it back exactly as it was."""
    if _on_server(conn):
        server = _server_name(name)
        table = conn.execute(
            "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = ?", (server,)
        ).fetchone()[0]
        conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER {server}")
        try:
            yield
        finally:
            conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER {server}")
        return
    sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (name,)).fetchone()[0]
    conn.execute(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        conn.execute(sql)


def drop_trigger(conn: Any, name: str, table: str) -> None:
    """Drop a trigger in the engine's own words (a file's connection, or a server session)."""
    if _on_server(conn):
        conn.execute(f"DROP TRIGGER {name} ON {table}")
    else:
        conn.execute(f"DROP TRIGGER {name}")


def recompute_chain(conn: Any) -> None:
    """Rehash every entry with plain SHA-256, as the published algorithm does."""
    prev = "0" * 64
    rows = conn.execute(f"SELECT {COLUMNS} FROM audit_log ORDER BY id").fetchall()
    for row in rows:
        payload = json.dumps(
            [prev, *[row[f] for f in FIELDS]], ensure_ascii=False, separators=(",", ":")
        )
        digest = hashlib.sha256(payload.encode()).hexdigest()
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row["id"])
        )
        prev = digest


def forge_dose(target: str | os.PathLike[str], infusion_id: str, dose_g: float) -> None:
    """Change an infusion's dose and every audit image of it, then rehash the whole chain and
    put every trigger back: the database then looks as if the dose had always been `dose_g`."""
    conn = attacker(target)
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


def delete_newest_entries(target: str | os.PathLike[str], count: int) -> None:
    conn = attacker(target)
    try:
        with without_trigger(conn, "audit_log_no_delete"):
            conn.execute(
                "DELETE FROM audit_log WHERE id IN "
                "(SELECT id FROM audit_log ORDER BY id DESC LIMIT ?)",
                (count,),
            )
    finally:
        conn.close()


def foreign_writer(target: str | os.PathLike[str]) -> Any:
    """Another program that gives the audit triggers the user and time they read: on a file
    the two functions they call, on the server the two settings."""
    conn = attacker(target)
    if _on_server(conn):
        conn.execute("SELECT set_config('ivigmon.user', 'nurse.test', false)")
        conn.execute("SELECT set_config('ivigmon.now', '2026-03-10T12:00:00', false)")
        return conn
    conn.create_function("ivigmon_user", 0, lambda: "nurse.test")
    conn.create_function("ivigmon_now", 0, lambda: "2026-03-10T12:00:00")
    return conn


def _with_dose(image: str | None, dose_g: float) -> str | None:
    if image is None:
        return None
    values = json.loads(image)
    values["dose_g"] = dose_g
    return json.dumps(values, separators=(",", ":"))
