"""Every main window keeps its main actions in sight on the ward's smallest usable area."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from ivigmon.services import infusions
from ivigmon.ui.elided_label import ElidedLabel
from ivigmon.ui.infusion_models import StepColumn
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.main_window import MainWindow
from tests.factories import make_patient, start_infusion

from .conftest import focused, outcome

ALT = Qt.KeyboardModifier.AltModifier

# A 1366x768 screen less a title bar and a taskbar.
USABLE = (1366, 700)


def misplaced(window: QWidget, buttons: dict[str, QPushButton]) -> list[str]:
    """The buttons not wholly inside the window, or squashed below their own height."""
    window.resize(*USABLE)
    QApplication.processEvents()
    faults = []
    if window.height() > USABLE[1] or window.width() > USABLE[0]:
        faults.append(f"window stays {window.width()}x{window.height()}")
    # A window manager keeps a window at least this tall (the offscreen platform does not).
    needed = window.minimumSizeHint()
    if needed.height() > USABLE[1] or needed.width() > USABLE[0]:
        faults.append(f"window needs at least {needed.width()}x{needed.height()}")
    area = QRect(QPoint(0, 0), window.size())
    for name, button in buttons.items():
        if not button.isVisibleTo(window):
            faults.append(f"{name} is hidden")
            continue
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not area.contains(rect) or button.height() < button.sizeHint().height() - 2:
            faults.append(f"{name} at {rect.getRect()} outside {area.getRect()}")
    return faults


def squeezed(window: QWidget) -> list[str]:
    """The shown labels given less room than their text needs: cut off, not scrolled."""
    faults = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text().strip():
            continue
        if isinstance(label, ElidedLabel):  # shortened by design, whole in its tooltip
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            short = label.height() < needed - 1
        else:
            hint = label.sizeHint()
            short = label.height() < hint.height() - 1 or label.width() < hint.width() - 1
        if short:
            faults.append(f"{label.text()[:60]!r} in {label.width()}x{label.height()}")
    return faults


def test_the_pages_of_the_main_window_keep_their_actions_in_sight(qtbot, ctx, events, show):
    make_patient(ctx)
    window = MainWindow(ctx, events)
    show(window)
    faults = []
    pages = (
        (0, {"Record check": window.worklist.record_button}),
        (1, {"Start infusion": window.patients.start_button}),
        (3, {"Save settings": window.settings.save_button}),
    )
    for index, buttons in pages:
        window.show_page(index)
        faults += misplaced(window, buttons)
    window.show_patient("K-0001")
    faults += misplaced(window, {"Start infusion (patient)": window.detail.start_button})
    assert faults == [], "\n".join(faults)


def test_the_bedside_window_keeps_its_actions_in_sight_with_a_warning_shown(
    qtbot, ctx, events, show
):
    make_patient(ctx)
    form = InfusionWindow(ctx, events, mrn="K-0001")
    show(form)
    assert form.start_page is not None
    faults = misplaced(form, {"Start": form.start_page.start_button})
    started = start_infusion(ctx, start=datetime(2026, 3, 10, 8, 0))
    for hour, rate in ((8, 5), (9, 20), (10, 400)):  # the last is far above the label
        infusions.add_rate_step(ctx, started.id, at=datetime(2026, 3, 10, hour, 30), ml_per_h=rate)
    running = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(running)
    page = running.run_page
    assert page is not None
    faults += misplaced(
        running,
        {
            "Add step": page.add_step_button,
            "End infusion": page.end_button,
            "Add vital signs": page.vitals_button,
        },
    )
    # The step that drew the warning stays in sight in the rate table.
    table = page.steps_table
    last = table.model().rowCount() - 1
    row_rect = table.visualRect(table.model().index(last, 0))
    assert table.viewport().rect().contains(row_rect), "the offending step is scrolled away"
    assert faults == [], "\n".join(faults)


def test_the_check_dialog_keeps_save_in_sight_with_symptoms_open(qtbot, ctx, events, show, clock):
    # Before: with two symptoms' lines open the dialog ran past 768 pixels and hid "Save check".
    from .test_check_forms import check_dialog

    _, _, dialog = check_dialog(qtbot, ctx, events, show, clock)
    dialog.symptoms.setChecked(True)
    for row in dialog.symptom_rows[:3]:
        row.box.setChecked(True)
    QApplication.processEvents()
    dialog.adjustSize()
    assert dialog.height() <= USABLE[1], dialog.height()
    assert misplaced(dialog, {"Save check": dialog.save_button}) == []


def test_a_long_running_infusion_with_a_rate_warning_fits_with_nothing_cut(
    qtbot, ctx, events, show
):
    # Before: the alert, the figures and the step's warning pushed the window past the screen;
    # the rate table shrank to two rows, the offending step out of sight, and lines were cut.
    make_patient(ctx)
    started = start_infusion(ctx, start=datetime(2026, 3, 7, 8, 0))  # 76 h: an unended alert
    for day, rate in ((7, 5), (7, 10), (8, 20), (8, 40), (9, 60)):
        at = datetime(2026, 3, day, 9 if rate in (5, 20) else 10, 0)
        infusions.add_rate_step(ctx, started.id, at=at, ml_per_h=rate)
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    window.resize(*USABLE)
    page = window.run_page
    assert page is not None
    page.rate.setText("400")  # far above the label: the step is recorded with a warning
    assert outcome(qtbot, page.add_step())
    assert page.step_message.isVisible()
    qtbot.keyClicks(page.rate, "500")  # and the next one is previewed with its warning
    assert page.alerts.isVisible() and page.preview_warning.isVisible()
    faults = misplaced(
        window,
        {
            "Add step": page.add_step_button,
            "End infusion": page.end_button,
            "Add vital signs": page.vitals_button,
        },
    )
    faults += squeezed(window)
    table = page.steps_table
    model = table.model()
    shown = [
        row
        for row in range(model.rowCount())
        if table.viewport().rect().contains(table.visualRect(model.index(row, 0)))
    ]
    if model.rowCount() - 1 not in shown:
        faults.append(f"the offending step is out of sight (rows in sight: {shown})")
    if len(shown) < 4:
        faults.append(f"the rate table shows {len(shown)} whole rows")
    check = model.index(model.rowCount() - 1, StepColumn.CHECK)
    needed = table.fontMetrics().horizontalAdvance(check.data()) + 8
    if table.columnWidth(StepColumn.CHECK) < needed:
        faults.append(f"the label check {check.data()!r} is cut")
    assert faults == [], "\n".join(faults)


def test_the_start_form_with_every_warning_fits_with_nothing_cut(qtbot, ctx, events, show):
    # Before: earlier reactions, an old weight, the warnings and the label rates made the form
    # 790 pixels tall on a 768-pixel screen: Start ran off the bottom, warnings and the label
    # rates were cut to a line, "+ another lot" was squashed.
    from .test_earlier_reactions import earlier_infusions
    from .test_start_flags import OLD_WEIGHT

    make_patient(ctx, measurements=(OLD_WEIGHT,))
    earlier_infusions(ctx)
    window = InfusionWindow(ctx, events, mrn="K-0001")
    show(window)
    form = window.start_page
    assert form is not None
    form.product.setCurrentIndex(form.product.findData("privigen"))
    qtbot.keyClicks(form.lots[0].lot, "P123")
    qtbot.keyClicks(form.lots[0].expiry, "2025-01-31")
    form.label_use.setCurrentIndex(1)
    qtbot.keyClicks(form.weight, "100")
    qtbot.keyClicks(form.dose, "300")
    qtbot.keyClicks(form.first_rate, "20")
    assert form.flag_warnings.isVisible() and form.weight_warning.isVisible()
    assert form.rates.text().count("\n") >= 3
    faults = misplaced(window, {"Start": form.start_button, "+ another lot": form.more_lots})
    faults += squeezed(window)
    assert faults == [], "\n".join(faults)
    # The form scrolls to the field the focus goes to, by an underlined letter too.
    viewport = form.form_area.viewport()
    for field in (form.notes, form.product):
        qtbot.keyClick(focused(), Qt.Key.Key_N if field is form.notes else Qt.Key.Key_P, ALT)
        assert field.hasFocus()
        place = QRect(field.mapTo(viewport, QPoint(0, 0)), field.size())
        assert viewport.rect().contains(place), field.accessibleName()


def test_the_worklist_with_alerts_and_a_check_of_many_reasons_fits_with_nothing_cut(
    qtbot, ctx, events, show
):
    # Before: the side panel cut the risk reasons of the selected check to what fitted.
    from ivigmon.domain.models import VitalSigns

    make_patient(ctx, blood_group=None)  # a note too: haemolysis risk not assessed
    started = start_infusion(ctx, active_infection=True)  # infection, Kawasaki, first infusion
    for hour in (9, 10, 11):
        infusions.add_vital_signs(
            ctx, started.id, VitalSigns(at=datetime(2026, 3, 10, hour, 0), hr=160, temp_c=39.0)
        )
    infusions.add_rate_step(ctx, started.id, at=datetime(2026, 3, 10, 8, 0), ml_per_h=400)
    infusions.end_infusion(ctx, started.id, end=datetime(2026, 3, 10, 11, 30))
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(0)
    window.worklist.table.selectRow(0)
    assert window.worklist.alerts_box.isVisible()
    assert len(window.worklist.assessment.reasons.text().split("<li>")) > 4
    faults = misplaced(window, {"Record check": window.worklist.record_button})
    faults += squeezed(window)
    assert faults == [], "\n".join(faults)


def test_an_ended_infusion_with_an_alert_shows_its_follow_up_checks_whole(qtbot, ctx, events, show):
    # Before: after the end the follow-up checks joined the three boxes on the right, and with
    # an alert above them the window grew past the screen, the status bar below its edge.
    from ivigmon.domain.models import VitalSigns

    make_patient(ctx)
    started = start_infusion(ctx)
    for hour, rate in ((8, 100), (9, 160), (10, 120), (11, 110)):
        infusions.add_vital_signs(
            ctx, started.id, VitalSigns(at=datetime(2026, 3, 10, hour, 0), hr=rate, temp_c=38.6)
        )
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    window.resize(*USABLE)
    page = window.run_page
    assert page is not None
    for rate in ("5", "20", "400"):
        page.rate.setText(rate)
        assert outcome(qtbot, page.add_step())
    dialog = page.end_infusion()
    assert dialog is not None and outcome(qtbot, dialog.save())
    assert page.alerts.isVisible() and page.checks_box.isVisible()
    faults = misplaced(window, {"Add vital signs": page.vitals_button})
    faults += squeezed(window)
    checks = QRect(page.checks_label.mapTo(window, QPoint(0, 0)), page.checks_label.size())
    if not QRect(QPoint(0, 0), window.size()).contains(checks):
        faults.append(f"the follow-up checks at {checks.getRect()} are out of sight")
    assert faults == [], "\n".join(faults)


def test_a_reopened_infusion_shows_its_newest_entries(qtbot, ctx, events, show):
    # Before: the tables scrolled to their newest row before the window had its size; once laid
    # out, the newest vital signs were cut at the bottom of their table.
    from ivigmon.domain.models import VitalSigns

    make_patient(ctx)
    started = start_infusion(ctx)
    for minute in range(0, 60, 10):
        at = datetime(2026, 3, 10, 10, minute)
        infusions.add_vital_signs(ctx, started.id, VitalSigns(at=at, hr=100, temp_c=37.0))
        infusions.add_rate_step(ctx, started.id, at=at, ml_per_h=5 + minute)
    infusions.end_infusion(ctx, started.id, end=datetime(2026, 3, 10, 11, 30))
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    window.resize(*USABLE)
    show(window)
    page = window.run_page
    assert page is not None
    hidden = []
    for name, table in (("steps", page.steps_table), ("vital signs", page.vitals_table)):
        newest = table.visualRect(table.model().index(table.model().rowCount() - 1, 0))
        if not table.viewport().rect().contains(newest):
            hidden.append(name)
    assert hidden == []
