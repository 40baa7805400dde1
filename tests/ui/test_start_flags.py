"""The start form: every warning named and confirmed before anything is stored; old weights."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from ivigmon.domain.models import Measurement
from ivigmon.services.history import load_history
from ivigmon.ui.infusion_window import InfusionWindow
from tests.factories import make_patient

from .conftest import outcome, settle

CTRL = Qt.KeyboardModifier.ControlModifier
NOW = datetime(2026, 3, 10, 12, 0)
OLD_WEIGHT = Measurement(at=NOW - timedelta(days=649), weight_kg=43.7, height_cm=150.0)


def risky_form(qtbot, ctx, events, show):
    make_patient(ctx, measurements=(OLD_WEIGHT,))
    window = InfusionWindow(ctx, events, mrn="K-0001")
    show(window)
    form = window.start_page
    form.product.setCurrentIndex(form.product.findData("privigen"))
    qtbot.keyClicks(form.lots[0].lot, "P123")
    qtbot.keyClicks(form.lots[0].expiry, "2025-01-31")
    form.label_use.setCurrentIndex(1)
    qtbot.keyClicks(form.weight, "100")
    qtbot.keyClicks(form.dose, "300")
    return window, form


def test_an_old_weight_is_not_offered_as_the_dosing_weight(qtbot, ctx, events, show):
    make_patient(ctx, measurements=(OLD_WEIGHT,))
    window = InfusionWindow(ctx, events, mrn="K-0001")
    show(window)
    form = window.start_page
    assert form.weight.text() == ""
    assert form.weight_warning.isVisible()
    assert form.weight_warning.text() == (
        "⚠ Warning: last weight 43.7 kg, 649 days ago: weigh the child"
    )


def test_a_recent_weight_is_still_offered(qtbot, ctx, events, show):
    make_patient(ctx)  # 14.2 kg measured 9 days ago
    window = InfusionWindow(ctx, events, mrn="K-0001")
    show(window)
    assert window.start_page.weight.text() == "14.2"
    assert not window.start_page.weight_warning.isVisible()


def test_the_warnings_show_as_warnings_while_the_form_is_filled(qtbot, ctx, events, show):
    _, form = risky_form(qtbot, ctx, events, show)
    assert form.flag_warnings.isVisible() and form.flag_warnings.property("role") == "warning"
    assert form.flag_warnings.text() == (
        "⚠ Warning: expired lot; dose above 2.5 g/kg; dosing weight far from the measured"
        " weight; no current weight"  # the weight before the start, not after it
    )
    details = form.flag_warnings.toolTip()
    assert "⚠ Warning: expired lot: lot P123 expired on 2025-01-31" in details
    assert "⚠ Warning: dose above 2.5 g/kg: 300 g for 100 kg is 3 g/kg" in details
    assert "⚠" not in form.figures.text()


def test_risky_values_wait_for_a_confirmation_that_names_each_warning(qtbot, ctx, events, show):
    window, form = risky_form(qtbot, ctx, events, show)
    qtbot.keyClick(form.dose, Qt.Key.Key_Return, CTRL)
    assert form.start() is None  # a second press changes nothing either
    settle(qtbot)
    assert load_history(ctx, "K-0001").infusions == ()
    dialog = form.flags_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    listed = dialog.text
    assert "expired lot: lot P123 expired on 2025-01-31" in listed
    assert "dose above 2.5 g/kg: 300 g for 100 kg is 3 g/kg" in listed
    assert "dosing weight far from the measured weight: dosing weight 100 kg" in listed
    assert "no current weight: the latest weight (43.7 kg" in listed
    assert "649 days old" in listed

    # Enter goes back: the form is kept and nothing is stored.
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot)
    assert load_history(ctx, "K-0001").infusions == ()
    assert window.start_page is form and form.dose.text() == "300"

    form.start()
    confirm = form.flags_dialog
    assert confirm is not None
    qtbot.waitUntil(confirm.isVisible)
    with qtbot.waitSignal(window.infusion_changed, timeout=5000):
        confirm.start_button.click()
    (stored,) = load_history(ctx, "K-0001").infusions
    assert (stored.dosing_weight_kg, stored.dose_g) == (100.0, 300.0)
    assert stored.notes == (
        "Started despite warnings (expired lot; dose above 2.5 g/kg; dosing weight far from"
        " the measured weight; no current weight), confirmed by nurse.test."
    )
    assert stored.recorded_by == "nurse.test"


def test_a_form_without_warnings_starts_at_once(qtbot, ctx, events, show):
    make_patient(ctx)
    window = InfusionWindow(ctx, events, mrn="K-0001")
    show(window)
    form = window.start_page
    form.product.setCurrentIndex(form.product.findData("privigen"))
    qtbot.keyClicks(form.lots[0].lot, "P123")
    form.label_use.setCurrentIndex(1)
    qtbot.keyClicks(form.dose, "28")
    assert outcome(qtbot, form.start())
    assert form.flags_dialog is None
    (stored,) = load_history(ctx, "K-0001").infusions
    assert stored.notes == ""
