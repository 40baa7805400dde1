"""Users and roles, the audit trail, and entered-in-error amendments."""

from __future__ import annotations

from datetime import datetime

import pytest

from ivigmon.domain.validation import ValidationError
from ivigmon.services import amend, audit, infusions, patients, users
from ivigmon.services.amend import EntryKind
from ivigmon.services.context import open_context
from ivigmon.services.errors import NotPermitted
from ivigmon.services.history import load_history
from tests.factories import infusion, patient
from tests.storage.forgery import drop_trigger

START = datetime(2026, 3, 9, 9, 0)


def test_the_first_account_must_be_an_administrator(ctx):
    with pytest.raises(ValidationError) as err:
        users.add_user(
            ctx, username="anna", display_name="Anna", role="nurse", password="boss-pass-12"
        )
    assert err.value.field == "role"
    users.add_user(ctx, username="boss", display_name="Boss", role="admin", password="boss-pass-12")
    assert ctx.accounts and ctx.user == "boss"


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("nurse", True), ("ward_staff", False), ("admin", False)],
)
def test_only_nurses_record_infusions(ctx, db_path, clock, role, allowed):
    users.add_user(ctx, username="boss", display_name="Boss", role="admin", password="boss-pass-12")
    users.add_user(ctx, username="u1", display_name="U", role=role, password="boss-pass-12")
    other = open_context(db_path, clock=clock)
    try:
        with pytest.raises(NotPermitted):
            patients.register_patient(other, patient())  # not signed in yet
        users.sign_in(other, "u1", "boss-pass-12")
        if allowed:
            patients.register_patient(other, patient())
            started, _ = infusions.start_infusion(other, infusion(start=START))
            assert started.recorded_by == "u1"
        else:
            with pytest.raises(NotPermitted):
                patients.register_patient(other, patient())
    finally:
        other.store.close()


def test_wrong_password_and_disabled_accounts_are_refused(ctx, db_path, clock):
    users.add_user(ctx, username="boss", display_name="Boss", role="admin", password="boss-pass-12")
    users.add_user(ctx, username="anna", display_name="Anna", role="nurse", password="anna-pass-1")
    users.set_active(ctx, "anna", False)
    other = open_context(db_path, clock=clock)
    other.sleep = lambda _seconds: None  # a failure's pause is tested in test_sign_in_lock
    try:
        with pytest.raises(ValidationError, match="wrong user name or password"):
            users.sign_in(other, "boss", "nope-nope")
        with pytest.raises(ValidationError, match="wrong user name or password"):
            users.sign_in(other, "nobody", "nope-nope")
        with pytest.raises(ValidationError, match="disabled"):
            users.sign_in(other, "anna", "anna-pass-1")
    finally:
        other.store.close()
    with ctx.store.read() as conn:
        stored = conn.execute("SELECT password_hash FROM users WHERE username='boss'").fetchone()
        trail = " ".join(r[0] for r in conn.execute("SELECT after FROM audit_log"))
    assert stored[0].startswith("$argon2")
    assert "boss-pass-12" not in trail and "$argon2" not in trail


def test_every_change_is_audited_with_who_and_the_chain_holds(ctx):
    patients.register_patient(ctx, patient())
    started, _ = infusions.start_infusion(ctx, infusion(start=START))
    infusions.add_rate_step(ctx, started.id, at=START, ml_per_h=4.3)
    infusions.end_infusion(ctx, started.id, end=START.replace(hour=19))
    entries = audit.infusion_history(ctx, started.id)
    tables = [e.table_name for e in entries]
    assert tables.count("infusions") == 2  # inserted, then ended
    assert "rate_steps" in tables and tables.count("checks") == 3
    ended = next(e for e in entries if e.table_name == "infusions" and e.action == "update")
    assert ended.before is not None and ended.before["ended_at"] is None
    assert ended.after["ended_at"] == "2026-03-09T19:00:00"
    assert {e.user for e in entries} == {"nurse.test"}
    report = audit.verify(ctx)
    assert report.intact and report.entries >= 7


