"""The command line and the file it works on: network drives, loose permissions, stored text
printed escaped (names, adverse event terms and notes, lot numbers, review notes)."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ivigmon.cli import main
from ivigmon.cli_text import printable
from ivigmon.domain.codes import AlertKind
from ivigmon.domain.models import AdverseEvent, AlertKey, Lot, VitalSigns
from ivigmon.services import alerts, patients
from ivigmon.services.context import open_context
from ivigmon.services.history import load_history
from ivigmon.storage import location
from tests.factories import make_patient, patient, start_infusion


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_database_on_a_network_drive_is_refused_in_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(location, "mount_table", lambda: f"srv:/e {tmp_path} cifs rw 0 0\n")
    code, _, err = run(capsys, "--db", str(tmp_path / "ward.db"), "init")
    assert code == 1
    assert err.count("\n") == 1 and "is on a network drive (cifs)" in err
    assert not (tmp_path / "ward.db").exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_loose_permissions_are_tightened_with_a_note(tmp_path, capsys):
    path = tmp_path / "ward.db"
    assert main(["--db", str(path), "init"]) == 0
    os.chmod(path, 0o664)
    capsys.readouterr()
    code, _, err = run(capsys, "--db", str(path), "due")
    assert code == 0
    assert "ivigmon: note:" in err and "permissions 0664" in err
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("Ada\x1b[2J", "Ada\\u001b[2J"),  # clears the screen if obeyed
        ("Ada\x9b31m", "Ada\\u009b31m"),  # a C1 control sequence introducer
        ("Ada\u202eK-0002", "Ada\\u202eK-0002"),  # right-to-left override
        ("Ada\u200bNowak", "Ada\\u200bNowak"),  # zero-width space
        ("Ada\tNowak\n", "Ada\tNowak\n"),  # tab and newline are harmless
        ("Zoë Łukasik", "Zoë Łukasik"),  # letters of every language stay as they are
    ],
)
def test_unsafe_characters_are_escaped_for_the_terminal(stored, shown):
    assert printable(stored) == shown


def test_stored_text_reaches_the_terminal_escaped_and_json_stays_exact(tmp_path, capsys):
    path = tmp_path / "ward.db"
    ctx = open_context(path)
    try:
        patients.register_patient(ctx, patient())
        start_infusion(ctx, start=datetime(2026, 3, 9, 9, 0), end=datetime(2026, 3, 9, 19, 0))
        # A name as an older import could have stored it: the record keeps what it was given.
        with ctx.store.write() as conn:
            conn.execute(
                "UPDATE patients SET name = ? WHERE mrn = 'K-0001'", ("Ada\x1b]0;owned\x07",)
            )
    finally:
        ctx.store.close()
    for extra in ((), ("--json",)):
        code, out, _ = run(capsys, "--db", str(path), "due", "--at", "2026-03-10T19:00", *extra)
        assert code == 0
        assert "Ada" in out
        assert "\x1b" not in out and "\x07" not in out
        assert "\\u001b]0;owned\\u0007" in out
    code, out, _ = run(capsys, "--db", str(path), "export", str(tmp_path / "out.json"))
    assert code == 0
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert exported["patients"][0]["name"] == "Ada\x1b]0;owned\x07"  # files keep the truth


# Text that drives a terminal when printed as it is: a title change (OSC, ended by BEL), a
# cleared screen, hidden text, a C1 control sequence and a right-to-left override.
TERM = "hives\x1b]0;owned\x07"
NOTE = "itch\x1b[2J\x1b[H gone by noon"
LOT = "P1\x1b[8m"
REVIEW = "seen\x9b31m, oxygen \u202egiven"
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


@pytest.fixture
def hostile_ward(tmp_path: Path) -> tuple[Path, int]:
    """A child whose infusion ended yesterday (real clock, as the command's): an adverse event
    whose free-text term and notes hold control characters (accepted as typed), an urgent
    SpO2 alert reviewed with such a note, and a lot number holding ESC as an older import
    could have stored it. The database and the event's id."""
    path = tmp_path / "ward.db"
    ctx = open_context(path, user="nurse.test")
    try:
        start = ctx.now().replace(second=0) - timedelta(hours=30)
        make_patient(ctx)
        given = start_infusion(
            ctx,
            start=start,
            end=start + timedelta(hours=4),
            lots=(Lot("P1", date(2027, 5, 31)),),
            vitals=(VitalSigns(start + timedelta(hours=1), spo2=80),),
            events=(AdverseEvent(start + timedelta(hours=1), TERM, 2, notes=NOTE),),
        )
        key = AlertKey(AlertKind.VITAL_SIGNS, given.id, vital_at=start + timedelta(hours=1))
        alerts.review_alert(ctx, key, REVIEW, start + timedelta(hours=1, minutes=5))
        with ctx.store.write() as conn:
            conn.execute("UPDATE infusion_lots SET lot = ? WHERE infusion_id = ?", (LOT, given.id))
        [event] = load_history(ctx, "K-0001").infusion(given.id).events
        assert event.id is not None
        return path, event.id
    finally:
        ctx.store.close()


# A recall by the product and its lots' expiry: the lot number itself need not be typed.
RECALL = ["lot", "--product", "privigen"]
RECALL += ["--expiry-from", "2027-05-01", "--expiry-to", "2027-05-31"]


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (RECALL, ["lot P1\\u001b[8m ", ": hives\\u001b]0;owned\\u0007 grade 2"]),
        (
            ["ae-report", "{event}"],
            [
                "  Reaction: hives\\u001b]0;owned\\u0007",
                "  Description: itch\\u001b[2J\\u001b[H gone by noon",
                "  Lot number: P1\\u001b[8m",
            ],
        ),
        (["ae-report", "--list", "K-0001"], ["  hives\\u001b]0;owned\\u0007 (grade 2)"]),
        (["alerts", "--all"], [": seen\\u009b31m, oxygen \\u202egiven"]),
    ],
    ids=["lot", "ae-report", "ae-report --list", "alerts --all"],
)
def test_control_characters_in_terms_notes_and_lots_are_printed_escaped(
    hostile_ward: tuple[Path, int], capsys, command: list[str], shown: list[str]
):
    db, event_id = hostile_ward
    args = [part.replace("{event}", str(event_id)) for part in command]
    code, out, err = run(capsys, "--db", str(db), *args)
    assert (code, err) == (0, "")
    assert [c for c in RAW if c in out] == []
    for text in shown:
        assert text in out, text


def test_json_of_the_lot_and_the_safety_report_keeps_the_text_exact(
    hostile_ward: tuple[Path, int], capsys
):
    db, event_id = hostile_ward
    code, out, _ = run(capsys, "--db", str(db), *RECALL, "--json")
    assert code == 0 and [c for c in RAW if c in out] == []
    found = json.loads(out)  # the escapes are JSON's own: the text is exact
    assert [row["lot"] for row in found["infusions"]] == [LOT]
    assert [event["term"] for event in found["events"]] == [TERM]
    code, out, _ = run(capsys, "--db", str(db), "ae-report", str(event_id), "--json")
    assert code == 0 and [c for c in RAW if c in out] == []
    fields = {f["field"]: f["value"] for f in json.loads(out)["fields"]}
    assert (fields["Reaction"], fields["Description"], fields["Lot number"]) == (TERM, NOTE, LOT)
