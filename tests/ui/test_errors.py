"""Storage failures read as plain sentences, and the form keeps what was typed."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from ivigmon.domain.validation import ValidationError
from ivigmon.services import checks, infusions
from ivigmon.services.errors import DatabaseBusy, DiskFull, EnvironmentFailure, ReadOnlyDatabase
from ivigmon.ui.errors import message_for
from ivigmon.ui.worklist_page import WorklistPage
from tests.factories import make_patient, start_infusion

from .conftest import outcome, settle


@pytest.mark.parametrize(
    ("error", "start"),
    [
        (
            DatabaseBusy("locked"),
            "The database is busy: another ivigmon window or user on this computer is saving",
        ),
        (DiskFull("full"), "The disk that holds the database is full."),
        (ReadOnlyDatabase("ro"), "The database can only be read here"),
        (EnvironmentFailure("io"), "The database could not be written"),
    ],
)
def test_each_storage_failure_has_a_plain_message(error, start):
    text = message_for(error)
    assert text.startswith(start)
    assert "Nothing was saved; what you typed is still here." in text
    assert "sqlite" not in text.lower()


def test_a_field_error_uses_the_forms_own_label():
    error = ValidationError("infusion new", "dose_g", "must be more than 0 g (got -3)")
    assert message_for(error, {"dose_g": "Dose (g)"}) == "Dose (g): must be more than 0 g (got -3)"


def test_a_busy_database_while_recording_a_check_keeps_the_dialog_as_typed(
    qtbot, ctx, events, show, clock, monkeypatch
):
    clock.now = datetime(2026, 3, 10, 12, 0)
    make_patient(ctx)
    started = start_infusion(ctx, start=datetime(2026, 3, 9, 8, 0))
    infusions.end_infusion(ctx, started.id, end=datetime(2026, 3, 9, 11, 0))
    page = WorklistPage(ctx, events)
    show(page)
    dialog = page.record_selected()
    qtbot.mouseClick(dialog.phone, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.no_symptoms, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.notes, "well, back at school")

    def busy(*args, **kwargs):
        raise DatabaseBusy("the database is busy in another program")

    monkeypatch.setattr(checks, "record_check", busy)
    assert outcome(qtbot, dialog.save()) is False
    assert "another ivigmon window or user on this computer is saving" in dialog.message.text()
    assert dialog.phone.isChecked() and dialog.no_symptoms.isChecked()
    assert dialog.notes.toPlainText() == "well, back at school"
    monkeypatch.undo()
    assert outcome(qtbot, dialog.save()) is True
    settle(qtbot)
    assert [r.offset_h for r in page.model.rows()] == [48, 72]
