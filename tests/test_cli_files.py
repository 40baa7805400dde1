"""The command line and the file it works on: network drives, loose permissions, stored text."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime

import pytest

from ivigmon.cli import main
from ivigmon.cli_text import printable
from ivigmon.services import patients
from ivigmon.services.context import open_context
from ivigmon.storage import location
from tests.factories import patient, start_infusion


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
