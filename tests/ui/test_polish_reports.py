"""In Polish, the Reports page, its charts, the safety report and the printed sheets (handover,
rate plan) show no English: every visible text of the page on each tab and each rate table, the
charts' words, the dialog's and the sheets' text are checked against the English words, and a
few are read exactly, figures with a decimal comma.

Allowed besides the records' own words: the names of the codes (diagnoses, event terms), which
another part of the program translates, the published figures' citations as published, and the
rate plan's own notes, which come from the plan as they are.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from ivigmon.domain.codes import (
    COMORBIDITY_NAMES,
    DIAGNOSIS_NAMES,
    EVENT_TERM_NAMES,
    SERIOUSNESS_NAMES,
    Diagnosis,
)
from ivigmon.domain.ctcae import GRADE_WORDS
from ivigmon.domain.models import RateStep, VitalSigns
from ivigmon.services import infusions
from ivigmon.services.handover import handover
from ivigmon.services.importing import import_document
from ivigmon.services.plan_sheet import sheet_for
from ivigmon.services.rate_plan import PlanRequest, describe_maximum
from ivigmon.storage.published_rates import published_rates
from ivigmon.ui.chart_panel import ChartPanel
from ivigmon.ui.handover_print import handover_document
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.plan_print import plan_document
from ivigmon.ui.reports_page import ReportsPage
from ivigmon.ui.safety_report_dialog import SafetyReportDialog
from ivigmon.ui.window_size import WINDOW_SIZE
from ivigmon.ui.wording import sentence
from tests.factories import NOW, make_patient, start_infusion
from tests.services.fhir_ward import record_ward
from tests.services.test_report import WARD

from .polish_words import english_left, record_words, texts_of
from .test_handover_print import small_ward

# The names of the codes, shown as the domain writes them until they are translated.
CODE_NAMES = [
    *DIAGNOSIS_NAMES.values(),
    *COMORBIDITY_NAMES.values(),
    *EVENT_TERM_NAMES.values(),
    *SERIOUSNESS_NAMES.values(),
    *GRADE_WORDS.values(),
]


def allowed(ctx) -> list[str]:
    """The records' words, the codes' names, and the sources as published."""
    products = ctx.products().values()
    sources = [s for p in products for s in (p.source, p.titration_source) if s]
    published = [r.source for r in published_rates()]
    return [*record_words(ctx), *CODE_NAMES, *sources, *published]


def page_texts(page: ReportsPage) -> list[str]:
    """The page's texts, but not a chart panel's own buttons and messages (`chart_panel.py`
    is translated with the chart widgets, elsewhere); the charts' words are checked below."""
    panels = {text for panel in page.charts for text in texts_of(panel)}
    return [text for text in texts_of(page) if text not in panels]


@pytest.fixture
def ward(ctx):
    import_document(ctx, WARD)
    return ctx


def test_the_reports_page_speaks_polish_on_every_tab(qtbot, ward, show, polish):
    page = ReportsPage(ward)
    page.resize(*WINDOW_SIZE)
    show(page)
    qtbot.waitUntil(lambda: page.report is not None)
    words = allowed(ward)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        assert english_left(page_texts(page), words) == [], page.tabs.tabText(tab)
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.rates.parentWidget()))
    for choice in range(page.rate_choice.count()):
        page.rate_choice.setCurrentIndex(choice)
        assert english_left(page_texts(page), words) == [], page.rate_choice.itemText(choice)
    assert page.tabs.tabText(0) == "Tabela I: pacjenci"
    assert page.filter.title() == "Które wlewy"
    assert page.made.text() == "utworzono 10.03.2026 12:00"
    assert "wszystkie wlewy" in page.notes.text()
    patients = page.views["patients"]
    assert patients.model.headerData(0, Qt.Orientation.Horizontal) == "Rozpoznanie"
    assert patients.cell(patients.row_count() - 1, 0) == "wszystkie rozpoznania"
    # A figure with a decimal comma, a large one grouped as Polish groups it.
    page.rate_choice.setCurrentIndex(page.rate_choice.findData("reactions_by_product"))
    privigen = next(r for r in range(page.rates.row_count()) if page.rates.cell(r, 0) == "Privigen")
    assert page.rates.cell(privigen, 2) == "1/3 · 33,3 % (6,2-79,2)"
    published = page.views["published"]
    assert published.cell(0, 0) == "Odczyny natychmiastowe (w trakcie wlewu)"
    assert published.cell(0, 2) == "2,15 % z 1\u00a0765 wlewów"
    assert page.views["follow_up"].cell(8, 1) == "0,25 h"


