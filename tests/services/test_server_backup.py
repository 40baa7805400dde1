"""Backups of a ward database on a server, made with pg_dump and restored with pg_restore only
into an empty database; the workstations' automatic copies leave a server to its own backups."""

from __future__ import annotations

import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from ivigmon.domain.validation import ValidationError
from ivigmon.services import audit, patients
from ivigmon.services import backup as backups
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import NotPermitted
from ivigmon.services.server_backup import backup_server, restore_server
from ivigmon.storage import errors
from ivigmon.storage.anchors import heads_in
from ivigmon.storage.audit import Check
from ivigmon.storage.audit_verify import verify_chain
from ivigmon.storage.pg.dump import inspect_archive
from tests import pg_server
from tests.factories import Clock, make_patient, patient, start_infusion
from tests.server_ward import empty_database, rows_of, server_rows

needs_tools = pytest.mark.skipif(
    shutil.which("pg_dump") is None or shutil.which("pg_restore") is None,
    reason="the PostgreSQL client programs (pg_dump, pg_restore) are not installed",
)


@pytest.fixture
def server(pg_template: tuple[str, str], clock: Clock) -> Iterator[Context]:
    """A ward database on the test server with two patients, one with an infusion."""
    base, template = pg_template
    with pg_server.throwaway(base, template) as url:
        ctx = open_context(url, clock=clock, user="nurse.test")
        try:
            make_patient(ctx, "S-0001")
            start_infusion(ctx, "S-0001")
            make_patient(ctx, "S-0002")
            yield ctx
        finally:
            ctx.store.close()


@pytest.fixture
def empty() -> Iterator[str]:
    with empty_database() as url:
        yield url


def url_of(ctx: Context) -> str:
    return str(getattr(ctx.store, "url"))  # noqa: B009 (a server store's full address)


def tables(url: str) -> list[tuple[object, ...]]:
    return server_rows(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")


@needs_tools
def test_a_backup_restored_into_an_empty_database_holds_every_row(
    server: Context, empty: str, tmp_path: Path
):
    made = backup_server(server, tmp_path / "ward.dump")
    assert made.path == tmp_path / "ward.dump"
    assert made.tool.startswith("pg_dump (PostgreSQL) ")
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert heads_in((tmp_path / "ward.dump.anchor").read_text()) == [made.head]
    assert made.head == audit.current_head(server)
    before = rows_of(url_of(server))
    restored = restore_server(empty, made.path, by="admin.test")
    after = rows_of(empty)
    assert set(before) <= set(after)
    added = sorted(set(after) - set(before))
    assert len(added) == 2
    assert added[0].startswith("audit_log: ") and "restore.last" in added[0]
    assert added[1].startswith("settings: ('restore.last', ")
    assert (restored.head, restored.anchored, restored.findings) == (made.head, made.head, [])
    assert restored.tool.startswith("pg_restore (PostgreSQL) ")


@needs_tools
def test_the_restored_database_goes_on_numbering_and_chaining(
    server: Context, empty: str, tmp_path: Path, clock: Clock
):
    made = backup_server(server, tmp_path / "ward.dump")
    restore_server(empty, made.path, by="admin.test")
    ctx = open_context(empty, clock=clock, user="nurse.test")
    try:
        patients.register_patient(ctx, patient("S-0003"))
        with ctx.store.read() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM patients ORDER BY id")]
            chain = verify_chain(conn)
    finally:
        ctx.store.close()
    assert ids == [1, 2, 3]
    assert [f.text for f in chain.findings if f.check is Check.CHAIN] == []
    assert chain.sealed == chain.entries


@needs_tools
def test_a_backup_into_a_folder_gets_a_dated_name_and_never_replaces_one(
    server: Context, tmp_path: Path
):
    one = backup_server(server, tmp_path)
    two = backup_server(server, tmp_path)
    assert (one.path.name, two.path.name) == (
        "ivigmon-20260310-120000.dump",
        "ivigmon-20260310-120000-2.dump",
    )
    assert not list(tmp_path.glob(".*"))  # no temporary file left


@needs_tools
@pytest.mark.parametrize("content", [b"last week's backup", b""])
def test_a_backup_onto_an_existing_file_is_refused_and_the_file_is_unchanged(
    server: Context, tmp_path: Path, content: bytes
):
    existing = tmp_path / "ward.dump"
    existing.write_bytes(content)
    with pytest.raises(ValidationError, match="a file already exists there") as caught:
        backup_server(server, existing)
    assert caught.value.field == "path"
    assert existing.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ward.dump"]


def test_a_backup_needs_a_signed_in_user_once_there_are_accounts(server: Context, tmp_path: Path):
    server.accounts = True
    with pytest.raises(NotPermitted):
        backup_server(server, tmp_path / "ward.dump")
    assert list(tmp_path.iterdir()) == []


def test_without_pg_dump_the_backup_is_refused_plainly(
    server: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    with pytest.raises(errors.EnvironmentFailure, match="pg_dump is not installed"):
        backup_server(server, tmp_path / "ward.dump")
    assert list(tmp_path.iterdir()) == []


def test_the_backup_of_a_server_database_is_made_with_pg_dump_when_asked_as_any_backup(
    server: Context, tmp_path: Path
):
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    made = backups.backup(server, tmp_path / "ward.dump")
    assert inspect_archive(made).problem is None


@needs_tools
def test_a_restore_over_a_database_with_tables_is_refused(server: Context, tmp_path: Path):
    made = backup_server(server, tmp_path / "ward.dump")
    before = rows_of(url_of(server))
    with pytest.raises(errors.NotEmpty, match=r"already has tables .*never over a live one"):
        restore_server(url_of(server), made.path, by="admin.test")
    assert rows_of(url_of(server)) == before


@needs_tools
@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "does not exist"),
        (b"a letter", "is not a backup made with pg_dump --format=custom"),
        (b"SQLite format 3\x00" + bytes(4000), "is not a backup made with pg_dump"),
    ],
)
def test_a_restore_from_what_is_no_server_backup_is_refused(
    empty: str, tmp_path: Path, content: bytes | None, problem: str
):
    source = tmp_path / "ward.dump"
    if content is not None:
        source.write_bytes(content)
    with pytest.raises(ValidationError, match=problem) as caught:
        restore_server(empty, source, by="admin.test")
    assert (caught.value.record, caught.value.field) == (f"backup {source}", "file")
    assert tables(empty) == []


