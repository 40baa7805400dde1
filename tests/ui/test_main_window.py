"""Smoke test of the main window: pages, menus and shortcuts, the status bar."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from ivigmon.services import infusions
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from tests.factories import make_patient, start_infusion

from .conftest import activate


def test_the_main_window_opens_on_the_worklist_with_a_status_bar(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx, start=datetime(2026, 3, 9, 8, 0))
    infusions.end_infusion(ctx, started.id, end=datetime(2026, 3, 9, 11, 0))
    window = MainWindow(ctx, events)
    show(window)
    assert window.current_page() is window.worklist
    assert [window.navigation.item(i).text() for i in range(len(NAVIGATION))] == list(NAVIGATION)
    assert window.navigation.item(NAVIGATION.index("Users")).isHidden()  # no accounts yet
    assert window.db_label.text() == f"Database: {ctx.store.path}"
    assert window.user_label.text() == "User: nurse.test"
    assert window.counts_label.text() == "Open alerts: 0 · Checks: 0 overdue · 1 due now"
    assert window.worklist.model.rowCount() == 3
    for index, page in enumerate(window.pages):
        if page is window.users:
            continue
        window.show_page(index)
        assert window.current_page() is page
    (box,) = window.reports.findChildren(QGroupBox)
    assert box.title() == "Reports come in a later version"  # a plain page, not a fake
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Patient", "&View", "&Help"]


def test_desktop_shortcuts(qtbot, ctx, events, show):
    make_patient(ctx)
    window = MainWindow(ctx, events)
    show(window)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_F, ctrl)  # find patient
    assert window.current_page() is window.patients
    qtbot.waitUntil(window.patients.search.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_1, ctrl)
    assert window.current_page() is window.worklist
    with qtbot.waitSignal(window.worklist.counts_changed, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_F5)  # refresh
    qtbot.keyClick(window, Qt.Key.Key_N, ctrl)  # new infusion: choose the patient first
    qtbot.waitUntil(lambda: window.picker is not None and window.picker.isVisible())
    picker = window.picker
    qtbot.keyClicks(picker.search, "K-0001")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "new:K-0001" in window.bedside)
    bedside = window.bedside["new:K-0001"]
    assert bedside.start_page is not None
    assert bedside.windowTitle() == "Bedside infusion - Ada Nowak (K-0001)"
    bedside.close()  # nothing typed yet: closes without a question
    qtbot.waitUntil(lambda: not window.bedside)
    activate(qtbot, window)  # the window system hands the keyboard back to the main window
    qtbot.keyClick(window, Qt.Key.Key_Q, ctrl)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_start_infusion_for_a_patient_with_a_running_one_reopens_it(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    window = MainWindow(ctx, events)
    show(window)
    window.show_patient("K-0001")
    assert window.current_page() is window.detail
    assert window.detail.running_button.isVisibleTo(window.detail)
    bedside = window.start_infusion_for("K-0001")
    assert bedside.infusion_id == started.id and bedside.run_page is not None
