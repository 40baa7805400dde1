"""Moving a ward's file onto a server: every row and the audit trail as they were, checked on
both sides, in one transaction; the file only read; a refusal or a failure leaves the server
database empty."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict
from sqlite_utils import Database

from ivigmon.domain.roles import Role
from ivigmon.domain.validation import ValidationError
from ivigmon.services import alerts, patients, worklist
from ivigmon.services.context import Context, open_context
from ivigmon.services.report import ReportRequest, cohort_report, report_json
from ivigmon.services.server_move import move_to_server
from ivigmon.storage import errors
from ivigmon.storage.audit import Check, head
from ivigmon.storage.audit_verify import verify_chain
from ivigmon.storage.database import open_store
from ivigmon.storage.migrations import MIGRATIONS
from ivigmon.storage.pg import ward_copy
from ivigmon.storage.pg.connection import connect
from ivigmon.storage.schema import known_names
from tests import pg_server
from tests.factories import patient
from tests.server_ward import (
    empty_database,
    file_digest,
    rows_of,
    server_or_skip,
    server_rows,
)
from tests.test_cli import demo_database

# What the comparisons of services' outputs read at: the same moment on both sides.
AT = datetime(2026, 3, 10, 12, 0)


@pytest.fixture(scope="module")
def demo_ward(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo ward file (with accounts, checks, alerts, reviews); tests copy it to change it."""
    path = tmp_path_factory.mktemp("move") / "ward.db"
    demo_database(path, "--patients", "24", "--seed", "5")
    return path


@pytest.fixture
def ward(demo_ward: Path, tmp_path: Path) -> Path:
    """This test's own copy of the demo ward (a single file: the demo closed it)."""
    server_or_skip()
    copy = tmp_path / "ward.db"
    shutil.copy2(demo_ward, copy)  # owner-only, as the demo made it
    return copy


@pytest.fixture
def target() -> Iterator[str]:
    with empty_database() as url:
        yield url


def opened(where: str | Path) -> Context:
    ctx = open_context(where, read_only=True, clock=lambda: AT)
    ctx.act_as("demo.admin", Role.ADMIN)
    return ctx


def holdings(url: str) -> dict[str, int]:
    conn = connect(url)
    try:
        return ward_copy.holdings(conn)
    finally:
        conn.close()


def disabled_triggers(url: str) -> list[tuple[object, ...]]:
    return server_rows(
        url, "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'"
    )


def test_a_demo_ward_moves_whole_and_its_file_is_not_changed(ward: Path, target: str):
    before = file_digest(ward)
    moved = move_to_server(str(ward), target)
    assert file_digest(ward) == before
    # Every row of every table, as it was (the audit trail with its ids and hashes too).
    assert rows_of(target) == rows_of(ward)
    conn = sqlite3.connect(f"file:{ward}?mode=ro", uri=True)
    try:
        counts = {
            table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in moved.copied.counts
        }
    finally:
        conn.close()
    assert moved.copied.counts == counts
    assert counts["patients"] == 24 and counts["audit_log"] == moved.copied.entries > 0
    assert disabled_triggers(target) == []


