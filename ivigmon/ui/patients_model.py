"""Table model of the patient list: MRN, name, age, diagnosis, risk, last infusion, next check."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.patient_list import PatientSummary
from ivigmon.ui.patient_words import diagnosis_text, sex_letter
from ivigmon.ui.risk_badge import level_ink, level_text, reasons_tooltip, status_colours
from ivigmon.ui.table_model import RecordTableModel
from ivigmon.ui.wording import STATUS_WORDS, when, words


class PatientColumn(IntEnum):
    MRN = 0
    NAME = 1
    AGE = 2
    DIAGNOSIS = 3
    RISK = 4
    LAST_INFUSION = 5
    NEXT_CHECK = 6


class PatientsTableModel(RecordTableModel[PatientSummary]):
    columns = PatientColumn
    headers = (
        QT_TRANSLATE_NOOP("PatientsTableModel", "MRN"),
        QT_TRANSLATE_NOOP("PatientsTableModel", "Name"),
        QT_TRANSLATE_NOOP("PatientsTableModel", "Age"),
        QT_TRANSLATE_NOOP("PatientsTableModel", "Diagnosis"),
        QT_TRANSLATE_NOOP("PatientsTableModel", "Risk now"),
        QT_TRANSLATE_NOOP("PatientsTableModel", "Last infusion"),
        QT_TRANSLATE_NOOP("PatientsTableModel", "Next check"),
    )
    context = "PatientsTableModel"

    def text(self, row: PatientSummary, column: int) -> str:
        match column:
            case PatientColumn.MRN:
                return row.mrn
            case PatientColumn.NAME:
                return row.name
            case PatientColumn.AGE:
                return QCoreApplication.translate("PatientsTableModel", "{years} y, {sex}").format(
                    years=row.age_years, sex=sex_letter(row.sex)
                )
            case PatientColumn.DIAGNOSIS:
                return row.primary_diagnosis.value if row.primary_diagnosis else "-"
            case PatientColumn.RISK:
                return level_text(row.risk_level)
            case PatientColumn.LAST_INFUSION:
                if row.running_infusion_id is not None:
                    return QCoreApplication.translate("PatientsTableModel", "running now")
                return when(row.last_infusion_start)
            case PatientColumn.NEXT_CHECK:
                if row.next_check_due is None or row.next_check_status is None:
                    return "-"
                status = words(STATUS_WORDS[row.next_check_status])
                return f"{when(row.next_check_due)}  {status}"
        return ""

    def tooltip(self, row: PatientSummary, column: int) -> str | None:
        if column in (PatientColumn.RISK, PatientColumn.NAME):
            return reasons_tooltip(row.risk_level, row.risk_factors)
        if column == PatientColumn.DIAGNOSIS:
            return diagnosis_text(row.primary_diagnosis)
        return None

    def foreground(self, row: PatientSummary, column: int) -> QColor | None:
        if column == PatientColumn.RISK:
            return level_ink(row.risk_level)
        status = row.next_check_status
        colours = None if status is None else status_colours(status)
        if column == PatientColumn.NEXT_CHECK and colours is not None:
            return QColor(colours[0])
        return None
