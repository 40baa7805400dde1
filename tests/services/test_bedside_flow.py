"""Start, run and end an infusion; checks are scheduled, listed and recorded."""

from __future__ import annotations

from datetime import datetime

import pytest

from ivigmon.domain.codes import CheckMode, CheckOutcome, CheckStatus, FactorCode
from ivigmon.domain.validation import ValidationError
from ivigmon.services import checks, infusions, patients, worklist
from ivigmon.services.assessment import patient_risk
from ivigmon.services.checks import ReportedSymptom
from ivigmon.services.history import load_history
from tests.factories import Clock, hours, infusion, patient

START = datetime(2026, 3, 9, 9, 0)
END = datetime(2026, 3, 9, 19, 30)


def test_ending_an_infusion_schedules_three_checks_at_end_plus_offsets(ctx, clock: Clock):
    patients.register_patient(ctx, patient())
    started, _ = infusions.start_infusion(ctx, infusion(start=START))
    assert started.id == "inf-000001"
    assert worklist.worklist(ctx, END) == []  # a running infusion has no checks
    scheduled = infusions.end_infusion(ctx, started.id, end=END)
    assert [(c.offset_h, c.due_at) for c in scheduled] == [
        (24, datetime(2026, 3, 10, 19, 30)),
        (48, datetime(2026, 3, 11, 19, 30)),
        (72, datetime(2026, 3, 12, 19, 30)),
    ]
    rows = worklist.worklist(ctx, datetime(2026, 3, 10, 16, 0))
    assert [(r.offset_h, r.status) for r in rows] == [
        (24, CheckStatus.DUE),
        (48, CheckStatus.UPCOMING),
        (72, CheckStatus.UPCOMING),
    ]
    assert rows[0].risk_level.value == "high"  # Kawasaki disease


def test_recording_a_check_removes_it_and_symptoms_become_events(ctx, clock: Clock):
    patients.register_patient(ctx, patient())
    started, _ = infusions.start_infusion(ctx, infusion(start=START))
    infusions.end_infusion(ctx, started.id, end=END)
    clock.now = datetime(2026, 3, 10, 19, 30)
    checks.record_check(
        ctx,
        started.id,
        24,
        done_at=datetime(2026, 3, 10, 19, 0),
        mode=CheckMode.PHONE,
        outcome=CheckOutcome.SYMPTOMS,
        symptoms=[ReportedSymptom("headache", 2)],
    )
    rows = worklist.worklist(ctx, datetime(2026, 3, 10, 20, 0))
    assert [r.offset_h for r in rows] == [48, 72]
    history = load_history(ctx, "K-0001")
    (event,) = history.infusion(started.id).events
    assert (event.term, event.grade, event.check_offset_h) == ("headache", 2, 24)
    with pytest.raises(ValidationError, match="already recorded"):
        checks.record_check(
            ctx,
            started.id,
            24,
            done_at=datetime(2026, 3, 10, 19, 5),
            mode=CheckMode.PHONE,
            outcome=CheckOutcome.NO_SYMPTOMS,
        )


def test_a_step_above_the_label_maximum_is_saved_and_flagged(ctx):
    patients.register_patient(ctx, patient())
    started, _ = infusions.start_infusion(ctx, infusion(start=START))
    # Privigen maximum 8 mg/kg/min = 4.8 mL/kg/h; 14.2 kg -> 68.2 mL/h. 100 mL/h is above.
    first = infusions.add_rate_step(ctx, started.id, at=START, ml_per_h=4.3)
    infusions.add_rate_step(ctx, started.id, at=START + hours(2), ml_per_h=100)
    history = load_history(ctx, "K-0001")
    assert first.id == history.infusion(started.id).rate_steps[0].id
    assert [s.ml_per_h for s in history.infusion(started.id).rate_steps] == [4.3, 100]
    risk = patient_risk(ctx, "K-0001", START + hours(3))
    assert risk.latest_infusion is not None
    assert FactorCode.RAPID_RATE in risk.latest_infusion.codes
    reason = next(f.reason for f in risk.latest_infusion.factors if f.code is FactorCode.RAPID_RATE)
    assert "maximum 8 mg/kg/min" in reason


