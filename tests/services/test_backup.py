"""Backing up, rotating, restoring, and the damaged-database message at start-up."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ivigmon.domain.timefmt import to_stored
from ivigmon.domain.validation import ValidationError
from ivigmon.services import audit, infusions, patients
from ivigmon.services import backup as backups
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import NotPermitted
from ivigmon.services.history import load_history
from ivigmon.storage.audit import history
from ivigmon.storage.backup import store_problems, verify_backup
from ivigmon.storage.database import open_store
from ivigmon.storage.errors import CorruptDatabase, DatabaseBusy, StorageError
from ivigmon.storage.schema import known_names
from ivigmon.storage.settings_store import load_settings
from tests.factories import NOW, infusion, patient
from tests.processes import ended_pid
from tests.storage.damage import damage_table, damage_the_middle

# Copies of an SQLite file, on the file alone (a database on a server is backed up with
# pg_dump: tests/services/test_server_backup.py).
pytestmark = pytest.mark.usefixtures("db_path")

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
REPO = Path(__file__).resolve().parents[2]
WRITER = REPO / "tests" / "storage" / "writer_child.py"
AN_HOUR_AGO = time.time() - 2 * 3600  # for leftovers: older than the hour they are kept


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ward_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def mrns(db: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT mrn FROM patients")}
    finally:
        conn.close()


def fill(ctx: Context, count: int, first: int = 1) -> None:
    """Patients with an infusion each: enough pages for a damaged page to be a used one."""
    for n in range(first, first + count):
        mrn = f"K-{n:04d}"
        patients.register_patient(ctx, patient(mrn))
        infusions.start_infusion(ctx, infusion(mrn, notes="n" * 300))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


# --- backup ----------------------------------------------------------------------------------


def test_a_backup_holds_the_same_records_and_is_owner_only(ctx: Context, tmp_path: Path):
    fill(ctx, 3)
    made = backups.backup(ctx, tmp_path / "copy.db")
    assert verify_backup(made) == (True, known_names())
    assert mrns(made) == {"K-0001", "K-0002", "K-0003"}
    if os.name == "posix":
        assert stat.S_IMODE(made.stat().st_mode) == 0o600


def test_a_backup_into_a_folder_gets_a_dated_name(ctx: Context, tmp_path: Path):
    made = backups.backup(ctx, tmp_path)
    assert made.name == "ivigmon-20260310-120000.db"


def test_a_backup_needs_a_signed_in_user_once_there_are_accounts(ctx: Context, tmp_path: Path):
    ctx.accounts = True  # accounts exist, nobody signed in
    with pytest.raises(NotPermitted):
        backups.backup(ctx, tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()


def test_a_backup_onto_the_database_itself_is_refused(ctx: Context, db_path: Path):
    fill(ctx, 2)
    with pytest.raises(ValidationError, match="is the database in use") as caught:
        backups.backup(ctx, db_path)
    assert (caught.value.record, caught.value.field) == (f"backup {db_path}", "path")
    assert mrns(db_path) == {"K-0001", "K-0002"}


@pytest.mark.parametrize(
    "content", [b"last week's backup", b"", b"SQLite format 3\x00" + bytes(4000)]
)
def test_a_backup_onto_an_existing_file_is_refused_and_the_file_is_unchanged(
    ctx: Context, tmp_path: Path, content: bytes
):
    existing = tmp_path / "copy.db"
    existing.write_bytes(content)
    with pytest.raises(ValidationError, match="a file already exists there") as caught:
        backups.backup(ctx, existing)
    assert caught.value.field == "path"
    assert existing.read_bytes() == content
    assert not list(tmp_path.glob(".*"))  # no temporary copy either


@pytest.mark.parametrize("side", ["-wal", "-shm"])
def test_a_backup_onto_a_side_file_of_the_database_is_refused(
    ctx: Context, db_path: Path, side: str
):
    fill(ctx, 1)
    target = Path(f"{db_path}{side}")
    before = target.exists()
    with pytest.raises(ValidationError, match=f"is the {side[1:]} file of the database"):
        backups.backup(ctx, target)
    assert target.exists() == before
    assert mrns(db_path) == {"K-0001"}


def test_two_backups_into_a_folder_in_the_same_second_are_two_files(ctx: Context, tmp_path: Path):
    fill(ctx, 1)
    first = backups.backup(ctx, tmp_path / "copies")  # a new folder is a file name...
    folder = tmp_path / "folder"
    folder.mkdir()
    one = backups.backup(ctx, folder)
    fill(ctx, 1, first=2)
    two = backups.backup(ctx, folder)
    assert first == tmp_path / "copies"
    assert (one.name, two.name) == ("ivigmon-20260310-120000.db", "ivigmon-20260310-120000-2.db")
    assert (mrns(one), mrns(two)) == ({"K-0001"}, {"K-0001", "K-0002"})
    assert backups.latest_backup(folder) == two


def test_a_backup_onto_a_live_ward_database_is_refused_and_loses_no_record(
    ctx: Context, tmp_path: Path
):
    """Another ivigmon keeps committing to the database named as DEST: the backup is refused,
    every record that process saw committed is still there and the file is sound."""
    live = tmp_path / "live.db"
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(live), "K-LIVE", "1.5"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert writer.stdout is not None
        lines = [writer.stdout.readline()]
        while sum(line.startswith("ended ") for line in lines) < 3 and lines[-1]:
            lines.append(writer.stdout.readline())  # the backup starts after 3 whole infusions
        assert lines[0] == "ready\n" and lines[-1].startswith("ended ")
        live_ctx = open_context(live, clock=ctx.clock, user="nurse.test")
        refusals: list[str] = []
        try:
            for acting in (ctx, live_ctx, ctx):  # another database's program, then its own
                try:
                    backups.backup(acting, live)
                except ValidationError as exc:
                    refusals.append(exc.problem)
                except StorageError:
                    pass  # not a refusal: the records are checked below all the same
        finally:
            live_ctx.store.close()
        rest, _ = writer.communicate(timeout=60)
    finally:
        writer.kill()
        writer.communicate()  # closes the pipe too
    said = [line.split() for line in "".join(lines).splitlines() + rest.splitlines()]
    assert writer.returncode == 0 and "error" not in rest and rest.endswith("done\n")
    conn = sqlite3.connect(live)
    try:
        stored = dict(conn.execute("SELECT id, ended_at FROM infusions").fetchall())
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    started = {words[1] for words in said if words[0] == "started"}
    ended = {words[1] for words in said if words[0] == "ended"}
    assert len(ended) > 3 and started <= set(stored)
    assert all(stored[infusion_id] is not None for infusion_id in ended)
    assert refusals == [
        "is a database: its wal file live.db-wal is beside it; choose another name",
        "is the database in use; choose another name",
        "is a database: its wal file live.db-wal is beside it; choose another name",
    ]
    assert not list(tmp_path.glob(".*"))


# --- automatic backups and rotation -----------------------------------------------------------


@posix_only
def test_the_first_start_writes_a_dated_owner_only_backup_in_a_private_folder(
    ctx: Context, folder: Path
):
    fill(ctx, 1)
    made = backups.automatic_backup(ctx, folder)
    assert made == folder / "ivigmon-20260310-120000.db"
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert mrns(made) == {"K-0001"}


@pytest.mark.parametrize(
    ("later", "writes"),
    [
        (timedelta(minutes=1), False),
        (timedelta(minutes=59, seconds=59), False),
        (timedelta(hours=1), True),
        (timedelta(days=1), True),
    ],
)
def test_a_restart_within_the_hour_makes_no_new_backup(
    ctx: Context, folder: Path, later: timedelta, writes: bool
):
    backups.automatic_backup(ctx, folder, now=NOW)
    made = backups.automatic_backup(ctx, folder, now=NOW + later)
    assert (made is not None) == writes
    assert len(backups.list_backups(folder)) == (2 if writes else 1)


def test_rotation_deletes_only_backups_older_than_keep_days(ctx: Context, folder: Path):
    folder.mkdir()
    old = folder / backups.backup_file_name(NOW - timedelta(days=7, seconds=1))
    boundary = folder / backups.backup_file_name(NOW - timedelta(days=7))
    recent = folder / backups.backup_file_name(NOW - timedelta(days=2))
    others = [
        "notes.txt",
        "ivigmon-20200101-000000.db.bak",  # like a backup, but not one of ours
        "ivigmon-latest.db",
        "ivigmon-20201399-000000.db",  # an impossible date
        "ward.db",
        ".ivigmon-20200101-000000.db.123.tmp",
    ]
    for path in [old, boundary, recent]:
        backups.backup(ctx, path)
    for name in others:
        (folder / name).write_text("keep me")
    (folder / "ivigmon-20200102-000000.db").mkdir()  # a folder named like a backup
    made = backups.automatic_backup(ctx, folder, keep_days=7, now=NOW)
    assert made is not None
    # Each copy has its audit head beside it (`.anchor`), kept as an anchor after rotation.
    remaining = [name for name in ward_files(folder) if not name.endswith(".anchor")]
    assert old.name not in remaining
    assert {boundary.name, recent.name, made.name, "ivigmon-20200102-000000.db"} <= set(remaining)
    assert set(others) <= set(remaining)
    assert len(remaining) == len(others) + 4


def test_rotation_never_deletes_the_only_backup(ctx: Context, folder: Path):
    """The newest copy stays, however old, when a new one could not be made."""
    folder.mkdir()
    only = backups.backup(ctx, folder / backups.backup_file_name(NOW - timedelta(days=30)))
    assert backups.rotate(folder, keep_days=7, now=NOW) == []
    assert only.exists()


def test_automatic_backup_never_replaces_a_file_and_tidies_only_its_own_leftovers(
    ctx: Context, folder: Path
):
    folder.mkdir()
    (folder / backups.backup_file_name(NOW)).mkdir()  # the dated name is taken (not a backup)
    gone = folder / f".ivigmon-20260309-120000.db.{ended_pid()}.tmp"
    kept = [folder / f".notes.db.{ended_pid()}.tmp", folder / f".ivigmon-x.db.{ended_pid()}.tmp"]
    for path in [gone, *kept]:
        path.write_bytes(b"a copy that was killed")
        os.utime(path, (AN_HOUR_AGO, AN_HOUR_AGO))
    made = backups.automatic_backup(ctx, folder, now=NOW)
    assert made == folder / "ivigmon-20260310-120000-2.db"
    assert not gone.exists() and all(path.exists() for path in kept)
    assert (folder / backups.backup_file_name(NOW)).is_dir()


def test_the_latest_backup_is_the_newest_by_its_name(ctx: Context, folder: Path):
    assert backups.latest_backup(folder) is None
    for days in (3, 1, 2):
        backups.backup(ctx, folder / backups.backup_file_name(NOW - timedelta(days=days)))
    (folder / "ivigmon-zzz.db").write_text("not a backup")
    latest = backups.latest_backup(folder)
    assert latest == folder / backups.backup_file_name(NOW - timedelta(days=1))


# --- restore -----------------------------------------------------------------------------------


@pytest.fixture
def good_copy(ctx: Context, tmp_path: Path) -> Path:
    fill(ctx, 12)
    return backups.backup(ctx, tmp_path / "good.db")


def refused(db: Path, src: Path, field: str) -> ValidationError:
    """Restore must refuse naming `field`, and leave the database and its folder as they were."""
    before = digest(db), ward_files(db.parent)
    with pytest.raises(ValidationError) as caught:
        backups.restore(db, src, by="admin.test", now=NOW)
    assert caught.value.field == field
    assert caught.value.record == f"backup {src}"
    assert (digest(db), ward_files(db.parent)) == before
    return caught.value


def test_restore_refuses_a_damaged_backup_and_touches_nothing(
    ctx: Context, db_path: Path, good_copy: Path
):
    damage_the_middle(good_copy)
    ctx.store.close()
    error = refused(db_path, good_copy, "integrity")
    assert "damaged" in str(error)


def test_restore_refuses_a_file_that_is_not_a_database(ctx: Context, db_path: Path, tmp_path):
    ctx.store.close()
    text = tmp_path / "ward.json"
    text.write_text('{"format": "ivigmon/1"}' * 100)
    refused(db_path, text, "file")
    refused(db_path, tmp_path / "missing.db", "file")


def test_restore_refuses_another_programs_sqlite_file(ctx: Context, db_path: Path, tmp_path):
    ctx.store.close()
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE patients (mrn TEXT)")
    conn.close()
    error = refused(db_path, other, "application_id")
    assert "another program" in str(error)


def test_restore_refuses_a_backup_from_a_newer_ivigmon(
    ctx: Context, db_path: Path, good_copy: Path
):
    ctx.store.close()
    conn = sqlite3.connect(good_copy)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('ivigmon', 'm999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    error = refused(db_path, good_copy, "schema")
    assert "m999_future" in str(error) and "update ivigmon" in str(error)


def test_restore_refuses_the_database_itself(ctx: Context, db_path: Path):
    ctx.store.close()
    refused(db_path, db_path, "path")


def test_restore_puts_the_backup_in_place_and_keeps_the_old_database(
    ctx: Context, db_path: Path, good_copy: Path
):
    fill(ctx, 2, first=100)  # recorded after the backup
    ctx.store.close()
    kept = backups.restore(db_path, good_copy, by="admin.test", now=NOW)
    assert kept == db_path.with_name("ward.db.replaced-20260310-120000")
    assert len(mrns(db_path)) == 12
    assert {"K-0100", "K-0101"} <= mrns(kept)
    assert not db_path.with_name("ward.db-wal").exists()
    if os.name == "posix":
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    reopened = open_context(db_path, user="nurse.test")
    try:
        assert load_history(reopened, "K-0012").patient.mrn == "K-0012"
        patients.register_patient(reopened, patient("K-0200"))  # and it can be written
    finally:
        reopened.store.close()


def test_restore_replaces_a_damaged_database(ctx: Context, db_path: Path, good_copy: Path):
    ctx.store.close()
    damage_table(db_path, "infusions")
    kept = backups.restore(db_path, good_copy, by="admin.test", now=NOW)
    assert kept is not None and kept.exists()
    assert verify_backup(db_path)[0]


def test_restore_is_refused_while_ivigmon_has_the_database_open(
    ctx: Context, db_path: Path, good_copy: Path
):
    with pytest.raises(DatabaseBusy, match="close every ivigmon window and command using it"):
        backups.restore(db_path, good_copy, by="admin.test", now=NOW)
    assert not list(db_path.parent.glob("*.replaced-*"))
    assert len(mrns(db_path)) == 12


def test_the_restored_database_records_who_restored_it_from_which_file_and_when(
    ctx: Context, db_path: Path, good_copy: Path
):
    ctx.store.close()
    backups.restore(db_path, good_copy, by="admin.test", now=NOW)
    reopened = open_context(db_path)
    try:
        assert audit.verify(reopened).intact
        with reopened.store.read() as conn:
            value = load_settings(conn)[backups.RESTORE_KEY]
            entries = history(conn, "settings", backups.RESTORE_KEY)
    finally:
        reopened.store.close()
    at = to_stored(NOW)
    assert value == {"from": str(good_copy.resolve()), "at": at, "by": "admin.test"}
    assert [(e.user, e.at, e.action, e.after["value"]) for e in entries] == [
        ("admin.test", at, "insert", json.dumps(value))
    ]
    assert "restore.last" not in settings_of(db_path.with_name("ward.db.replaced-20260310-120000"))


def test_a_backup_from_before_the_audit_trail_records_the_restore_in_its_settings(
    ctx: Context, db_path: Path, tmp_path: Path
):
    from sqlite_utils import Database

    from ivigmon.storage.migrations import MIGRATIONS

    early = tmp_path / "early.db"
    conn = sqlite3.connect(early, isolation_level=None)
    MIGRATIONS.apply(Database(conn), stop_before="m002_users_audit_amendments")
    conn.close()
    ctx.store.close()
    backups.restore(db_path, early, by="admin.test", now=NOW)
    entry = json.loads(settings_of(db_path)[backups.RESTORE_KEY])
    assert entry == {"from": str(early.resolve()), "at": to_stored(NOW), "by": "admin.test"}
    upgraded = open_context(db_path)  # the next start upgrades it
    try:
        assert upgraded.store.schema_version() == known_names()
    finally:
        upgraded.store.close()


def settings_of(db: Path) -> dict[str, str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT key, value FROM settings").fetchall())
    finally:
        conn.close()


RESTORE_CHILD = Path(__file__).with_name("restore_child.py")
KEPT = "ward.db.replaced-20260310-120000"
OPERATIONS = ("open", "fsync", "link", "rename", "replace", "unlink")


@dataclass(frozen=True)
class Ward:
    """A folder with ward.db (some records only in its WAL) and good.db, a backup to restore."""

    folder: Path
    old: set[str]
    new: set[str]

    def copy(self, folder: Path) -> Path:
        shutil.copytree(self.folder, folder)
        return folder


@pytest.fixture
def ward(ctx: Context, db_path: Path, tmp_path: Path) -> Ward:
    fill(ctx, 3)
    template = tmp_path / "template"
    template.mkdir()
    backups.backup(ctx, template / "good.db")
    ctx.store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    fill(ctx, 2, first=100)  # these two only in the old database's WAL, as after a crash
    for side in ("", "-wal"):
        (template / f"ward.db{side}").write_bytes(Path(f"{db_path}{side}").read_bytes())
    assert Path(f"{db_path}-wal").stat().st_size > 0
    new = {"K-0001", "K-0002", "K-0003"}
    return Ward(template, new | {"K-0100", "K-0101"}, new)


@dataclass(frozen=True)
class NextStart:
    """What the next start finds in a folder after an interrupted restore."""

    records: set[str]
    problems: list[str]
    noted: bool
    kept: set[str] | None
    leftovers: list[str]


def next_start(folder: Path) -> NextStart:
    """Open the database as the next start does, an hour later (so leftovers are tidied)."""
    for leftover in folder.glob(".*"):
        os.utime(leftover, (AN_HOUR_AGO, AN_HOUR_AGO))
    store = open_store(folder / "ward.db")  # an empty new one if there were none
    try:
        problems = store_problems(store, quick=False)
        records = {r["mrn"] for r in store.conn.execute("SELECT mrn FROM patients")}
        noted = store.conn.execute(
            "SELECT 1 FROM settings WHERE key = ?", (backups.RESTORE_KEY,)
        ).fetchone()
    finally:
        store.close()
    kept = mrns(folder / KEPT) if noted is not None and (folder / KEPT).exists() else None
    leftovers = [p.name for p in folder.glob(".*")]
    return NextStart(records, problems, noted is not None, kept, leftovers)


def assert_old_or_new(ward: Ward, found: list[NextStart]) -> None:
    """At each step: a sound database, with every old record or every new one and nothing
    else; once the new one is in place the old one is kept; the kills fell on both sides."""
    assert [f.records in (ward.old, ward.new) for f in found] == [True] * len(found), [
        sorted(f.records) for f in found
    ]
    assert [f.problems for f in found] == [[]] * len(found)
    restored = [f.records == ward.new for f in found]
    assert [f.kept == ward.old for f in found if f.records == ward.new] == [True] * sum(restored)
    assert [f.noted for f in found] == restored  # the audit entry came with the new file
    assert restored[0] is False and restored[-1] is True and restored == sorted(restored)


def restore_killed_at(folder: Path, step: int) -> subprocess.CompletedProcess[str]:
    """restore_child.py restoring folder/good.db over folder/ward.db, killed at `step`."""
    command = [sys.executable, str(RESTORE_CHILD), str(folder / "ward.db")]
    return subprocess.run(
        [*command, str(folder / "good.db"), str(step)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


@pytest.mark.slow
@posix_only
def test_a_restore_killed_at_any_step_leaves_the_old_or_the_new_database(
    ward: Ward, tmp_path: Path
):
    """SIGKILL as each file operation of a restore begins (no clean-up runs): the next start
    finds the old database (with what only its WAL held) or the new one, and tidies up."""
    finished = restore_killed_at(ward.copy(tmp_path / "whole"), 10_000)
    assert finished.returncode == 0, finished.stderr
    steps = int(finished.stdout.split()[-1])
    assert steps > 5
    folders = [ward.copy(tmp_path / f"killed-{step}") for step in range(steps)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        runs = list(pool.map(restore_killed_at, folders, range(steps)))
    assert [run.returncode for run in runs] == [-signal.SIGKILL] * steps, runs[0].stderr
    found = [next_start(folder) for folder in folders]
    assert_old_or_new(ward, found)
    assert [f.leftovers for f in found] == [[]] * steps  # tidied at that start


class Interrupted(BaseException):
    """Anything that stops a restore midway in the program (an error, Ctrl+C)."""


def test_a_restore_interrupted_at_any_step_leaves_the_old_or_the_new_database(
    ward: Ward, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """An exception as each file operation begins: clean-up removes only the restore's own
    temporary copy, and the database at the path is the old one or the new one."""
    calls: list[str] = []
    stop = [-1]

    def counted(name: str) -> Callable[..., Any]:
        real = getattr(os, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            if len(calls) - 1 == stop[0]:
                raise Interrupted(name)
            return real(*args, **kwargs)

        return call

    def restore(folder: Path, at_step: int) -> None:
        calls.clear()
        stop[0] = at_step
        with monkeypatch.context() as patched:
            for name in OPERATIONS:
                patched.setattr(os, name, counted(name))
            backups.restore(folder / "ward.db", folder / "good.db", by="admin.test", now=NOW)

    restore(ward.copy(tmp_path / "whole"), -1)
    steps = len(calls)
    found = []
    for step in range(steps):
        folder = ward.copy(tmp_path / f"stopped-{step}")
        with pytest.raises(Interrupted):
            restore(folder, step)
        found.append(next_start(folder))
        # After a failure the old database has no second name, nor its side files another.
        kept_names = [p.name for p in folder.iterdir() if p.name.startswith(KEPT)]
        assert (KEPT in kept_names) if found[-1].noted else not kept_names, (step, kept_names)
    assert_old_or_new(ward, found)
    assert [f.leftovers for f in found] == [[]] * steps  # the temporary copy was removed at once


# --- start-up check ----------------------------------------------------------------------------


def test_a_sound_database_passes_the_startup_check(ctx: Context, folder: Path):
    assert backups.startup_check(ctx.store, backups=folder) is None


def test_a_damaged_database_names_the_latest_backup_and_the_command(
    ctx: Context, db_path: Path, folder: Path
):
    fill(ctx, 12)
    backups.automatic_backup(ctx, folder, now=NOW - timedelta(days=1))
    latest = backups.automatic_backup(ctx, folder, now=NOW)
    ctx.store.close()
    damage_table(db_path, "infusions")
    damaged = open_context(db_path)
    try:
        message = backups.startup_check(damaged.store, backups=folder)
    finally:
        damaged.store.close()
    assert message is not None
    assert message.startswith(f"The database {db_path} is damaged")
    assert message.endswith(f"ivigmon --db {db_path} restore {latest}")


def test_a_damaged_database_without_backups_says_so(ctx: Context, db_path: Path, folder: Path):
    fill(ctx, 12)
    ctx.store.close()
    damage_table(db_path, "infusions")
    damaged = open_context(db_path)
    try:
        message = backups.startup_check(damaged.store, backups=folder)
    finally:
        damaged.store.close()
    assert message is not None and f"No backup was found in {folder}" in message


def test_automatic_backup_uses_the_clock_of_the_context(ctx: Context, folder: Path, clock):
    clock.now = datetime(2026, 4, 1, 7, 30, 5)
    made = backups.automatic_backup(ctx, folder)
    assert made is not None and made.name == "ivigmon-20260401-073005.db"


def test_a_damaged_database_gives_no_backup_that_could_later_be_restored(
    ctx: Context, db_path: Path, folder: Path
):
    """A copy that fails its check is removed, so latest_backup never offers a damaged one."""
    fill(ctx, 12)
    ctx.store.close()
    damage_table(db_path, "infusions")
    damaged = open_context(db_path)
    try:
        with pytest.raises(CorruptDatabase, match="failed its check"):
            backups.automatic_backup(damaged, folder, now=NOW)
    finally:
        damaged.store.close()
    assert ward_files(folder) == []
