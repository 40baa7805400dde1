"""In Polish, a running infusion at the bedside and the dialogs that document it show no English:
the run page (rate steps, vital signs with an alert, a reaction, a premedication), the check
dialog (empty, with red-flag symptoms ticked, with a problem shown), the reaction, end, vital
signs, premedication and entered-in-error dialogs, and the history. Symptoms are shown in
Polish but stored as the same codes.

Allowed: what the records hold (record_words) and the rules' own sentences, shown as they come
(the rate check's result, the label limits, a vital sign's limit and source), which are
translated elsewhere.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ivigmon.domain.codes import EventAction, EventOutcome, EventTerm, PremedClass
from ivigmon.domain.models import AdverseEvent, Premedication, VitalSigns
from ivigmon.domain.rate_check import describe_for_risk
from ivigmon.services import infusions
from ivigmon.services.amend import EntryKind
from ivigmon.services.audit import infusion_history
from ivigmon.services.bedside import bedside_state
from ivigmon.services.history import load_history
from ivigmon.ui.history_dialog import HistoryDialog
from ivigmon.ui.infusion_run_page import InfusionRunPage
from ivigmon.ui.worklist_page import WorklistPage
from tests.factories import make_patient, start_infusion

from .conftest import outcome, settle
from .polish_words import english_left, record_words, texts_of
from .test_event_forms import choose
from .test_fit import misplaced
from .test_large_text import cut, large_text  # noqa: F401 (a fixture)
from .test_worklist import ended_infusion

START = datetime(2026, 3, 10, 8, 0)


def running(ctx) -> str:
    """Ada's infusion since 08:00: a step within the label, one far above it, a feverish set of
    vital signs (an alert), a reaction and a premedication."""
    make_patient(ctx)
    started = start_infusion(ctx, start=START)
    infusions.add_rate_step(ctx, started.id, at=START, ml_per_h=4.3)
    infusions.add_rate_step(ctx, started.id, at=datetime(2026, 3, 10, 9, 0), ml_per_h=100)
    infusions.add_vital_signs(
        ctx, started.id, VitalSigns(at=START, temp_c=36.8, hr=100, sbp=100, dbp=60, spo2=98)
    )
    infusions.add_vital_signs(
        ctx, started.id, VitalSigns(at=datetime(2026, 3, 10, 9, 30), temp_c=38.6, hr=150)
    )
    infusions.add_premedication(
        ctx, started.id, Premedication(START, "paracetamol", PremedClass.ANTIPYRETIC, "210 mg")
    )
    infusions.add_reaction(
        ctx,
        started.id,
        AdverseEvent(
            onset=datetime(2026, 3, 10, 9, 30),
            term=EventTerm.FEVER.value,
            grade=1,
            action=EventAction.RATE_REDUCED,
            outcome=EventOutcome.RESOLVING,
        ),
    )
    return started.id


def rule_words(ctx, infusion_id: str) -> list[str]:
    """The rules' sentences on the run page, shown as they come (translated by their owners)."""
    state = bedside_state(ctx, "K-0001", infusion_id)
    found = [*state.label.lines(), state.label.note]
    if state.assessment is not None:
        found += [f.reason for f in state.assessment.factors]
        found += [f.source for f in state.assessment.factors]
    for step in state.steps:
        found += [step.result, step.warning, step.basis]
        if step.breach is not None:
            found.append(describe_for_risk(step.breach))
    return found


def run_page(ctx, events, show, infusion_id: str) -> InfusionRunPage:
    page = InfusionRunPage(ctx, events, mrn="K-0001", infusion_id=infusion_id)
    show(page)
    return page


