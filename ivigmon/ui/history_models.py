"""Table models of one patient's record: infusions, events, checks and measurements."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtGui import QColor

from ivigmon.domain.codes import CheckStatus
from ivigmon.domain.ctcae import GRADE_DESCRIPTIONS, GRADE_WORDS
from ivigmon.domain.models import Measurement
from ivigmon.services.patient_overview import CheckSummary, EventSummary, InfusionSummary
from ivigmon.ui.risk_badge import level_ink, level_text, reasons_tooltip, status_colours
from ivigmon.ui.table_model import RecordTableModel
from ivigmon.ui.wording import (
    ACTION_WORDS,
    CHECK_OUTCOME_WORDS,
    EVENT_OUTCOME_WORDS,
    LABEL_USE_WORDS,
    MODE_WORDS,
    STATUS_WORDS,
    clock,
    number,
    short_product,
    term_text,
    when,
)


class InfusionColumn(IntEnum):
    WHEN = 0
    PRODUCT = 1
    DOSE = 2
    INDICATION = 3
    RISK = 4
    REACTIONS = 5


class InfusionsTableModel(RecordTableModel[InfusionSummary]):
    columns = InfusionColumn
    headers = ("Infusion", "Product", "Dose", "Indication", "Risk", "Reactions")

    def text(self, row: InfusionSummary, column: int) -> str:
        infusion = row.infusion
        match column:
            case InfusionColumn.WHEN:
                if infusion.end is None:
                    return f"{when(infusion.start)}, running"
                end = (
                    clock(infusion.end)
                    if infusion.end.date() == infusion.start.date()
                    else when(infusion.end)
                )
                return f"{when(infusion.start)}-{end}"
            case InfusionColumn.PRODUCT:
                return short_product(row.product_name)
            case InfusionColumn.DOSE:
                per_kg = f" = {number(row.dose.g_per_kg)} g/kg" if row.dose else ""
                return f"{number(infusion.dose_g)} g{per_kg}"
            case InfusionColumn.INDICATION:
                label = "on" if infusion.label_use.value == "on" else "off"
                return f"{infusion.indication.value} ({label})"
            case InfusionColumn.RISK:
                return level_text(row.level)
            case InfusionColumn.REACTIONS:
                return str(len(infusion.events)) if infusion.events else "-"
        return ""

    def tooltip(self, row: InfusionSummary, column: int) -> str | None:
        if column == InfusionColumn.RISK:
            return reasons_tooltip(row.level, row.factors)
        if column == InfusionColumn.INDICATION:
            return LABEL_USE_WORDS[row.infusion.label_use]
        if column == InfusionColumn.PRODUCT:
            lots = ", ".join(
                lot.lot + (f" (exp. {lot.expiry.isoformat()})" if lot.expiry else "")
                for lot in row.infusion.lots
            )
            return f"{row.product_name}; lots: {lots}; infusion {row.infusion.id}"
        if column == InfusionColumn.DOSE and row.dose is not None:
            return (
                f"{number(row.dose.volume_ml, 0)} mL ({number(row.dose.ml_per_kg, 1)} mL/kg) "
                f"for {number(row.infusion.dosing_weight_kg)} kg"
            )
        return None

    def foreground(self, row: InfusionSummary, column: int) -> QColor | None:
        return level_ink(row.level) if column == InfusionColumn.RISK else None


class EventColumn(IntEnum):
    ONSET = 0
    TERM = 1
    GRADE = 2
    ACTION = 3
    OUTCOME = 4
    FOUND = 5


class EventsTableModel(RecordTableModel[EventSummary]):
    columns = EventColumn
    headers = ("Onset", "Reaction", "Grade", "Action", "Outcome", "Found")

    def text(self, row: EventSummary, column: int) -> str:
        event = row.event
        match column:
            case EventColumn.ONSET:
                return when(event.onset)
            case EventColumn.TERM:
                serious = " (serious)" if event.serious else ""
                return term_text(event.term) + serious
            case EventColumn.GRADE:
                return f"{event.grade} {GRADE_WORDS.get(event.grade, '')}"
            case EventColumn.ACTION:
                return ACTION_WORDS[event.action]
            case EventColumn.OUTCOME:
                return EVENT_OUTCOME_WORDS[event.outcome]
            case EventColumn.FOUND:
                if event.check_offset_h is not None:
                    return f"at the +{event.check_offset_h} h check"
                return "during the infusion"
        return ""

    def tooltip(self, row: EventSummary, column: int) -> str | None:
        if column == EventColumn.GRADE:
            return f"CTCAE {row.event.ctcae_version}: {GRADE_DESCRIPTIONS.get(row.event.grade)}"
        if column == EventColumn.FOUND:
            # The event's id names it to `ivigmon ae-report` and in the history.
            return f"infusion {row.infusion_id} ({row.product_name}); adverse event {row.event.id}"
        if column == EventColumn.TERM and row.event.notes:
            return row.event.notes
        return None


class CheckColumn(IntEnum):
    DUE = 0
    CHECK = 1
    STATUS = 2
    DONE = 3
    MODE = 4
    OUTCOME = 5


class ChecksTableModel(RecordTableModel[CheckSummary]):
    columns = CheckColumn
    headers = ("Due", "Check", "Status", "Done at", "How", "Outcome")

    def text(self, row: CheckSummary, column: int) -> str:
        check = row.check
        match column:
            case CheckColumn.DUE:
                return when(check.due_at)
            case CheckColumn.CHECK:
                return f"+{check.offset_h} h"
            case CheckColumn.STATUS:
                return STATUS_WORDS[row.status]
            case CheckColumn.DONE:
                by = f" by {check.done_by}" if check.done_by else ""
                return f"{when(check.done_at)}{by}" if check.done_at else "-"
            case CheckColumn.MODE:
                return MODE_WORDS[check.mode] if check.mode else "-"
            case CheckColumn.OUTCOME:
                if check.outcome is None:
                    return "-"
                words = CHECK_OUTCOME_WORDS[check.outcome]
                if check.symptoms:
                    words += ": " + ", ".join(term_text(s) for s in check.symptoms)
                return words
        return ""

    def tooltip(self, row: CheckSummary, column: int) -> str | None:
        if column == CheckColumn.OUTCOME and row.check.notes:
            return row.check.notes
        if column == CheckColumn.STATUS and row.status is CheckStatus.SUPERSEDED:
            return "a later infusion started before this check fell due; its own checks take over"
        return None

    def foreground(self, row: CheckSummary, column: int) -> QColor | None:
        colours = status_colours(row.status)
        if column == CheckColumn.STATUS and colours is not None:
            return QColor(colours[0])
        return None


class MeasurementColumn(IntEnum):
    AT = 0
    WEIGHT = 1
    HEIGHT = 2


class MeasurementsTableModel(RecordTableModel[Measurement]):
    """Measured weights and heights, newest first (never an adjusted dosing weight)."""

    columns = MeasurementColumn
    headers = ("Measured", "Weight", "Height")

    def text(self, row: Measurement, column: int) -> str:
        match column:
            case MeasurementColumn.AT:
                return when(row.at)
            case MeasurementColumn.WEIGHT:
                return number(row.weight_kg, unit="kg") if row.weight_kg is not None else "-"
            case MeasurementColumn.HEIGHT:
                return number(row.height_cm, 1, "cm") if row.height_cm is not None else "-"
        return ""
