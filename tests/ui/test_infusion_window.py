"""The bedside window: start, rate steps with label warnings, end, reopen, keyboard-only entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ivigmon.app import main_window
from ivigmon.domain.codes import CheckStatus, FactorCode
from ivigmon.services import worklist
from ivigmon.services.context import open_context
from ivigmon.services.history import load_history
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.worklist_page import WorklistPage
from tests.factories import Clock, make_patient, start_infusion

from .conftest import activate, focused, outcome, press, settle, type_here

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def wait_for_focus(qtbot, widget: Callable[[], QWidget]) -> None:
    """A dialog opened from the keyboard takes the focus (once the window system activates it)."""

    def has_focus() -> bool:
        try:
            return QApplication.focusWidget() is widget()
        except AttributeError:  # the dialog is not open yet
            return False

    qtbot.waitUntil(has_focus, timeout=2000)


def bedside(ctx, events, show, infusion_id: str, mrn: str = "K-0001") -> InfusionWindow:
    window = InfusionWindow(ctx, events, mrn=mrn, infusion_id=infusion_id)
    show(window)
    assert window.run_page is not None
    return window


def test_a_step_above_the_maximum_shows_the_warning_and_is_still_saved(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    window = bedside(ctx, events, show, started.id)
    page = window.run_page
    # Privigen: maximum 8 mg/kg/min = 4.8 mL/kg/h; for 14.2 kg that is 68.2 mL/h.
    qtbot.keyClicks(page.rate, "100")
    assert "above the maximum: 11.74 mg/kg/min" in page.preview_warning.text().lower()
    with qtbot.waitSignal(events.infusion_logged, timeout=2000):
        qtbot.keyClick(page.rate, Qt.Key.Key_Return)

    stored = load_history(ctx, "K-0001").infusion(started.id)
    assert [(s.at, s.ml_per_h) for s in stored.rate_steps] == [(ctx.now(), 100.0)]
    row = page.steps.rows()[0]
    assert row.warning.startswith("above the maximum: 11.74 mg/kg/min > 8 mg/kg/min")
    assert f"{row.rate.ml_per_kg_h:.2f}" == "7.04"
    assert "above the maximum" in page.step_message.text().lower()
    assert ". Above the maximum: 11.74" in page.step_message.text()  # a sentence, capitalised
    assert page.step_message.property("kind") == "warning"
    # The table names the limit in a few words that fit its column; the value is beside it.
    label_cell = page.steps.index(0, 4).data()
    assert label_cell == "⚠ above the maximum 8 mg/kg/min"
    assert page.steps.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == row.warning
    assert FactorCode.RAPID_RATE in page.state.assessment.codes
    assert "HIGH" in window.badge.text()


def test_a_step_within_the_label_is_marked_as_such(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    page = bedside(ctx, events, show, started.id).run_page
    qtbot.keyClicks(page.rate_at, "08:00")
    qtbot.keyClicks(page.rate, "4")
    qtbot.keyClick(page.rate, Qt.Key.Key_Return)
    settle(qtbot)
    (row,) = page.steps.rows()
    assert row.warning == ""
    assert row.at == datetime(2026, 3, 10, 8, 0)
    assert page.steps.index(0, 4).data() == "within label"


def test_an_impossible_rate_is_refused_by_name_and_kept_as_typed(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    page = bedside(ctx, events, show, started.id).run_page
    qtbot.keyClicks(page.rate, "5000")
    qtbot.keyClick(page.rate, Qt.Key.Key_Return)
    assert "New pump rate (mL/h)" in page.step_message.text()
    assert "at most 2000 mL/h" in page.step_message.text()
    # Said once, in words: not again in the preview above, and never as "ml per h".
    assert "at most 2000" not in page.rate_steps.preview.text()
    assert "ml per h" not in page.step_message.text()
    assert page.rate.text() == "5000"
    assert page.rate.property("invalid") is True
    assert load_history(ctx, "K-0001").infusion(started.id).rate_steps == ()


def test_ending_an_infusion_puts_three_checks_on_the_worklist_at_the_right_times(
    qtbot, ctx, events, show, clock: Clock
):
    make_patient(ctx)
    started = start_infusion(ctx)
    list_page = WorklistPage(ctx, events)
    show(list_page)
    assert list_page.model.rowCount() == 0
    page = bedside(ctx, events, show, started.id).run_page

    dialog = page.end_infusion()
    assert dialog is not None
    qtbot.keyClicks(dialog.end, "11:30")
    with qtbot.waitSignal(events.infusion_ended, timeout=2000):
        qtbot.keyClick(dialog.end, Qt.Key.Key_Return)
    settle(qtbot)

    end = datetime(2026, 3, 10, 11, 30)
    expected = [
        (24, end + timedelta(hours=24)),
        (48, end + timedelta(hours=48)),
        (72, end + timedelta(hours=72)),
    ]
    assert [(c.offset_h, c.due_at) for c in page.state.checks] == expected
    assert page.checks_box.isVisibleTo(page)
    assert "+24 h: due 2026-03-11 11:30" in page.checks_label.text()
    assert not page.entry_widget.isEnabled()  # no more rate steps after the end
    rows = list_page.model.rows()  # refreshed by the infusion_ended signal
    assert [(r.offset_h, r.due_at, r.status) for r in rows] == [
        (offset, due, CheckStatus.UPCOMING) for offset, due in expected
    ]
    assert {r.mrn for r in rows} == {"K-0001"}
    clock.now = end + timedelta(hours=21)  # within the 4 h lead of the first check
    list_page.refresh()
    settle(qtbot)
    assert list_page.model.rows()[0].status is CheckStatus.DUE
    assert "1 due now" in list_page.summary.text()


def test_a_running_infusion_survives_closing_and_reopening_the_window(qtbot, ctx, events, show):
    make_patient(ctx)
    main = MainWindow(ctx, events)
    show(main)
    window = main.start_infusion_for("K-0001")
    activate(qtbot, window)
    form = window.start_page
    form.product.setCurrentIndex(form.product.findData("privigen"))
    qtbot.keyClicks(form.lots[0].lot, "P123")
    form.label_use.setCurrentIndex(1)
    qtbot.keyClicks(form.dose, "28")
    qtbot.keyClicks(form.start_at, "09:00")
    qtbot.keyClicks(form.first_rate, "4.3")
    with qtbot.waitSignal(window.infusion_changed, timeout=2000) as started:
        qtbot.keyClick(form.dose, Qt.Key.Key_Return, CTRL)
    infusion_id = started.args[0]
    page = window.run_page
    qtbot.keyClicks(page.rate, "8.6")
    qtbot.keyClick(page.rate, Qt.Key.Key_Return)
    vitals = page.add_vitals()
    qtbot.keyClicks(vitals.entry.edits["temp_c"], "37.4")
    assert outcome(qtbot, vitals.save())

    window.close()  # the nurse closes the window in the middle of the infusion
    qtbot.waitUntil(lambda: infusion_id not in main.bedside)
    assert main.running.count() == 1
    assert "K-0001" in main.running.item(0).text()

    item = main.running.item(0)
    main._running_activated(item)  # a click on "Running infusions" reopens it
    reopened = main.bedside[infusion_id]
    assert reopened is not window
    assert reopened.run_page is not None and reopened.start_page is None
    steps = [(s.at.strftime("%H:%M"), s.ml_per_h) for s in reopened.run_page.steps.rows()]
    assert steps == [("09:00", 4.3), ("12:00", 8.6)]
    assert [v.temp_c for v in reopened.run_page.vitals.rows()] == [37.4]
    assert reopened.run_page.entry_widget.isEnabled()


def test_after_a_crash_the_running_infusion_is_listed_and_opens_with_everything_entered(
    qtbot, ctx, events, show, tmp_path, clock
):
    make_patient(ctx)
    started = start_infusion(ctx)
    page = bedside(ctx, events, show, started.id).run_page
    qtbot.keyClicks(page.rate, "4.3")
    qtbot.keyClick(page.rate, Qt.Key.Key_Return)
    settle(qtbot)  # the step is committed
    # The program dies here; a new one opens the same file with its own connection.
    restarted = open_context(tmp_path / "ward.db", clock=clock, user="nurse.test")
    try:
        main = main_window(restarted)
        main.show()
        qtbot.waitExposed(main)
        settle(qtbot)  # the running infusions are read and listed beside the worklist
        assert main.current_page() is main.worklist
        assert list(main.bedside) == []  # no bedside window on top of the worklist
        item = main.running.item(0)
        assert item.data(Qt.ItemDataRole.UserRole) == ("K-0001", started.id)
        main.running.itemActivated.emit(item)
        settle(qtbot)
        reopened = main.bedside[started.id].run_page
        assert [s.ml_per_h for s in reopened.steps.rows()] == [4.3]
        assert reopened.entry_widget.isEnabled()
    finally:
        for window in main.bedside.values():
            window.discard_confirmed = True
        main.close()
        restarted.store.close()


def test_an_unknown_infusion_gives_a_message_not_a_crash(qtbot, ctx, events, show):
    make_patient(ctx)
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id="inf-404")
    show(window)
    assert "could not be loaded" in window.run_page.message.text()
    assert "no infusion 'inf-404'" in window.run_page.message.text()


def test_a_whole_infusion_can_be_entered_with_the_keyboard_alone(
    qtbot, ctx, events, show, clock: Clock
):
    make_patient(ctx)
    window = InfusionWindow(ctx, events, mrn="K-0001")
    show(window)
    qtbot.waitUntil(lambda: window.start_page.product.hasFocus())

    type_here(qtbot, "Priv")  # the product list jumps to Privigen
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "P123")  # lot
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "2027-01-31")  # expiry
    press(qtbot, Qt.Key.Key_Tab)  # indication: Kawasaki disease from the patient
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "on")  # label use
    press(qtbot, Qt.Key.Key_Tab)  # dosing weight: the measured 14.2 kg is filled in
    press(qtbot, Qt.Key.Key_Tab)  # actual weight
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "28")  # dose in grams
    assert "1.97 g/kg" in window.start_page.figures.text()
    assert "280 mL" in window.start_page.figures.text()
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "08:00")  # start time
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "4.3")  # first rate
    press(qtbot, Qt.Key.Key_Tab)  # active infection: no
    press(qtbot, Qt.Key.Key_Tab)  # notes
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "07:30")  # premedication time
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "paracetamol")  # the class fills in: antipyretic
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "210 mg")
    with qtbot.waitSignal(window.infusion_changed, timeout=2000) as started:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    infusion_id = started.args[0]

    page = window.run_page
    assert focused() is page.rate  # ready for the next rate step
    type_here(qtbot, "8.6")
    press(qtbot, Qt.Key.Key_Return)  # one keystroke: saved at the current time

    press(qtbot, Qt.Key.Key_T, CTRL)  # vital signs
    wait_for_focus(qtbot, lambda: page.dialog.entry.edits["temp_c"])  # the time: now
    type_here(qtbot, "37.9")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "128")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    wait_for_focus(qtbot, lambda: page.rate)  # back at the rate field

    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)  # a reaction
    wait_for_focus(qtbot, lambda: page.dialog.onset)
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "flush")
    press(qtbot, Qt.Key.Key_Tab)  # (the "other" text is skipped while disabled)
    press(qtbot, Qt.Key.Key_Down)  # grade 1 (nothing is preselected)
    press(qtbot, Qt.Key.Key_Down)  # grade 2
    assert "simple or local treatment" in page.dialog.grade_help.text()
    press(qtbot, Qt.Key.Key_Tab)  # serious: no
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "treat")  # action: treated
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "resolved")  # outcome: resolved
    press(qtbot, Qt.Key.Key_Return, CTRL)
    wait_for_focus(qtbot, lambda: page.rate)  # back at the rate field

    clock.now = datetime(2026, 3, 10, 13, 0)
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)  # end
    wait_for_focus(qtbot, lambda: page.dialog.end)
    with qtbot.waitSignal(events.infusion_ended, timeout=2000):
        press(qtbot, Qt.Key.Key_Return)

    stored = load_history(ctx, "K-0001").infusion(infusion_id)
    assert stored.product_id == "privigen"
    assert [(lot.lot, lot.expiry.isoformat()) for lot in stored.lots] == [("P123", "2027-01-31")]
    assert stored.label_use.value == "on" and stored.indication.value == "KD"
    assert (stored.dosing_weight_kg, stored.dose_g) == (14.2, 28.0)
    assert stored.start == datetime(2026, 3, 10, 8, 0)
    assert [(s.at.hour, s.ml_per_h) for s in stored.rate_steps] == [(8, 4.3), (12, 8.6)]
    (premed,) = stored.premedications
    assert (premed.drug, premed.drug_class.value, premed.dose) == (
        "paracetamol",
        "antipyretic",
        "210 mg",
    )
    (vitals,) = stored.vitals
    assert (vitals.temp_c, vitals.hr) == (37.9, 128)
    (event,) = stored.events
    assert (event.term, event.grade) == ("flushing", 2)
    assert (event.action.value, event.outcome.value) == ("treated", "resolved")
    assert stored.end == datetime(2026, 3, 10, 13, 0)
    assert [r.offset_h for r in worklist.worklist(ctx)] == [24, 48, 72]
    assert "+72 h: due 2026-03-13 13:00" in page.checks_label.text()


def test_a_storage_failure_keeps_the_start_form_as_typed(qtbot, ctx, events, show):
    make_patient(ctx)
    window = InfusionWindow(ctx, events, mrn="K-0001")
    show(window)
    form = window.start_page
    form.product.setCurrentIndex(form.product.findData("privigen"))
    qtbot.keyClicks(form.lots[0].lot, "P123")
    form.label_use.setCurrentIndex(1)
    qtbot.keyClicks(form.dose, "28")
    ctx.store.read_only = True  # as if the file had become read-only (or locked)
    assert not outcome(qtbot, form.start())
    assert "can only be read" in form.message.text()
    assert "what you typed is still here" in form.message.text()
    assert form.dose.text() == "28" and form.lots[0].lot.text() == "P123"
    assert window.start_page is form
    ctx.store.read_only = False
    assert outcome(qtbot, form.start())
    assert window.run_page is not None
