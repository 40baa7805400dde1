"""The SQL of the audit triggers as the migrations create it, and the check that it is unchanged.

This module imports no migration machinery (sqlite-utils loads pandas), so that `audit verify`
can generate the expected SQL quickly; the migrations import their generator from here.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any, Protocol

from ivigmon.storage.audit import Check, Finding
from ivigmon.storage.engine import on_server
from ivigmon.storage.pg.audit_check import server_trigger_findings
from ivigmon.storage.pg.audit_sql import row_image
from ivigmon.storage.schema import AUDITED, SECRET_COLUMNS

# The audit trail itself: an entry can be sealed once (hash set) and never changed or removed.
AUDIT_LOG_TRIGGERS: tuple[str, ...] = (
    """CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
           WHEN OLD.hash IS NOT NULL OR NEW.id != OLD.id OR NEW.at != OLD.at
                OR NEW.user != OLD.user OR NEW.table_name != OLD.table_name
                OR NEW.row_key != OLD.row_key OR NEW.action != OLD.action
                OR NEW.before IS NOT OLD.before OR NEW.after != OLD.after
           BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
)

_NAME = re.compile(r"CREATE TRIGGER (\w+)")


class Executes(Protocol):
    """A sqlite3 connection, or the sqlite-utils Database the migrations receive."""

    def execute(self, sql: str, /) -> Any: ...


def row_json(db: Executes, table: str, alias: str) -> str:
    """The JSON image of a row of `table` that its audit entries hold (secrets hidden), as
    SQL: `json_object(...)` of every column on SQLite, the trigger function's own expression
    on the server."""
    if on_server(db):
        return row_image(alias, secret=bool(SECRET_COLUMNS & set(server_columns(db, table))))
    # One column selected: read the same with ivigmon's rows or a plain connection's tuples.
    query = f"SELECT name FROM pragma_table_info('{table}') ORDER BY cid"
    columns = [str(row[0]) for row in db.execute(query).fetchall()]
    parts = []
    for column in columns:
        if column in SECRET_COLUMNS:
            # Only whether it changed, never the hash itself.
            parts.append(f"'{column}', '(hidden)'")
            continue
        parts.append(f"'{column}', {alias}.{column}")
    return "json_object(" + ", ".join(parts) + ")"


def server_columns(db: Executes, table: str) -> list[str]:
    """The columns of a table on the server, in order."""
    query = (
        "SELECT attname FROM pg_attribute"
        f" WHERE attrelid = to_regclass('{table}') AND attnum > 0 AND NOT attisdropped"
        " ORDER BY attnum"
    )
    return [str(row[0]) for row in db.execute(query).fetchall()]


def audit_triggers(db: Executes, table: str, key: str) -> list[str]:
    """Triggers that write an unsealed audit entry for each insert and update of `table`.

    The entry is sealed (hash-chained) by the storage layer before the same transaction
    commits, and only when ivigmon's own connection wrote it in that transaction: an entry
    written by another program stays unsealed and `audit verify` names it.
    Later migrations that add columns to an audited table must recreate its triggers.
    """
    if on_server(db):
        return []  # the server audits with one PL/pgSQL function (storage.pg.audit_sql)
    new_json = row_json(db, table, "NEW")
    old_json = row_json(db, table, "OLD")
    new_key = key.replace("R.", "NEW.")
    insert = f"""CREATE TRIGGER audit_{table}_insert AFTER INSERT ON {table} BEGIN
        INSERT INTO audit_log (at, user, table_name, row_key, action, before, after)
        VALUES (ivigmon_now(), ivigmon_user(), '{table}', {new_key}, 'insert', NULL, {new_json});
    END"""
    update = f"""CREATE TRIGGER audit_{table}_update AFTER UPDATE ON {table} BEGIN
        INSERT INTO audit_log (at, user, table_name, row_key, action, before, after)
        VALUES (ivigmon_now(), ivigmon_user(), '{table}', {new_key}, 'update', {old_json},
                {new_json});
    END"""
    no_delete = f"""CREATE TRIGGER no_delete_{table} BEFORE DELETE ON {table} BEGIN
        SELECT RAISE(ABORT, 'records are never deleted: mark them entered in error');
    END"""
    return [insert, update, no_delete]


def expected_triggers(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """Trigger name -> (table, SQL) of every trigger the migrations create for the audit."""
    expected: dict[str, tuple[str, str]] = {}
    for sql in AUDIT_LOG_TRIGGERS:
        expected[_name(sql)] = ("audit_log", sql)
    for table, key in AUDITED.items():
        for sql in audit_triggers(conn, table, key):
            expected[_name(sql)] = (table, sql)
    return expected


def trigger_findings(conn: sqlite3.Connection) -> list[Finding]:
    """Audit triggers that are missing or differ from the SQL the migrations generate, and
    other triggers on the audited tables or the trail (they could write or hide entries)."""
    if on_server(conn):
        return server_trigger_findings(conn)
    expected = expected_triggers(conn)
    actual = {
        r["name"]: (r["tbl_name"], r["sql"])
        for r in conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger'"
        )
    }
    problems: list[str] = []
    for name, (table, sql) in expected.items():
        if name not in actual:
            problems.append(f"trigger {name} on {table} is missing")
        elif actual[name] != (table, sql):
            problems.append(f"trigger {name} on {table} differs from the one ivigmon creates")
    watched = set(AUDITED) | {"audit_log"}
    for name, (table, _sql) in sorted(actual.items()):
        if name not in expected and table in watched:
            problems.append(f"trigger {name} on {table} is not one of ivigmon's")
    return [Finding(Check.TRIGGERS, problem) for problem in problems]


def _name(sql: str) -> str:
    found = _NAME.match(sql)
    if found is None:
        raise ValueError(f"not a CREATE TRIGGER statement: {sql[:40]!r}")
    return found.group(1)
