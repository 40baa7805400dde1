"""Open alerts from stored state agree with replaying the record; reviews close them (SPEC 10)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ivigmon.demo.ward import build_demo_document
from ivigmon.domain.codes import AlertKind, AlertSeverity, CheckMode, CheckOutcome
from ivigmon.domain.models import AlertKey, VitalSigns
from ivigmon.domain.roles import Role
from ivigmon.domain.validation import ValidationError
from ivigmon.services import alerts, amend, checks, infusions, settings
from ivigmon.services.amend import EntryKind
from ivigmon.services.checks import ReportedSymptom
from ivigmon.services.errors import NotPermitted
from ivigmon.services.history import load_history
from ivigmon.services.importing import import_demo_ward
from tests.factories import Clock, make_patient, start_infusion


def same_alerts(ctx) -> list[tuple[str, str, str]]:
    """The open alerts from stored state, checked against the replay at the same moment."""
    stored = alerts.open_alerts(ctx)
    replayed = alerts.open_alerts(ctx, ctx.now())
    assert stored == replayed
    return [(a.kind.value, a.infusion_id, a.severity.value) for a in stored]


def low_oxygen(at: datetime, spo2: int = 88) -> VitalSigns:
    return VitalSigns(at=at, spo2=spo2)


def test_a_vital_sign_alert_stays_open_until_reviewed(ctx, clock: Clock):
    make_patient(ctx)
    first = start_infusion(ctx, start=datetime(2026, 3, 10, 8, 0))
    assert same_alerts(ctx) == []
    infusions.add_vital_signs(ctx, first.id, low_oxygen(datetime(2026, 3, 10, 9, 0)))
    assert same_alerts(ctx) == [("vital_signs", first.id, "alert")]
    infusions.end_infusion(ctx, first.id, end=datetime(2026, 3, 10, 11, 0))
    # A later infusion's entries (a partial refresh) leave the old alert open.
    later = start_infusion(ctx, start=datetime(2026, 3, 10, 11, 30))
    infusions.add_vital_signs(ctx, later.id, VitalSigns(at=datetime(2026, 3, 10, 11, 45), hr=100))
    infusions.end_infusion(ctx, later.id, end=datetime(2026, 3, 10, 12, 0))
    clock.now += timedelta(days=400)
    assert ("vital_signs", first.id, "alert") in same_alerts(ctx)
    [row] = [a for a in alerts.open_alerts(ctx) if a.kind is AlertKind.VITAL_SIGNS]
    assert "SpO2" in row.reason or "spo2" in row.reason.lower()
    reviewed = alerts.review_alert(ctx, row.key, "saturation rechecked 97 %, probe slipped")
    assert reviewed.review is not None and reviewed.review.by == "nurse.test"
    assert ("vital_signs", first.id, "alert") not in same_alerts(ctx)
    # With --all the reviewed alert is listed with its review; before the review it was open.
    every = alerts.open_alerts(ctx, include_reviewed=True)
    assert [a.review.note for a in every if a.review] == [
        "saturation rechecked 97 %, probe slipped"
    ]
    before = alerts.open_alerts(ctx, datetime(2026, 3, 10, 12, 0))
    assert [(a.kind, a.infusion_id, a.review) for a in before] == [
        (AlertKind.VITAL_SIGNS, first.id, None)
    ]


def test_an_unended_infusion_alerts_after_24_hours_and_stops_when_ended(ctx, clock: Clock):
    make_patient(ctx)
    running = start_infusion(ctx, start=datetime(2026, 3, 9, 12, 0))
    assert same_alerts(ctx) == []  # exactly 24 h is not more than 24 h
    clock.now += timedelta(minutes=1)
    assert same_alerts(ctx) == [("unended", running.id, "alert")]
    [row] = alerts.open_alerts(ctx)
    assert row.at == datetime(2026, 3, 10, 12, 0)
    assert row.reason.startswith("running for 24 h 1 min since")
    clock.now += timedelta(hours=2)
    assert alerts.open_alerts(ctx)[0].reason.startswith("running for 26 h 1 min since")
    infusions.end_infusion(ctx, running.id, end=datetime(2026, 3, 9, 20, 0))
    assert same_alerts(ctx) == []


def test_a_red_flag_at_a_check_is_urgent_and_gone_when_entered_in_error(ctx, clock: Clock):
    make_patient(ctx)
    done = start_infusion(ctx, start=datetime(2026, 3, 8, 9, 0), end=datetime(2026, 3, 8, 15, 0))
    checks.record_check(
        ctx,
        done.id,
        24,
        done_at=datetime(2026, 3, 9, 15, 0),
        mode=CheckMode.PHONE,
        outcome=CheckOutcome.SYMPTOMS,
        symptoms=[ReportedSymptom("dark_urine", 2)],
    )
    assert same_alerts(ctx) == [("red_flag", done.id, "urgent")]
    assert "dark_urine" in alerts.open_alerts(ctx)[0].reason or "dark urine" in (
        alerts.open_alerts(ctx)[0].reason
    )
    amend.mark_entered_in_error(ctx, EntryKind.INFUSION, done.id, "wrong patient's chart")
    assert same_alerts(ctx) == []


def test_the_demo_ward_reads_the_same_alerts_from_stored_state_and_replay(ctx, clock: Clock):
    clock.now = datetime(2026, 3, 10, 10, 30)
    import_demo_ward(ctx, build_demo_document(patients=70, seed=1, now=clock.now))
    for hours in (0, 6, 30, 200):
        clock.now = datetime(2026, 3, 10, 10, 30) + timedelta(hours=hours)
        same_alerts(ctx)


def test_open_alerts_come_urgent_first_then_by_time(ctx, clock: Clock):
    make_patient(ctx)
    make_patient(ctx, "K-0002", name="Ben Kowalski")
    one = start_infusion(ctx, start=datetime(2026, 3, 10, 8, 0))
    two = start_infusion(ctx, "K-0002", start=datetime(2026, 3, 10, 8, 0))
    infusions.add_vital_signs(ctx, one.id, low_oxygen(datetime(2026, 3, 10, 9, 0)))
    infusions.add_vital_signs(ctx, two.id, low_oxygen(datetime(2026, 3, 10, 10, 0)))
    infusions.add_vital_signs(ctx, two.id, low_oxygen(datetime(2026, 3, 10, 11, 0), spo2=80))
    rows = alerts.open_alerts(ctx)
    assert [(r.severity, r.infusion_id, r.at.hour) for r in rows] == [
        (AlertSeverity.URGENT, two.id, 11),
        (AlertSeverity.ALERT, one.id, 9),
        (AlertSeverity.ALERT, two.id, 10),
    ]


@pytest.fixture
def alerted(ctx):
    """A running infusion with one vital-sign alert at 09:00 (SpO2 88 %)."""
    make_patient(ctx)
    running = start_infusion(ctx, start=datetime(2026, 3, 10, 8, 0))
    infusions.add_vital_signs(ctx, running.id, low_oxygen(datetime(2026, 3, 10, 9, 0)))
    return AlertKey(AlertKind.VITAL_SIGNS, running.id, vital_at=datetime(2026, 3, 10, 9, 0))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"note": "   "}, "note"),
        ({"note": ""}, "note"),
        ({"at": datetime(2026, 3, 10, 8, 59)}, "reviewed_at"),
        ({"at": datetime(2026, 3, 10, 13, 0)}, "reviewed_at"),
        ({"key_at": datetime(2026, 3, 10, 9, 1)}, "vital_at"),
        ({"kind": AlertKind.RED_FLAG}, "vital_at"),
    ],
)
def test_a_review_that_cannot_be_is_refused_by_name(ctx, alerted: AlertKey, change, field):
    key = alerted
    if "key_at" in change:
        key = AlertKey(key.kind, key.infusion_id, vital_at=change["key_at"])
    if "kind" in change:
        key = AlertKey(change["kind"], key.infusion_id, vital_at=key.vital_at)
    with pytest.raises(ValidationError) as refused:
        alerts.review_alert(ctx, key, change.get("note", "seen"), change.get("at"))
    assert refused.value.field == field
    assert len(alerts.open_alerts(ctx)) == 1  # nothing changed
    assert alerts.open_alerts(ctx, include_reviewed=True)[0].review is None


@pytest.mark.parametrize(
    ("role", "allowed"), [(Role.NURSE, True), (Role.WARD_STAFF, True), (Role.ADMIN, False)]
)
def test_nurses_and_ward_staff_review_alerts(ctx, alerted: AlertKey, role: Role, allowed: bool):
    ctx.accounts = True
    ctx.act_as("someone", role)
    if allowed:
        alerts.review_alert(ctx, alerted, "seen, oxygen given")
        assert alerts.open_alerts(ctx) == []
    else:
        with pytest.raises(NotPermitted):
            alerts.review_alert(ctx, alerted, "seen")
        assert len(alerts.open_alerts(ctx)) == 1


def test_a_review_is_audited(ctx, alerted: AlertKey):
    alerts.review_alert(ctx, alerted, "seen", datetime(2026, 3, 10, 9, 5))
    with ctx.store.read() as conn:
        rows = conn.execute(
            "SELECT action, after FROM audit_log WHERE table_name = 'alert_reviews'"
        ).fetchall()
    assert [r["action"] for r in rows] == ["insert"]
    assert '"note":"seen"' in rows[0]["after"].replace(" ", "")


def test_an_alert_of_an_infusion_whose_patient_left_is_gone(ctx, alerted: AlertKey):
    owner = load_history(ctx, "K-0001").patient
    amend.mark_entered_in_error(ctx, EntryKind.PATIENT, str(owner.id), "registered twice")
    assert same_alerts(ctx) == []


@pytest.mark.parametrize(("hours", "ok"), [(15, False), (16, True), (72, True), (73, False)])
def test_the_ward_sets_how_long_an_infusion_may_run(ctx, hours: int, ok: bool):
    if ok:
        settings.save_max_running_h(ctx, hours)
        assert settings.max_running_h(ctx) == hours
        assert ctx.alert_settings().max_running_h == hours
    else:
        with pytest.raises(ValidationError) as refused:
            settings.save_max_running_h(ctx, hours)
        assert refused.value.field == "max_running_h"
        assert settings.max_running_h(ctx) == 24


def test_a_shorter_limit_opens_the_unended_alert_at_once(ctx, clock: Clock):
    make_patient(ctx)
    running = start_infusion(ctx, start=datetime(2026, 3, 9, 16, 0))  # 20 h ago
    assert same_alerts(ctx) == []
    settings.save_max_running_h(ctx, 18)
    assert same_alerts(ctx) == [("unended", running.id, "alert")]
    assert alerts.open_alerts(ctx)[0].at == datetime(2026, 3, 10, 10, 0)
