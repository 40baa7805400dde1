"""The command line: contracts of SPEC section 6 and bad input ending with status 2."""

from __future__ import annotations

import copy
import getpass
import hashlib
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from ivigmon import paths
from ivigmon.cli import build_parser, main
from ivigmon.services import backup as backups
from ivigmon.services import users
from ivigmon.services.context import open_context
from ivigmon.services.settings import save_import_max_mb
from ivigmon.storage.database import open_store
from tests import pg_server
from tests.factories import NOW, Clock, make_patient, start_infusion
from tests.storage.forgery import delete_newest_entries, forge_dose

from .spec_example import SPEC_EXAMPLE


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


def demo_database(path: Path, *options: str) -> dict[str, str]:
    """`ivigmon demo` into `path`; the demo accounts' passwords it prints, by user name."""
    printed = io.StringIO()
    assert main(["--db", str(path), "demo", *options], out=printed) == 0
    found = re.findall(r"^  (demo\.\w+) +\w+ +password (\S+)$", printed.getvalue(), re.M)
    assert [name for name, _ in found] == ["demo.admin", "demo.nurse", "demo.staff"]
    return dict(found)


@pytest.fixture(scope="module")
def ward(tmp_path_factory) -> Iterator[Path]:
    """The demo ward; its commands run as its demo administrator."""
    path = tmp_path_factory.mktemp("cli") / "w.db"
    passwords = demo_database(path, "--patients", "30", "--seed", "4")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("IVIGMON_USER", "demo.admin")
        env.setenv("IVIGMON_PASSWORD", passwords["demo.admin"])
        yield path


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


def test_export_import_round_trip_through_the_command_line(
    ward: Path, tmp_path: Path, capsys, monkeypatch
):
    exported = tmp_path / "ward.json"
    assert run(capsys, "--db", str(ward), "export", str(exported))[0] == 0
    fresh = tmp_path / "fresh.db"
    # The demo's records name their author: an administrator imports them, named beside it.
    monkeypatch.setenv("IVIGMON_NEW_PASSWORD", "copper lantern meadow quartz")
    monkeypatch.setenv("IVIGMON_PASSWORD", "copper lantern meadow quartz")
    assert run(capsys, "--db", str(fresh), "user", "add", "lead", "--role", "admin")[0] == 0
    assert run(capsys, "--db", str(fresh), "--user", "lead", "import", str(exported))[0] == 0
    again = tmp_path / "again.json"
    assert run(capsys, "--db", str(fresh), "--user", "lead", "export", str(again))[0] == 0
    expected = json.loads(exported.read_text())
    for item in expected["infusions"]:
        item["recorded_by"] = "demo (imported by lead)"
    for item in expected["alert_reviews"]:  # the demo ward's nurses reviewed its older alerts
        item["by"] = "demo (imported by lead)"
    assert json.loads(again.read_text()) == expected


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
def small_ward(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "ward" / "w.db"
    passwords = demo_database(path, "--patients", "3", "--seed", "2")
    monkeypatch.setenv("IVIGMON_USER", "demo.admin")
    monkeypatch.setenv("IVIGMON_PASSWORD", passwords["demo.admin"])
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


@pytest.fixture
def server_ward(pg_template: tuple[str, str]) -> Iterator[str]:
    """A ward database on the test server with one patient and a running infusion."""
    base, template = pg_template
    with pg_server.throwaway(base, template) as url:
        ctx = open_context(url, clock=Clock(NOW), user="nurse.test")
        try:
            make_patient(ctx)
            start_infusion(ctx)
        finally:
            ctx.store.close()
        yield url


def test_the_anchors_of_a_ward_server_are_kept_in_the_data_folder_by_its_address(
    server_ward: str, capsys
):
    # A password in the address is the server's business: never in a file name or a line.
    scheme, rest = server_ward.split("://", 1)
    with_password = f"{scheme}://{rest.replace('@', ':not-shown@', 1)}"
    code, printed, err = run(capsys, "--db", with_password, "audit", "anchor")
    assert code == 0 and printed.startswith("ivigmon-audit-head entries=")
    folder = backups.default_backup_folder(server_ward)
    assert folder.parent == paths.data_dir() / "servers" and f"{folder}" in err
    assert "not-shown" not in err + str(folder) + (folder / "anchors.log").read_text()
    code, out, err = run(capsys, "--db", server_ward, "audit", "verify", "--anchor", printed)
    assert (code, err) == (0, "") and "2 anchors matched" in out

    with psycopg.connect(server_ward) as conn:
        infusion_id = conn.execute("SELECT id FROM infusions").fetchone()[0]
    forge_dose(server_ward, infusion_id, 0.5)
    code, _, err = run(capsys, "--db", server_ward, "audit", "verify")
    assert code == 1 and "anchors: anchors.log line 1 does not match" in err
    code, _, err = run(capsys, "--db", server_ward, "audit", "verify", "--anchor", printed)
    assert code == 1 and "anchors: the head given does not match" in err


def test_init_on_a_ward_server_says_what_its_integrity_check_could_read(server_ward: str, capsys):
    # A file's quick_check reads its pages; a server's pages are checked by the server, and
    # only when its cluster keeps data checksums: "integrity ok" would claim too much.
    with psycopg.connect(server_ward) as conn:
        enabled = conn.execute("SHOW data_checksums").fetchone()[0] == "on"
    code, out, err = run(capsys, "--db", server_ward, "init")
    said = "data checksums ok" if enabled else "integrity check not applicable on a server"
    assert (code, err) == (0, "") and said in out and "integrity ok" not in out


def test_audit_anchor_still_prints_the_head_when_the_log_cannot_be_written(
    small_ward: Path, capsys
):
    (small_ward.parent / "w.db-backups").write_text("a file where the backup folder goes")
    code, out, err = run(capsys, "--db", str(small_ward), "audit", "anchor")
    assert code == 1 and out.startswith("ivigmon-audit-head entries=")
    assert "the head was not added to" in err and "keep the line above elsewhere" in err


# --------------------------------------------------------------------------------------------
# Roles on every command that adds records in bulk
# --------------------------------------------------------------------------------------------

ACCOUNTS = {"lead": "admin", "anna": "nurse", "desk": "ward_staff"}


@pytest.fixture
def staffed(tmp_path: Path) -> Path:
    """A database with an administrator, a nurse and a ward staff account (no records)."""
    path = tmp_path / "staffed.db"
    ctx = open_context(path)
    try:
        for name, role in ACCOUNTS.items():
            users.add_user(
                ctx,
                username=name,
                display_name=name,
                role=role,
                password="copper lantern meadow quartz",
            )
    finally:
        ctx.store.close()
    return path


def _spec_file(tmp_path: Path, **infusion: Any) -> Path:
    doc = copy.deepcopy(SPEC_EXAMPLE)
    doc["infusions"][0].update(infusion)
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc))
    return path


