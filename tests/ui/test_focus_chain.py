"""Everything is reached by Tab, round and back to the start, and Escape closes a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from ivigmon.ui.sign_in_dialog import SignInDialog
from tests.factories import make_patient, start_infusion

from .conftest import activate, add_accounts, settle
from .test_keyboard import mnemonic

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
)
# More Tabs than any screen has controls: a walk this long that is not back at its start is
# caught somewhere.
LONGEST_WALK = 200


def controls(window: QWidget) -> list[QWidget]:
    """The shown, usable inputs, buttons, tables and tab bars of a window."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        if not widget.isEnabled() or widget.window() is not window:
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box or a combo box: the box takes the focus
        if isinstance(widget, QAbstractItemView) and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # a picture of figures shown beside the form (the rate plan), not a control
        found.append(widget)
    return found


def walk(qtbot, window: QWidget) -> tuple[list[QWidget], bool]:
    """The widgets Tab visits from the focus, and whether the walk came back to its start."""
    start = window.focusWidget()
    if start is None:
        window.focusNextChild()
        start = window.focusWidget()
    assert start is not None, f"nothing in {type(window).__name__} takes the focus"
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [start]
    for _ in range(LONGEST_WALK):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return visited, True
        if now is None or now.window() is not window:
            return visited, False
        if now not in visited:
            visited.append(now)
    return visited, False


def unreached(qtbot, window: QWidget, where: str) -> list[str]:
    """The controls Tab does not reach (a button out of the Tab order on purpose is reached by
    its underlined letter); a walk that does not come back is a keyboard trap."""
    visited, closed = walk(qtbot, window)
    faults = [] if closed else [f"{where}: Tab stops at {type(visited[-1]).__name__}"]
    reached = set(visited)
    for widget in controls(window):
        if widget in reached or widget.focusProxy() in reached:
            continue
        if isinstance(widget, QRadioButton) and any(
            isinstance(other, QRadioButton) and other.parentWidget() is widget.parentWidget()
            for other in reached
        ):
            continue  # Tab enters a group of choices once; the arrow keys move within it
        by_letter = isinstance(widget, QAbstractButton) and mnemonic(widget.text())
        if by_letter and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        name = widget.text() if isinstance(widget, QAbstractButton) else ""
        faults.append(f"{where}: {type(widget).__name__} {widget.objectName()!r} {name!r}")
    return faults


def escape_closes(qtbot, dialog: QDialog) -> bool:
    activate(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    settle(qtbot)
    return not dialog.isVisible()


def test_tab_reaches_every_control_of_the_main_windows_pages(qtbot, ctx, events, show):
    make_patient(ctx)
    start_infusion(ctx)
    window = MainWindow(ctx, events)
    show(window)
    faults = []
    for name in ("Worklist", "Patients", "Settings"):
        window.show_page(NAVIGATION.index(name))
        settle(qtbot)
        faults += unreached(qtbot, window, name)
    window.show_patient("K-0001")
    settle(qtbot)
    faults += unreached(qtbot, window, "patient")
    assert faults == [], "\n".join(faults)


def test_tab_reaches_every_control_of_the_bedside_windows(qtbot, ctx, events, show):
    make_patient(ctx)
    make_patient(ctx, "K-0002")
    started = start_infusion(ctx)
    form = InfusionWindow(ctx, events, mrn="K-0002")
    show(form)
    faults = unreached(qtbot, form, "start infusion")
    running = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(running)
    faults += unreached(qtbot, running, "running infusion")
    assert faults == [], "\n".join(faults)


def test_tab_reaches_every_control_of_the_bedside_dialogs_and_escape_closes_them(
    qtbot, ctx, events, show
):
    make_patient(ctx)
    started = start_infusion(ctx)
    running = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(running)
    page = running.run_page
    assert page is not None
    faults = []
    for name, open_dialog in (
        ("reaction", page.add_reaction),
        ("end infusion", page.end_infusion),
        ("vital signs", page.add_vitals),
    ):
        dialog = open_dialog()
        assert dialog is not None
        activate(qtbot, dialog)
        faults += unreached(qtbot, dialog, name)
        if not escape_closes(qtbot, dialog):
            faults.append(f"{name}: Escape leaves it open")
            dialog.reject()
        settle(qtbot)
    assert faults == [], "\n".join(faults)


def test_tab_reaches_every_control_of_the_check_dialog_and_escape_closes_it(
    qtbot, ctx, events, show, clock
):
    from .test_check_forms import check_dialog

    _, _, dialog = check_dialog(qtbot, ctx, events, show, clock)
    activate(qtbot, dialog)
    faults = unreached(qtbot, dialog, "record check (closed)")
    dialog.phone.setChecked(True)
    dialog.symptoms.setChecked(True)
    dialog.symptom_rows[0].box.setChecked(True)
    faults += unreached(qtbot, dialog, "record check (a symptom ticked)")
    assert faults == [], "\n".join(faults)
    dialog.phone.setChecked(False)
    dialog.symptoms.setChecked(False)
    assert escape_closes(qtbot, dialog)


def test_tab_reaches_every_control_of_the_sign_in_and_escape_closes_it(qtbot, ctx, show):
    add_accounts(ctx)
    dialog = SignInDialog(ctx)
    show(dialog)
    assert unreached(qtbot, dialog, "sign in") == []
    assert escape_closes(qtbot, dialog)