def test_the_chain_verifies_on_the_server_with_the_files_head(ward: Path, target: str):
    move_to_server(str(ward), target)
    conn = sqlite3.connect(f"file:{ward}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        in_file = head(conn)
    finally:
        conn.close()
    store = open_store(target)
    try:
        with store.read() as server:
            report = verify_chain(server)
            assert head(server) == in_file
    finally:
        store.close()
    assert [f.text for f in report.findings if f.check in (Check.CHAIN, Check.KEY)] == []
    assert report.sealed == report.entries == in_file.entries


def test_the_worklist_and_the_alerts_are_the_same_on_both(ward: Path, target: str):
    move_to_server(str(ward), target)
    here, there = opened(ward), opened(target)
    try:
        assert [worklist.row_json(r) for r in worklist.worklist(there)] == [
            worklist.row_json(r) for r in worklist.worklist(here)
        ]
        assert worklist.worklist(here)
        for at in (None, AT):
            assert [alerts.alert_json(a) for a in alerts.open_alerts(there, at)] == [
                alerts.alert_json(a) for a in alerts.open_alerts(here, at)
            ]
    finally:
        here.store.close()
        there.store.close()


def test_the_report_is_the_same_on_both(ward: Path, target: str):
    move_to_server(str(ward), target)
    here, there = opened(ward), opened(target)
    try:
        expected = report_json(cohort_report(here, ReportRequest()))
        assert report_json(cohort_report(there, ReportRequest())) == expected
    finally:
        here.store.close()
        there.store.close()


def test_the_server_goes_on_numbering_and_auditing_after_the_copied_rows(ward: Path, target: str):
    moved = move_to_server(str(ward), target)
    ctx = open_context(target, clock=lambda: AT)
    try:
        ctx.act_as("demo.nurse", Role.NURSE)
        patients.register_patient(ctx, patient("MOVED-1"))
        with ctx.store.read() as conn:
            report = verify_chain(conn)
            newest = conn.execute(
                'SELECT id, "user", table_name FROM audit_log ORDER BY id DESC LIMIT 1'
            ).fetchone()
            new_id = conn.execute("SELECT id FROM patients WHERE mrn = 'MOVED-1'").fetchone()
    finally:
        ctx.store.close()
    assert [f.text for f in report.findings if f.check is Check.CHAIN] == []
    assert tuple(new_id) == (moved.copied.counts["patients"] + 1,)
    assert newest["id"] > moved.copied.entries and newest["user"] == "demo.nurse"
    assert report.sealed == report.entries == newest["id"]


def test_a_target_that_holds_records_is_refused_and_left_as_it_was(ward: Path, target: str):
    open_context(target).store.close()  # a first start: the shipped products
    before = rows_of(target)
    with pytest.raises(
        errors.NotEmpty, match=r"already holds records \(products 1\d, audit_log 1\d\)"
    ):
        move_to_server(str(ward), target)
    assert rows_of(target) == before


def test_a_failure_midway_leaves_the_server_database_empty(ward: Path, target: str):
    """A row the server refuses (a lot of an infusion that does not exist, which an old file
    may hold) stops the copy after other tables were copied: all of it is undone."""
    conn = sqlite3.connect(ward, isolation_level=None)  # foreign keys off, as SQLite's default
    conn.create_function("ivigmon_user", 0, lambda: "another program")
    conn.create_function("ivigmon_now", 0, lambda: "2026-03-10T11:00:00")
    conn.execute(
        "INSERT INTO infusion_lots (infusion_id, position, lot) VALUES ('inf-nowhere', 1, 'X')"
    )
    conn.close()
    with pytest.raises(errors.ConflictError, match="failed and was undone"):
        move_to_server(str(ward), target)
    assert holdings(target) == {}
    assert disabled_triggers(target) == []


def test_a_failure_of_the_last_check_leaves_the_server_database_empty(
    ward: Path, target: str, monkeypatch: pytest.MonkeyPatch
):
    def differs(*_args: object) -> None:
        raise errors.StorageError("the counts differ")

    monkeypatch.setattr(ward_copy, "_check_counts", differs)
    with pytest.raises(errors.StorageError, match="the counts differ"):
        move_to_server(str(ward), target)
    assert holdings(target) == {}
    assert disabled_triggers(target) == []
    # Nothing stands in the way of moving again.
    monkeypatch.undo()
    assert move_to_server(str(ward), target).copied.counts["patients"] == 24


def test_a_file_with_a_broken_chain_is_not_moved(ward: Path, target: str):
    conn = sqlite3.connect(ward, isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_append_only")
    conn.execute("UPDATE audit_log SET \"user\" = 'someone' WHERE id = 3")
    conn.close()
    before = file_digest(ward)
    with pytest.raises(errors.CorruptDatabase, match=r"does not verify .*entry 3"):
        move_to_server(str(ward), target)
    assert file_digest(ward) == before
    assert server_rows(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [
        (0,)
    ]


def test_a_file_that_needs_an_upgrade_is_refused_and_not_changed(tmp_path: Path, target: str):
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old, isolation_level=None)
    conn.create_function("ivigmon_user", 0, lambda: "test")
    conn.create_function("ivigmon_now", 0, lambda: "2026-03-01T08:00:00")
    MIGRATIONS.apply(Database(conn), stop_before=known_names()[-1])
    conn.close()
    before = file_digest(old)
    with pytest.raises(errors.NeedsUpgrade, match="open it once with this ivigmon"):
        move_to_server(str(old), target)
    assert file_digest(old) == before
    assert not list(tmp_path.glob("old.db.before-upgrade-*"))
    assert server_rows(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [
        (0,)
    ]


@pytest.mark.parametrize(
    ("content", "error", "text"),
    [
        (None, errors.MissingDatabase, "there is no ward database file at"),
        (b"a letter, not a database", errors.NotOurDatabase, "not an ivigmon database"),
        (b"", errors.NotOurDatabase, "not an ivigmon database"),
    ],
)
def test_a_file_that_is_no_ward_is_refused(
    tmp_path: Path, target: str, content: bytes | None, error: type[Exception], text: str
):
    path = tmp_path / "ward.db"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error, match=text):
        move_to_server(str(path), target)
    assert not path.exists() if content is None else path.read_bytes() == content
    assert holdings(target) == {}


def test_another_programs_sqlite_file_is_refused(tmp_path: Path, target: str):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(errors.NotOurDatabase, match="not an ivigmon database"):
        move_to_server(str(path), target)


@pytest.mark.parametrize(
    ("source", "to", "field"),
    [("postgresql://h/ward", "postgresql://h/other", "--from: path"), ("w.db", "w2.db", "--to")],
)
def test_the_two_places_must_be_a_file_and_a_server(source: str, to: str, field: str):
    with pytest.raises(ValidationError, match=field):
        move_to_server(source, to)


def test_an_unreachable_server_is_an_environment_failure(ward: Path):
    with pytest.raises(errors.ServerUnavailable, match="cannot be reached"):
        move_to_server(str(ward), "postgresql://nobody@127.0.0.1:9/ward")


def test_an_account_that_does_not_own_the_tables_cannot_copy(ward: Path, target: str):
    """The audit triggers are switched off only by the tables' owner: a workstation's
    account is refused, and nothing is copied."""
    open_store(target).close()  # migrated by the owner
    role = pg_server.new_name("ivigmon_move_nurse")
    base = server_or_skip()
    with psycopg.connect(target, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {role} LOGIN")
        admin.execute(f"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {role}")
    try:
        parts = conninfo_to_dict(target)
        as_nurse = f"postgresql://{role}@{parts['host']}:{parts['port']}/{parts['dbname']}"
        with pytest.raises(errors.ReadOnlyDatabase, match="does not own the ward's tables"):
            move_to_server(str(ward), as_nurse)
        assert holdings(target) == {}
    finally:
        with psycopg.connect(target, autocommit=True) as admin:
            admin.execute(f"DROP OWNED BY {role}")
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f"DROP ROLE {role}")
