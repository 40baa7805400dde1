"""Backing up, rotating, restoring, and the damaged-database message at start-up."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ivigmon.domain.validation import ValidationError
from ivigmon.services import backup as backups
from ivigmon.services import infusions, patients
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import NotPermitted
from ivigmon.services.history import load_history
from ivigmon.storage.backup import verify_backup
from ivigmon.storage.errors import CorruptDatabase, DatabaseBusy
from ivigmon.storage.schema import known_names
from tests.factories import NOW, infusion, patient
from tests.storage.damage import damage_table, damage_the_middle

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


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
    with pytest.raises(ValidationError, match="is the database itself"):
        backups.backup(ctx, db_path)


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
        backups.restore(db, src, now=NOW)
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
    kept = backups.restore(db_path, good_copy, now=NOW)
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
    kept = backups.restore(db_path, good_copy, now=NOW)
    assert kept is not None and kept.exists()
    assert verify_backup(db_path)[0]


def test_restore_is_refused_while_ivigmon_has_the_database_open(
    ctx: Context, db_path: Path, good_copy: Path
):
    with pytest.raises(DatabaseBusy, match="close ivigmon on every workstation"):
        backups.restore(db_path, good_copy, now=NOW)
    assert not list(db_path.parent.glob("*.replaced-*"))
    assert len(mrns(db_path)) == 12


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
