"""The Users page's list of failed sign-ins under names that no account has."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.users import NamesWithoutAccount, NameWithoutAccount
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.record_counts import COUNTS
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
    headers = (
        QT_TRANSLATE_NOOP("NamesWithoutAccountTableModel", "Name typed"),
        QT_TRANSLATE_NOOP("NamesWithoutAccountTableModel", "Failed sign-ins"),
        QT_TRANSLATE_NOOP("NamesWithoutAccountTableModel", "Last"),
    )
    context = "NamesWithoutAccountTableModel"

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
        layout.addWidget(subtitle_label(self.tr("Failed sign-ins under names without an account")))
        layout.addWidget(
            muted_label(
                self.tr(
                    "Someone typed a user name that no account has (a slip, or someone trying "
                    "names). Nothing was made or locked; names are shown escaped and cut short."
                )
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
        self.more.setText(COUNTS.more_names(left) if left > 0 else "")
        self.more.setVisible(left > 0)
        self.setVisible(bool(found.names))
