"""A small ward recorded through the services for the FHIR export tests: what it holds, and
which of its entries were marked entered in error."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ivigmon.domain.codes import (
    AlertKind,
    CheckMode,
    CheckOutcome,
    EventAction,
    EventOutcome,
    PremedClass,
)
from ivigmon.domain.models import (
    AdverseEvent,
    AlertKey,
    Lot,
    Premedication,
    RateStep,
    VitalSigns,
)
from ivigmon.services import alerts, infusions
from ivigmon.services.amend import EntryKind, mark_entered_in_error
from ivigmon.services.checks import ReportedSymptom, record_check
from ivigmon.services.context import Context
from ivigmon.services.history import load_history
from ivigmon.services.patients import add_measurement
from tests.factories import make_patient, start_infusion

DAY_BEFORE = datetime(2026, 3, 8, 9, 0)


@dataclass(frozen=True)
class RecordedWard:
    ended_id: str  # K-0001's infusion of 2026-03-08, ended, with its checks
    running_id: str  # K-0001's infusion of this morning
    voided_infusion_id: str  # K-0002's only infusion, entered in error
    voided_event_id: int
    kept_event_ids: tuple[int, ...]


def record_ward(ctx: Context) -> RecordedWard:
    """K-0001: an ended infusion (two lots, rate steps, a premedication, vital signs, a reaction,
    a +24 h check with a red-flag symptom) and a running one; K-0002 with one infusion entered
    in error; K-0003 entered in error. One entry of each kind is entered in error, and the
    vital-sign alert is reviewed: only the red flag stays open."""
    make_patient(ctx)
    make_patient(ctx, "K-0002", name="Ben Roe")
    twice = make_patient(ctx, "K-0003", name="Cy Void")
    add_measurement(ctx, "K-0001", at=datetime(2026, 3, 5, 8, 0), weight_kg=99.0)
    ended = start_infusion(
        ctx,
        start=DAY_BEFORE,
        lots=(Lot("P123", date(2027, 1, 31)), Lot("P124")),
        rate_steps=(
            RateStep(DAY_BEFORE, 8.5),
            RateStep(datetime(2026, 3, 8, 9, 30), 17.0),
            RateStep(datetime(2026, 3, 8, 10, 0), 170.0),  # entered in error below
        ),
        premedications=(
            Premedication(
                datetime(2026, 3, 8, 8, 30), "paracetamol", PremedClass.ANTIPYRETIC, "210 mg", "po"
            ),
        ),
        vitals=(
            VitalSigns(
                datetime(2026, 3, 8, 8, 55), temp_c=37.0, hr=110, sbp=98, dbp=61, rr=24, spo2=98
            ),
            VitalSigns(datetime(2026, 3, 8, 10, 0), temp_c=39.1),
            VitalSigns(datetime(2026, 3, 8, 10, 5), hr=222),  # entered in error below
        ),
        events=(
            AdverseEvent(
                datetime(2026, 3, 8, 9, 40),
                "flushing",
                1,
                action=EventAction.RATE_REDUCED,
                outcome=EventOutcome.RESOLVED,
            ),
            AdverseEvent(datetime(2026, 3, 8, 9, 45), "rash", 2),  # entered in error below
        ),
    )
    infusions.end_infusion(ctx, ended.id, end=datetime(2026, 3, 8, 15, 0))
    record_check(
        ctx,
        ended.id,
        24,
        done_at=datetime(2026, 3, 9, 15, 30),
        mode=CheckMode.PHONE,
        outcome=CheckOutcome.SYMPTOMS,
        symptoms=(ReportedSymptom("dyspnoea", 2),),
        notes="short of breath on the stairs",
    )
    alerts.review_alert(
        ctx,
        AlertKey(AlertKind.VITAL_SIGNS, ended.id, vital_at=datetime(2026, 3, 8, 10, 0)),
        "seen, paracetamol given",
        datetime(2026, 3, 8, 10, 10),
    )
    running = start_infusion(ctx)
    voided = start_infusion(ctx, "K-0002")
    history = load_history(ctx, "K-0001")
    record = history.infusion(ended.id)
    patient = history.patient
    wrong_measurement = next(m for m in patient.measurements if m.weight_kg == 99.0)
    wrong_step = next(s for s in record.rate_steps if s.ml_per_h == 170.0)
    wrong_vitals = next(v for v in record.vitals if v.hr == 222)
    wrong_event = next(e for e in record.events if e.term == "rash")
    for kind, key in (
        (EntryKind.MEASUREMENT, wrong_measurement.id),
        (EntryKind.RATE_STEP, wrong_step.id),
        (EntryKind.VITAL_SIGNS, wrong_vitals.id),
        (EntryKind.ADVERSE_EVENT, wrong_event.id),
        (EntryKind.INFUSION, voided.id),
    ):
        mark_entered_in_error(ctx, kind, str(key), "typed into the wrong record")
    mark_entered_in_error(ctx, EntryKind.PATIENT, str(twice.id), "registered twice")
    kept = tuple(e.id for e in record.events if e.id is not None and e.term != "rash")
    assert wrong_event.id is not None
    return RecordedWard(
        ended_id=ended.id,
        running_id=running.id,
        voided_infusion_id=voided.id,
        voided_event_id=wrong_event.id,
        kept_event_ids=kept,
    )
