"""Table models of one patient's record: infusions, events, checks and measurements."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtGui import QColor

from ivigmon.domain.codes import CheckStatus
from ivigmon.domain.models import Measurement
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.patient_overview import CheckSummary, EventSummary, InfusionSummary
from ivigmon.ui.ctcae_words import grade_description, grade_word
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
    words,
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
    headers = (
        QT_TRANSLATE_NOOP("InfusionsTableModel", "Infusion"),
        QT_TRANSLATE_NOOP("InfusionsTableModel", "Product"),
        QT_TRANSLATE_NOOP("InfusionsTableModel", "Dose"),
        QT_TRANSLATE_NOOP("InfusionsTableModel", "Indication"),
        QT_TRANSLATE_NOOP("InfusionsTableModel", "Risk"),
        QT_TRANSLATE_NOOP("InfusionsTableModel", "Reactions"),
    )
    context = "InfusionsTableModel"

    def text(self, row: InfusionSummary, column: int) -> str:
        infusion = row.infusion
        match column:
            case InfusionColumn.WHEN:
                if infusion.end is None:
                    return self.tr("{start}, running").format(start=when(infusion.start))
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
                label = self.tr("on") if infusion.label_use.value == "on" else self.tr("off")
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
            return words(LABEL_USE_WORDS[row.infusion.label_use])
        if column == InfusionColumn.PRODUCT:
            lots = ", ".join(
                lot.lot
                + (
                    self.tr(" (exp. {expiry})").format(expiry=lot.expiry.isoformat())
                    if lot.expiry
                    else ""
                )
                for lot in row.infusion.lots
            )
            return self.tr("{product}; lots: {lots}; infusion {id}").format(
                product=row.product_name, lots=lots, id=row.infusion.id
            )
        if column == InfusionColumn.DOSE and row.dose is not None:
            return self.tr("{volume} mL ({per_kg} mL/kg) for {weight} kg").format(
                volume=number(row.dose.volume_ml, 0),
                per_kg=number(row.dose.ml_per_kg, 1),
                weight=number(row.infusion.dosing_weight_kg),
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
    headers = (
        QT_TRANSLATE_NOOP("EventsTableModel", "Onset"),
        QT_TRANSLATE_NOOP("EventsTableModel", "Reaction"),
        QT_TRANSLATE_NOOP("EventsTableModel", "Grade"),
        QT_TRANSLATE_NOOP("EventsTableModel", "Action"),
        QT_TRANSLATE_NOOP("EventsTableModel", "Outcome"),
        QT_TRANSLATE_NOOP("EventsTableModel", "Found"),
    )
    context = "EventsTableModel"

    def text(self, row: EventSummary, column: int) -> str:
        event = row.event
        match column:
            case EventColumn.ONSET:
                return when(event.onset)
            case EventColumn.TERM:
                serious = self.tr(" (serious)") if event.serious else ""
                return term_text(event.term) + serious
            case EventColumn.GRADE:
                return f"{event.grade} {grade_word(event.grade)}"
            case EventColumn.ACTION:
                return words(ACTION_WORDS[event.action])
            case EventColumn.OUTCOME:
                return words(EVENT_OUTCOME_WORDS[event.outcome])
            case EventColumn.FOUND:
                if event.check_offset_h is not None:
                    return self.tr("at the +{offset} h check").format(offset=event.check_offset_h)
                return self.tr("during the infusion")
        return ""

    def tooltip(self, row: EventSummary, column: int) -> str | None:
        if column == EventColumn.GRADE:
            return f"CTCAE {row.event.ctcae_version}: {grade_description(row.event.grade)}"
        if column == EventColumn.FOUND:
            # The event's id names it to `ivigmon ae-report` and in the history.
            return self.tr("infusion {infusion} ({product}); adverse event {event}").format(
                infusion=row.infusion_id, product=row.product_name, event=row.event.id
            )
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
    headers = (
        QT_TRANSLATE_NOOP("ChecksTableModel", "Due"),
        QT_TRANSLATE_NOOP("ChecksTableModel", "Check"),
        QT_TRANSLATE_NOOP("ChecksTableModel", "Status"),
        QT_TRANSLATE_NOOP("ChecksTableModel", "Done at"),
        QT_TRANSLATE_NOOP("ChecksTableModel", "How"),
        QT_TRANSLATE_NOOP("ChecksTableModel", "Outcome"),
    )
    context = "ChecksTableModel"

    def text(self, row: CheckSummary, column: int) -> str:
        check = row.check
        match column:
            case CheckColumn.DUE:
                return when(check.due_at)
            case CheckColumn.CHECK:
                return f"+{check.offset_h} h"
            case CheckColumn.STATUS:
                return words(STATUS_WORDS[row.status])
            case CheckColumn.DONE:
                by = self.tr(" by {user}").format(user=check.done_by) if check.done_by else ""
                return f"{when(check.done_at)}{by}" if check.done_at else "-"
            case CheckColumn.MODE:
                return words(MODE_WORDS[check.mode]) if check.mode else "-"
            case CheckColumn.OUTCOME:
                if check.outcome is None:
                    return "-"
                found = words(CHECK_OUTCOME_WORDS[check.outcome])
                if check.symptoms:
                    found += ": " + ", ".join(term_text(s) for s in check.symptoms)
                return found
        return ""

    def tooltip(self, row: CheckSummary, column: int) -> str | None:
        if column == CheckColumn.OUTCOME and row.check.notes:
            return row.check.notes
        if column == CheckColumn.STATUS and row.status is CheckStatus.SUPERSEDED:
            return self.tr(
                "a later infusion started before this check fell due; its own checks take over"
            )
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
    headers = (
        QT_TRANSLATE_NOOP("MeasurementsTableModel", "Measured"),
        QT_TRANSLATE_NOOP("MeasurementsTableModel", "Weight"),
        QT_TRANSLATE_NOOP("MeasurementsTableModel", "Height"),
    )
    context = "MeasurementsTableModel"

    def text(self, row: Measurement, column: int) -> str:
        match column:
            case MeasurementColumn.AT:
                return when(row.at)
            case MeasurementColumn.WEIGHT:
                return number(row.weight_kg, unit="kg") if row.weight_kg is not None else "-"
            case MeasurementColumn.HEIGHT:
                return number(row.height_cm, 1, "cm") if row.height_cm is not None else "-"
        return ""
