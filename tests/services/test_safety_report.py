"""An adverse event's safety report from the stored record: found by its id, refused by name
when there is none or it is entered in error, viewable by every role, and written as CSV."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from ivigmon.domain.codes import EventAction, EventOutcome, Seriousness
from ivigmon.domain.models import AdverseEvent
from ivigmon.domain.roles import Role
from ivigmon.domain.safety_report import NOT_RECORDED
from ivigmon.services import infusions, users
from ivigmon.services.amend import EntryKind, mark_entered_in_error
from ivigmon.services.errors import NotPermitted, UnknownRecord
from ivigmon.services.history import load_history
from ivigmon.services.safety_report import (
    patient_events,
    report_json,
    safety_report,
    write_csv,
)
from tests.factories import make_patient, start_infusion

from .fhir_ward import RecordedWard, record_ward


@pytest.fixture
def ward(ctx) -> RecordedWard:
    return record_ward(ctx)


def test_the_report_of_a_stored_event(ctx, ward: RecordedWard):
    flushing, dyspnoea = ward.kept_event_ids
    report = safety_report(ctx, flushing)
    assert report.event_id == flushing and report.printed_by == "nurse.test"
    for name, value in {
        "Patient initials": "A.N.",
        "Age at onset": "6 years",
        "Weight": "14.2 kg (measured 2026-03-01 08:00)",
        "Reaction": "flushing",
        "Onset": "2026-03-08 09:40",
        "Action taken": "infusion rate reduced",
        "Lot number": "P123, P124",
        "Expiry": f"P123: 2027-01-31; P124: {NOT_RECORDED}",
        # The 170 mL/h step of 10:00 is entered in error; at 09:40 the 09:30 step ran.
        "Rate at onset": "17 mL/h = 1.20 mL/kg/h = 2.00 mg/kg/min (since 2026-03-08 09:30)",
        "Premedication 1": "paracetamol 210 mg po at 2026-03-08 08:30 (antipyretic)",
        "Therapy end": "2026-03-08 15:00",
        "Recorded by": "nurse.test",
        "Ward": NOT_RECORDED,
    }.items():
        assert report.value(name) == value, name
    at_check = safety_report(ctx, dyspnoea)
    assert at_check.value("Found") == (
        "reported at the +24 h follow-up check (done 2026-03-09 15:30)"
    )
    assert at_check.value("Rate at onset") == "not running at onset (ended 2026-03-08 15:00)"
    assert at_check.value("Description") == NOT_RECORDED


def test_the_reporter_is_named_by_the_account(ctx):
    for username, name, role in (
        ("boss", "Ward Admin", "admin"),
        ("ann.nurse", "Ann Nurse", "nurse"),
    ):
        users.add_user(
            ctx,
            username=username,
            display_name=name,
            role=role,
            password="correct horse battery staple 42",
        )
    ctx.accounts = True
    ctx.act_as("ann.nurse", Role.NURSE)
    make_patient(ctx)
    given = start_infusion(ctx)
    infusions.add_reaction(
        ctx,
        given.id,
        AdverseEvent(
            datetime(2026, 3, 10, 9, 0),
            "anaphylaxis",
            4,
            serious=True,
            seriousness=(Seriousness.LIFE_THREATENING,),
            action=EventAction.STOPPED,
            outcome=EventOutcome.RESOLVING,
        ),
    )
    [event] = load_history(ctx, "K-0001").infusion(given.id).events
    assert event.id is not None
    report = safety_report(ctx, event.id)
    assert report.value("Recorded by") == "Ann Nurse (ann.nurse)"
    assert report.value("Reporter's role") == "nurse"
    assert report.value("Seriousness criteria") == "life-threatening"
    assert report.value("Action taken") == "infusion stopped"


@pytest.mark.parametrize("event_id", [999, 0, -1])
def test_an_unknown_id_is_named(ctx, ward, event_id):
    with pytest.raises(UnknownRecord) as refused:
        safety_report(ctx, event_id)
    assert str(refused.value) == f"adverse event {event_id}: id: no adverse event has this id"


def test_an_event_entered_in_error_is_not_reported(ctx, ward: RecordedWard):
    with pytest.raises(UnknownRecord, match="it is marked entered in error"):
        safety_report(ctx, ward.voided_event_id)


def test_an_event_of_an_infusion_entered_in_error_is_not_reported(ctx):
    make_patient(ctx)
    given = start_infusion(ctx, events=(AdverseEvent(datetime(2026, 3, 10, 9, 0), "rash", 1),))
    [event] = load_history(ctx, "K-0001").infusion(given.id).events
    assert event.id is not None
    safety_report(ctx, event.id)
    mark_entered_in_error(ctx, EntryKind.INFUSION, given.id, "wrong patient's chart")
    with pytest.raises(UnknownRecord, match="its infusion is marked entered in error"):
        safety_report(ctx, event.id)


@pytest.mark.parametrize(("role", "allowed"), [*((r, True) for r in Role), (None, False)])
def test_everyone_who_may_view_records_may_print_it(ctx, ward: RecordedWard, role, allowed):
    ctx.accounts = True  # accounts exist; None: nobody has signed in
    ctx.act_as("someone", role)
    if allowed:
        assert safety_report(ctx, ward.kept_event_ids[0]).printed_by == "someone"
    else:
        with pytest.raises(NotPermitted):
            safety_report(ctx, ward.kept_event_ids[0])


def test_a_patients_events_are_listed_with_their_ids(ctx, ward: RecordedWard):
    listed = patient_events(ctx, "K-0001")
    assert [(e.event_id, e.term, e.grade, e.infusion_id) for e in listed] == [
        (ward.kept_event_ids[0], "flushing", 1, ward.ended_id),
        (ward.kept_event_ids[1], "shortness of breath (dyspnoea)", 2, ward.ended_id),
    ]
    assert patient_events(ctx, "K-0002") == []  # its only infusion is entered in error


def test_the_csv_is_field_and_value_rows(ctx, ward: RecordedWard, tmp_path: Path):
    report = safety_report(ctx, ward.kept_event_ids[0])
    target = write_csv(report, tmp_path / "report.csv")
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["field", "value"]
    assert rows[1:] == [[f.name, f.value] for f in report.fields]
    assert report_json(report)["fields"][0] == {
        "section": "Report",
        "field": "Adverse event id",
        "value": str(ward.kept_event_ids[0]),
    }


def test_a_value_that_a_spreadsheet_would_run_is_written_as_text(ctx, tmp_path: Path):
    make_patient(ctx, name="=HYPERLINK(evil) Roe")
    given = start_infusion(
        ctx, events=(AdverseEvent(datetime(2026, 3, 10, 9, 0), "@SUM(1+1)", 1, notes="+1"),)
    )
    [event] = load_history(ctx, "K-0001").infusion(given.id).events
    assert event.id is not None
    target = write_csv(safety_report(ctx, event.id), tmp_path / "report.csv")
    with target.open(encoding="utf-8", newline="") as handle:
        values = dict(csv.reader(handle))
    assert values["Reaction"] == "'@SUM(1+1)"
    assert values["Description"] == "'+1"
    assert values["Patient initials"] == "H.R."  # initials start with a letter
