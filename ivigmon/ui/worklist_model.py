"""Table model of the follow-up worklist: status, due time, check, patient, risk."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.worklist import WorklistRow
from ivigmon.ui.risk_badge import level_ink, level_text, reasons_tooltip, status_colours
from ivigmon.ui.table_model import RecordTableModel
from ivigmon.ui.wording import STATUS_WORDS, short_product, when, words

CONTEXT = "WorklistTableModel"


class WorklistColumn(IntEnum):
    STATUS = 0
    DUE = 1
    CHECK = 2
    PATIENT = 3
    MRN = 4
    INFUSION = 5
    RISK = 6


class WorklistTableModel(RecordTableModel[WorklistRow]):
    """One open check per row, in the service's order (overdue, then due, then upcoming)."""

    columns = WorklistColumn
    headers = (
        QT_TRANSLATE_NOOP("WorklistTableModel", "Status"),
        QT_TRANSLATE_NOOP("WorklistTableModel", "Due"),
        QT_TRANSLATE_NOOP("WorklistTableModel", "Check"),
        QT_TRANSLATE_NOOP("WorklistTableModel", "Patient"),
        QT_TRANSLATE_NOOP("WorklistTableModel", "MRN"),
        QT_TRANSLATE_NOOP("WorklistTableModel", "Product"),
        QT_TRANSLATE_NOOP("WorklistTableModel", "Risk"),
    )
    context = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.product_names: Mapping[str, str] = {}

    def text(self, row: WorklistRow, column: int) -> str:
        match column:
            case WorklistColumn.STATUS:
                return words(STATUS_WORDS[row.status])
            case WorklistColumn.DUE:
                return when(row.due_at)
            case WorklistColumn.CHECK:
                return f"+{row.offset_h} h"
            case WorklistColumn.PATIENT:
                return row.patient_name
            case WorklistColumn.MRN:
                return row.mrn
            case WorklistColumn.INFUSION:
                return short_product(self.product_names.get(row.product_id, row.product_id))
            case WorklistColumn.RISK:
                return level_text(row.risk_level)
        return ""

    def tooltip(self, row: WorklistRow, column: int) -> str | None:
        if column in (WorklistColumn.RISK, WorklistColumn.PATIENT):
            return reasons_tooltip(row.risk_level, row.risk_factors)
        if column == WorklistColumn.INFUSION:
            product = self.product_names.get(row.product_id, row.product_id)
            return QCoreApplication.translate(
                "WorklistTableModel", "{product}: infusion {id}, ended {time}"
            ).format(product=product, id=row.infusion_id, time=when(row.infusion_end))
        return None

    def foreground(self, row: WorklistRow, column: int) -> QColor | None:
        if column == WorklistColumn.RISK:
            return level_ink(row.risk_level)
        colours = status_colours(row.status)
        if column == WorklistColumn.STATUS and colours is not None:
            return QColor(colours[0])
        return None

    def background(self, row: WorklistRow, column: int) -> QColor | None:
        colours = status_colours(row.status)
        if column == WorklistColumn.STATUS and colours is not None:
            return QColor(colours[1])
        return None
