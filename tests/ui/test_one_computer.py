"""What the screens say about sharing the database is true of this version: the programs of one
computer share its file (another window, a command, another user's session); no screen speaks
of other workstations or points to a database server, which does not exist yet."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from ivigmon.services import settings as ward_settings
from ivigmon.storage.errors import DatabaseBusy, ReadOnlyDatabase
from ivigmon.ui import operations
from ivigmon.ui.add_user_dialog import AddUserDialog
from ivigmon.ui.errors import message_for
from ivigmon.ui.main_window import MainWindow

from .conftest import add_accounts, outcome

# Words that promise several computers sharing one record.
PROMISES = ("workstation", "server", "several computers")


def _promises(text: str) -> list[str]:
    return [word for word in PROMISES if word in text.lower()]


@pytest.mark.parametrize(
    ("text", "truth"),
    [
        (
            message_for(DatabaseBusy("locked")),
            "another ivigmon window or user on this computer is saving",
        ),
        (operations.BUSY_NOTE, "another ivigmon window or user on this computer may be saving"),
        (message_for(ReadOnlyDatabase("ro")), "this account has no permission to write"),
    ],
)
def test_waiting_and_refusing_messages_name_what_shares_the_file(text: str, truth: str):
    assert truth in text
    assert _promises(text) == []


def _labels(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_the_settings_and_account_screens_promise_no_other_computers(qtbot, ctx, events, show):
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    page = window.settings
    dialog = AddUserDialog(ctx, window)
    qtbot.addWidget(dialog)
    texts = _labels(page) + _labels(dialog)
    assert any("everyone using this database" in t for t in texts)
    assert any("wherever this database is opened" in t for t in texts)
    assert [(t, _promises(t)) for t in texts if _promises(t)] == []

    page.notes_max.setText("5000")
    assert outcome(qtbot, page.save_lock()) is True
    saved = page.lock_message.text()
    assert "Other ivigmon windows on this database use it after their next refresh" in saved
    assert _promises(saved) == []
    assert ward_settings.notes_max_chars(ctx) == 5000
