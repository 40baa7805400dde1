"""The lot recall page (View > Lot recall…): find a lot, or a product and an expiry range, off the
GUI thread; list every infusion with its patient, dose, adverse events, checks and alerts in
words and marks; export the list as CSV; fit a 1366x768 screen with nothing cut."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from ivigmon.ui.lot_recall_model import RecallColumn
from ivigmon.ui.lot_recall_page import LotRecallPage
from ivigmon.ui.main_window import MainWindow
from tests.services.test_lots import recall_ward

from .conftest import outcome
from .test_fit import USABLE, misplaced, squeezed


def recall_page(qtbot, ctx, events, show) -> tuple[MainWindow, LotRecallPage]:
    window = MainWindow(ctx, events)
    show(window)
    view_menu = window.menuBar().actions()[2].menu()
    [action] = [a for a in view_menu.actions() if a.text() == "Lot re&call…"]
    action.trigger()
    page = window.lot_recall
    assert window.current_page() is window.recall_page.page()
    assert window.navigation.currentRow() == -1  # any page of the sidebar opens with a click
    qtbot.waitUntil(page.lot.hasFocus)
    return window, page


def cells(page: LotRecallPage, row: int) -> dict[RecallColumn, str]:
    model = page.model
    return {column: model.index(row, column).data() for column in RecallColumn}


def test_a_lot_is_found_with_its_patient_events_checks_and_alerts(qtbot, ctx, events, show):
    recall_ward(ctx)
    window, page = recall_page(qtbot, ctx, events, show)
    assert not page.export_button.isEnabled()  # nothing found yet
    qtbot.keyClicks(page.lot, "P123")
    qtbot.keyClick(page.lot, Qt.Key.Key_Return)
    assert page.last_search is not None and outcome(qtbot, page.last_search)
    assert page.model.rowCount() == 1
    assert page.summary.text() == (
        "lot P123: 1 infusion of 1 patient · 1 adverse event · 1 open alert"
    )
    row = cells(page, 0)
    assert row[RecallColumn.LOT] == "P123\n2027-01-31"
    assert row[RecallColumn.PATIENT] == "Ada Nowak\nK-0001"
    assert row[RecallColumn.INFUSION] == "inf-000001\n2026-03-01 09:00"
    assert row[RecallColumn.DOSE] == "28 g\n14.2 kg"
    assert row[RecallColumn.EVENTS] == "wheeze grade 2"
    assert row[RecallColumn.CHECKS] == "24 h ✓ done · 48 h superseded · 72 h superseded"
    assert row[RecallColumn.ALERTS] == "▲▲ 1 open (urgent)\n1 reviewed"
    details = page.details.toPlainText()
    assert "Ada Nowak (K-0001), born 2019-04-02" in details
    assert "▲ ALERT vital signs 2026-03-01 10:00 (reviewed 2026-03-01 10:05 by nurse.test)" in (
        details
    )
    assert "▲▲ URGENT red-flag symptom 2026-03-02 15:00 (OPEN)" in details
    assert page.export_button.isEnabled()
    page.open_patient_button.click()
    assert window.current_page() is window.detail and window.detail.mrn == "K-0001"


def test_a_product_and_an_expiry_range_list_every_lot_in_it(qtbot, ctx, events, show):
    recall_ward(ctx)
    _, page = recall_page(qtbot, ctx, events, show)
    page.product.setCurrentIndex(page.product.findData("privigen"))
    page.expiry_from.setDate(QDate(2027, 1, 31))
    page.expiry_to.setDate(QDate(2027, 2, 28))
    assert outcome(qtbot, page.find_expiry())
    assert [cells(page, r)[RecallColumn.LOT] for r in range(page.model.rowCount())] == [
        "P123\n2027-01-31",
        "P124\n2027-02-28",
    ]
    assert cells(page, 1)[RecallColumn.CHECKS] == (
        "24 h ● OVERDUE · 48 h ● OVERDUE · 72 h ● OVERDUE"
    )
    assert page.summary.text().startswith("privigen with expiry 2027-01-31 to 2027-02-28:")


def test_a_range_that_ends_before_it_starts_is_refused_beside_the_search(qtbot, ctx, events, show):
    recall_ward(ctx)
    _, page = recall_page(qtbot, ctx, events, show)
    page.expiry_from.setDate(QDate(2027, 3, 1))
    page.expiry_to.setDate(QDate(2027, 1, 1))
    assert not outcome(qtbot, page.find_expiry())
    assert page.message.isVisible()
    assert page.message.text() == "⚠ expiry to: 2027-01-01 is before the range's start 2027-03-01"
    assert page.find_lot() is None  # no lot typed: nothing is searched
    assert page.message.text() == "⚠ Type a lot number first."


def test_the_list_is_exported_as_csv_off_the_gui_thread(qtbot, ctx, events, show, tmp_path: Path):
    recall_ward(ctx)
    _, page = recall_page(qtbot, ctx, events, show)
    page.product.setCurrentIndex(page.product.findData("privigen"))
    page.expiry_from.setDate(QDate(2027, 1, 1))
    page.expiry_to.setDate(QDate(2027, 12, 31))
    assert outcome(qtbot, page.find_expiry())
    target = tmp_path / "recall"  # the suffix is added
    assert outcome(qtbot, page.export_to(target))
    written = tmp_path / "recall.csv"
    with written.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert [(line["lot"], line["mrn"]) for line in lines] == [
        ("P123", "K-0001"),
        ("P124", "K-0001"),
    ]
    assert page.exported.text() == f"Exported 2 lines to {written}"
    # A folder that cannot take the file: said beside the list, nothing written.
    assert not outcome(qtbot, page.export_to(tmp_path / "missing" / "recall.csv"))
    assert "could not be written" in page.message.text()
    assert not (tmp_path / "missing").exists()


def test_the_recall_page_fits_the_ward_screen_with_nothing_cut(
    qtbot, ctx, events, show, tmp_path: Path
):
    recall_ward(ctx)
    window, page = recall_page(qtbot, ctx, events, show)
    page.product.setCurrentIndex(page.product.findData("privigen"))
    page.expiry_from.setDate(QDate(2027, 1, 1))
    page.expiry_to.setDate(QDate(2027, 12, 31))
    assert outcome(qtbot, page.find_expiry())
    faults = misplaced(
        window,
        {
            "Find lot": page.find_lot_button,
            "Find by expiry": page.find_expiry_button,
            "Export CSV": page.export_button,
            "Open patient": page.open_patient_button,
        },
    )
    faults += squeezed(window)
    assert faults == [], "\n".join(faults)
    window.resize(1366, 768)
    assert window.grab().save(str(tmp_path / "lot-recall.png"))
    window.resize(*USABLE)


def test_the_worklist_with_its_print_button_fits_with_nothing_cut(
    qtbot, ctx, events, show, tmp_path: Path
):
    recall_ward(ctx)
    window = MainWindow(ctx, events)
    show(window)
    faults = misplaced(
        window,
        {
            "Print handover": window.worklist.handover_button,
            "Refresh": window.worklist.refresh_button,
            "Record check": window.worklist.record_button,
        },
    )
    faults += squeezed(window)
    assert faults == [], "\n".join(faults)
    window.resize(1366, 768)
    assert window.grab().save(str(tmp_path / "worklist.png"))
    assert date(2026, 3, 10) == ctx.now().date()
