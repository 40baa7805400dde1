"""Amend, never delete: entries marked in error leave the tables and stay in the history."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from ivigmon.domain.codes import CheckMode, CheckOutcome, PremedClass
from ivigmon.domain.models import Premedication, VitalSigns
from ivigmon.services import checks, infusions, users, worklist
from ivigmon.services.amend import EntryKind
from ivigmon.services.history import load_history
from ivigmon.ui.audit_wording import IN_ERROR
from ivigmon.ui.history_dialog import AuditColumn
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.patient_detail_page import PatientDetailPage
from tests.factories import make_patient, start_infusion

from .conftest import add_accounts, outcome

START = datetime(2026, 3, 10, 8, 0)


def test_a_rate_step_marked_in_error_leaves_the_table_and_the_history_shows_it(
    qtbot, ctx, events, show
):
    make_patient(ctx)
    started = start_infusion(ctx, start=START)
    infusions.add_rate_step(ctx, started.id, at=START, ml_per_h=4.3)
    infusions.add_rate_step(ctx, started.id, at=datetime(2026, 3, 10, 9, 0), ml_per_h=40)
    step_id = load_history(ctx, "K-0001").infusion(started.id).rate_steps[1].id
    add_accounts(ctx, sign_in="nora")
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    page = window.run_page
    assert not page.step_error_button.isEnabled()  # nothing selected yet
    page.steps_table.selectRow(1)
    assert page.step_error_button.isEnabled()

    page.step_error_button.click()
    dialog = page.reason_dialog
    assert dialog is not None
    assert dialog.entry.text() == "Rate step at 2026-03-10 09:00: 40 mL/h"
    qtbot.keyClicks(dialog.reason, "x")
    assert outcome(qtbot, dialog.save()) is False
    assert dialog.message.text() == "⚠ Reason: say why the entry is wrong"
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, "pump misread, it was 4.0")
    with qtbot.waitSignal(events.entry_amended, timeout=2000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    assert [s.ml_per_h for s in page.steps.rows()] == [4.3]
    assert [s.ml_per_h for s in load_history(ctx, "K-0001").infusion(started.id).rate_steps] == [
        4.3
    ]
    assert "Marked entered in error: Rate step at 2026-03-10 09:00: 40 mL/h" in page.message.text()

    history = window.show_history()
    assert history is not None
    model = history.model
    texts = [[model.index(r, c).data() for c in AuditColumn] for r in range(model.rowCount())]
    step_rows = [t for t in texts if t[AuditColumn.RECORD] == f"rate step {step_id}"]
    assert [t[AuditColumn.ACTION] for t in step_rows] == ["added", IN_ERROR]
    assert step_rows[0][AuditColumn.CHANGES] == "time 2026-03-10 09:00; pump mL/h 40"
    assert step_rows[1][AuditColumn.CHANGES] == "reason: pump misread, it was 4.0"
    assert step_rows[1][AuditColumn.WHO] == "nora"
    assert texts[0][AuditColumn.RECORD] == "infusion"
    assert history.table.currentIndex().row() == model.rowCount() - 1  # the latest entry
    assert "entered in error by nora" in history.detail.toPlainText()


def test_vitals_premedication_and_reactions_can_be_marked_in_error_too(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx, start=START)
    infusions.add_vital_signs(ctx, started.id, VitalSigns(at=START, temp_c=37.1, hr=110))
    infusions.add_premedication(
        ctx, started.id, Premedication(START, "paracetamol", PremedClass.ANTIPYRETIC, "210 mg")
    )
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    page = window.run_page
    for kind, table, model in (
        (EntryKind.VITAL_SIGNS, page.vitals_table, page.vitals),
        (EntryKind.PREMEDICATION, page.premeds_table, page.premeds),
    ):
        table.selectRow(0)
        dialog = page.mark_in_error(kind)
        assert dialog is not None
        dialog.reason.setText("wrong patient's chart")
        assert outcome(qtbot, dialog.save()) is True
        assert model.rowCount() == 0
    infusion = load_history(ctx, "K-0001").infusion(started.id)
    assert infusion.vitals == () and infusion.premedications == ()


def test_a_recorded_check_is_reopened_and_a_measurement_marked_in_error(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx, start=datetime(2026, 3, 9, 8, 0))
    infusions.end_infusion(ctx, started.id, end=datetime(2026, 3, 9, 11, 0))
    checks.record_check(
        ctx,
        started.id,
        24,
        done_at=datetime(2026, 3, 10, 11, 0),
        mode=CheckMode.PHONE,
        outcome=CheckOutcome.NOT_REACHED,
    )
    add_accounts(ctx, sign_in="desk")
    page = PatientDetailPage(ctx, events)
    show(page)
    page.show_patient("K-0001")
    done_row = next(n for n, c in enumerate(page.checks.rows()) if c.check.is_done)
    page.checks_table.selectRow(done_row)
    assert page.reopen_button.isEnabled()
    dialog = page.reopen_selected_check()
    assert dialog is not None
    dialog.reason.setText("recorded for the wrong patient")
    with qtbot.waitSignal(events.entry_amended, timeout=2000):
        assert outcome(qtbot, dialog.save()) is True
    assert (started.id, 24) in [(r.infusion_id, r.offset_h) for r in worklist.worklist(ctx)]
    assert not any(c.check.is_done for c in page.checks.rows())
    # Ward staff may not change measurements: the button says why.
    page.tabs.setCurrentIndex(3)
    page.measurements_table.selectRow(0)
    assert not page.measurement_error_button.isEnabled()
    assert "ward staff may not register or change patients" in (
        page.measurement_error_button.toolTip()
    )

    users.sign_in(ctx, "nora", "nora-pass-1")
    events.user_signed_in.emit("nora")
    assert page.measurement_error_button.isEnabled()
    dialog = page.mark_measurement_in_error()
    assert dialog is not None
    dialog.reason.setText("weight of another child")
    assert outcome(qtbot, dialog.save()) is True
    assert page.measurements.rowCount() == 0
    assert page.fact_labels["weight"].text() == "not measured"

    history = page.show_history()
    assert history is not None
    model = history.model
    rows = [
        (model.index(r, AuditColumn.RECORD).data(), model.index(r, AuditColumn.ACTION).data())
        for r in range(model.rowCount())
    ]
    assert rows[0] == ("patient", "added")
    assert (f"infusion {started.id}", "added") in rows
    assert (f"check +24 h ({started.id})", f"{IN_ERROR} (check reopened)") in rows
    reopened = rows.index((f"check +24 h ({started.id})", f"{IN_ERROR} (check reopened)"))
    changes = model.index(reopened, AuditColumn.CHANGES).data()
    assert changes.startswith("reason: recorded for the wrong patient")
    assert "outcome: not reached → -" in changes


def test_a_whole_infusion_started_in_error_is_marked_with_a_reason_and_stays_in_the_history(
    qtbot, ctx, events, show
):
    make_patient(ctx)
    started = start_infusion(ctx, start=START)
    add_accounts(ctx, sign_in="nora")
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    page = window.run_page
    assert page is not None and page.infusion_error_button.isEnabled()

    page.infusion_error_button.click()
    dialog = page.reason_dialog
    assert dialog is not None
    assert "for Ada Nowak (K-0001), started 2026-03-10 08:00" in dialog.entry.text()
    assert outcome(qtbot, dialog.save()) is False  # no reason, nothing marked
    assert [i.id for i in infusions.running_infusions(ctx)] == [started.id]
    qtbot.keyClicks(dialog.reason, "started in the wrong patient's chart")
    with qtbot.waitSignal(events.entry_amended, timeout=5000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    assert list(infusions.running_infusions(ctx)) == []
    assert started.id not in [i.id for i in load_history(ctx, "K-0001").infusions]
    assert window.run_page is None  # nothing more can be entered for it
    assert "Marked entered in error: infusion of" in window.message.text()
    history = window.show_history()
    assert history is not None
    model = history.model
    texts = [[model.index(r, c).data() for c in AuditColumn] for r in range(model.rowCount())]
    marked = [t for t in texts if t[AuditColumn.ACTION] == IN_ERROR]
    assert len(marked) == 1 and marked[0][AuditColumn.WHO] == "nora"
    assert marked[0][AuditColumn.CHANGES] == "reason: started in the wrong patient's chart"


def test_ward_staff_may_not_mark_an_infusion_in_error(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx, start=START)
    add_accounts(ctx, sign_in="desk")
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    page = window.run_page
    assert page is not None
    assert not page.infusion_error_button.isEnabled()
    assert page.infusion_error_button.toolTip().startswith("Not allowed for your role")
    assert page.mark_infusion_in_error() is None
    assert page.message.text().startswith("⚠ Not allowed for your role")