def test_future_times_are_refused_beyond_clock_drift(ctx, clock: Clock):
    patients.register_patient(ctx, patient())
    started, _ = infusions.start_infusion(ctx, infusion(start=START))
    infusions.add_rate_step(ctx, started.id, at=clock.now + hours(0.15), ml_per_h=4.3)
    with pytest.raises(ValidationError) as err:
        infusions.add_rate_step(ctx, started.id, at=clock.now + hours(0.25), ml_per_h=5)
    assert err.value.field == "at" and "in the future" in err.value.problem
    with pytest.raises(ValidationError) as err:
        infusions.end_infusion(ctx, started.id, end=clock.now + hours(2))
    assert err.value.field == "end"


def test_impossible_values_change_nothing(ctx):
    patients.register_patient(ctx, patient())
    started, _ = infusions.start_infusion(ctx, infusion(start=START))
    with pytest.raises(ValidationError) as err:
        infusions.add_rate_step(ctx, started.id, at=START, ml_per_h=-5)
    assert err.value.field == "ml_per_h"
    with pytest.raises(ValidationError) as err:
        infusions.end_infusion(ctx, started.id, end=START - hours(1))
    assert err.value.field == "end"
    history = load_history(ctx, "K-0001")
    assert history.infusion(started.id).rate_steps == ()
    assert history.infusion(started.id).end is None
    assert history.checks == ()


def test_duplicate_mrn_is_refused_by_name(ctx):
    patients.register_patient(ctx, patient())
    with pytest.raises(ValidationError) as err:
        patients.register_patient(ctx, patient(name="Someone Else"))
    assert (err.value.record, err.value.field) == ("patient K-0001", "mrn")
    assert load_history(ctx, "K-0001").patient.name == "Ada Nowak"


def test_every_row_names_who_recorded_it(ctx):
    patients.register_patient(ctx, patient())
    started, _ = infusions.start_infusion(ctx, infusion(start=START))
    infusions.add_rate_step(ctx, started.id, at=START, ml_per_h=4.3)
    with ctx.store.read() as conn:
        for table in ("patients", "measurements", "infusions", "rate_steps"):
            who = {r[0] for r in conn.execute(f"SELECT recorded_by FROM {table}")}
            assert who == {"nurse.test"}, table


@pytest.mark.parametrize(
    ("onset", "stored"),
    [
        (None, datetime(2026, 3, 10, 19, 0)),  # not given: when the check was done
        (datetime(2026, 3, 10, 8, 0), datetime(2026, 3, 10, 8, 0)),
        (datetime(2026, 3, 10, 19, 0), datetime(2026, 3, 10, 19, 0)),
        (datetime(2026, 3, 10, 19, 1), None),  # after the check: refused
    ],
)
def test_a_symptoms_onset_is_kept_and_never_after_the_check(ctx, clock: Clock, onset, stored):
    patients.register_patient(ctx, patient())
    started, _ = infusions.start_infusion(ctx, infusion(start=START))
    infusions.end_infusion(ctx, started.id, end=END)
    clock.now = datetime(2026, 3, 10, 19, 30)

    def record() -> None:
        checks.record_check(
            ctx,
            started.id,
            24,
            done_at=datetime(2026, 3, 10, 19, 0),
            mode=CheckMode.PHONE,
            outcome=CheckOutcome.SYMPTOMS,
            symptoms=[ReportedSymptom("headache", 2, onset=onset)],
        )

    if stored is None:
        with pytest.raises(ValidationError, match="onset: 2026-03-10 19:01 is after the check"):
            record()
        assert load_history(ctx, "K-0001").infusion(started.id).events == ()
        return
    record()
    (event,) = load_history(ctx, "K-0001").infusion(started.id).events
    assert event.onset == stored
