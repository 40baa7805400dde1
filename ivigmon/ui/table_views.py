"""Read-only table views set up the same way everywhere: whole rows, no editing, sorted widths."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ivigmon.ui.theme import BASE_POINT_SIZE


def record_table(
    model: QAbstractItemModel,
    *,
    stretch: int | None = None,
    widths: Sequence[int] = (),
    fit: Sequence[int] = (),
    parent: QWidget | None = None,
) -> QTableView:
    """A table of records: row selection, alternating rows, keyboard-friendly, no grid clutter.
    Columns in `fit` take the width of their contents (identifiers, never cut short)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    # Widths and heights are pixels at the base text size; larger text widens them alike.
    scale = max(1.0, view.font().pointSizeF() / BASE_POINT_SIZE)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(round(28 * scale))
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, width in enumerate(widths):
        # Never narrower than its heading: a longer word in another language is not cut.
        heading = header.sectionSizeFromContents(column).width()
        header.resizeSection(column, max(round(width * scale), heading))
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    # A fitted column measures the rows on screen, not Qt's default of the first 1,000: on a
    # service's long worklist that default read every cell of 1,000 rows at each refresh.
    header.setResizeContentsPrecision(0)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else None
