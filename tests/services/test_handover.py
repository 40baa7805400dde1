"""The handover sheet's content on a constructed ward: a running infusion with its rate and next
planned step, an open urgent alert, a high-risk patient with the reasons, and the checks overdue
or due within the next 12 h (a check due in 13 h is counted, not listed)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ivigmon.domain.codes import (
    AlertKind,
    AlertSeverity,
    CheckStatus,
    Diagnosis,
    FactorCode,
    RiskLevel,
)
from ivigmon.domain.models import RateStep, VitalSigns
from ivigmon.services import handover, infusions
from ivigmon.services.context import Context
from tests.factories import NOW, make_patient, start_infusion

ITP = {"indication": Diagnosis.ITP}


def ended(ctx: Context, mrn: str, *, end: datetime, **overrides: object) -> str:
    """An infusion of `mrn` that ran for four hours up to `end` (its checks scheduled)."""
    made = start_infusion(ctx, mrn, start=end - timedelta(hours=4), **ITP, **overrides)
    infusions.end_infusion(ctx, made.id, end=end)
    return made.id


@pytest.fixture
def ward(ctx: Context) -> dict[str, str]:
    """K-0001 infusing now with an urgent alert; K-0002 high risk (kidney failure) with a check
    due in 11 h; K-0003 with a check due in 13 h; K-0004 with a check 9 h overdue."""
    for mrn in ("K-0001", "K-0002", "K-0003", "K-0004"):
        extra = {"comorbidities": frozenset({"kidney_failure"})} if mrn == "K-0002" else {}
        make_patient(ctx, mrn, diagnoses=(Diagnosis.ITP,), **extra)
    running = start_infusion(
        ctx,
        "K-0001",
        product_id="octagam_10",
        start=NOW - timedelta(minutes=15),
        rate_steps=(RateStep(NOW - timedelta(minutes=15), 8.5),),
        **ITP,
    )
    infusions.add_vital_signs(ctx, running.id, VitalSigns(at=NOW - timedelta(minutes=10), spo2=80))
    return {
        "running": running.id,
        "in_11_h": ended(ctx, "K-0002", end=NOW + timedelta(hours=11) - timedelta(hours=24)),
        "in_13_h": ended(ctx, "K-0003", end=NOW + timedelta(hours=13) - timedelta(hours=24)),
        "overdue": ended(ctx, "K-0004", end=NOW - timedelta(hours=9) - timedelta(hours=24)),
    }


def test_the_handover_lists_what_the_next_shift_must_know(ctx: Context, ward: dict[str, str]):
    sheet = handover.handover(ctx)
    assert (sheet.at, sheet.printed_by, sheet.window_h) == (NOW, "nurse.test", 12)
    assert sheet.database == ctx.store.path  # the file, or the server without its password

    # Infusing now: Octagam 10 % at 1 mg/kg/min for 14.2 kg (8.5 mL/h) since 11:45; the plan's
    # next setting, 2 mg/kg/min (17.0 mL/h), is due 30 min after the first rate was set.
    [running] = sheet.running
    assert (running.infusion.id, running.patient_name) == (ward["running"], "Ada Nowak")
    assert (running.rate_ml_per_h, running.rate_since) == (8.5, NOW - timedelta(minutes=15))
    assert running.next_step is not None and running.no_next_step == ""
    assert running.next_step.step.rate.ml_per_h == pytest.approx(17.0)
    assert running.next_step.due_at == NOW + timedelta(minutes=15)
    assert running.open_alerts == 1

    # The open urgent alert, with its reason and the patient's name.
    [alert] = sheet.alerts
    assert (alert.kind, alert.severity, alert.infusion_id) == (
        AlertKind.VITAL_SIGNS,
        AlertSeverity.URGENT,
        ward["running"],
    )
    assert "SpO2 80" in alert.reason
    assert sheet.alert_names == {"K-0001": "Ada Nowak"}

    # The one high-risk patient, with the reason; the others are not listed.
    [high] = sheet.high_risk
    assert (high.mrn, high.infusion_id) == ("K-0002", ward["in_11_h"])
    assert high.listed_for == f"follow-up after infusion {ward['in_11_h']}"
    assert FactorCode.KIDNEY_FAILURE in {f.code for f in high.factors}

    # Checks: the one 9 h overdue, the one due in 11 h; the one due in 13 h only counted.
    assert [(r.infusion_id, r.offset_h, r.status) for r in sheet.overdue] == [
        (ward["overdue"], 24, CheckStatus.OVERDUE)
    ]
    assert sheet.due_now == ()
    assert [(r.infusion_id, r.offset_h) for r in sheet.due_soon] == [(ward["in_11_h"], 24)]
    assert ward["in_13_h"] not in {r.infusion_id for r in sheet.due_soon}
    # Later: K-0002 +48/+72, K-0003 +24/+48/+72, K-0004 +48/+72.
    assert sheet.later == 7


@pytest.mark.parametrize(
    ("due_in", "listed"),
    [
        (timedelta(hours=4, minutes=1), True),  # upcoming, not yet due
        (timedelta(hours=11), True),
        (timedelta(hours=12), True),  # the window is closed at its end
        (timedelta(hours=12, minutes=1), False),
        (timedelta(hours=13), False),
    ],
)
def test_a_check_is_listed_when_due_within_12_hours(ctx: Context, due_in: timedelta, listed: bool):
    make_patient(ctx, diagnoses=(Diagnosis.ITP,))
    infusion_id = ended(ctx, "K-0001", end=NOW + due_in - timedelta(hours=24))
    sheet = handover.handover(ctx)
    expected = [(infusion_id, 24)] if listed else []
    assert [(r.infusion_id, r.offset_h) for r in sheet.due_soon] == expected
    assert sheet.later == (2 if listed else 3)


def test_a_check_due_now_is_listed_apart(ctx: Context):
    make_patient(ctx, diagnoses=(Diagnosis.ITP,))
    infusion_id = ended(ctx, "K-0001", end=NOW - timedelta(hours=26))  # +24 due 2 h ago
    sheet = handover.handover(ctx)
    assert [(r.infusion_id, r.status) for r in sheet.due_now] == [(infusion_id, CheckStatus.DUE)]
    assert sheet.overdue == () and sheet.due_soon == ()


def test_a_paused_infusion_shows_the_pause_and_a_product_without_steps_says_why(ctx: Context):
    make_patient(ctx, diagnoses=(Diagnosis.ITP,))
    start = NOW - timedelta(hours=1)
    paused = start_infusion(
        ctx,
        product_id="octagam_10",
        start=start,
        rate_steps=(RateStep(start, 8.5), RateStep(start + timedelta(minutes=40), 0.0)),
        **ITP,
    )
    make_patient(ctx, "K-0002", diagnoses=(Diagnosis.ITP,))
    # Privigen names no steps or interval: the nurse raises as tolerated, up to the maximum.
    privigen = start_infusion(ctx, "K-0002", start=start, **ITP)
    rows = {r.infusion.id: r for r in handover.handover(ctx).running}
    assert rows[paused.id].rate_ml_per_h == 0.0
    assert rows[paused.id].rate_since == start + timedelta(minutes=40)
    assert rows[privigen.id].rate_ml_per_h is None  # no rate recorded yet
    assert rows[privigen.id].next_step is not None
    assert rows[privigen.id].risk_level is RiskLevel.ELEVATED  # first infusion


def test_a_patient_infusing_now_at_high_risk_is_listed_as_infusing(ctx: Context):
    make_patient(ctx)  # Kawasaki disease: high on its own
    running = start_infusion(ctx)
    [high] = handover.handover(ctx).high_risk
    assert (high.mrn, high.infusion_id, high.listed_for) == ("K-0001", running.id, "infusing now")
    assert FactorCode.KAWASAKI_CARDIAC in {f.code for f in high.factors}
