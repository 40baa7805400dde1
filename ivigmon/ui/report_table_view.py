"""One table of the cohort report on screen: its title, the figures, and its note beneath."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.report_format import Grid
from ivigmon.ui.table_views import record_table

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class GridModel(QAbstractTableModel):
    """Read-only text cells; figures aligned right; a sort value per cell where the grid has
    them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid = Grid("", "", (), [])

    def set_grid(self, grid: Grid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.grid.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.grid.rows[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.grid.headers[column]}: {self.grid.rows[row][column]}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((RIGHT if column in self.grid.figures else LEFT).value)
        if role == SORT_ROLE:
            values = self.grid.sort_values
            return values[row][column] if values is not None else row
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.grid.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.grid.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((RIGHT if section in self.grid.figures else LEFT).value)
        return None


class ReportTableView(QWidget):
    """A report table with its title above and its note below; a rate table sorts by a click
    on its heading (the order of the figures, not of their text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.title = subtitle_label("")
        self.title.setWordWrap(True)
        self.model = GridModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table: QTableView = record_table(self.sorted)
        self.table.setAccessibleName(self.tr("Report table"))  # its title once shown
        self.table.setSelectionMode(QTableView.SelectionMode.ContiguousSelection)
        self.note = muted_label()
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def show_grid(self, grid: Grid) -> None:
        self.title.setText(grid.title)
        self.table.setAccessibleName(grid.title)
        self.note.setText(grid.note)
        self.note.setVisible(bool(grid.note))
        header = self.table.horizontalHeader()
        self.table.setSortingEnabled(False)
        self.model.set_grid(grid)
        # The service's order until a heading is clicked (enabling sorting sorts at once, by
        # the indicator's column).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.sorted.sort(-1)
        self.table.setSortingEnabled(grid.sort_values is not None)
        # Each column as wide as its figures, none stretched away from its heading.
        header.setStretchLastSection(grid.wrap_last)
        for column in range(len(grid.headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if grid.wrap_last and grid.headers:
            header.setSectionResizeMode(len(grid.headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(grid.wrap_last)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
            if grid.wrap_last
            else QHeaderView.ResizeMode.Fixed
        )

    def cell(self, row: int, column: int) -> str:
        """The text shown at a row and column (as sorted on screen)."""
        return str(self.sorted.index(row, column).data())

    def row_count(self) -> int:
        return self.sorted.rowCount()
