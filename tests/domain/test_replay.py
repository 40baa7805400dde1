"""Replaying the record as it stood at a time T (SPEC 5a, "Order and time")."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ivigmon.domain.codes import CheckMode, CheckOutcome, EventTerm, FactorCode, PremedClass
from ivigmon.domain.models import (
    AdverseEvent,
    Check,
    Measurement,
    Premedication,
    RateStep,
    VitalSigns,
)
from ivigmon.domain.replay import check_as_of, infusion_as_of, infusions_as_of, patient_as_of
from ivigmon.domain.risk import RiskContext, assess_infusion, assess_patient

from .factories import START, earlier_infusion, make_infusion, make_patient

T = START + timedelta(hours=2)
MINUTE = timedelta(minutes=1)


@pytest.mark.parametrize(
    ("start", "kept"),
    [
        pytest.param(T - MINUTE, True, id="started-before-T"),
        pytest.param(T, True, id="started-at-T"),
        pytest.param(T + MINUTE, False, id="started-after-T"),
    ],
)
def test_infusions_starting_after_t_are_ignored(start: datetime, kept: bool) -> None:
    infusion = make_infusion(start=start, end=start + timedelta(hours=6))
    assert (infusion_as_of(infusion, T) is not None) is kept
    assert len(infusions_as_of([infusion], T)) == int(kept)


@pytest.mark.parametrize(
    ("end", "running"),
    [
        pytest.param(T - MINUTE, False, id="ended-before-T"),
        pytest.param(T, False, id="ended-at-T"),
        pytest.param(T + MINUTE, True, id="end-after-T-is-running"),
        pytest.param(None, True, id="no-end"),
    ],
)
def test_an_end_after_t_makes_the_infusion_running(end: datetime | None, running: bool) -> None:
    replayed = infusion_as_of(make_infusion(end=end), T)
    assert replayed is not None
    assert replayed.is_running is running
    assert replayed.end == (None if running else end)


def test_timed_parts_after_t_are_ignored() -> None:
    def at(minutes: int) -> datetime:
        return T + timedelta(minutes=minutes)

    infusion = make_infusion(
        rate_steps=(RateStep(at(-60), 6.0), RateStep(at(0), 12.0), RateStep(at(1), 96.0)),
        vitals=(VitalSigns(at(-1), temp_c=37.0), VitalSigns(at(1), temp_c=39.0)),
        premedications=(
            Premedication(at(-90), "paracetamol", PremedClass.ANTIPYRETIC),
            Premedication(at(30), "cetirizine", PremedClass.ANTIHISTAMINE),
        ),
        events=(
            AdverseEvent(onset=at(0), term=EventTerm.FLUSHING, grade=1),
            AdverseEvent(onset=at(5), term=EventTerm.HEADACHE, grade=2),
        ),
    )
    replayed = infusion_as_of(infusion, T)
    assert replayed is not None
    assert [s.ml_per_h for s in replayed.rate_steps] == [6.0, 12.0]
    assert [v.temp_c for v in replayed.vitals] == [37.0]
    assert [p.drug for p in replayed.premedications] == ["paracetamol"]
    assert [e.term for e in replayed.events] == [EventTerm.FLUSHING]
    # The original record is untouched (frozen records, replaced copies).
    assert len(infusion.rate_steps) == 3


def test_infusions_are_ordered_by_start_then_id() -> None:
    infusions = [
        make_infusion(id="b", start=START),
        make_infusion(id="c", start=START - timedelta(days=2)),
        make_infusion(id="a", start=START),
    ]
    assert [i.id for i in infusions_as_of(infusions, T)] == ["c", "a", "b"]


def test_measurements_after_t_are_ignored() -> None:
    patient = make_patient(
        measurements=(
            Measurement(at=T - MINUTE, weight_kg=30.0),
            Measurement(at=T, height_cm=135.0),
            Measurement(at=T + MINUTE, weight_kg=31.0),
        )
    )
    assert [m.at for m in patient_as_of(patient, T).measurements] == [T - MINUTE, T]


@pytest.mark.parametrize(
    ("done_at", "open_at_t"),
    [
        pytest.param(T - MINUTE, False, id="done-before-T"),
        pytest.param(T, False, id="done-at-T"),
        pytest.param(T + MINUTE, True, id="done-after-T-is-open"),
        pytest.param(None, True, id="never-done"),
    ],
)
def test_checks_done_after_t_are_open(done_at: datetime | None, open_at_t: bool) -> None:
    check = Check(
        infusion_id="inf-1",
        offset_h=24,
        due_at=T - timedelta(hours=1),
        done_at=done_at,
        done_by="nurse" if done_at else None,
        mode=CheckMode.PHONE if done_at else None,
        outcome=CheckOutcome.SYMPTOMS if done_at else None,
        symptoms=("fever",) if done_at else (),
        notes="called mother" if done_at else "",
    )
    replayed = check_as_of(check, T)
    assert replayed.is_done is not open_at_t
    if open_at_t:
        assert (replayed.outcome, replayed.mode, replayed.symptoms, replayed.notes) == (
            None,
            None,
            (),
            "",
        )
    else:
        assert replayed == check


def test_assessment_at_t_ignores_what_came_later(risk_ctx: RiskContext) -> None:
    patient = make_patient(prior_ivig_last_date=None)
    first = make_infusion(
        id="inf-1",
        dosing_weight_kg=20.0,
        dose_g=20.0,
        rate_steps=(RateStep(START, 6.0), RateStep(START + timedelta(hours=3), 120.0)),
        vitals=(VitalSigns(START + timedelta(minutes=5), temp_c=39.0),),
    )
    second = earlier_infusion(-10, id="inf-2", product_id="gamunex_c")
    record = [first, second]
    # At T: the rapid step (START + 3 h) and the second infusion are still in the future.
    at_t = assess_infusion(patient, record, "inf-1", risk_ctx, at=T)
    assert FactorCode.RAPID_RATE not in at_t.codes
    assert FactorCode.INFECTION not in at_t.codes  # fever after the start never counts
    assert FactorCode.RAPID_RATE in assess_infusion(patient, record, "inf-1", risk_ctx).codes
    with pytest.raises(KeyError):
        assess_infusion(patient, record, "inf-2", risk_ctx, at=T)
    # The patient assessment at T sees only the first infusion; later it sees the second too.
    now = assess_patient(patient, record, T, risk_ctx)
    assert FactorCode.FIRST_INFUSION not in now.codes
    before_any = assess_patient(patient, record, START - MINUTE, risk_ctx)
    assert FactorCode.FIRST_INFUSION in before_any.codes
    later = assess_infusion(patient, record, "inf-2", risk_ctx)
    assert FactorCode.PRODUCT_CHANGE in later.codes


def test_earlier_infusion_ending_after_the_start_counts_as_ending_at_its_start(
    risk_ctx: RiskContext,
) -> None:
    """Only what was known at the start is used: an overlapping earlier infusion was running."""
    patient = make_patient(prior_ivig_last_date=None)
    long_running = earlier_infusion(57, id="inf-0", duration_h=57 * 24 + 1)
    result = assess_infusion(patient, [long_running, make_infusion()], "inf-1", risk_ctx)
    assert FactorCode.LONG_GAP in result.codes
    assert "57 days" in next(f.reason for f in result.factors if f.code is FactorCode.LONG_GAP)


def test_unknown_infusion_raises_key_error(risk_ctx: RiskContext) -> None:
    with pytest.raises(KeyError):
        assess_infusion(make_patient(), [make_infusion()], "nope", risk_ctx)


def test_replay_keeps_times_naive() -> None:
    replayed = infusion_as_of(make_infusion(), datetime(2030, 1, 1))
    assert replayed is not None and replayed.start.tzinfo is None
