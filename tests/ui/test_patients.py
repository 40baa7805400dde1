"""Patients: search as you type, register and edit, the risk badge follows the record."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ivigmon.domain.codes import Comorbidity, Diagnosis, RiskLevel
from ivigmon.services import amend, patient_list
from ivigmon.services.history import load_history
from ivigmon.ui import patient_list_loader
from ivigmon.ui.patient_detail_page import PatientDetailPage
from ivigmon.ui.patient_list_loader import PatientListLoader
from ivigmon.ui.patients_model import PatientColumn, PatientsTableModel
from ivigmon.ui.patients_page import PatientsPage, count_text
from tests.factories import make_patient, make_patients, start_infusion

from .conftest import outcome, settle


def test_the_list_follows_the_search_as_you_type(qtbot, ctx, events, show):
    make_patient(ctx, "K-0001", name="Ada Nowak")
    make_patient(ctx, "K-0002", name="Jan Kowalski")
    make_patient(ctx, "X-0003", name="Ola Nowicka")
    page = PatientsPage(ctx, events)
    show(page)
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "now")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert [r.mrn for r in page.model.rows()] == ["K-0001", "X-0003"]
    page.search.clear()
    qtbot.keyClicks(page.search, "K-0002")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    with qtbot.waitSignal(page.patient_opened, timeout=1000) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)  # one match: Enter opens it
    assert opened.args == ["K-0002"]


def test_a_patients_risk_badge_updates_after_a_comorbidity_is_added(qtbot, ctx, events, show):
    # A 10-year-old with JIA, infused 10 days ago: no risk factor.
    make_patient(ctx, birth_date=date(2015, 6, 1), diagnoses=(Diagnosis.JIA,))
    start_infusion(
        ctx,
        indication=Diagnosis.JIA,
        start=datetime(2026, 2, 28, 9, 0),
        end=datetime(2026, 2, 28, 15, 0),
    )
    patients_page = PatientsPage(ctx, events)
    detail = PatientDetailPage(ctx, events)
    show(patients_page)
    show(detail)
    detail.show_patient("K-0001")
    risk_cell = patients_page.model.index(0, PatientColumn.RISK)
    assert risk_cell.data() == "standard"
    assert detail.assessment.badge.text() == "Risk: standard"

    dialog = detail.edit_patient()
    assert dialog is not None
    dialog.comorbidities[Comorbidity.KIDNEY_FAILURE].setChecked(True)
    with qtbot.waitSignal(events.patient_saved, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert patients_page.model.rows()[0].risk_level is RiskLevel.HIGH
    assert patients_page.model.index(0, PatientColumn.RISK).data() == "HIGH ▲▲"
    assert detail.assessment.badge.text() == "Risk: HIGH ▲▲"
    assert "Kidney failure" in detail.assessment.reasons.text()
    assert "kidney failure" in detail.fact_labels["comorbidities"].text()


def test_registering_a_patient_names_the_wrong_field_and_keeps_the_form(qtbot, ctx, events, show):
    page = PatientsPage(ctx, events)
    show(page)
    dialog = page.register_patient()
    qtbot.keyClicks(dialog.mrn, "K-0100")
    qtbot.keyClicks(dialog.name, "Zofia Lis")
    dialog.sex.setCurrentIndex(1)
    qtbot.keyClicks(dialog.birth_date, "2018-05-04")
    dialog.primary.setCurrentIndex(dialog.primary.findData("KD"))
    dialog.other_diagnoses[Diagnosis.JIA].setChecked(True)
    qtbot.keyClicks(dialog.weight_edit, "3200")  # grams typed for kilograms
    qtbot.keyClicks(dialog.height_edit, "110")
    assert outcome(qtbot, dialog.save()) is False
    assert dialog.message.text() == "⚠ Weight (kg): must be at most 300 kg (got 3200)"
    assert dialog.weight_edit.property("invalid") is True
    assert dialog.focusWidget() is dialog.weight_edit
    dialog.weight_edit.clear()
    qtbot.keyClicks(dialog.weight_edit, "19,5")  # a decimal comma is fine
    with qtbot.waitSignal(events.patient_saved, timeout=2000):
        assert outcome(qtbot, dialog.save()) is True
    stored = load_history(ctx, "K-0100").patient
    assert stored.diagnoses == (Diagnosis.KD, Diagnosis.JIA)
    (measurement,) = stored.measurements
    assert (measurement.weight_kg, measurement.height_cm) == (19.5, 110.0)
    settle(qtbot)
    assert [r.mrn for r in page.model.rows()] == ["K-0100"]


def test_a_locked_or_read_only_database_keeps_what_was_typed(qtbot, ctx, events, show):
    make_patient(ctx)
    page = PatientsPage(ctx, events)
    show(page)
    dialog = page.edit_selected()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Ada Nowak-Lis")
    ctx.store.read_only = True
    assert outcome(qtbot, dialog.save()) is False
    assert dialog.message.text().startswith("⚠ The database can only be read")
    assert dialog.name.text() == "Ada Nowak-Lis"
    assert dialog.isVisible()
    assert load_history(ctx, "K-0001").patient.name == "Ada Nowak"


def test_the_detail_page_shows_age_bmi_and_the_record(qtbot, ctx, events, show):
    make_patient(ctx)
    start_infusion(ctx, start=datetime(2026, 3, 1, 9, 0), end=datetime(2026, 3, 1, 19, 30))
    detail = PatientDetailPage(ctx, events)
    show(detail)
    detail.show_patient("K-0001")
    facts = detail.fact_labels
    assert facts["born"].text() == "2019-04-02 (age 6 y)"
    assert facts["bmi"].text().startswith("14.8 kg/m², ")
    assert "percentile for age (CDC)" in facts["bmi"].text()
    assert detail.infusions.rowCount() == 1
    assert detail.checks.rowCount() == 3
    assert detail.tabs.tabText(2) == "Follow-up checks (3 open)"


@pytest.fixture
def twelve_patients(ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    """Twelve patients, read five at a time."""
    monkeypatch.setattr(patient_list, "PAGE_ROWS", 5)
    for number in range(1, 13):
        make_patient(ctx, f"K-{number:04}")


@pytest.mark.usefixtures("twelve_patients")
def test_a_long_list_loads_a_page_at_a_time_and_is_never_cut(qtbot, ctx):
    # The model and its loader alone (a view would ask for more rows by itself).
    model = PatientsTableModel()
    loader = PatientListLoader(ctx, model, model)
    counts: list[int] = []
    loader.counted.connect(counts.append)
    loader.load("")
    settle(qtbot)
    assert model.rowCount() == 5 and counts == [12]
    for loaded in (10, 12):
        assert model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
        assert not model.canFetchMore(QModelIndex())  # asked once, not again while on its way
        settle(qtbot)
        assert model.rowCount() == loaded
    assert not model.canFetchMore(QModelIndex())
    assert [r.mrn for r in model.rows()] == [f"K-{n:04}" for n in range(1, 13)]


@pytest.mark.usefixtures("twelve_patients")
def test_scrolling_to_the_end_loads_the_rest(qtbot, ctx, events, show):
    page = PatientsPage(ctx, events)
    show(page)

    def scrolled_to_the_end() -> bool:
        page.table.scrollToBottom()
        return page.model.rowCount() == 12

    qtbot.waitUntil(scrolled_to_the_end, timeout=5000)
    assert page.count.text() == "12 patients"
    assert count_text(1) == "1 patient" and count_text(100_000) == "100,000 patients"


def test_scrolling_reaches_the_patients_after_the_500th_and_the_count_says_how_many(
    qtbot, ctx, events, show
):
    # 500 was once a silent cap: patient 501 and after could not be scrolled to.
    mrns = make_patients(ctx, 523)
    page = PatientsPage(ctx, events)
    show(page)
    qtbot.waitUntil(lambda: page.count.text() == "523 patients", timeout=5000)
    assert page.model.rowCount() < 523  # a page at a time, not the whole list at once

    def scrolled_to_the_end() -> bool:
        page.table.scrollToBottom()  # the view asks the model for more (fetchMore)
        return page.model.rowCount() == 523

    qtbot.waitUntil(scrolled_to_the_end, timeout=30_000)
    assert [r.mrn for r in page.model.rows()] == mrns
    assert not page.model.canFetchMore(QModelIndex())
    last = page.model.index(522, PatientColumn.MRN)
    assert last.data() == "K-0523"
    page.table.scrollTo(last)
    assert page.table.viewport().rect().intersects(page.table.visualRect(last))
    page.table.selectRow(510)
    with qtbot.waitSignal(page.patient_opened, timeout=1000) as opened:
        page.open_selected()
    assert opened.args == ["K-0511"]
    assert page.count.text() == "523 patients"


@pytest.mark.usefixtures("twelve_patients")
def test_a_change_to_one_patient_reads_only_their_row_again(
    qtbot, ctx, events, show, monkeypatch: pytest.MonkeyPatch
):
    page = PatientsPage(ctx, events)
    show(page)
    # The view asks for more pages while it has room, whenever it lays out: stop that once the
    # first page is in, so that only what the change causes is counted.
    qtbot.waitUntil(lambda: page.model.rowCount() >= 5, timeout=5000)
    page.model.fetcher = None
    pages: list[str | None] = []
    real = patient_list_loader.patient_list

    def counted(*args: object, **kwargs: object) -> object:
        pages.append(str(kwargs.get("after")))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(patient_list_loader, "patient_list", counted)
    started = start_infusion(ctx, "K-0002")
    events.infusion_logged.emit("K-0002", started.id)
    cell = page.model.index(1, PatientColumn.LAST_INFUSION)
    qtbot.waitUntil(lambda: cell.data() == "running now", timeout=5000)
    assert pages == []  # the list itself was not read again
    assert page.count.text() == "12 patients"


@pytest.mark.usefixtures("twelve_patients")
def test_a_patient_entered_in_error_leaves_the_list(qtbot, ctx, events):
    page = PatientsPage(ctx, events)
    page.model.fetcher = None  # only the first page: no view asks for more
    settle(qtbot)
    patient_id = load_history(ctx, "K-0003").patient.id
    amend.mark_entered_in_error(ctx, amend.EntryKind.PATIENT, str(patient_id), "registered twice")
    events.entry_amended.emit("K-0003")
    settle(qtbot)
    assert [r.mrn for r in page.model.rows()] == ["K-0001", "K-0002", "K-0004", "K-0005"]
    assert page.count.text() == "11 patients"
