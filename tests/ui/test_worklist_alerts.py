"""Open alerts on the worklist, above the checks; a review asks what was done and removes it."""

from __future__ import annotations

from datetime import datetime

from ivigmon.domain.models import VitalSigns
from ivigmon.services import alerts, infusions
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.worklist_page import WorklistPage
from tests.factories import make_patient, start_infusion

from .conftest import outcome, settle


def alarming_infusion(ctx) -> str:
    """Ada's running infusion with a heart rate of 160/min at 09:00: urgent for 4-12 y."""
    make_patient(ctx)
    started = start_infusion(ctx)
    infusions.add_vital_signs(ctx, started.id, VitalSigns(at=datetime(2026, 3, 10, 9, 0), hr=160))
    return started.id


def test_open_alerts_are_listed_above_the_checks_with_severity_and_reason(qtbot, ctx, events, show):
    infusion_id = alarming_infusion(ctx)
    page = WorklistPage(ctx, events)
    show(page)
    settle(qtbot)
    assert page.alerts_box.isVisible()
    assert page.alerts_box.title() == "Open alerts (1, 1 urgent)"
    (row,) = page.alerts.rows()
    assert row.infusion_id == infusion_id
    assert page.alerts.index(0, 0).data() == "▲▲ URGENT"
    assert "heart rate 160/min" in page.alerts.index(0, 4).data()
    assert (
        page.alerts_box.geometry().bottom()
        < page.table.mapTo(page, page.table.rect().topLeft()).y()
    )


def test_reviewing_an_alert_asks_what_was_done_and_removes_it(qtbot, ctx, events, show):
    alarming_infusion(ctx)
    page = WorklistPage(ctx, events)
    show(page)
    settle(qtbot)
    dialog = page.review_selected()
    assert dialog is not None
    assert not outcome(qtbot, dialog.save())  # a review needs a note
    assert len(alerts.open_alerts(ctx)) == 1
    qtbot.keyClicks(dialog.reason, "child seen, obs repeated: 120/min")
    with qtbot.waitSignal(events.alert_reviewed, timeout=5000):
        assert outcome(qtbot, dialog.save())
    settle(qtbot)
    assert page.alerts.rows() == []
    assert not page.alerts_box.isVisible()
    (reviewed,) = alerts.open_alerts(ctx, include_reviewed=True)
    assert reviewed.review is not None
    assert (reviewed.review.by, reviewed.review.note) == (
        "nurse.test",
        "child seen, obs repeated: 120/min",
    )


def test_the_status_bar_counts_open_alerts_and_the_running_panel_marks_them(
    qtbot, ctx, events, show
):
    alarming_infusion(ctx)
    window = MainWindow(ctx, events)
    show(window)
    settle(qtbot)
    qtbot.waitUntil(
        lambda: window.running.count() == 1 and "open alert" in window.running.item(0).text()
    )
    assert window.counts_label.text().startswith("▲ 1 open alert (1 urgent) · 0 checks overdue")
    assert window.running.item(0).text().endswith("\n▲ open alert")
    dialog = window.worklist.review_selected()
    qtbot.keyClicks(dialog.reason, "seen")
    assert outcome(qtbot, dialog.save())
    settle(qtbot)
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("Open alerts: 0"))
    assert "open alert" not in window.running.item(0).text()
