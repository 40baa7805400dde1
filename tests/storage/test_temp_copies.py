"""Temporary copies: unique private names, and tidying up what an interrupted ivigmon left."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest

from ivigmon.storage import temp_copies
from ivigmon.storage.database import open_store
from tests.processes import ended_pid

posix_only = pytest.mark.skipif(os.name != "posix", reason="process ids are checked on POSIX")
AN_HOUR_AGO = time.time() - temp_copies.LEFTOVER_AGE_S - 60


def leave(folder: Path, name: str, *, old: bool = True) -> Path:
    path = folder / name
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    if old:
        os.utime(path, (AN_HOUR_AGO, AN_HOUR_AGO))
    return path


def test_each_temporary_copy_gets_a_new_private_name(tmp_path: Path):
    dest = tmp_path / "b.db"
    (tmp_path / f".b.db.{os.getpid()}-2.tmp-journal").write_bytes(b"a stale journal")
    first = temp_copies.new_temp(dest)
    second = temp_copies.new_temp(dest)
    third = temp_copies.new_temp(dest)
    pid = os.getpid()
    # -2 is skipped: SQLite would take the journal beside it for the copy's own.
    assert [p.name for p in (first, second, third)] == [
        f".b.db.{pid}.tmp",
        f".b.db.{pid}-3.tmp",
        f".b.db.{pid}-4.tmp",
    ]
    assert all(p.stat().st_size == 0 for p in (first, second, third))
    assert (tmp_path / f".b.db.{pid}-2.tmp-journal").read_bytes() == b"a stale journal"


@posix_only
def test_at_open_leftovers_of_ended_processes_are_removed_and_everything_else_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    db = tmp_path / "ward.db"
    open_store(db).close()
    dead = ended_pid()
    gone = [
        leave(tmp_path, f".ward.db.{dead}.tmp"),  # a restore killed while copying
        leave(tmp_path, f".ward.db.{dead}-2.tmp"),
        leave(tmp_path, f".ward.db.{dead}.tmp-journal"),
        leave(tmp_path, f".ward.db.before-upgrade-20260310-120000.{dead}.tmp"),
        leave(tmp_path, f".ward.db.import.{dead}.tmp"),  # an import's scratch copy
    ]
    kept = [
        leave(tmp_path, f".ward.db.{os.getpid()}.tmp"),  # a live process (this one)
        leave(
            tmp_path, f".ward.db.{dead}-7.tmp", old=False
        ),  # written a moment ago: maybe by another workstation sharing the folder
        leave(tmp_path, f".other.db.{dead}.tmp"),  # another database's: not this one's to tidy
        leave(tmp_path, f".other.db.import.{dead}.tmp"),
        leave(tmp_path, f".ward.db.{dead}.tmp.bak"),
        leave(tmp_path, f"ward.db.{dead}.tmp"),
        leave(tmp_path, f".ward.db.x{dead}.tmp"),
        leave(tmp_path, "ward.db.replaced-20260310-120000"),
        leave(tmp_path, "ward.db.before-upgrade-20260310-120000"),
    ]
    (tmp_path / f".ward.db.{dead}-9.tmp").mkdir()
    with caplog.at_level(logging.WARNING):
        open_store(db).close()
    assert not [p for p in gone if p.exists()]
    assert all(p.exists() for p in kept)
    assert (tmp_path / f".ward.db.{dead}-9.tmp").is_dir()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for path in gone:
        assert f"removed {path} (0.0 MB), a temporary copy left by" in logged
    assert f"process {dead} has ended" in logged


def test_a_read_only_open_removes_nothing(tmp_path: Path):
    db = tmp_path / "ward.db"
    open_store(db).close()
    left = leave(tmp_path, f".ward.db.{ended_pid()}.tmp")
    open_store(db, read_only=True).close()
    assert left.exists()
