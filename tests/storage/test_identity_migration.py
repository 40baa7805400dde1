"""The upgrade that adds look-alike keys and failed sign-ins keeps every row, also rows whose
MRNs already look alike, and leaves those named until someone corrects them."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from ivigmon.cli import main
from ivigmon.domain.validation import ValidationError
from ivigmon.storage.database import open_store
from ivigmon.storage.migrations import MIGRATIONS
from ivigmon.storage.patients import (
    load_patients,
    look_alikes,
    mrn_clashes,
    patient_id_for,
    update_patient,
)

# Rows written before look-alikes were refused: four that look like Z-0001 (one of them
# marked entered in error), and one that looks like nothing else.
OLD_MRNS = ["Z-0001", "K-0001", "Z\u20100001", "z-0001\u200b", "\uff3a-0001"]


def _old_database(path: Path, *, with_user: bool = True) -> None:
    """A file at the schema before m003, with the rows above and (`with_user`) one user."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("ivigmon_user", 0, lambda: "old-version")
    conn.create_function("ivigmon_now", 0, lambda: "2026-03-01T08:00")
    MIGRATIONS.apply(Database(conn), stop_before="m003_identity_and_sign_in")
    for number, mrn in enumerate(OLD_MRNS, start=1):
        conn.execute(
            """INSERT INTO patients (id, mrn, name, sex, birth_date, recorded_at, recorded_by)
               VALUES (?, ?, ?, 'F', '2019-04-02', '2026-03-01T08:00', 'anna')""",
            (number, mrn, f"Child {number}"),
        )
    conn.execute("UPDATE patients SET error_at = '2026-03-02T08:00' WHERE id = 4")
    if with_user:
        conn.execute(
            """INSERT INTO users (username, display_name, role, password_hash, created_at,
                   created_by)
               VALUES ('anna', 'Anna', 'nurse', '$argon2id$x', '2026-03-01', 'lead')"""
        )
    conn.close()


@pytest.fixture
def upgraded(tmp_path: Path):
    path = tmp_path / "old.db"
    _old_database(path)
    store = open_store(path)
    yield store
    store.close()


def test_every_row_survives_and_the_first_of_each_look_alike_group_holds_the_key(upgraded):
    rows = [
        dict(r)
        for r in upgraded.conn.execute(
            "SELECT id, mrn, name, mrn_key, mrn_clash_of FROM patients ORDER BY id"
        )
    ]
    assert [r["mrn"] for r in rows] == OLD_MRNS
    assert [r["name"] for r in rows] == [f"Child {n}" for n in range(1, 6)]
    assert [r["mrn_key"] for r in rows] == ["z-0001", "k-0001", "z-0001", "z-0001", "z-0001"]
    assert [r["mrn_clash_of"] for r in rows] == [None, None, 1, 1, 1]
    user = dict(upgraded.conn.execute("SELECT * FROM users").fetchone())
    assert (user["failed_sign_ins"], user["last_failed_at"], user["locked_at"]) == (0, None, None)


def test_the_clashes_are_named_until_one_mrn_is_corrected(upgraded):
    assert mrn_clashes(upgraded.conn) == [
        ("Z\u20100001", "Z-0001"),
        ("z-0001\u200b", "Z-0001"),
        ("\uff3a-0001", "Z-0001"),
    ]
    with upgraded.write() as conn:
        renamed = replace(load_patients(conn, [5])[5], name="Renamed")
        update_patient(conn, 5, renamed)  # the same MRN: still a clash
        corrected = replace(load_patients(conn, [3])[3], mrn="Z-0003")
        update_patient(conn, 3, corrected)  # a new MRN: no longer a clash
    assert mrn_clashes(upgraded.conn) == [("z-0001\u200b", "Z-0001"), ("\uff3a-0001", "Z-0001")]
    row = upgraded.conn.execute("SELECT mrn_key, mrn_clash_of FROM patients WHERE id = 3")
    assert tuple(row.fetchone()) == ("z-0003", None)


def test_an_exact_mrn_finds_each_clashing_patient_and_a_look_alike_names_them_all(upgraded):
    conn = upgraded.conn
    assert patient_id_for(conn, "Z-0001") == 1
    assert patient_id_for(conn, "Z\u20100001") == 3
    assert patient_id_for(conn, "\uff3a-0001") == 5
    assert patient_id_for(conn, "K-0001") == patient_id_for(conn, "k\u20100001") == 2
    with pytest.raises(ValidationError) as err:
        patient_id_for(conn, "z\u20130001")
    assert err.value.problem == (
        "z\u20130001 looks the same as 3 registered MRNs (Z-0001, Z\u20100001, \uff3a-0001);"
        " type the MRN exactly as registered"
    )
    assert [m.patient_id for m in look_alikes(conn, "z-0001")] == [1, 3, 4, 5]


def test_when_the_first_of_a_group_takes_another_mrn_the_next_one_holds_the_key(upgraded):
    with upgraded.write() as conn:
        update_patient(conn, 1, replace(load_patients(conn, [1])[1], mrn="Z-0010"))
    assert mrn_clashes(upgraded.conn) == [
        ("z-0001\u200b", "Z\u20100001"),
        ("\uff3a-0001", "Z\u20100001"),
    ]
    _refuses_a_new_look_alike(upgraded)


def test_no_new_row_can_join_a_clashing_group(upgraded):
    _refuses_a_new_look_alike(upgraded)


def _refuses_a_new_look_alike(store) -> None:
    with store.write() as conn, pytest.raises(sqlite3.IntegrityError, match="mrn_key"):
        conn.execute(
            """INSERT INTO patients (mrn, mrn_key, name, sex, birth_date, recorded_at,
                   recorded_by) VALUES ('Z\u22120001', 'z-0001', 'X', 'F', '2019-04-02',
                   '2026-03-10T12:00', 'test')"""
        )


def test_the_audit_trail_records_the_new_columns(upgraded):
    with upgraded.write() as conn:
        conn.execute("UPDATE users SET failed_sign_ins = 1 WHERE username = 'anna'")
        conn.execute("UPDATE patients SET name = 'Renamed' WHERE id = 2")
    entries = {
        r["table_name"]: json.loads(r["after"])
        for r in upgraded.conn.execute(
            "SELECT table_name, after FROM audit_log WHERE action = 'update' ORDER BY id"
        )
    }
    assert entries["users"]["failed_sign_ins"] == 1 and "locked_at" in entries["users"]
    assert entries["users"]["password_hash"] == "(hidden)"
    assert entries["patients"]["mrn_key"] == "k-0001" and "mrn_clash_of" in entries["patients"]


def test_init_reports_the_clashes(tmp_path: Path, capsys):
    path = tmp_path / "old.db"
    _old_database(path, with_user=False)  # so that init needs no sign-in
    assert main(["--db", str(path), "init"]) == 0
    out = capsys.readouterr().out
    assert "warning: patient Z\u20100001 looks the same as the registered MRN Z-0001" in out
    assert "warning: patient 'z-0001\\u200b' looks the same as the registered MRN Z-0001" in out
    assert out.count("warning:") == 3
