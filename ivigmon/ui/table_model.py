"""A thin read-only table model over a list of records; subclasses name the columns.

A long list loads lazily: whoever fills the model sets `fetcher`, and the view asks for the
next rows (`fetchMore`) as it is scrolled to the end of those loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

RowT = TypeVar("RowT")

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows are frozen records; `set_rows()` replaces them all. Subclasses set `columns`."""

    columns: type[IntEnum]
    headers: tuple[str, ...]  # one per column, in column order
    # The translation context the headers are marked in (QT_TRANSLATE_NOOP(context, ...));
    # empty: the headers are shown as written.
    context = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._more = False  # more rows follow those loaded
        self._fetching = False
        # Asks for the rows after those loaded; they arrive later through `append_rows`.
        self.fetcher: Callable[[], None] | None = None

    # -- the ways in -----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RowT], *, more: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._more = more
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows: Sequence[RowT], *, more: bool) -> None:
        """The next rows, asked for by `fetcher`."""
        self._fetching = False
        self._more = more
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def fetch_failed(self) -> None:
        """The next rows could not be read: scrolling to the end asks again."""
        self._fetching = False

    def replace_row(self, row: int, record: RowT) -> None:
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def has_more(self) -> bool:
        return self._more

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    # -- what subclasses describe ----------------------------------------------------------
    def text(self, row: RowT, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: RowT, column: int) -> str | None:
        return None

    def foreground(self, row: RowT, column: int) -> QColor | None:
        return None

    def background(self, row: RowT, column: int) -> QColor | None:
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    # -- QAbstractTableModel ---------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid() or self.fetcher is None:
            return False
        return self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent) and self.fetcher is not None:
            self._fetching = True
            self.fetcher()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.alignment(column).value)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.text(row, column)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            header = self.headers[section]
            return QCoreApplication.translate(self.context, header) if self.context else header
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
