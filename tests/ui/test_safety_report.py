"""The safety report from the patient's page: the button follows the selected adverse event, the
dialog shows the report, previews it for printing and saves it as PDF or CSV."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from ivigmon.domain.models import AdverseEvent
from ivigmon.domain.roles import Role
from ivigmon.services.history import load_history
from ivigmon.services.safety_report import safety_report
from ivigmon.ui.history_models import EventColumn
from ivigmon.ui.patient_detail_page import PatientDetailPage
from ivigmon.ui.safety_report_dialog import SafetyReportDialog
from ivigmon.ui.safety_report_print import report_html
from tests.factories import make_patient, start_infusion
from tests.services.fhir_ward import RecordedWard, record_ward


@pytest.fixture
def ward(ctx) -> RecordedWard:
    return record_ward(ctx)


def open_page(ctx, events, show) -> PatientDetailPage:
    page = PatientDetailPage(ctx, events)
    show(page)
    page.show_patient("K-0001")
    return page


def test_the_button_opens_the_report_of_the_selected_event(qtbot, ctx, events, show, ward):
    page = open_page(ctx, events, show)
    page.tabs.setCurrentIndex(1)
    assert page.events_model.rowCount() == 2
    assert not page.report_button.isEnabled()
    assert page.show_safety_report() is None  # nothing selected
    page.events_table.selectRow(1)  # newest first: the flushing is the older one
    found = page.events_model.index(1, EventColumn.FOUND)
    assert page.events_model.data(found, Qt.ItemDataRole.ToolTipRole) == (
        f"infusion {ward.ended_id} (Privigen); adverse event {ward.kept_event_ids[0]}"
    )
    assert page.report_button.isEnabled()
    dialog = page.show_safety_report()
    assert dialog is not None and dialog.isVisible() and page.report_dialog is dialog
    assert dialog.event_id == ward.kept_event_ids[0]
    text = dialog.view.toPlainText()
    for expected in ("Suspected adverse reaction report", "A.N.", "flushing", "intravenous"):
        assert expected in text, expected
    assert "not recorded" in text
    dialog.reject()
    qtbot.waitUntil(lambda: page.report_dialog is None)


def test_the_report_previews_for_printing(qtbot, ctx, events, show, ward):
    dialog = SafetyReportDialog(ctx, ward.kept_event_ids[1])
    show(dialog)
    preview = dialog.print_preview()
    assert preview is not None and preview.isVisible()
    document = preview.findChild(QTextDocument)
    assert document is not None
    assert "shortness of breath (dyspnoea)" in document.toPlainText()
    preview.reject()


def test_the_report_is_saved_as_pdf_and_csv(qtbot, ctx, show, ward, tmp_path: Path, monkeypatch):
    dialog = SafetyReportDialog(ctx, ward.kept_event_ids[0])
    show(dialog)
    chosen = {".pdf": tmp_path / "report", ".csv": tmp_path / "report.csv"}
    monkeypatch.setattr(dialog, "ask_path", lambda suffix: chosen[suffix].with_suffix(suffix))
    pdf = dialog.save(".pdf")
    assert pdf == tmp_path / "report.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert dialog.message.text() == f"Saved: {pdf}"
    saved = dialog.save(".csv")
    assert saved is not None
    with saved.open(encoding="utf-8", newline="") as handle:
        assert ["Reaction", "flushing"] in list(csv.reader(handle))
    monkeypatch.setattr(dialog, "ask_path", lambda suffix: tmp_path / "gone" / f"r{suffix}")
    assert dialog.save(".csv") is None
    assert "The report was not saved: " in dialog.message.text()
    assert "its folder does not exist" in dialog.message.text()
    monkeypatch.setattr(dialog, "ask_path", lambda suffix: None)  # cancelled
    assert dialog.save(".pdf") is None


def test_an_event_that_cannot_be_reported_says_why(qtbot, ctx, show, ward):
    dialog = SafetyReportDialog(ctx, ward.voided_event_id)
    show(dialog)
    assert "marked entered in error" in dialog.message.text()
    assert not dialog.pdf_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.print_preview() is None and dialog.save(".csv") is None


@pytest.mark.parametrize("role", list(Role))
def test_every_role_may_open_it(qtbot, ctx, events, show, ward, role):
    ctx.accounts = True
    ctx.act_as("someone", role)
    page = open_page(ctx, events, show)
    page.events_table.selectRow(0)
    assert page.report_button.isEnabled()


def test_stored_text_never_becomes_markup(ctx):
    make_patient(ctx)
    given = start_infusion(
        ctx, events=(AdverseEvent(datetime(2026, 3, 10, 9, 0), "rash", 1, notes="<b>red</b>"),)
    )
    [event] = load_history(ctx, "K-0001").infusion(given.id).events
    assert event.id is not None
    page = report_html(safety_report(ctx, event.id))
    assert "&lt;b&gt;red&lt;/b&gt;" in page and "<b>red</b>" not in page
    assert "<i>not recorded</i>" in page  # what the record lacks is set apart without colour
