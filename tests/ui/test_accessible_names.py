"""What a screen reader hears: every control named, tables with their headers, alerts and risk
in words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTableView, QWidget

from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from tests.factories import make_patient, start_infusion

from .conftest import settle
from .test_focus_chain import controls

NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description


def name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), type(widget).__name__
    return interface.text(NAME).strip()


def unnamed(window: QWidget, where: str) -> list[str]:
    """Controls without an accessible name (a label's buddy counts, as the accessibility
    tree reads it), and tables without a name or a header text."""
    faults = []
    for widget in controls(window):
        if not name(widget):
            faults.append(f"{where}: {type(widget).__name__} {widget.objectName()!r} unnamed")
        if isinstance(widget, QTableView):
            faults += [f"{where}: {fault}" for fault in header_faults(widget)]
    return faults


def header_faults(table: QTableView) -> list[str]:
    """The column headers as the accessibility tree gives them: one named header per column."""
    interface = QAccessible.queryAccessibleInterface(table)
    headers = [
        interface.child(i)
        for i in range(interface.childCount())
        if interface.child(i).role() == QAccessible.Role.ColumnHeader
    ]
    columns = table.model().columnCount()
    shown = [c for c in range(columns) if not table.isColumnHidden(c)]
    faults = []
    if len(headers) < len(shown):
        faults.append(f"{name(table)!r}: {len(headers)} headers for {len(shown)} columns")
    faults += [
        f"{name(table)!r}: header {i} has no text"
        for i, h in enumerate(headers)
        if not h.text(NAME)
    ]
    return faults


def test_every_control_of_the_main_window_has_a_name(qtbot, ctx, events, show):
    make_patient(ctx)
    start_infusion(ctx)
    window = MainWindow(ctx, events)
    show(window)
    faults = []
    for page in ("Worklist", "Patients", "Reports", "Settings", "About"):
        window.show_page(NAVIGATION.index(page))
        settle(qtbot)
        faults += unnamed(window, page)
    window.show_patient("K-0001")
    settle(qtbot)
    faults += unnamed(window, "patient")
    assert faults == [], "\n".join(faults)


def test_every_control_of_the_bedside_and_its_dialogs_has_a_name(qtbot, ctx, events, show):
    make_patient(ctx)
    make_patient(ctx, "K-0002")
    started = start_infusion(ctx)
    form = InfusionWindow(ctx, events, mrn="K-0002")
    show(form)
    faults = unnamed(form, "start infusion")
    running = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(running)
    faults += unnamed(running, "running infusion")
    page = running.run_page
    assert page is not None
    for open_dialog in (page.add_reaction, page.end_infusion, page.add_vitals):
        dialog = open_dialog()
        assert dialog is not None
        faults += unnamed(dialog, type(dialog).__name__)
        dialog.reject()
        settle(qtbot)
    assert faults == [], "\n".join(faults)


def test_the_check_dialog_names_every_control(qtbot, ctx, events, show, clock):
    from .test_check_forms import check_dialog

    _, _, dialog = check_dialog(qtbot, ctx, events, show, clock)
    dialog.phone.setChecked(True)
    dialog.symptoms.setChecked(True)
    dialog.symptom_rows[0].box.setChecked(True)
    assert unnamed(dialog, "record check") == []
    dialog.phone.setChecked(False)
    dialog.symptoms.setChecked(False)
    dialog.reject()


def test_the_risk_badge_and_the_alerts_say_their_meaning_in_words(qtbot, ctx, events, show):
    from ivigmon.domain.models import VitalSigns
    from ivigmon.services import infusions

    make_patient(ctx)
    started = start_infusion(ctx)  # a first infusion, for Kawasaki disease: high risk
    infusions.add_vital_signs(
        ctx, started.id, VitalSigns(at=datetime(2026, 3, 10, 11, 0), hr=190, temp_c=37.0)
    )
    running = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(running)
    badge = QAccessible.queryAccessibleInterface(running.badge)
    # Before: "Risk level high", the reasons in the tooltip alone.
    assert badge.text(NAME) == "Risk: HIGH ▲▲"
    assert badge.text(DESCRIPTION).split("\n") == [  # the reasons, as the tooltip lists them
        "Risk HIGH ▲▲",
        "• First infusion: no earlier infusion recorded and no earlier IVIG date known",
        "• Kawasaki disease / heart: indication Kawasaki disease",
    ]
    page = running.run_page
    assert page is not None
    assert "▲▲ URGENT" in name(page.alerts)  # the bedside's alert line, in words and a symbol

    window = MainWindow(ctx, events)
    show(window)
    window.show_page(0)
    settle(qtbot)
    table = window.worklist.alerts_table
    assert name(table)
    interface = QAccessible.queryAccessibleInterface(table)
    cells = [interface.child(i).text(NAME) for i in range(interface.childCount())]
    assert any("▲▲ URGENT" in cell for cell in cells), cells  # the severity in words, not colour