def test_the_report_charts_speak_polish(qtbot, ward, show, polish):
    page = ReportsPage(ward)
    page.resize(*WINDOW_SIZE)
    show(page)
    page.tabs.setCurrentWidget(page.charts_tab)
    qtbot.waitUntil(lambda: len(page.charts) == 4, timeout=20_000)
    assert [page.chart_tabs.tabText(i) for i in range(4)] == [
        "Odczyny wg preparatu",
        "Odczyny wg serii",
        "Opóźnienie kontroli",
        "Wlewy w miesiącu",
    ]
    for index, panel in enumerate(page.charts):
        page.chart_tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda p=panel: not p.stale)
        assert english_left(chart_words(panel), allowed(ward)) == [], panel.chart.name
    labels = [t.get_text() for t in page.charts[0].figure.axes[0].get_yticklabels()]
    assert labels == ["Gamunex-C\n2 wlewy", "Octagam 10%\n1 wlew", "Privigen\n3 wlewy"]


def chart_words(panel: ChartPanel) -> list[str]:
    """Every word drawn on a chart: titles, axis labels, tick labels, legends, notes."""
    figure = panel.figure
    found = [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]
    return [t for t in found if t]


def test_the_safety_report_speaks_polish(qtbot, ctx, show, polish):
    ward = record_ward(ctx)
    dialog = SafetyReportDialog(ctx, ward.kept_event_ids[0])
    show(dialog)
    text = dialog.view.toPlainText()
    event = ward.kept_event_ids[0]
    assert dialog.windowTitle() == f"Zgłoszenie bezpieczeństwa – zdarzenie niepożądane {event}"
    for expected in ("Zgłoszenie podejrzenia działania niepożądanego", "dożylnie", "nie zapisano"):
        assert expected in text, expected
    words = [*allowed(ctx), "A.N."]
    assert english_left([*texts_of(dialog), *text.splitlines()], words) == []


def test_a_polish_handover_sheet_prints_in_polish(qtbot, ctx, events, show, polish):
    small_ward(ctx)
    window = MainWindow(ctx, events)
    show(window)
    window.print_handover()
    qtbot.waitUntil(
        lambda: window.handover_preview is not None and window.handover_preview.isVisible()
    )
    dialog = window.handover_preview
    document = dialog.findChild(QTextDocument)
    text = document.toPlainText()
    assert dialog.windowTitle() == "Raport zmiany IVIG – podgląd wydruku"
    for expected in (
        "Raport zmiany IVIG, wt. 10 mar 2026 12:00",
        "1 wlew trwa teraz · 1 otwarty alarm (pilne: 1) · 1 pacjent wysokiego ryzyka",
        "8,5 mL/h od 11:45",
        "17,0 mL/h o 12:15",
        "Pacjenci wysokiego ryzyka (1)",
        "4 kolejne otwarte kontrole przypadają później (zob. listę zadań).",
    ):
        assert expected in text, expected
    alerts = [a.reason for a in handover(ctx).alerts]  # translated by their own part
    assert english_left(text.splitlines(), [*allowed(ctx), *alerts]) == []
    dialog.reject()


def test_a_polish_rate_plan_sheet_prints_in_polish(ctx, polish):
    make_patient(ctx, diagnoses=(Diagnosis.KD,))
    sheet = sheet_for(
        ctx,
        PlanRequest("octagam_10", 20.0, 40.0, datetime(2026, 3, 10, 9, 0), mrn="K-0001"),
        basis=None,
    )
    text = plan_document(sheet).toPlainText()
    for expected in ("Plan tempa wlewu IVIG", "Masa ciała do dawkowania", "40 g = 2,00 g/kg"):
        assert expected in text, expected
    # The plan's own words (its notes and maximum) are translated with the bedside's.
    plan = [
        *sheet.plan.notes,
        *(sentence(n) for n in sheet.plan.notes),
        describe_maximum(sheet.plan),
    ]
    assert english_left(text.splitlines(), [*allowed(ctx), *plan]) == []


def test_the_handover_document_the_printer_gets_is_polish_for_a_running_infusion(ctx, polish):
    make_patient(ctx)
    running = start_infusion(
        ctx,
        product_id="octagam_10",
        start=NOW - timedelta(minutes=15),
        rate_steps=(RateStep(NOW - timedelta(minutes=15), 8.5),),
    )
    infusions.add_vital_signs(ctx, running.id, VitalSigns(at=NOW - timedelta(minutes=10), hr=120))
    sheet = handover(ctx)
    text = handover_document(sheet).toPlainText()
    assert "Wlewy trwające teraz (1)" in text
    assert "Pompa teraz" in text and "8,5 mL/h od 11:45" in text
    reasons = [f.reason for row in sheet.running for f in row.risk_factors]  # their own part's
    assert english_left(text.splitlines(), [*allowed(ctx), *reasons]) == []
