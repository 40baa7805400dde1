"""The command line on a ward server: `--db postgresql://...` and $IVIGMON_DB name the server,
never a file spelled like its address."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ivigmon.cli import main
from ivigmon.services.context import open_context

from . import pg_server
from .server_logins import PASSWORDS, ward_with_logins


@pytest.fixture
def server_db(pg_template: tuple[str, str]) -> Iterator[str]:
    base, template = pg_template
    with pg_server.throwaway(base, template) as url:
        yield url


def _patients_on(url: str) -> int:
    ctx = open_context(url)
    try:
        with ctx.store.read() as conn:
            return int(conn.execute("SELECT count(*) FROM patients").fetchone()[0])
    finally:
        ctx.store.close()


@pytest.mark.parametrize("given", ["option", "environment"])
def test_the_demo_ward_goes_to_the_server_named(
    server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, given: str
):
    # Before: the URL became a Path, `//` folded into `/`, and a file `postgresql:/...`
    # was created in the working folder while the server stayed empty.
    monkeypatch.chdir(tmp_path)
    if given == "option":
        code = main(["--db", server_db, "demo"])
    else:
        monkeypatch.setenv("IVIGMON_DB", server_db)
        code = main(["init"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert list(tmp_path.iterdir()) == []  # no file was made for the address
    if given == "option":
        assert _patients_on(server_db) > 0
        assert "postgresql://" in captured.out
    else:
        assert "database ready: postgresql://" in captured.out


def test_user_on_a_workstation_opened_with_another_login_acts_under_their_own(
    monkeypatch: pytest.MonkeyPatch, capsys
):
    with ward_with_logins() as ward:
        ben = ward.names["ben"]
        monkeypatch.setenv("IVIGMON_PASSWORD", PASSWORDS["ben"])
        monkeypatch.setenv("IVIGMON_NEW_PASSWORD", "orbit-fern-77-lantern")
        code = main(["--db", ward.url(ward.names["anna"]), "--user", ben, "user", "password", ben])
        captured = capsys.readouterr()
        assert code == 0, captured.err
        assert ward.login_password_is("ben", "orbit-fern-77-lantern")
        ctx = open_context(ward.url(ben))
        try:
            with ctx.store.read() as conn:
                row = conn.execute(
                    "SELECT \"user\" FROM audit_log WHERE table_name = 'users' AND row_key = ?"
                    " ORDER BY id DESC LIMIT 1",
                    (ben,),
                ).fetchone()
        finally:
            ctx.store.close()
        assert row["user"] == ben
