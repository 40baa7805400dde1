"""Throwaway ward databases on the test PostgreSQL server: one template per run, one copy per test.

IVIGMON_TEST_PG names a database on a running server whose role may create databases (CI
starts one; see .ci/run). The template is migrated and given the shipped catalogue once; each
test gets `CREATE DATABASE ... TEMPLATE` of it, dropped after the test.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

ENV = "IVIGMON_TEST_PG"


def server_url() -> str | None:
    return os.environ.get(ENV) or None


def url_for(base: str, dbname: str) -> str:
    """The URL of another database on the same server, as psycopg reads it."""
    parts = conninfo_to_dict(base)
    parts["dbname"] = dbname
    user = parts.get("user", "")
    host = parts.get("host", "localhost")
    port = parts.get("port", "5432")
    password = f":{parts['password']}" if parts.get("password") else ""
    return (
        f"postgresql://{user}{password}@{host}:{port}/{dbname}" if user else make_conninfo(**parts)
    )


def _admin(base: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(base, autocommit=True)


def create_database(base: str, name: str, template: str | None = None) -> str:
    with _admin(base) as conn:
        query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            query = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        conn.execute(query)
    return url_for(base, name)


def drop_database(base: str, name: str) -> None:
    with _admin(base) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def new_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


@contextmanager
def throwaway(base: str, template: str | None = None) -> Iterator[str]:
    """A new database (a copy of `template` when given), dropped afterwards; yields its URL."""
    name = new_name("ivigmon_t")
    url = create_database(base, name, template)
    try:
        yield url
    finally:
        drop_database(base, name)