@pytest.mark.parametrize(
    ("username", "command", "code", "said"),
    [
        ("anna", "import", 2, "nurses may not import records"),
        ("desk", "import", 2, "ward staff may not import records"),
        ("anna", "demo", 2, "nurses may not import records"),
        ("desk", "demo", 2, "ward staff may not import records"),
        ("lead", "import", 0, "imported 1 patients"),
        ("lead", "demo", 0, "demo ward added"),
    ],
)
def test_only_an_administrator_imports_or_adds_the_demo_ward(
    staffed: Path, tmp_path: Path, capsys, monkeypatch, username, command, code, said
):
    monkeypatch.setenv("IVIGMON_PASSWORD", "copper lantern meadow quartz")
    extra = [str(_spec_file(tmp_path))] if command == "import" else ["--patients", "2"]
    before = digest(staffed)
    result, out, err = run(capsys, "--db", str(staffed), "--user", username, command, *extra)
    assert result == code
    assert said in (out if code == 0 else err)
    if code:
        assert len(err.strip().splitlines()) == 1
        assert digest(staffed) == before


def test_an_imported_record_without_accounts_names_the_os_user(tmp_path: Path, capsys):
    path = tmp_path / "w.db"
    assert run(capsys, "--db", str(path), "import", str(_spec_file(tmp_path)))[0] == 0
    with sqlite3.connect(path) as conn:
        (recorded_by,) = conn.execute("SELECT recorded_by FROM infusions").fetchone()
    assert recorded_by == f"os:{getpass.getuser()}"


def test_an_author_other_than_the_importer_needs_an_administrator(tmp_path: Path, capsys):
    path = tmp_path / "w.db"
    code, _, err = run(
        capsys, "--db", str(path), "import", str(_spec_file(tmp_path, recorded_by="dr.x"))
    )
    assert code == 2 and "infusion inf-1: recorded_by:" in err


