"""Online backups of the database file, checks of copies, and putting a copy in place."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ivigmon.storage import backup as backup_module
from ivigmon.storage import errors
from ivigmon.storage.backup import (
    CopyInfo,
    backup_to,
    inspect_copy,
    store_problems,
    verify_backup,
)
from ivigmon.storage.database import Store, open_store
from ivigmon.storage.replace import replace_database
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


def folder_state(folder: Path) -> dict[str, bytes | None]:
    """Every name in `folder`, with the bytes of each file but the open database's own (which
    SQLite changes by reading: the -shm keeps its readers' marks)."""
    return {
        p.name: None if p.name.startswith("ward.db") or not p.is_file() else p.read_bytes()
        for p in sorted(folder.iterdir())
    }


@pytest.mark.parametrize(
    "existing",
    [
        b"an older backup, or anything else",
        b"",  # even an empty file
        b"SQLite format 3\x00" + b"\x00" * 100,
    ],
)
def test_a_backup_never_replaces_an_existing_file(store: Store, tmp_path: Path, existing: bytes):
    dest = tmp_path / "b.db"
    dest.write_bytes(existing)
    before = folder_state(tmp_path)
    with pytest.raises(errors.PathTaken, match="a file already exists there"):
        backup_to(store, dest)
    assert dest.read_bytes() == existing
    assert folder_state(tmp_path) == before  # and no temporary file is left


def test_a_backup_never_replaces_a_folder_or_a_link(store: Store, tmp_path: Path):
    (tmp_path / "folder.db").mkdir()
    (tmp_path / "link.db").symlink_to(tmp_path / "nowhere.db")
    for name in ("folder.db", "link.db"):
        with pytest.raises(errors.PathTaken, match="already exists"):
            backup_to(store, tmp_path / name)
    assert not (tmp_path / "nowhere.db").exists()
    assert (tmp_path / "folder.db").is_dir() and not list((tmp_path / "folder.db").iterdir())


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("ward.db", "is the database in use"),
        ("ward.db-wal", "is the wal file of the database"),
        ("ward.db-shm", "is the shm file of the database"),
        ("ward.db-journal", "is the journal file of the database"),
        ("other.db", "its wal file other.db-wal is beside it"),
        ("third.db", "its journal file third.db-journal is beside it"),
        ("fourth.db", "its shm file fourth.db-shm is beside it"),
    ],
)
def test_a_backup_never_takes_the_place_of_a_database_or_its_side_files(
    store: Store, tmp_path: Path, name: str, problem: str
):
    """The open database, its -wal/-shm/-journal (existing or not: SQLite makes them), and a
    name whose side files exist (a database, or what a deleted one left: SQLite would read a
    stale -wal or -journal into the new file)."""
    for side in ("other.db-wal", "third.db-journal", "fourth.db-shm"):
        (tmp_path / side).write_bytes(b"side file")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the -wal exists, empty
    before = folder_state(tmp_path)
    with pytest.raises(errors.PathTaken, match=problem):
        backup_to(store, tmp_path / name)
    assert folder_state(tmp_path) == before


@pytest.mark.parametrize("moment", ["fsync", "link"])
def test_a_file_created_at_the_destination_during_the_backup_is_never_replaced(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moment: str
):
    """Another program writes the file while the copy is synced, or at the very moment it is
    given its name: the copy is not installed, the other file stays as it was written."""
    dest = tmp_path / "b.db"
    real = getattr(os, moment)

    def meanwhile(*args: object) -> object:
        if not dest.exists():
            dest.write_bytes(b"written by another program")
        return real(*args)

    monkeypatch.setattr(os, moment, meanwhile)
    with pytest.raises(errors.PathTaken, match=r"b\.db: path: (a file already|another program)"):
        backup_to(store, dest)
    assert dest.read_bytes() == b"written by another program"
    assert not list(tmp_path.glob(".*.tmp*"))


def test_the_read_back_check_reads_the_temporary_copy_and_a_failure_removes_only_it(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    checked: list[Path] = []

    def failing_check(path: Path) -> CopyInfo:
        checked.append(Path(path))
        return CopyInfo(Path(path), False, ["row 3 missing from index"])

    dest = tmp_path / "b.db"
    (tmp_path / "notes.txt").write_text("someone's notes")
    before = folder_state(tmp_path)
    monkeypatch.setattr(backup_module, "inspect_copy", failing_check)
    with pytest.raises(errors.CorruptDatabase, match="failed its check"):
        backup_to(store, dest)
    assert [p.name for p in checked] == [f".b.db.{os.getpid()}.tmp"]
    assert folder_state(tmp_path) == before


def test_a_backup_inside_a_file_is_refused(store: Store, tmp_path: Path):
    (tmp_path / "notes.txt").write_text("notes")
    with pytest.raises(errors.PathTaken, match=r"notes\.txt is a file, not a folder"):
        backup_to(store, tmp_path / "notes.txt" / "b.db")
    assert (tmp_path / "notes.txt").read_text() == "notes"


def test_a_disk_failure_is_one_plain_line_and_leaves_nothing_behind(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    good, old = backup_to(store, tmp_path / "good.db"), backup_to(store, tmp_path / "old.db")
    before = folder_state(tmp_path)

    def failing_link(*_paths: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "link", failing_link)
    with pytest.raises(errors.EnvironmentFailure) as caught:
        backup_to(store, tmp_path / "b.db")
    assert (
        str(caught.value) == f"could not write the backup {tmp_path / 'b.db'} (Input/output error)"
    )
    with pytest.raises(errors.EnvironmentFailure) as caught:
        replace_database(old, good, stamp="20260310-120000")
    assert (
        str(caught.value) == f"could not restore {old} (Input/output error); nothing was replaced"
    )
    assert folder_state(tmp_path) == before


def test_a_taken_name_is_numbered_when_asked(store: Store, tmp_path: Path):
    first = backup_to(store, tmp_path / "ivigmon-20260310-120000.db", renumber=True)
    (tmp_path / "ivigmon-20260310-120000-2.db-wal").write_bytes(b"left by someone")
    second = backup_to(store, tmp_path / "ivigmon-20260310-120000.db", renumber=True)
    plain = backup_to(store, tmp_path / "plain", renumber=True)
    again = backup_to(store, tmp_path / "plain", renumber=True)
    assert first.name == "ivigmon-20260310-120000.db"
    assert second.name == "ivigmon-20260310-120000-3.db"
    assert (plain.name, again.name) == ("plain", "plain-2")
    assert all(verify_backup(p)[0] for p in (first, second, plain, again))


def test_without_hard_links_the_copy_is_written_into_a_new_file_only(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A FAT stick or some network shares: no hard links, still never over an existing file."""

    def no_links(*_paths: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    made = backup_to(store, tmp_path / "stick" / "b.db")
    assert verify_backup(made)[0]
    assert sorted(p.name for p in made.parent.iterdir()) == ["b.db"]
    if os.name == "posix":
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
    before = made.read_bytes()
    with pytest.raises(errors.PathTaken):
        backup_to(store, made)
    assert made.read_bytes() == before


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
    with pytest.raises(errors.DatabaseBusy, match="close every ivigmon window and command"):
        replace_database(store.path, good, stamp="20260310-120000")
    assert dump(Path(store.path)) == before
    assert sorted(p.name for p in tmp_path.iterdir() if "replaced" in p.name) == []
    assert not list(tmp_path.glob(".*.tmp"))
