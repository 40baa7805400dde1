"""A ward database's state kept once and put back fast, on either engine (tests only).

An SQLite file is copied into memory with the backup API and copied back. A database on the
test server keeps a copy of every table in a schema of its own; putting it back is one
transaction of the test server's superuser that empties the tables, copies the rows back and
sets the identity sequences where they were. The transaction runs with
`session_replication_role = replica`, so the audit, append-only and no-delete triggers (which
the program itself can never switch off) do not fire: the harness rewinds the database, it does
not amend records. A rewind takes milliseconds (DELETE, not TRUNCATE, which makes new files
for every table and index).
"""

from __future__ import annotations

import sqlite3
from typing import Any, Protocol

import psycopg
from psycopg import sql

from ivigmon.storage.engine import on_server

# The schema that holds the copy (dump() reads only the ward's own schema).
SNAPSHOT_SCHEMA = "ivigmon_test_snapshot"


class Snapshot(Protocol):
    def restore(self) -> None: ...

    def close(self) -> None: ...


class FileSnapshot:
    """An SQLite ward database copied into memory."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.copy = sqlite3.connect(":memory:")
        conn.backup(self.copy)

    def restore(self) -> None:
        self.copy.backup(self.conn)

    def close(self) -> None:
        self.copy.close()


class ServerSnapshot:
    """A ward database on the test server, copied table by table into a schema of its own."""

    def __init__(self, url: str) -> None:
        # The URL's role is the test server's superuser (tests/pg_server.py).
        self.admin = psycopg.connect(url, autocommit=True)
        schema = self.admin.execute("SELECT current_schema()").fetchone()
        assert schema is not None
        ward = sql.Identifier(schema[0])
        snap = sql.Identifier(SNAPSHOT_SCHEMA)
        tables = [
            sql.Identifier(row[0])
            for row in self.admin.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                " ORDER BY tablename"
            )
        ]
        sequences = self.admin.execute(
            "SELECT pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname)"
            " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND a.attidentity <> '' AND NOT a.attisdropped"
        ).fetchall()
        with self.admin.transaction():
            self.admin.execute(sql.SQL("CREATE SCHEMA {}").format(snap))
            for table in tables:
                self.admin.execute(
                    sql.SQL("CREATE TABLE {}.{} AS SELECT * FROM {}.{}").format(
                        snap, table, ward, table
                    )
                )
            positions = [(name, self._position(name)) for (name,) in sequences if name is not None]
        statements = [
            sql.SQL("BEGIN"),
            sql.SQL("SET LOCAL session_replication_role = replica"),
            sql.SQL("SET LOCAL synchronous_commit = off"),
        ]
        statements += [sql.SQL("DELETE FROM {}.{}").format(ward, t) for t in tables]
        statements += [
            sql.SQL("INSERT INTO {}.{} OVERRIDING SYSTEM VALUE SELECT * FROM {}.{}").format(
                ward, t, snap, t
            )
            for t in tables
        ]
        statements += [
            sql.SQL("SELECT setval({}, {}, {})").format(
                sql.Literal(name), sql.Literal(value), sql.Literal(called)
            )
            for name, (value, called) in positions
        ]
        statements.append(sql.SQL("COMMIT"))
        # One round trip: the statements go as one query (no parameters).
        self.rewind = sql.SQL("; ").join(statements).as_string(self.admin)

    def _position(self, sequence: str) -> tuple[int, bool]:
        row = self.admin.execute(
            # (The server's own name for it, quoted as needed.)
            sql.SQL("SELECT last_value, is_called FROM {}").format(sql.SQL(sequence))
        ).fetchone()
        assert row is not None
        return int(row[0]), bool(row[1])

    def restore(self) -> None:
        self.admin.execute(self.rewind)

    def close(self) -> None:
        self.admin.close()


def take_snapshot(conn: Any, url: str) -> Snapshot:
    """The state of the ward database behind `conn` (`url` names it on a server)."""
    if on_server(conn):
        return ServerSnapshot(url)
    return FileSnapshot(conn)
