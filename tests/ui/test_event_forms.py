"""The reaction and check forms: new terms, seriousness criteria, impossible combinations."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from ivigmon.domain.codes import EventAction, EventOutcome, EventTerm
from ivigmon.services.history import load_history
from ivigmon.ui.worklist_page import WorklistPage
from tests.factories import Clock, make_patient, start_infusion

from .conftest import outcome
from .test_infusion_window import bedside
from .test_worklist import ended_infusion

NEW_TERMS = ("wheeze", "urticaria", "photophobia", "one_sided_weakness", "jaundice")


def reaction_dialog(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    page = bedside(ctx, events, show, started.id).run_page
    return started.id, page.add_reaction()


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_the_reaction_form_offers_the_new_terms(qtbot, ctx, events, show):
    _, dialog = reaction_dialog(qtbot, ctx, events, show)
    offered = {dialog.term.itemData(i) for i in range(dialog.term.count())}
    assert set(NEW_TERMS) <= offered


def test_serious_asks_why_and_saves_the_criteria(qtbot, ctx, events, show):
    infusion_id, dialog = reaction_dialog(qtbot, ctx, events, show)
    assert dialog.seriousness.isHidden()
    choose(dialog.term, EventTerm.WHEEZE.value)
    choose(dialog.grade, 3)
    choose(dialog.action, EventAction.TREATED.value)
    choose(dialog.outcome, EventOutcome.RESOLVING.value)
    dialog.serious.setChecked(True)
    assert dialog.seriousness.isVisible()
    assert not outcome(qtbot, dialog.save())
    assert "Seriousness criteria: tick at least one reason why it is serious" in (
        dialog.message.text()
    )
    dialog.seriousness.boxes[next(iter(dialog.seriousness.boxes))].setChecked(True)
    assert outcome(qtbot, dialog.save())
    (event,) = load_history(ctx, "K-0001").infusion(infusion_id).events
    assert (event.term, event.grade, event.serious) == ("wheeze", 3, True)
    assert event.seriousness == (next(iter(dialog.seriousness.boxes)),)


@pytest.mark.parametrize(
    ("grade", "outcome_", "serious", "lines"),
    [
        (5, EventOutcome.ONGOING, False, ["Outcome: grade 5 means death", "Serious: a grade 5"]),
        (5, EventOutcome.ONGOING, True, ["Outcome: grade 5 means death"]),
        (4, EventOutcome.FATAL, True, ["Grade: the outcome is fatal, so the grade must be 5"]),
        (5, EventOutcome.FATAL, False, ["Serious: a grade 5 event (death) is always serious"]),
    ],
)
def test_impossible_combinations_are_named_all_at_once_and_refused(
    qtbot, ctx, events, show, grade, outcome_, serious, lines
):
    infusion_id, dialog = reaction_dialog(qtbot, ctx, events, show)
    choose(dialog.term, EventTerm.ANAPHYLAXIS.value)
    choose(dialog.action, EventAction.STOPPED.value)
    choose(dialog.outcome, outcome_.value)
    dialog.serious.setChecked(serious)
    choose(dialog.grade, grade)
    shown = dialog.message.text().removeprefix("⚠ ").split("\n")
    assert [line[: len(expected)] for line, expected in zip(shown, lines, strict=True)] == lines
    if serious:
        dialog.seriousness.boxes[next(iter(dialog.seriousness.boxes))].setChecked(True)
    assert not outcome(qtbot, dialog.save())
    assert len(dialog.message.text().split("\n")) == len(lines)
    assert load_history(ctx, "K-0001").infusion(infusion_id).events == ()


def test_a_check_refuses_grade_5_with_outcome_ongoing_and_saves_it_made_consistent(
    qtbot, ctx, events, show, clock: Clock
):
    clock.now = datetime(2026, 3, 10, 12, 0)
    infusion_id = ended_infusion(ctx)
    page = WorklistPage(ctx, events)
    show(page)
    dialog = page.record_selected()
    qtbot.mouseClick(dialog.phone, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.symptoms, Qt.MouseButton.LeftButton)
    offered = {row.term.value for row in dialog.symptom_rows}
    assert set(NEW_TERMS) <= offered
    row = next(r for r in dialog.symptom_rows if r.term.value == "jaundice")
    row.box.setChecked(True)
    assert row.detail.isVisible()
    choose(row.grade, 5)
    choose(row.action, EventAction.TREATED.value)
    choose(row.outcome, EventOutcome.ONGOING.value)
    assert not outcome(qtbot, dialog.save())
    lines = dialog.message.text().removeprefix("⚠ ").split("\n")
    assert lines[0].startswith("yellow skin or eyes (haemolysis?): outcome: grade 5 means death")
    assert lines[1].startswith("yellow skin or eyes (haemolysis?): serious: a grade 5 event")
    assert load_history(ctx, "K-0001").infusion(infusion_id).events == ()
    choose(row.outcome, EventOutcome.FATAL.value)
    row.serious.setChecked(True)
    assert row.seriousness.isVisible()
    assert not outcome(qtbot, dialog.save())
    assert "why serious: tick at least one reason" in dialog.message.text()
    row.seriousness.boxes[next(iter(row.seriousness.boxes))].setChecked(True)
    assert outcome(qtbot, dialog.save())
    (event,) = load_history(ctx, "K-0001").infusion(infusion_id).events
    assert event.seriousness == (next(iter(row.seriousness.boxes)),)
    assert (event.term, event.grade, event.outcome, event.serious) == (
        "jaundice",
        5,
        EventOutcome.FATAL,
        True,
    )
