"""The printed handover: from the File menu and the worklist into a print preview (opened, never
run modal), laid out for black and white (risk, alerts and status in words and marks), and as a
PDF file written whole."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog

from ivigmon.domain.codes import Diagnosis
from ivigmon.domain.models import RateStep, VitalSigns
from ivigmon.services import infusions
from ivigmon.services.context import Context
from ivigmon.services.handover import handover
from ivigmon.ui.handover_print import footer, handover_html, write_pdf
from ivigmon.ui.main_window import MainWindow
from tests.factories import NOW, make_patient, start_infusion


def small_ward(ctx: Context) -> None:
    """Ada infusing Octagam 10 % since 11:45 with an urgent low oxygen; Ben (kidney failure)
    with a check due in 11 h; Cleo with a check 9 h overdue."""
    make_patient(ctx, diagnoses=(Diagnosis.ITP,))
    running = start_infusion(
        ctx,
        product_id="octagam_10",
        indication=Diagnosis.ITP,
        start=NOW - timedelta(minutes=15),
        rate_steps=(RateStep(NOW - timedelta(minutes=15), 8.5),),
    )
    infusions.add_vital_signs(ctx, running.id, VitalSigns(at=NOW - timedelta(minutes=10), spo2=80))
    for mrn, name, end, extra in (
        ("K-0002", "Ben <b>Roe</b>", NOW - timedelta(hours=13), {"kidney_failure"}),
        ("K-0003", "Cleo Adams", NOW - timedelta(hours=33), set()),
    ):
        make_patient(
            ctx, mrn, name=name, diagnoses=(Diagnosis.ITP,), comorbidities=frozenset(extra)
        )
        start_infusion(ctx, mrn, indication=Diagnosis.ITP, start=end - timedelta(hours=4), end=end)


def preview_text(qtbot, window: MainWindow) -> tuple[QPrintPreviewDialog, str]:
    qtbot.waitUntil(
        lambda: window.handover_preview is not None and window.handover_preview.isVisible()
    )
    dialog = window.handover_preview
    assert dialog is not None
    document = dialog.findChild(QTextDocument)
    assert document is not None
    return dialog, document.toPlainText()


def test_the_file_menu_prints_the_handover_in_a_preview(qtbot, ctx, events, show):
    small_ward(ctx)
    window = MainWindow(ctx, events)
    show(window)
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == "Print &handover…"]
    assert action.shortcut().toString() == "Ctrl+P"
    action.trigger()
    dialog, text = preview_text(qtbot, window)
    assert dialog.windowTitle() == "IVIG handover - print preview"
    # Opened (window modal), never run with exec(): the test, like the ward, goes on meanwhile.
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    for expected in (
        "IVIG handover, Tue 10 Mar 2026 12:00",
        "printed 2026-03-10 12:00 by nurse.test",
        "1 infusing now · 1 open alert (1 urgent) · 1 high-risk patient · checks: 1 overdue,"
        " 0 due now, 1 due in the next 12 h",
        # Infusing now: the rate on the pump and the plan's next step, the risk in words.
        "Ada Nowak\nK-0001",
        "8.5 mL/h since 11:45",
        "17.0 mL/h at 12:15",
        "ELEVATED ▲\nFirst infusion\n▲ open alert: 1",
        # The alert: a written mark, not a colour.
        "▲▲ URGENT",  # on one line: a non-breaking space, plain text as a space
        "SpO2 80",
        # The high-risk patient and why; stored text never becomes markup.
        "Ben <b>Roe</b>\nK-0002\nHIGH ▲▲",
        "Kidney failure: comorbidity",
        "● OVERDUE",
        "○ upcoming\n2026-03-10 23:00\nin 11 h 00 min",
        "4 more open checks are due later (see the worklist).",
    ):
        assert expected in text, expected
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_preview_shows_the_first_page(qtbot, ctx, events, show, tmp_path: Path):
    small_ward(ctx)
    window = MainWindow(ctx, events)
    show(window)
    window.print_handover()
    dialog, _ = preview_text(qtbot, window)
    dialog.resize(1366, 700)
    qtbot.wait(100)
    image = dialog.grab()
    assert image.save(str(tmp_path / "handover-preview.png"))
    dialog.reject()


def test_the_worklist_has_a_print_handover_button(qtbot, ctx, events, show):
    small_ward(ctx)
    window = MainWindow(ctx, events)
    show(window)
    button = window.worklist.handover_button
    assert button.isVisibleTo(window) and "Ctrl+P" in button.text()
    button.click()
    dialog, text = preview_text(qtbot, window)
    assert "Infusing now (1)" in text
    # Asked again while it is open: the same preview comes to the front, no second one.
    window.print_handover()
    qtbot.wait(50)
    assert window.handover_preview is dialog
    dialog.reject()


def test_an_empty_ward_says_none_in_every_section(ctx):
    page = handover_html(handover(ctx))
    assert page.count("<p>None.</p>") == 6
    assert "more open check" not in page


def test_the_footer_names_the_ward_record_the_printer_and_the_time(ctx):
    assert footer(handover(ctx)) == (
        "IVIG handover 2026-03-10 · ward.db · printed 2026-03-10 12:00 by nurse.test"
    )


def test_the_pdf_is_written_whole_under_its_name(qapp, ctx, tmp_path: Path):
    small_ward(ctx)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "handover.pdf"
    assert write_pdf(handover(ctx), target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in folder.iterdir()] == ["handover.pdf"]
