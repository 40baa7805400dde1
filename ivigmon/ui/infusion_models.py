"""Table models of a running infusion: rate steps, vital signs, premedication, reactions."""

from __future__ import annotations

import math
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ivigmon.domain.models import AdverseEvent, Premedication, VitalSigns
from ivigmon.domain.rate_check import StepCheck, describe_for_risk
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.ui import theme
from ivigmon.ui.ctcae_words import grade_description, grade_word
from ivigmon.ui.table_model import RecordTableModel, RowT
from ivigmon.ui.wording import (
    ACTION_WORDS,
    EVENT_OUTCOME_WORDS,
    PREMED_CLASS_WORDS,
    decimal,
    number,
    short_when,
    term_text,
    when,
    words,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# mg/kg/min of a product the catalogue does not hold: its concentration is not known.
UNKNOWN_MG = "?"


class BedsideTableModel(RecordTableModel[RowT]):
    """Times are short (`14:36`) on the infusion's first day; the full time is in the tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.reference_day: date | None = None

    def time_text(self, moment: datetime) -> str:
        return short_when(moment, self.reference_day)


class StepColumn(IntEnum):
    TIME = 0
    PUMP = 1
    PER_KG = 2
    MG = 3
    CHECK = 4


class RateStepsTableModel(BedsideTableModel[StepCheck]):
    """Each step in the three units; a step past a limit says which and why, and a step of a
    product without rate limits says what alone it was checked against (the ward ceiling)."""

    columns = StepColumn
    headers = (
        QT_TRANSLATE_NOOP("RateStepsTableModel", "Time"),
        QT_TRANSLATE_NOOP("RateStepsTableModel", "Pump mL/h"),
        QT_TRANSLATE_NOOP("RateStepsTableModel", "mL/kg/h"),
        QT_TRANSLATE_NOOP("RateStepsTableModel", "mg/kg/min"),
        QT_TRANSLATE_NOOP("RateStepsTableModel", "Rate check"),
    )
    context = "RateStepsTableModel"

    def text(self, row: StepCheck, column: int) -> str:
        match column:
            case StepColumn.TIME:
                return self.time_text(row.at)
            case StepColumn.PUMP:
                return self.tr("pause (0)") if row.ml_per_h == 0 else number(row.ml_per_h, 1)
            case StepColumn.PER_KG:
                return decimal(f"{row.rate.ml_per_kg_h:.2f}")
            case StepColumn.MG:
                # Unknown (NaN) for a product not in the catalogue: no concentration.
                mg = row.rate.mg_per_kg_min
                return decimal(f"{mg:.2f}") if math.isfinite(mg) else UNKNOWN_MG
            case StepColumn.CHECK:
                # The limit in a few words that fit the column (the rate is beside it); the
                # whole warning is the tooltip.
                return f"⚠ {describe_for_risk(row.breach)}" if row.breach else row.result
        return ""

    def tooltip(self, row: StepCheck, column: int) -> str | None:
        if column == StepColumn.TIME:
            return when(row.at)
        if not row.limited:
            parts = (
                row.warning,
                self.tr("{basis}: an administrator enters local limits in the catalogue").format(
                    basis=row.basis
                ),
            )
            return "; ".join(part for part in parts if part)
        return row.warning or None

    def foreground(self, row: StepCheck, column: int) -> QColor | None:
        if column != StepColumn.CHECK:
            return None
        if row.warning:
            return QColor(theme.colours().warning_ink)
        if not row.limited:
            return QColor(theme.colours().elevated_ink)
        return None

    def background(self, row: StepCheck, column: int) -> QColor | None:
        return QColor(theme.colours().warning_tint) if row.warning else None

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return RIGHT if column in (StepColumn.PUMP, StepColumn.PER_KG, StepColumn.MG) else LEFT


class VitalsColumn(IntEnum):
    TIME = 0
    TEMP = 1
    HR = 2
    BP = 3
    RR = 4
    SPO2 = 5


class VitalsTableModel(BedsideTableModel[VitalSigns]):
    columns = VitalsColumn
    headers = (
        QT_TRANSLATE_NOOP("VitalsTableModel", "Time"),
        QT_TRANSLATE_NOOP("VitalsTableModel", "Temp °C"),
        QT_TRANSLATE_NOOP("VitalsTableModel", "HR /min"),
        QT_TRANSLATE_NOOP("VitalsTableModel", "BP mmHg"),
        QT_TRANSLATE_NOOP("VitalsTableModel", "RR /min"),
        QT_TRANSLATE_NOOP("VitalsTableModel", "SpO2 %"),
    )
    context = "VitalsTableModel"

    def text(self, row: VitalSigns, column: int) -> str:
        match column:
            case VitalsColumn.TIME:
                return self.time_text(row.at)
            case VitalsColumn.TEMP:
                return decimal(f"{row.temp_c:.1f}") if row.temp_c is not None else "-"
            case VitalsColumn.HR:
                return _whole(row.hr)
            case VitalsColumn.BP:
                if row.sbp is None and row.dbp is None:
                    return "-"
                return f"{_whole(row.sbp)}/{_whole(row.dbp)}"
            case VitalsColumn.RR:
                return _whole(row.rr)
            case VitalsColumn.SPO2:
                return _whole(row.spo2)
        return ""

    def tooltip(self, row: VitalSigns, column: int) -> str | None:
        return when(row.at) if column == VitalsColumn.TIME else None

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return LEFT if column == VitalsColumn.TIME else RIGHT


class PremedColumn(IntEnum):
    TIME = 0
    DRUG = 1
    CLASS = 2
    DOSE = 3


class PremedicationsTableModel(BedsideTableModel[Premedication]):
    columns = PremedColumn
    headers = (
        QT_TRANSLATE_NOOP("PremedicationsTableModel", "Time"),
        QT_TRANSLATE_NOOP("PremedicationsTableModel", "Drug"),
        QT_TRANSLATE_NOOP("PremedicationsTableModel", "Class"),
        QT_TRANSLATE_NOOP("PremedicationsTableModel", "Dose, route"),
    )
    context = "PremedicationsTableModel"

    def text(self, row: Premedication, column: int) -> str:
        match column:
            case PremedColumn.TIME:
                return self.time_text(row.at)
            case PremedColumn.DRUG:
                return row.drug
            case PremedColumn.CLASS:
                return words(PREMED_CLASS_WORDS[row.drug_class])
            case PremedColumn.DOSE:
                return " ".join(part for part in (row.dose, row.route) if part) or "-"
        return ""

    def tooltip(self, row: Premedication, column: int) -> str | None:
        return when(row.at) if column == PremedColumn.TIME else None


class ReactionColumn(IntEnum):
    ONSET = 0
    TERM = 1
    GRADE = 2
    ACTION = 3
    OUTCOME = 4


class ReactionsTableModel(BedsideTableModel[AdverseEvent]):
    columns = ReactionColumn
    headers = (
        QT_TRANSLATE_NOOP("ReactionsTableModel", "Onset"),
        QT_TRANSLATE_NOOP("ReactionsTableModel", "Reaction"),
        QT_TRANSLATE_NOOP("ReactionsTableModel", "Grade"),
        QT_TRANSLATE_NOOP("ReactionsTableModel", "Action"),
        QT_TRANSLATE_NOOP("ReactionsTableModel", "Outcome"),
    )
    context = "ReactionsTableModel"

    def text(self, row: AdverseEvent, column: int) -> str:
        match column:
            case ReactionColumn.ONSET:
                return self.time_text(row.onset)
            case ReactionColumn.TERM:
                return term_text(row.term) + (self.tr(" (serious)") if row.serious else "")
            case ReactionColumn.GRADE:
                return f"{row.grade} {grade_word(row.grade)}"
            case ReactionColumn.ACTION:
                return words(ACTION_WORDS[row.action])
            case ReactionColumn.OUTCOME:
                return words(EVENT_OUTCOME_WORDS[row.outcome])
        return ""

    def tooltip(self, row: AdverseEvent, column: int) -> str | None:
        if column == ReactionColumn.ONSET:
            return when(row.onset)
        if column == ReactionColumn.GRADE:
            return f"CTCAE {row.ctcae_version}: {grade_description(row.grade)}"
        return row.notes or None


def _whole(value: int | None) -> str:
    return str(value) if value is not None else "-"
