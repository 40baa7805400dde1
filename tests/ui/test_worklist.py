"""The worklist: order, side panel with reasons, recording a check removes its row."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from ivigmon.domain.codes import CheckMode, CheckOutcome, CheckStatus, Comorbidity
from ivigmon.services import infusions
from ivigmon.services.history import load_history
from ivigmon.ui.worklist_model import WorklistColumn
from ivigmon.ui.worklist_page import REFRESH_MS, WorklistPage
from tests.factories import NOW, Clock, make_patient, start_infusion

from .conftest import outcome, settle

END = datetime(2026, 3, 9, 11, 0)  # the checks fall due 2026-03-10 11:00, 03-11 and 03-12


def ended_infusion(ctx, mrn: str = "K-0001", **patient) -> str:
    make_patient(ctx, mrn, **patient)
    started = start_infusion(ctx, mrn, start=datetime(2026, 3, 9, 8, 0))
    infusions.end_infusion(ctx, started.id, end=END)
    return started.id


def test_rows_are_overdue_then_due_then_upcoming_with_risk_written_out(ctx, events, show, clock):
    clock.now = datetime(2026, 3, 11, 9, 0)
    ended_infusion(ctx, "K-0001")
    page = WorklistPage(ctx, events)
    show(page)
    statuses = [(r.offset_h, r.status) for r in page.model.rows()]
    assert statuses == [
        (24, CheckStatus.OVERDUE),
        (48, CheckStatus.DUE),
        (72, CheckStatus.UPCOMING),
    ]
    model = page.model
    assert model.index(0, WorklistColumn.STATUS).data() == "● OVERDUE"
    assert model.index(0, WorklistColumn.RISK).data() == "HIGH ▲▲"  # Kawasaki disease
    tooltip = model.index(0, WorklistColumn.RISK).data(Qt.ItemDataRole.ToolTipRole)
    assert "Kawasaki disease / heart: indication Kawasaki disease" in tooltip
    assert page.summary.text() == "1 check overdue · 1 due now · 1 upcoming"
    # The side panel shows the selected row's reasons and the disclaimer.
    assert "Ada Nowak (K-0001)" in page.side_patient.text()
    assert "Kawasaki disease" in page.assessment.reasons.text()
    assert "the clinician decides" in page.assessment.disclaimer.text()


def test_recording_a_check_removes_its_row_and_symptoms_become_events(
    qtbot, ctx, events, show, clock: Clock
):
    clock.now = datetime(2026, 3, 10, 12, 0)
    infusion_id = ended_infusion(ctx)
    page = WorklistPage(ctx, events)
    show(page)
    assert [r.offset_h for r in page.model.rows()] == [24, 48, 72]
    page.table.selectRow(0)
    dialog = page.record_selected()
    assert dialog is not None
    qtbot.mouseClick(dialog.phone, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.symptoms, Qt.MouseButton.LeftButton)
    headache = next(r for r in dialog.symptom_rows if r.term.value == "headache")
    headache.box.setChecked(True)
    headache.grade.setCurrentIndex(headache.grade.findData(2))
    headache.action.setCurrentIndex(headache.action.findData("treated"))
    headache.outcome.setCurrentIndex(headache.outcome.findData("resolved"))
    qtbot.keyClicks(dialog.notes, "mother called back")
    with qtbot.waitSignal(events.check_recorded, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert [r.offset_h for r in page.model.rows()] == [48, 72]
    history = load_history(ctx, "K-0001")
    done = next(c for c in history.checks if c.offset_h == 24)
    assert (done.mode, done.outcome, done.done_by) == (
        CheckMode.PHONE,
        CheckOutcome.SYMPTOMS,
        "nurse.test",
    )
    (event,) = history.infusion(infusion_id).events
    assert (event.term, event.grade, event.check_offset_h) == ("headache", 2, 24)


def test_a_check_needs_a_mode_and_an_outcome_and_nothing_is_lost(qtbot, ctx, events, show, clock):
    clock.now = datetime(2026, 3, 10, 12, 0)
    ended_infusion(ctx)
    page = WorklistPage(ctx, events)
    show(page)
    dialog = page.record_selected()
    qtbot.keyClicks(dialog.notes, "no answer twice")
    assert outcome(qtbot, dialog.save()) is False
    assert "How: choose in person or by phone" in dialog.message.text()
    qtbot.mouseClick(dialog.in_person, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.symptoms, Qt.MouseButton.LeftButton)
    assert outcome(qtbot, dialog.save()) is False
    assert "tick at least one symptom" in dialog.message.text()
    ctx.store.read_only = True
    qtbot.mouseClick(dialog.not_reached, Qt.MouseButton.LeftButton)
    assert outcome(qtbot, dialog.save()) is False
    assert "what you typed is still here" in dialog.message.text()
    assert dialog.notes.toPlainText() == "no answer twice"
    assert len(page.model.rows()) == 3


def test_the_worklist_refreshes_itself_every_minute_and_on_changes(
    qtbot, ctx, events, show, clock: Clock
):
    clock.now = datetime(2026, 3, 9, 12, 0)
    page = WorklistPage(ctx, events)
    show(page)
    assert page.timer.isActive() and page.timer.interval() == REFRESH_MS == 60_000
    assert page.model.rowCount() == 0
    ended_infusion(ctx)  # written behind the page's back (another workstation)
    assert page.model.rowCount() == 0
    page.timer.timeout.emit()
    settle(qtbot)
    assert page.model.rowCount() == 3
    make_patient(ctx, "K-0002", comorbidities=frozenset({Comorbidity.DIABETES}))
    with qtbot.waitSignal(page.counts_changed, timeout=1000):
        events.patient_saved.emit("K-0002")


def test_a_long_mrn_is_shown_whole(qtbot, ctx, events, show):
    # Before: the MRN column was 70 px wide and cut a service's MRNs to "N-012...".
    make_patient(ctx, "NATIONAL-0123456")
    started = start_infusion(ctx, "NATIONAL-0123456", start=NOW - timedelta(hours=30))
    infusions.end_infusion(ctx, started.id, end=NOW - timedelta(hours=26))
    page = WorklistPage(ctx, events)
    show(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    column = WorklistColumn.MRN
    text = page.model.index(0, column).data()
    assert text == "NATIONAL-0123456"
    needed = page.table.fontMetrics().horizontalAdvance(text)
    assert page.table.columnWidth(column) > needed
