"""Which engine a database name or a connection belongs to: an SQLite file or a ward server."""

from __future__ import annotations

from typing import Any

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
# `--db postgresql://user@host/ivigmon`: a ward server; anything else names an SQLite file.
SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server(target: object) -> bool:
    """True when `target` (a --db value) names a PostgreSQL server, not a file."""
    return isinstance(target, str) and target.strip().lower().startswith(SERVER_SCHEMES)


def dialect(conn: Any) -> str:
    """The SQL dialect a connection speaks (server connections say so; sqlite3's do not)."""
    return str(getattr(conn, "dialect", SQLITE))


def on_server(conn: Any) -> bool:
    return dialect(conn) == POSTGRESQL
