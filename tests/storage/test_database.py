"""Opening, migrating and protecting the database file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ivigmon.storage import errors
from ivigmon.storage.database import open_store
from ivigmon.storage.migrations import MIGRATIONS, registered_names
from ivigmon.storage.schema import APPLICATION_ID, known_names, pending_names


def test_a_new_database_is_ours_in_wal_with_foreign_keys(tmp_path: Path):
    store = open_store(tmp_path / "w.db")
    conn = store.conn
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.schema_version() == known_names()
    strict = {r[0] for r in conn.execute("SELECT name FROM pragma_table_list WHERE strict = 1")}
    assert {"patients", "infusions", "rate_steps", "checks", "adverse_events"} <= strict
    store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_file_is_readable_by_its_owner_only(tmp_path: Path):
    path = tmp_path / "w.db"
    open_store(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_reopening_applies_nothing_and_keeps_rows(tmp_path: Path):
    path = tmp_path / "w.db"
    store = open_store(path)
    with store.write() as conn:
        conn.execute(
            "INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('k', '1', 'x', 'y')"
        )
    store.close()
    again = open_store(path)
    assert again.conn.execute("SELECT value FROM settings WHERE key = 'k'").fetchone()[0] == "1"
    assert pending_names(again.conn) == []
    again.close()


@pytest.mark.parametrize("stop_before", known_names())
def test_each_migration_applies_on_top_of_the_previous_ones(tmp_path: Path, stop_before: str):
    """Stop before each step with the earlier steps applied, then let open_store finish."""
    import sqlite3

    from sqlite_utils import Database

    path = tmp_path / "w.db"
    conn = sqlite3.connect(path, isolation_level=None)
    MIGRATIONS.apply(Database(conn), stop_before=stop_before)
    tables_before = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    conn.close()
    store = open_store(path)
    tables_after = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_schema")}
    assert tables_before <= tables_after
    assert store.schema_version() == known_names()
    store.close()


def test_a_missing_file_is_not_created_when_creation_is_not_allowed(tmp_path: Path):
    with pytest.raises(errors.MissingDatabase):
        open_store(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


def test_a_write_that_fails_leaves_nothing_behind(tmp_path: Path):
    store = open_store(tmp_path / "w.db")
    with pytest.raises(RuntimeError), store.write() as conn:
        conn.execute(
            "INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('a', '1', 'x', 'y')"
        )
        raise RuntimeError("interrupted")
    assert store.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    store.close()


@pytest.mark.parametrize("how", ["asked", "file permissions"])
def test_a_read_only_database_opens_for_viewing_and_refuses_writes(tmp_path: Path, how: str):
    path = tmp_path / "w.db"
    open_store(path).close()
    if how == "file permissions":
        path.chmod(0o400)
        if os.access(path, os.W_OK):
            path.chmod(0o600)
            how = "asked"  # root can write any file: ask for read-only instead
    store = open_store(path, read_only=how == "asked")
    try:
        assert store.read_only
        assert store.conn.execute("SELECT count(*) FROM products").fetchone()[0] >= 0
        with pytest.raises(errors.ReadOnlyDatabase), store.write():
            pass
    finally:
        store.close()
        path.chmod(0o600)


def test_the_fast_list_of_migrations_matches_the_migrations():
    assert known_names() == registered_names()


def test_opening_a_current_database_does_not_load_the_migration_machinery(tmp_path: Path):
    """sqlite-utils imports pandas (about a second): only an upgrade may pay for it."""
    import subprocess
    import sys

    path = tmp_path / "w.db"
    open_store(path).close()
    probe = (
        "import sys; from ivigmon.storage.database import open_store; "
        f"open_store({str(path)!r}).close(); "
        "print('sqlite_utils' in sys.modules, 'pandas' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "False"]
