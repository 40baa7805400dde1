"""A demo ward in an SQLite file, and databases on the test server, for moving a ward onto a
server and for server backups."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest

from ivigmon.storage.pg.connection import connect

from . import pg_server
from .dumps import dump

# The migration logs of the two engines: the same names, in each engine's own table.
MIGRATION_LOGS = ("_sqlite_migrations", "ivigmon_migrations")


def server_or_skip() -> str:
    """The test server's URL; the test is skipped without one (fails when one was required)."""
    base = pg_server.server_url()
    if base is None:
        if os.environ.get("IVIGMON_TEST_PG_REQUIRED"):
            pytest.fail(f"{pg_server.ENV} is not set: the run was asked for both engines")
        pytest.skip(f"no test PostgreSQL server ({pg_server.ENV} is not set)")
    return base


@contextmanager
def empty_database() -> Iterator[str]:
    """A new database without tables on the test server, dropped afterwards."""
    with pg_server.throwaway(server_or_skip()) as url:
        yield url


def file_digest(path: Path) -> str:
    """SHA-256 of the file's bytes: a file that was only read keeps it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows_of(target: Path | str) -> list[str]:
    """Every row of the ward database (file or server), its migration log left out."""
    if isinstance(target, Path):
        import sqlite3

        conn: Any = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        try:
            lines = dump(conn)
        finally:
            conn.close()
    else:
        server = connect(target)
        try:
            lines = dump(server)
        finally:
            server.close()
    return [line for line in lines if not line.startswith(MIGRATION_LOGS)]


def server_rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url, autocommit=True) as conn:
        return list(conn.execute(sql).fetchall())  # type: ignore[arg-type]
