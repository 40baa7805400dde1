"""A ward server that goes away and comes back, for one test database on the shared test server:
new sessions refused and the open ones ended, as a server that is down looks to a workstation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg.conninfo import conninfo_to_dict

from ivigmon.storage.pg.listen import APPLICATION_NAME


def database_name(url: str) -> str:
    return str(conninfo_to_dict(url)["dbname"])


def _admin(base: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(base, autocommit=True)


def end_sessions(base: str, url: str, *, listener_only: bool = False) -> int:
    """pg_terminate_backend for the sessions on `url`'s database (only the listeners'); how many."""
    query = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s"
    args: list[object] = [database_name(url)]
    if listener_only:
        query += " AND application_name = %s"
        args.append(APPLICATION_NAME)
    with _admin(base) as conn:
        return len(conn.execute(query, args).fetchall())


def refuse_sessions(base: str, url: str, *, allowed: bool = False) -> None:
    """The database stops (or starts again) taking new sessions; the open ones go on."""
    name = database_name(url).replace('"', '""')
    with _admin(base) as conn:
        conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(allowed).lower()}')


@contextmanager
def server_away(base: str, url: str) -> Iterator[None]:
    """While inside: no session reaches `url`'s database (the open ones are ended)."""
    refuse_sessions(base, url)
    try:
        end_sessions(base, url)
        yield
    finally:
        refuse_sessions(base, url, allowed=True)
