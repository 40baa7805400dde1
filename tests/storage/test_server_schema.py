"""The same numbered migrations make the same schema on a ward server as in a file: the same
tables, columns in the same order with the same types and NOT NULL rules, the same named indexes,
and the same migrations recorded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ivigmon.storage.database import Store, open_store
from ivigmon.storage.schema import known_names
from tests import pg_server

# SQLite's STRICT types and the server's types they become (storage/pg/ddl.py).
SERVER_TYPE = {"INTEGER": "bigint", "REAL": "double precision", "TEXT": "text"}
# Each engine's own bookkeeping: the migration log and SQLite's sequence table.
OWN_TABLES = {"_sqlite_migrations", "sqlite_sequence", "ivigmon_migrations"}


@pytest.fixture
def stores(tmp_path: Path, pg_template: tuple[str, str]) -> Iterator[tuple[Store, Store]]:
    base, _template = pg_template
    with pg_server.throwaway(base) as url:  # an empty database: migrated from nothing here
        file, server = open_store(tmp_path / "w.db"), open_store(url)
        yield file, server
        file.close()
        server.close()


def _file_columns(store: Store) -> dict[str, list[tuple[str, str, bool]]]:
    tables = [
        r[0]
        for r in store.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        if r[0] not in OWN_TABLES
    ]
    return {
        t: [
            (str(c["name"]), SERVER_TYPE[str(c["type"])], bool(c["notnull"] or c["pk"]))
            for c in store.conn.execute(f"SELECT * FROM pragma_table_info('{t}') ORDER BY cid")
        ]
        for t in tables
    }


def _server_columns(store: Store) -> dict[str, list[tuple[str, str, bool]]]:
    rows = store.conn.execute(
        """SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
           WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"""
    ).fetchall()
    found: dict[str, list[tuple[str, str, bool]]] = {}
    for r in rows:
        if r[0] not in OWN_TABLES:
            found.setdefault(str(r[0]), []).append((str(r[1]), str(r[2]), r[3] == "NO"))
    return found


def _file_indexes(store: Store) -> set[str]:
    return {
        str(r["name"])
        for r in store.conn.execute("SELECT name, tbl_name FROM sqlite_schema WHERE type = 'index'")
        if not str(r["name"]).startswith("sqlite_autoindex") and r["tbl_name"] not in OWN_TABLES
    }


def _server_indexes(store: Store) -> set[str]:
    # Primary keys and UNIQUE columns get an index of their own on both engines, named by
    # each engine's rule (sqlite_autoindex_* / *_pkey, *_key): only the named ones compare.
    rows = store.conn.execute(
        """SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
           JOIN pg_class t ON t.oid = x.indrelid
           JOIN pg_namespace n ON n.oid = t.relnamespace
           WHERE n.nspname = current_schema()
             AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"""
    ).fetchall()
    return {str(r[0]) for r in rows}


def test_both_engines_have_the_same_tables_columns_and_types(stores: tuple[Any, Any]):
    file, server = stores
    assert _server_columns(server) == _file_columns(file)


def test_both_engines_have_the_same_named_indexes(stores: tuple[Any, Any]):
    file, server = stores
    assert _server_indexes(server) == _file_indexes(file)


def test_both_engines_record_every_migration_in_order(stores: tuple[Any, Any]):
    file, server = stores
    assert file.schema_version() == server.schema_version() == known_names()