def test_a_tampered_entry_is_named(ctx):
    patients.register_patient(ctx, patient())
    patients.add_measurement(ctx, "K-0001", at=START, weight_kg=14.5)
    conn = ctx.store.conn
    with pytest.raises(Exception, match="append-only"):
        conn.execute("""UPDATE audit_log SET "user" = 'mallory' WHERE id = 1""")
    with pytest.raises(Exception, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE id = 1")
    drop_trigger(conn, "audit_log_append_only", "audit_log")
    conn.execute("""UPDATE audit_log SET "user" = 'mallory' WHERE id = 2""")
    report = audit.verify(ctx)
    assert not report.intact and report.first_broken_id == 2


def test_clinical_rows_cannot_be_deleted(ctx):
    patients.register_patient(ctx, patient())
    with pytest.raises(Exception, match="never deleted"):
        ctx.store.conn.execute("DELETE FROM patients")
    assert load_history(ctx, "K-0001").patient.name == "Ada Nowak"


def test_entered_in_error_is_kept_but_left_out(ctx):
    patients.register_patient(ctx, patient())
    started, _ = infusions.start_infusion(ctx, infusion(start=START))
    infusions.add_rate_step(ctx, started.id, at=START, ml_per_h=4.3)
    infusions.add_rate_step(ctx, started.id, at=START.replace(hour=10), ml_per_h=400)
    wrong = [s for s in load_history(ctx, "K-0001").infusion(started.id).rate_steps][1]
    with pytest.raises(ValidationError) as err:
        amend.mark_entered_in_error(ctx, EntryKind.RATE_STEP, str(wrong.id), "")
    assert err.value.field == "reason"
    amend.mark_entered_in_error(ctx, EntryKind.RATE_STEP, str(wrong.id), "typed 400 for 40")
    steps = load_history(ctx, "K-0001").infusion(started.id).rate_steps
    assert [s.ml_per_h for s in steps] == [4.3]
    with ctx.store.read() as conn:
        kept = conn.execute(
            "SELECT ml_per_h, error_by, error_reason FROM rate_steps WHERE id = ?", (wrong.id,)
        ).fetchone()
    assert tuple(kept) == (400.0, "nurse.test", "typed 400 for 40")
    with pytest.raises(ValidationError):
        amend.mark_entered_in_error(ctx, EntryKind.RATE_STEP, str(wrong.id), "again")


def test_a_patients_history_keeps_a_measurement_entered_in_error(ctx):
    from ivigmon.services.audit import patient_record_history

    patients.register_patient(ctx, patient())
    patients.add_measurement(ctx, "K-0001", at=START, weight_kg=41.0)
    wrong = max(m.id or 0 for m in load_history(ctx, "K-0001").patient.measurements)
    amend.mark_entered_in_error(ctx, EntryKind.MEASUREMENT, str(wrong), "41 was the father's")
    started, _ = infusions.start_infusion(ctx, infusion(start=START))
    entries = patient_record_history(ctx, "K-0001")
    marked = [e for e in entries if e.table_name == "measurements" and e.row_key == str(wrong)]
    assert [e.action for e in marked] == ["insert", "update"]
    assert marked[1].after["error_reason"] == "41 was the father's"
    assert any(e.table_name == "infusions" and e.row_key == started.id for e in entries)
    assert [m.weight_kg for m in load_history(ctx, "K-0001").patient.measurements] == [14.2]


def test_a_patient_entered_in_error_leaves_the_worklist_and_the_lists(ctx, clock):
    from ivigmon.services import worklist
    from ivigmon.services.errors import UnknownRecord
    from ivigmon.services.patient_list import patient_summaries

    registered = patients.register_patient(ctx, patient())
    started, _ = infusions.start_infusion(ctx, infusion(start=START))
    infusions.end_infusion(ctx, started.id, end=START.replace(hour=19))
    assert [r.offset_h for r in worklist.worklist(ctx, datetime(2026, 3, 10, 18, 0))] == [
        24,
        48,
        72,
    ]
    amend.mark_entered_in_error(
        ctx, EntryKind.PATIENT, str(registered.id), "registered twice; the other is right"
    )
    assert worklist.worklist(ctx, datetime(2026, 3, 10, 18, 0)) == []
    assert patient_summaries(ctx) == []
    with pytest.raises(UnknownRecord):
        load_history(ctx, "K-0001")
