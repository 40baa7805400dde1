"""A box of bedside entries: the table, its add button and its "Entered in error…" button."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Generic

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from ivigmon.domain.roles import Permission
from ivigmon.services.context import Context
from ivigmon.ui.gates import gate
from ivigmon.ui.infusion_models import BedsideTableModel
from ivigmon.ui.table_model import RowT
from ivigmon.ui.table_views import record_table, selected_row

# Inside the box's own padding: the bedside boxes are stacked three high.
BOX_MARGINS = (6, 2, 6, 4)


def in_error_button() -> QPushButton:
    return QPushButton(QCoreApplication.translate("entries_box", "Entered in error…"))


def gate_in_error(button: QPushButton, ctx: Context, table: QTableView) -> None:
    """Enabled for a user who may record infusions, once a row of `table` is selected."""
    gate(
        button,
        ctx,
        Permission.RECORD_INFUSIONS,
        ready=selected_row(table) is not None,
        tooltip=QCoreApplication.translate(
            "entries_box", "Select the wrong entry in the table first; nothing is deleted."
        ),
    )


class EntriesBox(QGroupBox, Generic[RowT]):
    """Titled with the number of entries; `describe` names the selected one for the dialog."""

    def __init__(
        self,
        ctx: Context,
        *,
        title: str,
        model: BedsideTableModel[RowT],
        add_text: str,
        widths: tuple[int, ...],
        describe: Callable[[RowT], tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.ctx = ctx
        self.model = model
        self.describe = describe
        self.add_button = QPushButton(add_text)
        self.error_button = in_error_button()
        box_layout = QVBoxLayout(self)
        box_layout.setContentsMargins(*BOX_MARGINS)
        self.table = record_table(model, widths=widths)
        # At the least one entry in sight (the newest, scrolled to): three boxes, the rate
        # steps beside them and the alerts above keep to a 768-pixel screen.
        header = self.table.horizontalHeader().sizeHint().height()
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header + row_height + 2 * self.table.frameWidth())
        # Scrolled again whenever the rows or the room change, not only when rows are shown.
        self.table.verticalScrollBar().rangeChanged.connect(self._newest_in_sight)
        box_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.error_button)
        row.addWidget(self.add_button)
        box_layout.addLayout(row)
        self.base_title = title

    def show_rows(self, rows: Sequence[RowT], *, day: date) -> None:
        """`day` is the infusion's first: times on it are shown short."""
        self.model.reference_day = day
        self.model.set_rows(rows)
        self.table.scrollToBottom()  # the newest entry, when only a few are in sight
        self.setTitle(
            QCoreApplication.translate("entries_box", "{title} ({count})").format(
                title=self.base_title, count=len(rows)
            )
        )

    def _newest_in_sight(self, _minimum: int, _maximum: int) -> None:
        self.table.scrollToBottom()

    def selected_entry(self) -> tuple[int, str] | None:
        """The id and a description of the selected row."""
        row = selected_row(self.table)
        return None if row is None else self.describe(self.model.row_at(row))

    def apply_access(self, *, ready: bool) -> None:
        """Adding needs `ready` (the infusion is loaded); marking in error needs a selection."""
        gate(self.add_button, self.ctx, Permission.RECORD_INFUSIONS, ready=ready)
        gate_in_error(self.error_button, self.ctx, self.table)
