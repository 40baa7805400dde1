"""The check and reaction forms ask for what is recorded, show every problem at once, ask before
an early check and say what was saved."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from ivigmon.domain.codes import EventAction, EventOutcome, EventTerm
from ivigmon.services.history import load_history
from ivigmon.ui.worklist_page import WorklistPage
from tests.factories import Clock

from .conftest import outcome, settle
from .test_event_forms import choose, reaction_dialog
from .test_worklist import ended_infusion


def check_dialog(qtbot, ctx, events, show, clock: Clock, row: int = 0):
    clock.now = datetime(2026, 3, 10, 12, 0)
    infusion_id = ended_infusion(ctx)  # checks due 03-10 11:00, 03-11 11:00, 03-12 11:00
    page = WorklistPage(ctx, events)
    show(page)
    page.table.selectRow(row)
    return infusion_id, page, page.record_selected()


def headache_row(dialog):
    return next(r for r in dialog.symptom_rows if r.term is EventTerm.HEADACHE)


# -- nothing clinical is invented ----------------------------------------------------------


def test_the_reaction_form_preselects_no_grade_action_or_outcome(qtbot, ctx, events, show):
    infusion_id, dialog = reaction_dialog(qtbot, ctx, events, show)
    assert [box.currentData() for box in (dialog.grade, dialog.action, dialog.outcome)] == [
        None,
        None,
        None,
    ]
    choose(dialog.term, EventTerm.FLUSHING.value)
    assert not outcome(qtbot, dialog.save())
    assert dialog.message.text().removeprefix("⚠ ").split("\n") == [
        "Grade: choose the grade",
        "Action taken: choose the action taken",
        "Outcome: choose the outcome",
    ]
    for box in (dialog.grade, dialog.action, dialog.outcome):
        assert box.property("invalid") is True
    assert load_history(ctx, "K-0001").infusion(infusion_id).events == ()


def test_a_symptoms_grade_is_enabled_only_while_it_is_ticked(qtbot, ctx, events, show, clock):
    _, _, dialog = check_dialog(qtbot, ctx, events, show, clock)
    qtbot.mouseClick(dialog.symptoms, Qt.MouseButton.LeftButton)
    row = headache_row(dialog)
    assert not row.grade.isEnabled()
    row.box.setChecked(True)
    assert row.grade.isEnabled() and row.grade.currentData() is None
    row.box.setChecked(False)
    assert not row.grade.isEnabled()


def test_a_symptom_asks_its_grade_action_and_outcome_and_its_onset_is_the_check_time(
    qtbot, ctx, events, show, clock
):
    infusion_id, _, dialog = check_dialog(qtbot, ctx, events, show, clock)
    qtbot.mouseClick(dialog.phone, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.symptoms, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.done_at, "11:30")
    row = headache_row(dialog)
    row.box.setChecked(True)
    assert row.onset.text() == "2026-03-10 11:30"  # shown, and editable
    dialog.done_at.clear()
    qtbot.keyClicks(dialog.done_at, "11:45")
    assert row.onset.text() == "2026-03-10 11:45"  # follows the check time until typed over
    assert row.action.currentData() is None and row.outcome.currentData() is None

    assert not outcome(qtbot, dialog.save())
    assert dialog.message.text().removeprefix("⚠ ").split("\n") == [
        "headache: grade: choose the grade",
        "headache: action: choose the action taken",
        "headache: outcome: choose the outcome",
    ]
    assert load_history(ctx, "K-0001").infusion(infusion_id).events == ()

    row.onset.clear()
    qtbot.keyClicks(row.onset, "2026-03-10 08:00")
    choose(row.grade, 2)
    choose(row.action, EventAction.TREATED.value)
    choose(row.outcome, EventOutcome.RESOLVED.value)
    assert outcome(qtbot, dialog.save())
    (event,) = load_history(ctx, "K-0001").infusion(infusion_id).events
    assert (event.onset, event.grade, event.action, event.outcome) == (
        datetime(2026, 3, 10, 8, 0),
        2,
        EventAction.TREATED,
        EventOutcome.RESOLVED,
    )


def test_an_onset_after_the_check_is_refused(qtbot, ctx, events, show, clock):
    _, _, dialog = check_dialog(qtbot, ctx, events, show, clock)
    qtbot.mouseClick(dialog.phone, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.symptoms, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.done_at, "11:30")
    row = headache_row(dialog)
    row.box.setChecked(True)
    row.onset.clear()
    qtbot.keyClicks(row.onset, "11:50")
    choose(row.grade, 1)
    choose(row.action, EventAction.NONE.value)
    choose(row.outcome, EventOutcome.ONGOING.value)
    assert not outcome(qtbot, dialog.save())
    assert "headache: began: 2026-03-10 11:50 is after the check (2026-03-10 11:30)" in (
        dialog.message.text()
    )


# -- every problem at once -------------------------------------------------------------------


def test_a_check_with_three_problems_shows_all_three_beside_their_fields(
    qtbot, ctx, events, show, clock
):
    _, _, dialog = check_dialog(qtbot, ctx, events, show, clock)
    qtbot.keyClicks(dialog.done_at, "25:99")
    assert not outcome(qtbot, dialog.save())
    lines = dialog.message.text().removeprefix("⚠ ").split("\n")
    assert len(lines) == 3
    assert lines[0].startswith("Done at:")
    assert lines[1:] == [
        "How: choose in person or by phone",
        "Outcome: choose no symptoms, symptoms or not reached",
    ]
    for widget in (dialog.done_at, dialog.in_person, dialog.no_symptoms):
        assert widget.property("invalid") is True


# -- early checks and what was saved -----------------------------------------------------------


def test_a_check_recorded_long_before_it_is_due_asks_first(qtbot, ctx, events, show, clock):
    _, page, dialog = check_dialog(qtbot, ctx, events, show, clock, row=1)
    assert dialog.row.offset_h == 48
    qtbot.mouseClick(dialog.phone, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.no_symptoms, Qt.MouseButton.LeftButton)
    assert dialog.save() is None
    settle(qtbot)
    assert dialog.early_warning.isVisible() and dialog.early_confirm.isVisible()
    assert dialog.early_warning.text().startswith(
        "⚠ Warning: this check is due 2026-03-11 11:00 (from 2026-03-11 07:00)"
    )
    history = load_history(ctx, "K-0001")
    assert next(c for c in history.checks if c.offset_h == 48).done_at is None

    dialog.early_confirm.setChecked(True)
    assert outcome(qtbot, dialog.save())
    history = load_history(ctx, "K-0001")
    assert next(c for c in history.checks if c.offset_h == 48).done_at == clock.now
    assert page.saved_line.isVisible()
    assert page.saved_line.text() == (
        "✓ Saved: check +48 h of Ada Nowak, no symptoms, done 2026-03-10 12:00."
    )


@pytest.mark.parametrize(
    ("done_at", "asks"),
    [("06:59", True), ("07:00", False)],  # +48 h is due 03-11 11:00; the lead is 4 h
)
def test_early_means_more_than_the_lead_time_before_the_due_time(
    qtbot, ctx, events, show, clock, done_at, asks
):
    _, _, dialog = check_dialog(qtbot, ctx, events, show, clock, row=1)
    clock.now = datetime(2026, 3, 11, 7, 30)
    qtbot.mouseClick(dialog.phone, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.not_reached, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.done_at, done_at)
    assert outcome(qtbot, dialog.save()) is not asks
    if asks:  # the dialog stays open with the question; saved, it has closed
        assert dialog.early_confirm.isVisible()
        assert "recorded at 2026-03-11 06:59 it is early" in dialog.early_warning.text()


def test_a_check_that_is_due_is_saved_at_once_and_said_so(qtbot, ctx, events, show, clock):
    _, page, dialog = check_dialog(qtbot, ctx, events, show, clock, row=0)
    assert dialog.row.offset_h == 24
    qtbot.mouseClick(dialog.in_person, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.symptoms, Qt.MouseButton.LeftButton)
    row = headache_row(dialog)
    row.box.setChecked(True)
    choose(row.grade, 2)
    choose(row.action, EventAction.TREATED.value)
    choose(row.outcome, EventOutcome.RESOLVING.value)
    assert outcome(qtbot, dialog.save())
    assert page.saved_line.text() == (
        "✓ Saved: check +24 h of Ada Nowak, symptoms: headache grade 2, done 2026-03-10 12:00."
    )
