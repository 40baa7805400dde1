"""The Users page's list of failed sign-ins under names that no account has."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ivigmon.services.users import NamesWithoutAccount, NameWithoutAccount
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.table_model import RecordTableModel
from ivigmon.ui.table_views import record_table

# Rows shown before the table scrolls: the page keeps most of its height for the accounts.
ROWS_TALL = 5


class NameColumn(IntEnum):
    NAME = 0
    FAILURES = 1
    LAST = 2


class NamesWithoutAccountTableModel(RecordTableModel[NameWithoutAccount]):
    columns = NameColumn
    headers = ("Name typed", "Failed sign-ins", "Last")

    def text(self, row: NameWithoutAccount, column: int) -> str:
        match column:
            case NameColumn.NAME:
                return row.name
            case NameColumn.FAILURES:
                return str(row.failures)
            case NameColumn.LAST:
                return row.last_failed_at[:16].replace("T", " ")
        return ""


class NamesWithoutAccountBox(QWidget):
    """Hidden while no sign-in has failed under a name without an account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(subtitle_label("Failed sign-ins under names without an account"))
        layout.addWidget(
            muted_label(
                "Someone typed a user name that no account has (a slip, or someone trying "
                "names). Nothing was made or locked; names are shown escaped and cut short."
            )
        )
        self.model = NamesWithoutAccountTableModel(self)
        self.table = record_table(self.model, stretch=NameColumn.NAME, widths=(300, 150, 160))
        self.table.setObjectName("namesWithoutAccountTable")
        rows = self.table.verticalHeader().defaultSectionSize() * ROWS_TALL
        self.table.setMaximumHeight(rows + self.table.horizontalHeader().sizeHint().height() + 4)
        layout.addWidget(self.table)
        self.more = muted_label()
        layout.addWidget(self.more)
        self.setVisible(False)

    def show_names(self, found: NamesWithoutAccount) -> None:
        self.model.set_rows(found.names)
        left = found.total - len(found.names)
        self.more.setText(
            f"and {left:,} more name{'s' if left != 1 else ''} (the audit trail keeps them all)"
            if left > 0
            else ""
        )
        self.more.setVisible(left > 0)
        self.setVisible(bool(found.names))
