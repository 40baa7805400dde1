"""`ivigmon backup` and `restore` of a ward database on a server: made with pg_dump, restored
with pg_restore only into an empty database, and saying so; bad input ends with one line and
status 2 (1 for the environment), having changed nothing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from ivigmon.storage.pg.store import display_name

from .server_ward import empty_database, rows_of, server_or_skip
from .test_cli import demo_database, run

needs_tools = pytest.mark.skipif(
    shutil.which("pg_dump") is None or shutil.which("pg_restore") is None,
    reason="the PostgreSQL client programs (pg_dump, pg_restore) are not installed",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("server-backup-cli") / "ward.db"
    return path, demo_database(path, "--patients", "8", "--seed", "7")


@pytest.fixture
def target(
    demo: tuple[Path, dict[str, str]], capsys, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """The demo ward moved to a database on the test server; commands act as its
    administrator."""
    server_or_skip()
    monkeypatch.setenv("IVIGMON_USER", "demo.admin")
    monkeypatch.setenv("IVIGMON_PASSWORD", demo[1]["demo.admin"])
    with empty_database() as url:
        assert run(capsys, "migrate-to-server", "--from", str(demo[0]), "--to", url)[0] == 0
        yield url


@needs_tools
def test_a_server_backup_says_it_is_made_with_pg_dump_and_restores_into_an_empty_database(
    target: str, tmp_path: Path, capsys
):
    dump = tmp_path / "ward.dump"
    code, out, err = run(capsys, "--db", target, "backup", str(dump))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"backup written: {dump}"
    assert lines[1].startswith("made with pg_dump (PostgreSQL) ")
    assert f"from one snapshot of {display_name(target)}" in lines[1]
    assert "restore it only into a new, empty database" in lines[2]
    with empty_database() as fresh:
        code, out, err = run(capsys, "--db", fresh, "restore", str(dump))
        assert (code, err) == (0, "")
        assert out.startswith(f"restored {display_name(fresh)} from {dump} with pg_restore ")
        assert "it matches the head recorded beside the backup" in out
        assert run(capsys, "--db", fresh, "alerts", "--json") == run(
            capsys, "--db", target, "alerts", "--json"
        )


@needs_tools
def test_a_server_backup_never_replaces_a_file(target: str, tmp_path: Path, capsys):
    existing = tmp_path / "ward.dump"
    existing.write_text("last week's")
    code, out, err = run(capsys, "--db", target, "backup", str(existing))
    assert (code, out) == (2, "")
    assert err == (
        f"ivigmon backup: backup {existing}: path: a file already exists there and a backup "
        "never replaces one; choose a new name\n"
    )
    assert existing.read_text() == "last week's"


def test_without_pg_dump_a_server_backup_is_refused_with_status_1(
    target: str, tmp_path: Path, capsys, monkeypatch
):
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    code, out, err = run(capsys, "--db", target, "backup", str(tmp_path / "ward.dump"))
    assert (code, out) == (1, "")
    assert err.startswith("ivigmon backup: pg_dump is not installed on this computer")
    assert not (tmp_path / "ward.dump").exists()


@needs_tools
def test_a_restore_over_a_live_server_database_is_refused(target: str, tmp_path: Path, capsys):
    dump = tmp_path / "ward.dump"
    assert run(capsys, "--db", target, "backup", str(dump))[0] == 0
    before = rows_of(target)
    code, out, err = run(capsys, "--db", target, "restore", str(dump))
    assert (code, out) == (2, "")
    assert err.startswith(f"ivigmon restore: {display_name(target)} already has tables (")
    assert err.endswith("never over a live one; nothing was restored\n")
    assert rows_of(target) == before