@needs_tools
def test_a_restore_from_a_newer_ivigmon_or_another_program_is_refused(
    server: Context, empty: str, tmp_path: Path
):
    with psycopg.connect(url_of(server), autocommit=True) as conn:
        conn.execute(
            "INSERT INTO ivigmon_migrations (migration_set, name, applied_at)"
            " VALUES ('ivigmon', 'm999_from_the_future', '2030-01-01T00:00:00')"
        )
    newer = backup_server(server, tmp_path / "newer.dump").path
    with pytest.raises(ValidationError, match=r"newer ivigmon .*m999_from_the_future"):
        restore_server(empty, newer, by="admin.test")
    assert tables(empty) == []
    with empty_database() as other:
        with psycopg.connect(other, autocommit=True) as conn:
            conn.execute("CREATE TABLE notes (x TEXT)")
        foreign = tmp_path / "other.dump"
        made = subprocess.run(
            ["pg_dump", "--format=custom", f"--file={foreign}", f"--dbname={other}"], check=False
        )
        assert made.returncode == 0
    with pytest.raises(ValidationError, match="not of an ivigmon ward database"):
        restore_server(empty, foreign, by="admin.test")
    assert tables(empty) == []


def test_no_automatic_copy_is_made_of_a_server_database(server: Context, tmp_path: Path):
    """Every workstation copying the whole ward to its own disk at each start would spread
    the records: the server's own backups apply."""
    assert backups.automatic_backup(server, tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()
    assert backups.startup_check(server.store) is None


def test_every_account_of_a_workstation_keeps_one_folder_per_server_database():
    # Before: the account was part of the folder's name, so two nurses signing in on one
    # workstation kept two anchors logs for the same ward server.
    nurse = backups.default_backup_folder("postgresql://anna@ward-server:5432/ivigmon")
    lead = backups.default_backup_folder("postgresql://lead@ward-server:5432/ivigmon")
    other = backups.default_backup_folder("postgresql://anna@ward-server:5432/training")
    assert nurse == lead != other
    assert "anna" not in nurse.name and nurse.name.startswith("ward-server_5432_ivigmon")
