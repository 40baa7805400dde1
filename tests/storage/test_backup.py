"""Online backups of the database file, checks of copies, and putting a copy in place."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ivigmon.storage import errors
from ivigmon.storage.backup import (
    backup_to,
    inspect_copy,
    replace_database,
    store_problems,
    verify_backup,
)
from ivigmon.storage.database import Store, open_store
from ivigmon.storage.schema import APPLICATION_ID, known_names

from .damage import damage_table, damage_the_middle

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def add_settings(store: Store, count: int, prefix: str = "k") -> None:
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, 'x', 'y')",
            [(f"{prefix}{n:05d}", "v" * 200) for n in range(count)],
        )


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def setting_keys(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT key FROM settings")}
    finally:
        conn.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "ward.db")
    add_settings(opened, 200)
    yield opened
    opened.close()


def test_a_backup_is_a_sound_single_file_with_the_same_rows(store: Store, tmp_path: Path):
    dest = tmp_path / "copies" / "b.db"
    assert backup_to(store, dest) == dest
    assert dump(dest) == dump(Path(store.path))
    assert verify_backup(dest) == (True, known_names())
    info = inspect_copy(dest)
    assert (info.application_id, info.ours, info.problems) == (APPLICATION_ID, True, [])
    # Rollback-journal mode: no -wal/-shm needed beside it, and nothing else left behind.
    assert sorted(p.name for p in dest.parent.iterdir()) == ["b.db"]
    with dest.open("rb") as f:
        assert f.read(20)[18:20] == b"\x01\x01"


@posix_only
def test_backup_files_and_their_new_folder_are_owner_only(store: Store, tmp_path: Path):
    dest = tmp_path / "new" / "b.db"
    backup_to(store, dest)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert stat.S_IMODE(dest.parent.stat().st_mode) == 0o700


def test_a_backup_replaces_an_older_file_of_the_same_name_whole(store: Store, tmp_path: Path):
    dest = tmp_path / "b.db"
    dest.write_text("an older file")
    backup_to(store, dest)
    assert verify_backup(dest)[0]


def test_a_backup_while_another_connection_is_writing_copies_the_last_commit(
    store: Store, tmp_path: Path
):
    """WAL: the backup reads like any reader, so an open write transaction elsewhere neither
    blocks it (no retry is needed) nor leaks into it."""
    other = open_store(store.path)
    try:
        with other.write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value, updated_at, updated_by) "
                "VALUES ('uncommitted', '1', 'x', 'y')"
            )
            began = time.monotonic()
            backup_to(store, tmp_path / "during.db")
            took = time.monotonic() - began
        assert "uncommitted" in setting_keys(Path(store.path))
    finally:
        other.close()
    assert took < 2.0  # far below the 5 s busy timeout: it never waited for the writer
    keys = setting_keys(tmp_path / "during.db")
    assert "uncommitted" not in keys and len(keys) == 200
    assert verify_backup(tmp_path / "during.db")[0]


def test_a_backup_in_the_middle_of_this_connections_transaction_is_refused(store: Store):
    with pytest.raises(errors.StorageError, match="middle of a transaction"), store.write():
        backup_to(store, Path(store.path).with_name("b.db"))


def test_checks_of_a_damaged_copy_report_it_instead_of_raising(store: Store, tmp_path: Path):
    copy = backup_to(store, tmp_path / "b.db")
    damage_the_middle(copy)
    ok, _schema = verify_backup(copy)
    info = inspect_copy(copy)
    assert not ok and info.problems


def test_checks_of_files_that_are_not_databases(tmp_path: Path):
    text = tmp_path / "notes.db"
    text.write_text("not a database at all " * 100)
    assert verify_backup(text) == (False, [])
    assert "not a database" in inspect_copy(text).problems[0]
    assert verify_backup(tmp_path / "missing.db") == (False, [])
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    info = inspect_copy(other)
    assert info.integrity_ok and not info.ours and info.schema == []


def test_the_open_database_check_finds_a_damaged_table(store: Store, tmp_path: Path):
    assert store_problems(store) == []
    copy = backup_to(store, tmp_path / "b.db")
    damage_table(copy, "vitals")
    damaged = open_store(copy)  # opening reads only the schema and the migration log
    try:
        assert store_problems(damaged)
        assert store_problems(damaged, quick=False)
    finally:
        damaged.close()


def test_replacing_keeps_the_old_file_with_what_only_its_wal_held(store: Store, tmp_path: Path):
    good = backup_to(store, tmp_path / "good.db")
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    add_settings(store, 3, prefix="walonly")
    # The files as a crash leaves them: committed rows that exist only in the -wal.
    crashed = tmp_path / "crashed.db"
    for suffix in ("", "-wal"):
        Path(str(crashed) + suffix).write_bytes(Path(store.path + suffix).read_bytes())
    assert Path(str(crashed) + "-wal").stat().st_size > 0
    kept = replace_database(crashed, good, stamp="20260310-120000")
    assert kept == tmp_path / "crashed.db.replaced-20260310-120000"
    assert len(setting_keys(crashed)) == 200
    assert "walonly00002" in setting_keys(kept)
    assert not Path(str(crashed) + "-wal").exists()


def test_a_file_that_cannot_be_checkpointed_is_moved_with_its_wal(store: Store, tmp_path: Path):
    good = backup_to(store, tmp_path / "good.db")
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"garbage" * 1000)
    Path(str(broken) + "-wal").write_bytes(b"wal garbage")
    kept = replace_database(broken, good, stamp="20260310-120000")
    assert kept is not None and kept.read_bytes() == b"garbage" * 1000
    assert Path(str(kept) + "-wal").read_bytes() == b"wal garbage"
    assert not Path(str(broken) + "-wal").exists()
    assert verify_backup(broken) == (True, known_names())


def test_replacing_when_there_is_no_database_yet(store: Store, tmp_path: Path):
    good = backup_to(store, tmp_path / "good.db")
    assert replace_database(tmp_path / "new.db", good, stamp="20260310-120000") is None
    assert len(setting_keys(tmp_path / "new.db")) == 200


def test_replacing_is_refused_while_another_program_has_the_database_open(
    store: Store, tmp_path: Path
):
    good = backup_to(store, tmp_path / "good.db")
    before = dump(Path(store.path))
    with pytest.raises(errors.DatabaseBusy, match="close ivigmon on every workstation"):
        replace_database(store.path, good, stamp="20260310-120000")
    assert dump(Path(store.path)) == before
    assert sorted(p.name for p in tmp_path.iterdir() if "replaced" in p.name) == []
    assert not list(tmp_path.glob(".*.tmp"))
