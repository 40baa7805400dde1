"""Asks why an entry is wrong before it is marked entered in error (or a check is reopened)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form

IN_ERROR_NOTE = QT_TRANSLATE_NOOP(
    "ReasonDialog",
    "Nothing is deleted: the entry stays in the record's history with your name, the time "
    "and this reason. It disappears from the tables, the risk assessment and the reports.",
)


class ReasonDialog(QDialog):
    """`commit(reason)` calls the one service; `amended` is emitted once it succeeded."""

    amended = Signal()

    def __init__(
        self,
        *,
        title: str,
        entry: str,
        action: str,
        commit: Callable[[str], None],
        note: str | None = None,
        question: str | None = None,
        placeholder: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`title`, `entry`, `action` and any of `note`, `question` and `placeholder` given
        come translated; those not given are the words for an entry in error."""
        super().__init__(parent)
        if note is None:
            note = QCoreApplication.translate("ReasonDialog", IN_ERROR_NOTE)
        if question is None:
            question = self.tr("&Why is it wrong?")
        if placeholder is None:
            placeholder = self.tr("e.g. typed in the wrong patient's chart; pump misread")
        self.commit = commit
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(subtitle_label(title))
        self.entry = QLabel(entry)
        self.entry.setWordWrap(True)
        layout.addWidget(self.entry)
        layout.addWidget(muted_label(note))
        reason_label = QLabel(question)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(placeholder)
        self.reason.setMaxLength(500)
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.fields = FormFields(self.message)
        self.fields.add("reason", self.reason, self.tr("Reason"))
        self.ok = add_dialog_buttons(self, layout, action, self.save, ctrl_return=True)
        self.setMinimumWidth(560)
        self.reason.setFocus()

    def save(self) -> Operation[None] | None:
        """Mark the entry off the GUI thread; the dialog closes once it is stored."""
        reason = self.reason.text()
        return save_form(
            self, self.fields, lambda: self.commit(reason), self._saved, button=self.ok
        )

    def _saved(self, _result: None) -> None:
        self.amended.emit()
        self.accept()
