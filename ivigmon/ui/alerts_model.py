"""Table model of open alerts: severity in words, time, patient, infusion, what raised it, why."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ivigmon.domain.codes import AlertSeverity
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.alerts import AlertRow
from ivigmon.ui import theme
from ivigmon.ui.reason_words import reason_text
from ivigmon.ui.table_model import RecordTableModel
from ivigmon.ui.wording import ALERT_KIND_WORDS, ALERT_SEVERITY_WORDS, when, words

CONTEXT = "AlertsTableModel"


class AlertColumn(IntEnum):
    SEVERITY = 0
    AT = 1
    MRN = 2
    KIND = 3
    REASON = 4


class AlertsTableModel(RecordTableModel[AlertRow]):
    """One open alert per row, in the service's order (urgent first, then by time)."""

    columns = AlertColumn
    headers = (
        QT_TRANSLATE_NOOP("AlertsTableModel", "Severity"),
        QT_TRANSLATE_NOOP("AlertsTableModel", "Since"),
        QT_TRANSLATE_NOOP("AlertsTableModel", "MRN"),
        QT_TRANSLATE_NOOP("AlertsTableModel", "Kind"),
        QT_TRANSLATE_NOOP("AlertsTableModel", "Reason"),
    )
    context = CONTEXT

    def text(self, row: AlertRow, column: int) -> str:
        match column:
            case AlertColumn.SEVERITY:
                return words(ALERT_SEVERITY_WORDS[row.severity])
            case AlertColumn.AT:
                return when(row.at)
            case AlertColumn.MRN:
                return row.mrn
            case AlertColumn.KIND:
                return words(ALERT_KIND_WORDS[row.kind])
            case AlertColumn.REASON:
                return reason_text(row)
        return ""

    def tooltip(self, row: AlertRow, column: int) -> str | None:
        return QCoreApplication.translate(
            "AlertsTableModel", "{severity} - infusion {id}: {reason}"
        ).format(
            severity=words(ALERT_SEVERITY_WORDS[row.severity]),
            id=row.infusion_id,
            reason=reason_text(row),
        )

    def foreground(self, row: AlertRow, column: int) -> QColor | None:
        if column == AlertColumn.SEVERITY:
            urgent = row.severity is AlertSeverity.URGENT
            return QColor(theme.colours().high_ink if urgent else theme.colours().elevated_ink)
        return None
