"""Records written in bulk: all or nothing, audited by the batch, verified, on the worklist."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from ivigmon.domain.codes import CheckMode, CheckOutcome
from ivigmon.domain.followup import schedule_checks
from ivigmon.domain.models import Check
from ivigmon.domain.settings import CheckSettings
from ivigmon.domain.validation import ValidationError
from ivigmon.services import audit, worklist
from ivigmon.services.amend import EntryKind, mark_entered_in_error
from ivigmon.services.bulk.records_load import RecordBatch, load_batches
from ivigmon.services.errors import NotPermitted
from ivigmon.services.history import load_history
from ivigmon.services.users import add_user, sign_in
from ivigmon.storage import bulk_audit
from tests.factories import NOW, infusion, patient
from tests.storage.forgery import attacker, without_trigger


def ward_batches(patients: int, per_batch: int) -> list[RecordBatch]:
    """Each patient: one infusion that ended 30 h ago, its 24 h check done by phone."""
    batches = []
    for first in range(0, patients, per_batch):
        batch = RecordBatch()
        for number in range(first, min(first + per_batch, patients)):
            mrn = f"B-{number:05d}"
            start = NOW - timedelta(hours=36, minutes=number)
            end = start + timedelta(hours=6)
            given = infusion(mrn, id=f"inf-{number + 1:07d}", start=start, end=end)
            assert given.end is not None
            due = schedule_checks(given.id, given.end, CheckSettings())[0]
            batch.patients.append(patient(mrn, birth_date=date(2015, 1, 1)))
            batch.infusions.append(given)
            batch.checks.append(
                Check(
                    given.id,
                    24,
                    due.due_at,
                    done_at=due.due_at,
                    done_by="desk",
                    mode=CheckMode.PHONE,
                    outcome=CheckOutcome.NO_SYMPTOMS,
                )
            )
        batches.append(batch)
    return batches


def test_a_bulk_load_is_written_whole_and_audited_by_the_batch(ctx, monkeypatch, engine):
    monkeypatch.setattr(bulk_audit, "ROWS_PER_ENTRY", 50)
    result = load_batches(ctx, ward_batches(120, per_batch=40), source="test ward")
    assert (result.patients, result.infusions, result.checks_done) == (120, 120, 120)
    with ctx.store.read() as conn:
        entries = conn.execute(
            "SELECT count(*) AS n FROM audit_log WHERE table_name IN "
            "(SELECT value FROM json_each(?))",
            (json.dumps(bulk_audit.BULK_TABLES),),
        ).fetchone()["n"]
        rows = sum(
            conn.execute(f"SELECT count(*) AS n FROM {t}").fetchone()["n"]
            for t in bulk_audit.BULK_TABLES
        )
    # 1,080 rows (patients, measurements, infusions, lots, checks): in a file a few dozen
    # entries; on a server each row its own, written by its trigger.
    assert rows == 120 * 2 + 120 * 2 + 360
    assert entries < 60 if engine == "sqlite" else entries == rows
    report = audit.verify(ctx)
    assert report.intact, report.findings
    # The worklist reads the stored state the load built: the 48 and 72 h checks are open.
    rows_now = worklist.worklist(ctx)
    assert rows_now == worklist.worklist_as_of(ctx, ctx.now())
    assert sorted({r.offset_h for r in rows_now}) == [48, 72] and len(rows_now) == 240


def test_a_change_after_the_load_is_audited_and_the_load_still_verifies(ctx):
    load_batches(ctx, ward_batches(10, per_batch=10), source="test ward")
    mark_entered_in_error(ctx, EntryKind.INFUSION, "inf-0000003", "loaded twice")
    assert audit.verify(ctx).intact


def test_a_row_changed_without_the_triggers_is_named_with_its_batch(ctx, db_path):
    load_batches(ctx, ward_batches(10, per_batch=10), source="test ward")
    conn = attacker(db_path)
    with without_trigger(conn, "audit_infusions_update"):
        conn.execute("UPDATE infusions SET dose_g = 280 WHERE id = 'inf-0000004'")
    conn.close()
    findings = [f.text for f in audit.verify(ctx).findings]
    assert any("infusions rows 1-10 (written in bulk) differ" in f for f in findings), findings


def test_a_bad_batch_writes_nothing_and_leaves_the_triggers_in_place(ctx, engine):
    batches = ward_batches(30, per_batch=10)
    batches[2].infusions.append(infusion("X-404", id="inf-0000999"))
    with pytest.raises(ValidationError) as err:
        load_batches(ctx, batches, source="test ward")
    assert err.value.field == "mrn"
    with ctx.store.read() as conn:
        assert conn.execute("SELECT count(*) AS n FROM patients").fetchone()["n"] == 0
        if engine == "sqlite":
            query, suffix = "SELECT name FROM sqlite_schema WHERE type='trigger'", "_insert"
        else:
            query, suffix = "SELECT tgname AS name FROM pg_trigger WHERE tgenabled = 'O'", ""
        triggers = {r["name"] for r in conn.execute(query)}
    assert {f"audit_{t}{suffix}" for t in bulk_audit.BULK_TABLES} <= triggers
    with pytest.raises(Exception, match="no patient"):
        load_history(ctx, "B-00000")
    assert audit.verify(ctx).intact


def test_a_done_check_that_is_not_scheduled_is_refused(ctx):
    batches = ward_batches(2, per_batch=2)
    done = batches[0].checks[0]
    batches[0].checks[0] = Check(
        done.infusion_id,
        12,
        done.due_at,
        done_at=done.done_at,
        done_by="desk",
        mode=CheckMode.PHONE,
        outcome=CheckOutcome.NO_SYMPTOMS,
    )
    with pytest.raises(ValidationError) as err:
        load_batches(ctx, batches, source="test ward")
    assert err.value.field == "offset_h"


def test_loading_needs_the_right_to_import(ctx):
    add_user(ctx, username="lead", display_name="Lead", role="admin", password="lead-pass-1")
    add_user(ctx, username="desk", display_name="Desk", role="ward_staff", password="desk-pass-1")
    sign_in(ctx, "desk", "desk-pass-1")
    with pytest.raises(NotPermitted):
        load_batches(ctx, ward_batches(1, per_batch=1), source="test ward")


def test_a_bulk_load_writes_with_a_larger_page_cache_then_the_usual_one(ctx, db_path):
    # SQLite's own page cache (a server's cache is the server's).
    # With SQLite's 2 MB default each index page of a large load was spilled to the WAL and
    # read back many times over (about twice the bytes written and read at 10,000 patients).
    from ivigmon.storage.database import BULK_CACHE_KIB

    usual = ctx.store.conn.execute("PRAGMA cache_size").fetchone()[0]
    seen: list[int] = []

    def batches():
        seen.append(ctx.store.conn.execute("PRAGMA cache_size").fetchone()[0])
        yield RecordBatch()

    load_batches(ctx, batches(), source="test")
    assert seen == [-BULK_CACHE_KIB]
    assert ctx.store.conn.execute("PRAGMA cache_size").fetchone()[0] == usual != -BULK_CACHE_KIB
