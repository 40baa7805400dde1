"""The stored screen state agrees with replaying the record, after every kind of change."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from ivigmon.demo.ward import build_demo_document
from ivigmon.domain.codes import CheckMode, CheckOutcome, Comorbidity, Diagnosis, FactorCode
from ivigmon.domain.settings import CheckSettings, RiskSettings
from ivigmon.services import amend, checks, infusions, patients, settings, worklist
from ivigmon.services.amend import EntryKind
from ivigmon.services.history import load_history
from ivigmon.services.importing import import_demo_ward
from ivigmon.storage import screen_state as state
from tests.factories import Clock, make_patient, start_infusion


def same_worklists(ctx) -> list[tuple[str, int, str, str]]:
    """The stored worklist now, checked against the replayed one at the same moment."""
    stored = worklist.worklist(ctx)
    replayed = worklist.worklist_as_of(ctx, ctx.now())
    assert stored == replayed
    return [(r.infusion_id, r.offset_h, r.status.value, r.risk_level.value) for r in stored]


def test_the_demo_ward_reads_the_same_from_stored_state_and_from_replay(ctx, clock: Clock):
    clock.now = datetime(2026, 3, 10, 10, 30)
    import_demo_ward(ctx, build_demo_document(patients=70, seed=1, now=clock.now))
    rows = same_worklists(ctx)
    assert {"overdue", "due", "upcoming"} <= {status for _, _, status, _ in rows}
    for hours in (6, 30, 80, 200):
        clock.now = datetime(2026, 3, 10, 10, 30) + timedelta(hours=hours)
        same_worklists(ctx)


def test_each_change_keeps_the_stored_worklist_right(ctx, clock: Clock):
    make_patient(ctx)
    make_patient(ctx, "K-0002", name="Ben Kowalski")
    first = start_infusion(ctx, start=datetime(2026, 3, 9, 9, 0), end=datetime(2026, 3, 9, 15, 0))
    other = start_infusion(
        ctx, "K-0002", start=datetime(2026, 3, 8, 9, 0), end=datetime(2026, 3, 8, 15, 0)
    )
    assert [r[:2] for r in same_worklists(ctx)] == [
        (other.id, 24),
        (first.id, 24),
        (other.id, 48),
        (first.id, 48),
        (other.id, 72),
        (first.id, 72),
    ]
    # A check recorded leaves; a later infusion supersedes the checks due after its start.
    checks.record_check(
        ctx,
        other.id,
        24,
        done_at=datetime(2026, 3, 9, 15, 0),
        mode=CheckMode.PHONE,
        outcome=CheckOutcome.NO_SYMPTOMS,
    )
    later = start_infusion(ctx, "K-0002", start=datetime(2026, 3, 10, 9, 0))
    assert (other.id, 72) not in [r[:2] for r in same_worklists(ctx)]
    # The later infusion entered in error: its superseded checks come back.
    amend.mark_entered_in_error(ctx, EntryKind.INFUSION, later.id, "wrong patient's chart")
    assert (other.id, 72) in [r[:2] for r in same_worklists(ctx)]
    # A reopened check is open again; a patient in error takes every check away.
    amend.reopen_check(ctx, other.id, 24, "recorded for the wrong patient")
    assert (other.id, 24) in [r[:2] for r in same_worklists(ctx)]
    owner = load_history(ctx, "K-0002").patient
    amend.mark_entered_in_error(ctx, EntryKind.PATIENT, str(owner.id), "registered twice")
    assert all(r[0] != other.id for r in same_worklists(ctx))


def test_a_risk_change_reaches_the_stored_worklist(ctx, clock: Clock):
    make_patient(ctx, diagnoses=(Diagnosis.JIA,))
    done = start_infusion(
        ctx,
        indication=Diagnosis.JIA,
        start=datetime(2026, 3, 9, 9, 0),
        end=datetime(2026, 3, 9, 15, 0),
    )
    before = {r[0]: r[3] for r in same_worklists(ctx)}
    # A rate step far above the label maximum makes the infusion high risk (RAPID_RATE).
    infusions.add_rate_step(ctx, done.id, at=datetime(2026, 3, 9, 10, 0), ml_per_h=300)
    after = {r[0]: r[3] for r in same_worklists(ctx)}
    assert after[done.id] == "high" and before[done.id] != "high"
    # An undated comorbidity counts for every infusion of the patient.
    stored = load_history(ctx, "K-0001").patient
    kidney = replace(stored, comorbidities=frozenset({Comorbidity.KIDNEY_FAILURE}))
    patients.save_patient_form(ctx, original_mrn="K-0001", patient=kidney, measurement=None)
    assert any(
        f.code is FactorCode.KIDNEY_FAILURE for r in worklist.worklist(ctx) for f in r.risk_factors
    )
    same_worklists(ctx)


def test_a_settings_change_makes_the_shown_risks_again(ctx, clock: Clock):
    make_patient(ctx, diagnoses=(Diagnosis.JIA,), prior_ivig_last_date=datetime(2026, 1, 1).date())
    start_infusion(
        ctx,
        indication=Diagnosis.JIA,
        start=datetime(2026, 3, 9, 9, 0),
        end=datetime(2026, 3, 9, 15, 0),
    )
    assert {level for *_, level in same_worklists(ctx)} == {"elevated"}  # LONG_GAP: 67 days
    with ctx.store.read() as conn:
        generation = state.counter(conn, state.RULES)
    settings.change_settings(ctx, RiskSettings(long_gap_days=90), CheckSettings())
    with ctx.store.read() as conn:
        assert state.counter(conn, state.RULES) == generation + 1
    assert {level for *_, level in same_worklists(ctx)} == {"standard"}


@pytest.mark.parametrize("existing", ["inf-9", "inf-000041", "inf-1000000", "other-7"])
def test_new_infusion_numbers_follow_every_stored_one(ctx, existing):
    make_patient(ctx)
    start_infusion(ctx, id=existing, start=datetime(2026, 3, 1, 9, 0))
    new = start_infusion(ctx, start=datetime(2026, 3, 9, 9, 0))
    number = int(existing.split("-")[1]) if existing.startswith("inf-") else 0
    assert new.id == f"inf-{number + 1:06d}"


def test_opening_after_the_rules_changed_makes_the_shown_risks_again(ctx, clock: Clock):
    # An upgrade that changes the rules bumps the generation without making the risks again.
    # Before: every worklist read then assessed them anew (25 s a read in a national service).
    from ivigmon.services.context import open_context

    make_patient(ctx)
    running = start_infusion(ctx)
    with ctx.store.write() as conn:
        state.bump_counter(conn, state.RULES)
        assert state.patients_with_stale_risks(conn) != []
    path = ctx.store.path
    ctx.store.close()
    again = open_context(path, clock=clock, user="nurse.test")
    try:
        with again.store.read() as conn:
            rules = state.counter(conn, state.RULES)
            stored = conn.execute(
                "SELECT rules FROM infusion_risk WHERE infusion_id = ?", (running.id,)
            ).fetchone()
            assert state.patients_with_stale_risks(conn) == []
        assert stored is not None and stored["rules"] == rules
    finally:
        again.store.close()