def test_the_run_page_of_a_running_infusion_speaks_polish(qtbot, ctx, events, show, polish):
    infusion_id = running(ctx)
    page = run_page(ctx, events, show, infusion_id)
    allowed = [*record_words(ctx), *rule_words(ctx, infusion_id)]
    assert english_left(texts_of(page), allowed) == []
    assert page.vitals_box.title() == "Parametry życiowe (2)"
    assert page.end_button.text() == "&Zakończ wlew… (Ctrl+Shift+E)"
    assert page.steps.headerData(1, Qt.Orientation.Horizontal) == "Pompa mL/h"
    header = page.steps_table.horizontalHeader()  # the longer Polish header is not cut
    assert header.sectionSize(1) >= header.sectionSizeFromContents(1).width()
    assert page.vitals.index(1, 1).data() == "38,6"  # the decimal comma
    assert page.reactions.index(0, 1).data() == "gorączka"
    assert page.reactions.index(0, 3).data() == "zmniejszono szybkość"
    assert page.premeds.index(0, 2).data() == "p/gorączkowy"
    assert page.summary.text().startswith("<b>Trwa</b> od 08:00")
    assert "<b>28 g = 1,97 g/kg · 280 mL (19,7 mL/kg)</b>" in page.summary.text()
    assert "(ważn. 31.01.2027)" in page.summary.text()
    assert "Dotąd podano ok." in page.progress.text()
    # Typing a rate: the preview and the step's warning.
    qtbot.keyClicks(page.rate, "12,5")
    assert english_left(texts_of(page), allowed) == []


def test_the_entry_dialogs_of_the_run_page_speak_polish(qtbot, ctx, events, show, polish):
    infusion_id = running(ctx)
    page = run_page(ctx, events, show, infusion_id)
    allowed = record_words(ctx)

    reaction = page.add_reaction()
    assert reaction is not None
    assert reaction.windowTitle() == "Odczyn w trakcie wlewu"
    assert reaction.grade.itemText(2) == "Stopień 2 – umiarkowany"
    assert english_left(texts_of(reaction), allowed) == []
    assert not outcome(qtbot, reaction.save())  # nothing chosen: every problem named
    assert "Odczyn: wybierz odczyn" in reaction.message.text()
    choose(reaction.term, EventTerm.WHEEZE.value)
    reaction.serious.setChecked(True)
    assert reaction.seriousness.isVisible()
    assert english_left(texts_of(reaction), allowed) == []
    reaction.reject()

    vitals = page.add_vitals()
    assert vitals is not None
    assert english_left(texts_of(vitals), allowed) == []
    vitals.entry.edits["temp_c"].setText("39,1")
    vitals.entry.edits["hr"].setText("150")
    # Each sign's level in Polish; its limit and source are the rule's words, translated with
    # the alert reasons, so the panel is read apart from the rest of the dialog.
    assert vitals.levels.lines[0].startswith("▲ ALARM  temperatura 39,1 °C – limit ")
    assert vitals.levels.lines[-1].startswith("Zapisywane niezależnie od poziomu")
    panel = set(texts_of(vitals.levels))
    assert english_left([t for t in texts_of(vitals) if t not in panel], allowed) == []
    vitals.reject()

    premedication = page.add_premedication()
    assert premedication is not None
    assert premedication.windowTitle() == "Premedykacja"
    assert english_left(texts_of(premedication), allowed) == []
    premedication.reject()

    end = page.end_infusion()
    assert end is not None
    assert end.windowTitle() == "Zakończenie wlewu"
    assert end.given.text().startswith("Do tej godziny zakończenia: według zapisanych")
    assert english_left(texts_of(end), allowed) == []
    end.reject()


