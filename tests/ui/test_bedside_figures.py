"""Bedside figures: volume given and left, expected end, given against prescribed; unsaved rate."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ivigmon.services import infusions
from ivigmon.services.history import load_history
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.wording import UNSAVED_RATE_DISCARD, UNSAVED_RATE_KEEP
from tests.factories import THIS_MORNING, make_patient, start_infusion

from .conftest import settle


def forty_grams(ctx) -> str:
    """Privigen 10 %, 40 g for 20 kg: 400 mL prescribed; started 08:00 at 50 mL/h."""
    make_patient(ctx)
    started = start_infusion(ctx, dose_g=40.0, dosing_weight_kg=20.0)
    infusions.add_rate_step(ctx, started.id, at=THIS_MORNING, ml_per_h=50.0)
    return started.id


def bedside(ctx, events, show, infusion_id: str) -> InfusionWindow:
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=infusion_id)
    show(window)
    assert window.run_page is not None
    return window


def test_a_running_infusion_shows_given_left_and_the_expected_end(qtbot, ctx, events, show):
    page = bedside(ctx, events, show, forty_grams(ctx)).run_page
    # 08:00 to 12:00 at 50 mL/h: 200 mL given, 200 mL left, 4 h more at 50 mL/h.
    text = page.progress.text()
    assert page.progress.isVisibleTo(page)
    assert "Given about 200 mL of 400 mL (50 %) so far" in text
    assert "about 200 mL left" in text
    assert "expected end 2026-03-10 16:00 at 50 mL/h" in text


def test_a_pause_has_no_expected_end(qtbot, ctx, events, show):
    infusion_id = forty_grams(ctx)
    infusions.add_rate_step(ctx, infusion_id, at=datetime(2026, 3, 10, 10, 0), ml_per_h=0.0)
    page = bedside(ctx, events, show, infusion_id).run_page
    assert "Given about 100 mL of 400 mL (25 %) so far" in page.progress.text()
    assert "paused: no expected end" in page.progress.text()


def test_more_than_prescribed_is_said_plainly(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx, dose_g=40.0, dosing_weight_kg=20.0)
    infusions.add_rate_step(ctx, started.id, at=THIS_MORNING, ml_per_h=150.0)
    page = bedside(ctx, events, show, started.id).run_page
    text = page.progress.text()
    assert "Given about 600 mL of 400 mL (150 %) so far" in text
    assert "add up to more than the prescribed volume" in text


def test_ending_early_says_how_much_of_the_prescribed_volume_was_given(qtbot, ctx, events, show):
    page = bedside(ctx, events, show, forty_grams(ctx)).run_page
    dialog = page.end_infusion()
    assert dialog is not None
    qtbot.keyClicks(dialog.end, "08:54")
    # Told before saving, as information: the end is still saved as typed.
    assert dialog.given.isVisibleTo(dialog)
    assert "given about 45 mL of 400 mL (11 %)" in dialog.given.text()
    assert "about 355 mL of the prescribed volume not given" in dialog.given.text()
    with qtbot.waitSignal(events.infusion_ended, timeout=2000):
        qtbot.keyClick(dialog.end, Qt.Key.Key_Return)
    settle(qtbot)

    assert page.state.infusion.end == datetime(2026, 3, 10, 8, 54)
    assert page.progress.text() == (
        "Ended: given about 45 mL of 400 mL (11 %) by the recorded rate steps; "
        "about 355 mL of the prescribed volume not given."
    )


def answer_unsaved_rate(qtbot, button_text: str) -> list[str]:
    """Press a button of the question once it is open; returns the question's text."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        button.click()

    QTimer.singleShot(0, press)
    return seen


def test_closing_with_a_rate_typed_but_not_saved_asks_and_keep_keeps_it(qtbot, ctx, events, show):
    window = bedside(ctx, events, show, forty_grams(ctx))
    page = window.run_page
    qtbot.keyClicks(page.rate, "60")
    seen = answer_unsaved_rate(qtbot, UNSAVED_RATE_KEEP)
    window.close()
    assert seen and "60 mL/h is typed but not saved" in seen[0]
    assert window.isVisible()
    assert page.rate.text() == "60"


def test_closing_with_a_rate_typed_can_discard_it(qtbot, ctx, events, show):
    infusion_id = forty_grams(ctx)
    window = bedside(ctx, events, show, infusion_id)
    qtbot.keyClicks(window.run_page.rate, "60")
    seen = answer_unsaved_rate(qtbot, UNSAVED_RATE_DISCARD)
    with qtbot.waitSignal(window.window_closed, timeout=2000):
        window.close()
    assert seen
    steps = load_history(ctx, "K-0001").infusion(infusion_id).rate_steps
    assert [s.ml_per_h for s in steps] == [50.0]


def test_closing_with_nothing_typed_does_not_ask(qtbot, ctx, events, show):
    window = bedside(ctx, events, show, forty_grams(ctx))
    with qtbot.waitSignal(window.window_closed, timeout=2000):
        window.close()
