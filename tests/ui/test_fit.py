"""Every main window keeps its main actions in sight on the ward's smallest usable area."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from ivigmon.services import infusions
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.main_window import MainWindow
from tests.factories import make_patient, start_infusion

# A 1366x768 screen less a title bar and a taskbar.
USABLE = (1366, 700)


def misplaced(window: QWidget, buttons: dict[str, QPushButton]) -> list[str]:
    """The buttons not wholly inside the window, or squashed below their own height."""
    window.resize(*USABLE)
    QApplication.processEvents()
    faults = []
    if window.height() > USABLE[1] or window.width() > USABLE[0]:
        faults.append(f"window stays {window.width()}x{window.height()}")
    area = QRect(QPoint(0, 0), window.size())
    for name, button in buttons.items():
        if not button.isVisibleTo(window):
            faults.append(f"{name} is hidden")
            continue
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not area.contains(rect) or button.height() < button.sizeHint().height() - 2:
            faults.append(f"{name} at {rect.getRect()} outside {area.getRect()}")
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