def test_marking_in_error_and_the_history_speak_polish(qtbot, ctx, events, show, polish):
    infusion_id = running(ctx)
    page = run_page(ctx, events, show, infusion_id)
    page.reactions_table.selectRow(0)
    dialog = page.mark_in_error(EntryKind.ADVERSE_EVENT)
    assert dialog is not None
    assert dialog.windowTitle() == "Wpis błędny"
    assert dialog.entry.text() == "Odczyn o 10.03.2026 09:30: gorączka, stopień 1"
    assert english_left(texts_of(dialog), record_words(ctx)) == []
    dialog.reject()
    whole = page.mark_infusion_in_error()
    assert whole is not None
    assert whole.windowTitle() == "Wlew wprowadzony błędnie"
    assert english_left(texts_of(whole), record_words(ctx)) == []
    whole.reject()

    history = HistoryDialog(
        title="Ada", load=lambda: infusion_history(ctx, infusion_id), parent=page
    )
    qtbot.addWidget(history)
    history.show()
    assert history.windowTitle() == "Historia – Ada"
    assert history.model.headerData(3, Qt.Orientation.Horizontal) == "Co się stało"
    assert english_left(texts_of(history), record_words(ctx)) == []
    added = history.model.index(2, 4).data()  # the first rate step, as added
    assert added == "godzina 10.03.2026 08:00; pompa mL/h 4,3"
    assert history.model.index(1, 4).data() == "numer serii 0; seria P123; ważność 31.01.2027"


def worklist_check(qtbot, ctx, events, show, clock):
    clock.now = datetime(2026, 3, 10, 12, 0)
    ended_infusion(ctx)  # checks due 03-10 11:00, 03-11 11:00, 03-12 11:00
    page = WorklistPage(ctx, events)
    show(page)
    page.table.selectRow(0)
    return page.record_selected()


def test_the_check_dialog_speaks_polish_and_stores_the_codes(
    qtbot, ctx, events, show, clock, polish
):
    dialog = worklist_check(qtbot, ctx, events, show, clock)
    allowed = record_words(ctx)
    assert dialog.windowTitle().startswith("Kontrola +24 h – ")
    assert dialog.symptoms.text() == "Ob&jawy"
    assert english_left(texts_of(dialog), allowed) == []

    # A problem shown: no outcome chosen.
    assert not outcome(qtbot, dialog.save())
    assert "Sposób: wybierz: osobiście czy telefonicznie" in dialog.message.text()
    assert english_left(texts_of(dialog), allowed) == []

    # Red-flag symptoms ticked, found by their Polish names.
    dialog.in_person.setChecked(True)
    dialog.symptoms.setChecked(True)
    dialog.find_symptom.tick("świsty")
    dialog.find_symptom.tick("ciemny mocz")
    ticked = [row for row in dialog.symptom_rows if row.box.isChecked()]
    assert [row.term for row in ticked] == [EventTerm.DARK_URINE, EventTerm.WHEEZE]
    assert english_left(texts_of(dialog), allowed) == []
    assert not outcome(qtbot, dialog.save())  # grade, action, outcome still to choose
    assert "świsty: stopień: wybierz stopień" in dialog.message.text()
    for row in ticked:
        choose(row.grade, 2)
        choose(row.action, EventAction.TREATED.value)
        choose(row.outcome, EventOutcome.RESOLVING.value)
    assert outcome(qtbot, dialog.save())
    assert dialog.saved_text.startswith("✓ Zapisano: kontrola +24 h – ")
    assert "objawy: ciemny mocz (hemoliza?), stopień 2, świsty, stopień 2" in dialog.saved_text
    settle(qtbot)
    history = load_history(ctx, "K-0001")
    (check,) = [c for c in history.checks if c.offset_h == 24]
    assert sorted(check.symptoms) == ["dark_urine", "wheeze"]
    events_stored = history.infusions[0].events
    assert sorted(e.term for e in events_stored) == ["dark_urine", "wheeze"]


@pytest.mark.usefixtures("large_text")
def test_the_polish_check_dialog_fits_with_150_percent_text(
    qtbot, ctx, events, show, clock, polish
):
    """Polish words are longer: at 150 % text the check dialog still fits, nothing cut."""
    dialog = worklist_check(qtbot, ctx, events, show, clock)
    dialog.symptoms.setChecked(True)
    for row in (dialog.symptom_rows[-2], dialog.symptom_rows[0]):
        row.box.setChecked(True)
        row.serious.setChecked(True)
    QApplication.processEvents()
    assert misplaced(dialog, {"Zapisz kontrolę": dialog.save_button}) + cut(dialog) == []
