"""Opening, migrating and protecting the database file."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ivigmon.storage import errors
from ivigmon.storage.backup import verify_backup
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


# Typical rows of a ward, by table, with the columns of the table's first version. A later
# migration may add columns (with defaults) and tables, never lose these rows or values.
TYPICAL_ROWS: dict[str, list[dict[str, object]]] = {
    "products": [
        {
            "id": "test_10",
            "name": "Test 10%",
            "maker": "Lab",
            "concentration_pct": 10.0,
            "sugar": "none",
            "rate_unit": "mg/kg/min",
            "initial_rate": 0.5,
            "max_rate": 8.0,
            "label_data": "confirmed",
        },
    ],
    "patients": [
        {
            "id": 1,
            "mrn": "K-0001",
            "name": "Ada Nowak",
            "sex": "F",
            "birth_date": "2019-04-02",
            "blood_group": "A+",
            "diagnoses": '["KD"]',
            "comorbidities": '["diabetes"]',
            "recorded_at": "2026-03-01T08:00",
            "recorded_by": "anna",
        },
    ],
    "measurements": [
        {
            "id": 1,
            "patient_id": 1,
            "at": "2026-03-01T08:00",
            "weight_kg": 14.2,
            "height_cm": 98.0,
            "recorded_at": "2026-03-01T08:00",
            "recorded_by": "anna",
        },
    ],
    "infusions": [
        {
            "id": "inf-000001",
            "patient_id": 1,
            "indication": "KD",
            "label_use": "on",
            "product_id": "test_10",
            "dosing_weight_kg": 14.2,
            "dosing_weight_basis": "actual",
            "dose_g": 28.0,
            "started_at": "2026-03-01T09:00",
            "ended_at": "2026-03-01T19:30",
            "notes": "slow start",
            "recorded_at": "2026-03-01T09:00",
            "recorded_by": "anna",
        },
        {
            "id": "inf-000002",
            "patient_id": 1,
            "indication": "KD",
            "label_use": "off",
            "product_id": "test_10",
            "dosing_weight_kg": 14.2,
            "dosing_weight_basis": "actual",
            "dose_g": 14.0,
            "started_at": "2026-03-09T09:00",
            "recorded_at": "2026-03-09T09:00",
            "recorded_by": "ben",
        },
    ],
    "infusion_lots": [
        {"infusion_id": "inf-000001", "position": 0, "lot": "P123", "expiry": "2027-01-31"},
    ],
    "rate_steps": [
        {
            "id": 1,
            "infusion_id": "inf-000001",
            "at": "2026-03-01T09:00",
            "ml_per_h": 4.3,
            "recorded_at": "2026-03-01T09:00",
            "recorded_by": "anna",
        },
    ],
    "premedications": [
        {
            "id": 1,
            "infusion_id": "inf-000001",
            "at": "2026-03-01T08:30",
            "drug": "paracetamol",
            "drug_class": "antipyretic",
            "dose": "210 mg",
            "route": "po",
            "recorded_at": "2026-03-01T08:30",
            "recorded_by": "anna",
        },
    ],
    "vitals": [
        {
            "id": 1,
            "infusion_id": "inf-000001",
            "at": "2026-03-01T08:45",
            "temp_c": 37.1,
            "hr": 112,
            "sbp": 98,
            "dbp": 61,
            "rr": 24,
            "spo2": 98,
            "recorded_at": "2026-03-01T08:45",
            "recorded_by": "anna",
        },
    ],
    "adverse_events": [
        {
            "id": 1,
            "patient_id": 1,
            "infusion_id": "inf-000001",
            "onset": "2026-03-01T10:10",
            "term": "flushing",
            "grade": 1,
            "ctcae_version": "5.0",
            "action": "rate_reduced",
            "outcome": "resolved",
            "recorded_at": "2026-03-01T10:10",
            "recorded_by": "anna",
        },
    ],
    "checks": [
        {
            "id": 1,
            "infusion_id": "inf-000001",
            "offset_h": 24,
            "due_at": "2026-03-02T19:30",
            "done_at": "2026-03-02T19:00",
            "done_by": "desk",
            "mode": "phone",
            "outcome": "symptoms",
            "symptoms": '["headache"]',
            "recorded_at": "2026-03-01T19:30",
            "recorded_by": "anna",
        },
        {
            "id": 2,
            "infusion_id": "inf-000001",
            "offset_h": 48,
            "due_at": "2026-03-03T19:30",
            "recorded_at": "2026-03-01T19:30",
            "recorded_by": "anna",
        },
    ],
    "settings": [
        {
            "key": "risk.long_gap_days",
            "value": "60",
            "updated_at": "2026-03-01T08:00",
            "updated_by": "lead",
        },
    ],
    "users": [
        {
            "username": "anna",
            "display_name": "Anna",
            "role": "nurse",
            "password_hash": "$argon2id$x",
            "created_at": "2026-03-01T08:00",
            "created_by": "lead",
        },
    ],
}


@pytest.mark.parametrize("stop_before", known_names())
def test_each_migration_keeps_every_row_of_the_steps_before(tmp_path: Path, stop_before: str):
    """Stop before each step with the earlier steps applied and typical rows in every table
    they made, then let open_store finish: every table and every row and value survives."""
    import sqlite3

    from sqlite_utils import Database

    path = tmp_path / "w.db"
    conn = sqlite3.connect(path, isolation_level=None)
    # The audit triggers of the earlier steps call these (ivigmon's own connections have them).
    conn.create_function("ivigmon_user", 0, lambda: "migration-test")
    conn.create_function("ivigmon_now", 0, lambda: "2026-03-01T08:00")
    MIGRATIONS.apply(Database(conn), stop_before=stop_before)
    tables_before = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    inserted: dict[str, list[dict[str, object]]] = {}
    for table, rows in TYPICAL_ROWS.items():
        if table not in tables_before:
            continue
        for row in rows:
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))
        inserted[table] = rows
    conn.close()

    store = open_store(path)
    tables_after = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_schema")}
    assert tables_before <= tables_after
    assert store.schema_version() == known_names()
    for table, rows in inserted.items():
        stored = [dict(r) for r in store.conn.execute(f"SELECT * FROM {table} ORDER BY rowid")]
        assert len(stored) == len(rows), table
        for before, after in zip(rows, stored, strict=True):
            assert {c: after[c] for c in before} == before, table
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


UPGRADE_CHILD = Path(__file__).with_name("upgrade_child.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_the_copy_before_an_upgrade_is_never_visible_half_written(tmp_path: Path):
    """Killed in the middle of the copy that precedes an upgrade: no `.before-upgrade-*` file
    shows; the next start tidies the temporary copy away and makes a whole one."""
    from sqlite_utils import Database

    db = tmp_path / "ward.db"
    conn = sqlite3.connect(db, isolation_level=None)
    # The audit triggers of the earlier steps call these (ivigmon's own connections have them).
    conn.create_function("ivigmon_user", 0, lambda: "upgrade-test")
    conn.create_function("ivigmon_now", 0, lambda: "2026-03-01T08:00:00")
    MIGRATIONS.apply(Database(conn), stop_before=known_names()[-1])
    conn.executemany(
        "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, 'x', 'y')",
        [(f"k{n:05d}", "v" * 2000) for n in range(300)],  # many pages: the copy takes steps
    )
    conn.close()
    before = _dump(db)
    child = subprocess.run(
        [sys.executable, str(UPGRADE_CHILD), str(db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    visible = [p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name]
    assert visible and all(name.startswith(".") for name in visible), visible
    an_hour_ago = time.time() - 2 * 3600
    for name in visible:
        os.utime(tmp_path / name, (an_hour_ago, an_hour_ago))
    open_store(db).close()  # the next start
    copies = [p for p in tmp_path.iterdir() if "before-upgrade" in p.name]
    assert len(copies) == 1 and not copies[0].name.startswith("."), copies
    assert verify_backup(copies[0]) == (True, known_names()[:-1])
    assert _dump(copies[0]) == before


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_closing_waits_for_a_read_on_another_thread(tmp_path: Path):
    # Before: close() closed the connection under a worker that was reading through it (the
    # worker failed, and a read inside SQLite at that moment crashed the whole process).
    store = open_store(tmp_path / "ward.db")
    inside = threading.Event()
    outcome: list[object] = []

    def read_slowly() -> None:
        try:
            with store.read() as conn:
                inside.set()
                time.sleep(0.5)
                outcome.append(conn.execute("SELECT count(*) FROM patients").fetchone()[0])
        except Exception as exc:  # the test fails with what the worker met
            outcome.append(exc)

    worker = threading.Thread(target=read_slowly)
    worker.start()
    assert inside.wait(10)
    store.close()
    worker.join(10)
    assert outcome == [0]
