"""The command line: contracts of SPEC section 6 and bad input ending with status 2."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ivigmon.cli import main
from ivigmon.storage.database import open_store
from tests.storage.forgery import delete_newest_entries, forge_dose


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def digest(path: Path, leaving_out: str | None = None) -> str:
    """Content of the database as SQL text (WAL-safe), hashed; without lines that mention
    `leaving_out`."""
    conn = sqlite3.connect(path)
    try:
        lines = [line for line in conn.iterdump() if not leaving_out or leaving_out not in line]
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def ward(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "w.db"
    assert main(["--db", str(path), "demo", "--patients", "30", "--seed", "4"]) == 0
    return path


def test_demo_then_due_json_prints_the_worklist(ward: Path, capsys):
    code, out, _ = run(capsys, "--db", str(ward), "due", "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows, "the demo ward has open checks"
    for row in rows:
        assert {"mrn", "infusion_id", "offset_h", "due_at", "status", "risk_level"} <= set(row)
        assert row["status"] in {"upcoming", "due", "overdue"}
    ranks = {"overdue": 0, "due": 1, "upcoming": 2}
    keys = [(ranks[r["status"]], r["due_at"], r["mrn"], r["offset_h"]) for r in rows]
    assert keys == sorted(keys)


def test_risk_prints_a_level_with_reasons(ward: Path, capsys):
    code, out, _ = run(capsys, "--db", str(ward), "risk", "K-0001", "--json")
    assert code == 0
    risk = json.loads(out)
    assert risk["mrn"] == "K-0001"
    assert risk["level"] in {"standard", "elevated", "high"}
    assert all({"code", "reason"} <= set(f) for f in risk["factors"])
    assert risk["latest_infusion"] is None or risk["latest_infusion"]["level"]
    code, text, _ = run(capsys, "--db", str(ward), "risk", "K-0001")
    assert code == 0 and "Patient now:" in text and "clinician decides" in text


def test_export_import_round_trip_through_the_command_line(ward: Path, tmp_path: Path, capsys):
    exported = tmp_path / "ward.json"
    assert run(capsys, "--db", str(ward), "export", str(exported))[0] == 0
    fresh = tmp_path / "fresh.db"
    assert run(capsys, "--db", str(fresh), "import", str(exported))[0] == 0
    again = tmp_path / "again.json"
    assert run(capsys, "--db", str(fresh), "export", str(again))[0] == 0
    assert json.loads(again.read_text()) == json.loads(exported.read_text())


def test_lot_lists_infusions_patients_and_events(ward: Path, capsys):
    document = json.loads(
        subprocess.run(
            [sys.executable, "-m", "ivigmon", "--db", str(ward), "due", "--json"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    )
    assert isinstance(document, list)
    with sqlite3.connect(ward) as conn:
        lot = conn.execute("SELECT lot FROM infusion_lots LIMIT 1").fetchone()[0]
    code, out, _ = run(capsys, "--db", str(ward), "lot", lot, "--json")
    found = json.loads(out)
    assert code == 0 and found["lot"] == lot and found["infusions"] and found["patients"]


def _not_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n")
    return path


def _other_program(tmp_path: Path) -> Path:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (x)")
    return path


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["risk", "NOPE-1"], "mrn"),
        (["risk", "K-0001", "--at", "yesterday"], "--at"),
        (["due", "--at", "2026-13-01T08:00"], "--at"),
        (["due", "--at", "2026-03-01T08:00+02:00"], "--at"),
        (["import", "{missing}"], "no such file"),
        (["import", "{badjson}"], "not valid JSON"),
        (["import", "{wrongdoc}"], "infusion inf-x: dose_g"),
        (["demo", "--patients", "0"], "--patients"),
        (["lot", "  "], "LOT"),
        (["export", "{nodir}"], "folder does not exist"),
        (["audit", "verify", "--anchor", "entries=3 at=now hash=abc"], "--anchor"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(
    ward: Path, tmp_path: Path, capsys, args: list[str], expected: str
):
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{oops")
    wrong = tmp_path / "wrong.json"
    wrong.write_text(
        json.dumps(
            {
                "format": "ivigmon/1",
                "patients": [],
                "infusions": [
                    {
                        "id": "inf-x",
                        "mrn": "K-0001",
                        "indication": "KD",
                        "label_use": "on",
                        "product": "privigen",
                        "lots": [{"lot": "L1", "expiry": None}],
                        "dosing_weight_kg": 14.0,
                        "dose_g": -1,
                        "start": "2026-03-01T09:00",
                        "end": None,
                        "active_infection": False,
                        "rate_steps": [],
                        "premedications": [],
                        "vitals": [],
                        "events": [],
                    }
                ],
                "checks": [],
            }
        )
    )
    places = {
        "{missing}": str(tmp_path / "missing.json"),
        "{badjson}": str(bad_json),
        "{wrongdoc}": str(wrong),
        "{nodir}": str(tmp_path / "no" / "such" / "out.json"),
    }
    before = digest(ward)
    code, _, err = run(capsys, "--db", str(ward), *[places.get(a, a) for a in args])
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert expected in err
    assert digest(ward) == before


@pytest.mark.parametrize("make", [_not_sqlite, _other_program])
def test_a_database_that_is_not_ours_is_refused_and_left_alone(tmp_path: Path, capsys, make):
    path = make(tmp_path)
    before = path.read_bytes()
    code, _, err = run(capsys, "--db", str(path), "due")
    assert code == 2
    assert "not an ivigmon database" in err or "another program" in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_reading_commands_refuse_a_missing_database(tmp_path: Path, capsys):
    path = tmp_path / "typo.db"
    code, _, err = run(capsys, "--db", str(path), "due")
    assert code == 2 and "no database" in err
    assert not path.exists()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path, capsys):
    path = tmp_path / "new.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('ivigmon', 'm999_future', '2030-01-01')"
        )
    code, _, err = run(capsys, "--db", str(path), "due")
    assert code == 2 and "newer ivigmon" in err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("ivigmon ")


def test_backup_and_restore_through_the_command_line(ward: Path, tmp_path: Path, capsys):
    copy_path = tmp_path / "copy.db"
    code, out, _ = run(capsys, "--db", str(ward), "backup", str(copy_path))
    assert code == 0 and str(copy_path) in out
    target = tmp_path / "target.db"
    assert run(capsys, "--db", str(target), "init")[0] == 0
    code, out, _ = run(capsys, "--db", str(target), "restore", str(copy_path))
    assert code == 0 and "kept as" in out
    # The same records, and one more setting that says who restored it from where (audited).
    assert digest(target, leaving_out="restore.last") == digest(ward)
    conn = sqlite3.connect(target)
    try:
        (entry,) = conn.execute("SELECT value FROM settings WHERE key = 'restore.last'").fetchone()
        audited = conn.execute("SELECT count(*) FROM audit_log WHERE row_key = 'restore.last'")
        assert audited.fetchone()[0] == 1
    finally:
        conn.close()
    assert json.loads(entry)["from"] == str(copy_path) and json.loads(entry)["by"]
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database" * 100)
    before = digest(target)
    code, _, err = run(capsys, "--db", str(target), "restore", str(garbage))
    assert code == 2 and "not a database" in err
    assert digest(target) == before


def test_a_backup_never_replaces_a_file(ward: Path, tmp_path: Path, capsys):
    existing = tmp_path / "ward-copy.db"
    existing.write_bytes(b"yesterday's copy")
    code, out, err = run(capsys, "--db", str(ward), "backup", str(existing))
    assert (code, out) == (2, "")
    assert err == (
        f"ivigmon backup: backup {existing}: path: a file already exists there and a backup "
        "never replaces one; choose a new name\n"
    )
    assert existing.read_bytes() == b"yesterday's copy"
    before = digest(ward)
    code, _, err = run(capsys, "--db", str(ward), "backup", f"{ward}-wal")
    assert code == 2 and f"is the wal file of the database {ward}" in err
    assert digest(ward) == before


def test_init_reports_integrity(tmp_path: Path, capsys):
    code, out, _ = run(capsys, "--db", str(tmp_path / "w.db"), "init")
    assert code == 0 and "integrity ok" in out


@pytest.fixture
def small_ward(tmp_path: Path) -> Path:
    path = tmp_path / "ward" / "w.db"
    assert main(["--db", str(path), "demo", "--patients", "3", "--seed", "2"]) == 0
    return path


def test_audit_anchor_output_is_accepted_by_audit_verify(small_ward: Path, capsys):
    code, printed, _ = run(capsys, "--db", str(small_ward), "audit", "anchor")
    assert code == 0 and printed.startswith("ivigmon-audit-head entries=")
    code, out, err = run(capsys, "--db", str(small_ward), "audit", "verify", "--anchor", printed)
    assert (code, err) == (0, "")
    assert out.startswith("audit trail intact: ") and "2 anchors matched" in out


def test_audit_verify_finds_a_forgery_against_the_anchors_written_outside_the_file(
    small_ward: Path, capsys
):
    assert run(capsys, "--db", str(small_ward), "audit", "anchor")[0] == 0
    assert run(capsys, "--db", str(small_ward), "backup", str(small_ward.parent / "usb.db"))[0] == 0
    with sqlite3.connect(small_ward) as conn:
        infusion_id = conn.execute("SELECT id FROM infusions ORDER BY id").fetchone()[0]
    forge_dose(small_ward, infusion_id, 0.5)
    code, _, err = run(capsys, "--db", str(small_ward), "audit", "verify")
    assert code == 1
    assert "anchors: anchors.log line 1 does not match" in err
    # The copy's own head is beside it, and was given by hand here.
    sidecar = (small_ward.parent / "usb.db.anchor").read_text()
    code, _, err = run(capsys, "--db", str(small_ward), "audit", "verify", "--anchor", sidecar)
    assert code == 1 and "anchors: the head given does not match" in err


def test_audit_verify_finds_the_newest_entries_deleted(small_ward: Path, capsys):
    code, printed, _ = run(capsys, "--db", str(small_ward), "audit", "anchor")
    delete_newest_entries(small_ward, 1)
    code, _, err = run(capsys, "--db", str(small_ward), "audit", "verify", "--anchor", printed)
    assert code == 1 and "entries were removed" in err


def test_audit_verify_says_keyed_entries_cannot_be_checked_without_the_key(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    key = tmp_path / "secrets" / "audit.key"
    key.parent.mkdir()
    key.write_text("0123456789abcdef" * 4)
    key.chmod(0o600)
    db = tmp_path / "ward" / "w.db"
    monkeypatch.setenv("IVIGMON_AUDIT_KEY_FILE", str(key))
    assert run(capsys, "--db", str(db), "init")[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "audit", "verify")
    assert code == 0 and re.match(r"audit trail intact: (\d+) entries \(\1 keyed\)", out), out
    monkeypatch.delenv("IVIGMON_AUDIT_KEY_FILE")
    code, _, err = run(capsys, "--db", str(db), "audit", "verify")
    assert code == 1
    assert "key: " in err and "cannot be checked here: set IVIGMON_AUDIT_KEY_FILE" in err


def test_audit_anchor_still_prints_the_head_when_the_log_cannot_be_written(
    small_ward: Path, capsys
):
    (small_ward.parent / "w.db-backups").write_text("a file where the backup folder goes")
    code, out, err = run(capsys, "--db", str(small_ward), "audit", "anchor")
    assert code == 1 and out.startswith("ivigmon-audit-head entries=")
    assert "the head was not added to" in err and "keep the line above elsewhere" in err