def test_the_demo_ward_needs_an_explicit_db(tmp_path: Path, capsys, monkeypatch):
    default = tmp_path / "ward.db"
    monkeypatch.setenv("IVIGMON_DB", str(default))
    code, _, err = run(capsys, "demo", "--patients", "2")
    assert code == 2 and "--db" in err and len(err.strip().splitlines()) == 1
    assert not default.exists()
    monkeypatch.delenv("IVIGMON_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, _, err = run(capsys, "demo", "--patients", "2")
    assert code == 2
    assert paths.default_db_path().parent == tmp_path / "data" / "ivigmon"
    assert not paths.default_db_path().exists()


def test_the_demo_prints_demo_accounts_that_sign_in_and_differ_per_database(
    tmp_path: Path, capsys, monkeypatch
):
    first = demo_database(tmp_path / "a.db", "--patients", "2")
    second = demo_database(tmp_path / "b.db", "--patients", "2")
    assert set(first.values()).isdisjoint(second.values())
    monkeypatch.delenv("IVIGMON_USER", raising=False)
    monkeypatch.setenv("IVIGMON_PASSWORD", first["demo.nurse"])
    code, _, err = run(capsys, "--db", str(tmp_path / "a.db"), "--user", "demo.nurse", "due")
    assert (code, err) == (0, "")
    # Without --user the database asks for one, as any database with accounts does.
    code, _, err = run(capsys, "--db", str(tmp_path / "a.db"), "due")
    assert code == 2 and "--user" in err


def test_the_demo_ward_is_refused_by_a_ward_with_records(tmp_path: Path, capsys):
    path = tmp_path / "w.db"
    assert run(capsys, "--db", str(path), "import", str(_spec_file(tmp_path)))[0] == 0
    before = digest(path)
    code, _, err = run(capsys, "--db", str(path), "demo", "--patients", "2")
    assert code == 2 and "demo ward did not add" in err
    assert digest(path) == before


# --------------------------------------------------------------------------------------------
# What a file may hold: a key twice, times after now, numbers too long, too many bytes
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "replaced", "said"),
    [
        ('"dose_g": 28.0', '"dose_g": 28, "dose_g": 280', "infusion inf-1: dose_g: appears twice"),
        ('"2026-03-02T19:00"', '"2150-03-02T19:00"', "check inf-1 +24 h: done_at: 2150-03-02"),
        (
            '"dose_g": 28.0',
            '"dose_g": ' + "2" * 5000,
            "infusion inf-1: dose_g: a number too large to read",
        ),
    ],
)
def test_a_file_is_refused_in_one_line_naming_record_and_field(
    ward: Path, tmp_path: Path, capsys, original: str, replaced: str, said: str
):
    path = tmp_path / "in.json"
    text = json.dumps(SPEC_EXAMPLE).replace('"K-0001"', '"Z-0001"')
    assert text.count(original) == 1
    path.write_text(text.replace(original, replaced))
    before = digest(ward)
    code, _, err = run(capsys, "--db", str(ward), "import", str(path))
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert said in err
    assert digest(ward) == before


def test_a_file_above_the_import_limit_is_refused(tmp_path: Path, capsys):
    path = tmp_path / "w.db"
    ctx = open_context(path)
    save_import_max_mb(ctx, 1)
    ctx.store.close()
    big = tmp_path / "big.json"
    big.write_text(json.dumps(SPEC_EXAMPLE) + " " * 1_000_000)
    before = digest(path)
    code, _, err = run(capsys, "--db", str(path), "import", str(big))
    assert code == 2 and "import limit of 1 MB" in err
    assert digest(path) == before


