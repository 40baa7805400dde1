"""At 150 % text the main screens still fit 1366x768 less a title bar, with nothing cut."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QScrollArea,
    QWidget,
)

from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from ivigmon.ui.theme import Scheme, apply_theme, base_point_size
from tests.factories import make_patient, start_infusion

from .test_fit import USABLE, misplaced, squeezed

SCALE = 1.5


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[float]:
    """The application's text at 150 % (as a system font setting makes it), from the start;
    the point size of the text."""
    apply_theme(qapp, Scheme.LIGHT, font_scale=SCALE)
    yield qapp.font().pointSizeF()
    apply_theme(qapp, Scheme.LIGHT)


def scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area: out of the viewport is scrolled away, not cut."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def cut(window: QWidget) -> list[str]:
    """Buttons narrower than their text, widgets outside the window, labels cut short."""
    window.resize(*USABLE)
    QApplication.processEvents()
    faults = squeezed(window)
    for scroller in window.findChildren(QScrollArea):
        content = scroller.widget()
        sideways = scroller.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if content is None or sideways or not scroller.isVisibleTo(window):
            continue
        if content.minimumSizeHint().width() > scroller.viewport().width():
            # It scrolls up and down only: what is wider than its view is cut at the right.
            faults.append(
                f"{content.minimumSizeHint().width()} pixels of content in a"
                f" {scroller.viewport().width()}-pixel view, cut at the right"
            )
    area = QRect(QPoint(0, 0), window.size())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow() or scrolled(widget, window):
            continue
        name = widget.objectName() or type(widget).__name__
        narrow = widget.width() < widget.sizeHint().width() - 1
        if narrow and isinstance(widget, QAbstractButton) and widget.text():
            faults.append(f"button {widget.text()!r} {widget.width()} < {widget.sizeHint()}")
        place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if widget.width() > 0 and widget.height() > 0 and not area.contains(place):
            faults.append(f"{name} at {place.getRect()} outside {area.getRect()}")
    return faults


def report_shown(window: MainWindow) -> bool:
    """The Reports page shows a report, and is making none."""
    return window.reports.report is not None and window.reports.busy.isHidden()


def test_the_text_follows_the_font_size_asked_for(qapp, large_text):
    assert large_text == pytest.approx(base_point_size() * SCALE, abs=0.01)
    assert base_point_size() >= 10.5


def test_the_main_window_fits_with_150_percent_text(qtbot, ctx, events, show, large_text):
    make_patient(ctx)
    start_infusion(ctx)
    window = MainWindow(ctx, events)
    show(window)
    assert window.font().pointSizeF() == large_text
    faults = []
    for name in ("Worklist", "Patients", "Reports", "Settings", "About"):
        window.show_page(NAVIGATION.index(name))
        if name == "Reports":
            # The report is made off the GUI thread; its labels are laid out once it is shown.
            qtbot.waitUntil(lambda: report_shown(window))
            qtbot.wait(50)
        buttons = {}
        if name == "Worklist":
            buttons = {"Record check": window.worklist.record_button}
        if name == "Patients":
            buttons = {"Start infusion": window.patients.start_button}
        faults += [f"{name}: {fault}" for fault in misplaced(window, buttons) + cut(window)]
    window.show_patient("K-0001")
    faults += [f"patient: {fault}" for fault in cut(window)]
    if window.width() > USABLE[0]:
        # The page's widest row holds the window wider than the screen, where cut() sees it not.
        faults.append(f"patient: the window is {window.width()} pixels wide, not {USABLE[0]}")
    assert faults == [], "\n".join(faults)


def test_the_bedside_windows_fit_with_150_percent_text(qtbot, ctx, events, show, large_text):
    make_patient(ctx)
    make_patient(ctx, "K-0002")
    started = start_infusion(ctx)
    form = InfusionWindow(ctx, events, mrn="K-0002")
    show(form)
    assert form.font().pointSizeF() == large_text
    assert form.start_page is not None
    faults = [f"start: {f}" for f in misplaced(form, {"Start": form.start_page.start_button})]
    faults += [f"start: {f}" for f in cut(form)]
    running = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(running)
    page = running.run_page
    assert page is not None
    buttons = {"Add step": page.add_step_button, "End infusion": page.end_button}
    faults += [f"bedside: {f}" for f in misplaced(running, buttons) + cut(running)]
    assert faults == [], "\n".join(faults)


def test_the_check_dialog_fits_with_150_percent_text(qtbot, ctx, events, show, clock, large_text):
    """One column of symptoms, and a ticked symptom's fields under its name."""
    from .test_check_forms import check_dialog

    _, _, dialog = check_dialog(qtbot, ctx, events, show, clock)
    assert dialog.font().pointSizeF() == large_text
    dialog.phone.setChecked(True)
    dialog.symptoms.setChecked(True)
    QApplication.processEvents()
    assert misplaced(dialog, {"Save check": dialog.save_button}) + cut(dialog) == []
    # The longest symptom, and the shortest, ticked and serious: their lines fit too.
    for row in (dialog.symptom_rows[-2], dialog.symptom_rows[0]):
        row.box.setChecked(True)
        row.serious.setChecked(True)
    QApplication.processEvents()
    assert misplaced(dialog, {"Save check": dialog.save_button}) + cut(dialog) == []
