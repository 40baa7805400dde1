"""Under each open alert the bedside shows what the ward's protocol says, or that it has none."""

from __future__ import annotations

from datetime import datetime

from ivigmon.domain.codes import AlertKind, CheckMode, CheckOutcome
from ivigmon.domain.models import VitalSigns
from ivigmon.services import checks, infusions
from ivigmon.services import settings as ward_settings
from ivigmon.services.checks import ReportedSymptom
from tests.factories import make_patient, start_infusion

from .test_infusion_window import bedside

NONE_ENTERED = "Ward protocol: none entered (Settings > Alerts)"


def alert_lines(page) -> list[str]:
    return page.alerts.text().removeprefix("⚠ ").split("\n")


def test_a_vital_sign_alert_says_the_ward_has_entered_no_protocol(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    infusions.add_vital_signs(ctx, started.id, VitalSigns(at=datetime(2026, 3, 10, 9, 0), spo2=90))
    page = bedside(ctx, events, show, started.id).run_page
    lines = alert_lines(page)
    assert lines[0].startswith("▲ ALERT since 2026-03-10 09:00: SpO2 90 %: alert (< 93 %")
    # Where the ward has entered none, that is said on the alert's own line: one line less.
    assert lines[0].endswith(
        "Review on the worklist once the child has been seen. " + NONE_ENTERED + "."
    )
    assert len(lines) == 1


def test_the_wards_protocol_is_shown_as_entered_once_under_alerts_of_its_kind(
    qtbot, ctx, events, show
):
    make_patient(ctx)
    started = start_infusion(ctx, start=datetime(2026, 3, 9, 8, 0))  # 28 h: also unended
    for hour, spo2 in ((9, 90), (10, 91)):
        infusions.add_vital_signs(
            ctx, started.id, VitalSigns(at=datetime(2026, 3, 9, hour, 0), spo2=spo2)
        )
    # Shown as typed: a ward's text is never read as markup.
    text = "Repeat SpO2 in 15 min.\nIf <92 % give O2 and call the registrar."
    ward_settings.save_alert_settings(
        ctx, max_running_h=24, protocols={AlertKind.VITAL_SIGNS: text}
    )
    page = bedside(ctx, events, show, started.id).run_page
    lines = alert_lines(page)
    assert [line.split(":")[0] for line in lines] == [
        "▲ ALERT since 2026-03-09 09",
        "▲ ALERT since 2026-03-09 10",
        "Ward protocol",
        "If <92 % give O2 and call the registrar.",
        "▲ ALERT since 2026-03-10 08",
    ]
    assert lines[2:4] == [
        "Ward protocol: Repeat SpO2 in 15 min.",
        "If <92 % give O2 and call the registrar.",
    ]
    assert lines[4].startswith("▲ ALERT since 2026-03-10 08:00: running for 28 h")
    assert lines[4].endswith(NONE_ENTERED + ".")


def test_a_red_flag_keeps_its_meaning_and_shows_the_red_flag_protocol(qtbot, ctx, events, show):
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
    ward_settings.save_alert_settings(
        ctx,
        max_running_h=24,
        protocols={
            AlertKind.RED_FLAG: "Ask the family to come in today; doctor on call reviews.",
            AlertKind.VITAL_SIGNS: "Not this one.",
        },
    )
    page = bedside(ctx, events, show, done.id).run_page
    lines = alert_lines(page)
    assert lines[0].startswith("▲▲ URGENT since 2026-03-09 15:00: at the 24 h check: dark urine")
    assert "haemolysis" in lines[0]
    assert lines[1:] == ["Ward protocol: Ask the family to come in today; doctor on call reviews."]