def ivigmon(
    *args: str, env: dict[str, str] | None = None, prelude: str = "", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`python -m ivigmon ARGS` in a child process (`prelude`: Python run first, e.g. limits)."""
    code = f"{prelude}\nimport runpy, sys\nsys.argv = ['ivigmon', *{list(args)!r}]\n"
    code += "runpy.run_module('ivigmon', run_name='__main__')\n"
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
    )


# Reading /dev/zero used to take all memory: the child gets 1 GB at most.
MEMORY_LIMIT = "import resource\nresource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))"


@pytest.mark.parametrize("kind", ["/dev/zero", "pipe"])
def test_import_refuses_what_is_not_a_regular_file(ward: Path, tmp_path: Path, kind: str):
    source = kind
    if kind == "pipe":
        source = str(tmp_path / "pipe.json")
        os.mkfifo(source)
    before = digest(ward)
    try:
        done = ivigmon("--db", str(ward), "import", source, prelude=MEMORY_LIMIT, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail(f"import {kind} did not end")
    assert done.returncode == 2, done.stderr
    assert (
        done.stderr.strip() == f"ivigmon import: file {source}: path: is not a regular file "
        "(a device, pipe or socket cannot be imported)"
    )
    assert digest(ward) == before


# --------------------------------------------------------------------------------------------
# The environment: a full disk, links to nothing, an unwritable home, a closed pipe
# --------------------------------------------------------------------------------------------


def test_export_to_a_full_disk_leaves_the_target_and_no_temporary_file(ward: Path, tmp_path: Path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "ward.json"
    target.write_text("the previous export\n")
    # Files may not grow past 64 KB (the export is larger); writing past it fails with EFBIG.
    limit = "import resource\nresource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))"
    data = {"XDG_DATA_HOME": str(tmp_path / "data")}  # a fresh, small log
    done = ivigmon("--db", str(ward), "export", str(target), env=data, prelude=limit)
    assert done.returncode == 1, done.stderr
    assert (
        done.stderr.strip() == f"ivigmon export: the disk holding {target} is full; "
        "nothing was written"
    )
    assert target.read_text() == "the previous export\n"
    assert sorted(p.name for p in folder.iterdir()) == ["ward.json"]


def test_export_onto_a_folder_is_refused(ward: Path, tmp_path: Path, capsys):
    code, _, err = run(capsys, "--db", str(ward), "export", str(tmp_path))
    assert code == 2 and "is a folder" in err


@pytest.mark.parametrize("command", [["init"], ["due"], ["import", "{file}"]])
def test_a_db_link_to_nothing_is_refused(tmp_path: Path, capsys, command: list[str]):
    link = tmp_path / "ward.db"
    nowhere = tmp_path / "gone" / "ward.db"
    link.symlink_to(nowhere)
    args = [str(_spec_file(tmp_path)) if a == "{file}" else a for a in command]
    code, _, err = run(capsys, "--db", str(link), *args)
    assert code == 2
    assert err.strip() == (
        f"ivigmon {command[0]}: --db: {link} is a symbolic link to {nowhere}, which does not "
        "exist; give the database file itself"
    )
    nowhere.parent.mkdir()
    code, _, _ = run(capsys, "--db", str(link), *args)
    assert code == 2
    assert not nowhere.exists()


def test_an_empty_db_is_refused_not_taken_for_the_default(tmp_path: Path, capsys, monkeypatch):
    default = tmp_path / "default.db"
    monkeypatch.setenv("IVIGMON_DB", str(default))
    code, _, err = run(capsys, "--db", "", "init")
    assert code == 2 and "--db: the path is empty" in err
    assert not default.exists()


def test_building_the_parser_creates_nothing(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    build_parser().format_help()
    assert not (tmp_path / "data").exists()


def test_a_home_that_cannot_be_written_stops_only_what_needs_the_data_folder(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    env = {"XDG_DATA_HOME": str(blocker / "data")}  # cannot be created, even by root
    for args in (["--version"], ["--help"]):
        done = ivigmon(*args, env=env)
        assert (done.returncode, done.stderr) == (0, ""), done.stderr
    db = tmp_path / "w.db"
    open_context(db).store.close()  # created here: the child need not load the migrations
    done = ivigmon("--db", str(db), "init", env=env)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    for command in ("init", "due"):
        done = ivigmon(command, env=env)
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith(
            f"ivigmon {command}: cannot create the data folder {blocker / 'data' / 'ivigmon'}"
        )
        assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args",
    [["import", "{file}"], ["due", "--json"]],
    ids=["import", "due"],
)
def test_a_reader_that_stops_early_is_no_error(tmp_path: Path, ward: Path, args: list[str]):
    """`ivigmon import f.json | head -0`: the reader closes the pipe before a line is read."""
    db = ward
    if args[0] == "import":
        db = tmp_path / "w.db"
        open_context(db).store.close()  # created here: the child need not load the migrations
    args = [str(_spec_file(tmp_path)) if a == "{file}" else a for a in args]
    proc = subprocess.Popen(
        [sys.executable, "-m", "ivigmon", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        err = proc.stderr.read()
        assert proc.wait(timeout=120) == 0
    assert err == ""
    if args[0] == "import":
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM infusions").fetchone()[0] == 1


def test_the_demo_service_hashes_its_passwords_before_it_writes(tmp_path, monkeypatch):
    # Argon2 takes 64 MiB while it hashes: after the writer has grown, it took the command over
    # its 250 MB; before the writing starts, the process is small.
    from ivigmon.services.bulk import records_load

    happened: list[str] = []
    hash_password = users.hash_password
    load_batches = records_load.load_batches

    def hashing(password: str) -> str:
        happened.append("hash")
        return hash_password(password)

    def loading(*args: Any, **kwargs: Any) -> Any:
        happened.append("write")
        return load_batches(*args, **kwargs)

    monkeypatch.setattr(users, "hash_password", hashing)
    monkeypatch.setattr(records_load, "load_batches", loading)
    path = tmp_path / "service.db"
    passwords = demo_database(path, "--service", "--patients", "3")
    assert happened == ["hash", "hash", "hash", "write"]
    ctx = open_context(path)
    assert users.sign_in(ctx, "demo.nurse", passwords["demo.nurse"]).username == "demo.nurse"
