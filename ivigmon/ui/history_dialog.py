"""The history of one record: every entry of the audit trail, including entries in error."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.audit import AuditEntry
from ivigmon.ui import theme
from ivigmon.ui.audit_wording import (
    action_text,
    changes,
    changes_text,
    is_entered_in_error,
    record_text,
    when_text,
)
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.table_model import RecordTableModel
from ivigmon.ui.table_views import record_table, selected_row


class AuditColumn(IntEnum):
    WHEN = 0
    WHO = 1
    RECORD = 2
    ACTION = 3
    CHANGES = 4


class AuditTableModel(RecordTableModel[AuditEntry]):
    """Oldest first, as written; an entry in error says so in words (and is tinted)."""

    columns = AuditColumn
    headers = (
        QT_TRANSLATE_NOOP("AuditTableModel", "When"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Who"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
        QT_TRANSLATE_NOOP("AuditTableModel", "What happened"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Values (before → after)"),
    )
    context = "AuditTableModel"
    with_infusion = False  # name the infusion of each part (a patient's several infusions)

    def text(self, row: AuditEntry, column: int) -> str:
        match column:
            case AuditColumn.WHEN:
                return when_text(row)
            case AuditColumn.WHO:
                return row.user
            case AuditColumn.RECORD:
                return record_text(row, with_infusion=self.with_infusion)
            case AuditColumn.ACTION:
                return action_text(row)
            case AuditColumn.CHANGES:
                return changes_text(row)
        return ""

    def tooltip(self, row: AuditEntry, column: int) -> str | None:
        return "\n".join(changes(row)) if column == AuditColumn.CHANGES else None

    def foreground(self, row: AuditEntry, column: int) -> QColor | None:
        if column == AuditColumn.ACTION and is_entered_in_error(row):
            return QColor(theme.colours().high_ink)
        return None

    def background(self, row: AuditEntry, column: int) -> QColor | None:
        return QColor(theme.colours().high_tint) if is_entered_in_error(row) else None


class HistoryDialog(QDialog):
    """Read-only; `load` returns the entries (it may raise a storage or permission error)."""

    def __init__(
        self,
        *,
        title: str,
        load: Callable[[], Sequence[AuditEntry]],
        several_infusions: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History - {title}").format(title=title))
        layout = QVBoxLayout(self)
        layout.addWidget(subtitle_label(self.tr("History of {title}").format(title=title)))
        layout.addWidget(
            muted_label(
                self.tr(
                    "Every entry and every change, oldest first, with who made it and when. "
                    "Nothing is ever deleted: an entry marked entered in error stays here with "
                    "the reason, and is left out of the tables, the risk assessment and reports."
                )
            )
        )
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.model = AuditTableModel(self)
        self.model.with_infusion = several_infusions
        self.table = record_table(
            self.model,
            stretch=AuditColumn.CHANGES,
            widths=(150, 90, 230 if several_infusions else 150, 200, 400),
        )
        self.table.setObjectName("historyTable")
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        layout.addWidget(self.table, 1)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Selected entry"))
        self.detail.setFixedHeight(132)
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1180, 600)
        try:
            entries = list(load())
        except EXPECTED_ERRORS as error:
            self.message.show_message(
                self.tr("The history could not be loaded. {problem}").format(
                    problem=message_for(error)
                )
            )
            entries = []
        self.model.set_rows(entries)
        if entries:
            self.table.selectRow(len(entries) - 1)
            self.table.scrollToBottom()
        self._show_selected()

    def _show_selected(self, *_: object) -> None:
        row = selected_row(self.table)
        if row is None:
            self.detail.setPlainText(self.tr("No entries.") if self.model.rowCount() == 0 else "")
            return
        entry = self.model.row_at(row)
        lines = "\n".join(f"  {line}" for line in changes(entry)) or "  " + self.tr("(no values)")
        record = record_text(entry, with_infusion=self.model.with_infusion)
        head = self.tr("{record}: {action} by {user} at {when}").format(
            record=record, action=action_text(entry), user=entry.user, when=when_text(entry)
        )
        self.detail.setPlainText(f"{head}\n{lines}")
