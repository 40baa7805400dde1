"""Table model of a recall: one infusion of the lot per row, its patient, dose, adverse events,
follow-up checks and alerts written out in words and marks (never colour alone)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt

from ivigmon.domain.codes import AlertSeverity
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.lots import RecallRow
from ivigmon.ui.reason_words import reason_text
from ivigmon.ui.record_counts import COUNTS
from ivigmon.ui.table_model import RecordTableModel
from ivigmon.ui.wording import (
    ALERT_KIND_WORDS,
    ALERT_SEVERITY_WORDS,
    CHECK_OUTCOME_WORDS,
    EVENT_OUTCOME_WORDS,
    STATUS_WORDS,
    day,
    number,
    short_product,
    term_text,
    when,
    words,
)


class RecallColumn(IntEnum):
    LOT = 0
    PATIENT = 1
    INFUSION = 2
    DOSE = 3
    EVENTS = 4
    CHECKS = 5
    ALERTS = 6


# Each row is two lines high: what identifies it above, what follows below.
ROW_LINES = 2


class RecallTableModel(RecordTableModel[RecallRow]):
    """The rows in the service's order (by infusion start), two lines each."""

    columns = RecallColumn
    headers = (
        QT_TRANSLATE_NOOP("RecallTableModel", "Lot / expiry"),
        QT_TRANSLATE_NOOP("RecallTableModel", "Patient"),
        QT_TRANSLATE_NOOP("RecallTableModel", "Infusion / start"),
        QT_TRANSLATE_NOOP("RecallTableModel", "Dose"),
        QT_TRANSLATE_NOOP("RecallTableModel", "Adverse events"),
        QT_TRANSLATE_NOOP("RecallTableModel", "Follow-up checks"),
        QT_TRANSLATE_NOOP("RecallTableModel", "Alerts"),
    )
    context = "RecallTableModel"

    def text(self, row: RecallRow, column: int) -> str:
        infusion = row.infusion
        match column:
            case RecallColumn.LOT:
                return f"{row.lot}\n{day(row.expiry)}"
            case RecallColumn.PATIENT:
                return f"{row.patient.name}\n{row.patient.mrn}"
            case RecallColumn.INFUSION:
                return f"{infusion.id}\n{when(infusion.start)}"
            case RecallColumn.DOSE:
                return f"{number(infusion.dose_g)} g\n{number(infusion.dosing_weight_kg)} kg"
            case RecallColumn.EVENTS:
                return events_text(row)
            case RecallColumn.CHECKS:
                return checks_text(row)
            case RecallColumn.ALERTS:
                return alerts_text(row)
        return ""

    def tooltip(self, row: RecallRow, column: int) -> str | None:
        return details_text(row)

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        if column == RecallColumn.DOSE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def events_text(row: RecallRow) -> str:
    """`none`, or `fever grade 1; rash grade 2 (serious)`."""
    events = row.infusion.events
    if not events:
        return QCoreApplication.translate("lot_recall_model", "none")
    graded = QCoreApplication.translate("lot_recall_model", "{reaction} grade {grade}")
    serious = QCoreApplication.translate("lot_recall_model", "{reaction} grade {grade} (serious)")
    return "; ".join(
        (serious if e.serious else graded).format(reaction=term_text(e.term), grade=e.grade)
        for e in events
    )


def checks_text(row: RecallRow) -> str:
    """`24 h ✓ done · 48 h ● OVERDUE · 72 h ○ upcoming`, or why there are none."""
    if not row.checks:
        if row.infusion.end is None:
            return QCoreApplication.translate("lot_recall_model", "running: none yet")
        return QCoreApplication.translate("lot_recall_model", "none")
    return " · ".join(f"{c.check.offset_h} h {words(STATUS_WORDS[c.status])}" for c in row.checks)


def alerts_text(row: RecallRow) -> str:
    """`▲▲ 1 open (urgent)` over `2 reviewed`, or `none`."""
    opened = [a for a in row.alerts if a.is_open]
    reviewed = len(row.alerts) - len(opened)
    parts: list[str] = []
    if opened:
        urgent = any(a.alert.severity is AlertSeverity.URGENT for a in opened)
        mark = ALERT_SEVERITY_WORDS[AlertSeverity.URGENT if urgent else AlertSeverity.ALERT]
        count = COUNTS.open_alerts_short(len(opened))
        if urgent:
            count = QCoreApplication.translate("lot_recall_model", "{count} (urgent)").format(
                count=count
            )
        parts.append(f"{mark.split()[0]} {count}")
    if reviewed:
        parts.append(COUNTS.reviewed_alerts(reviewed))
    return "\n".join(parts) or QCoreApplication.translate("lot_recall_model", "none")


def details_text(row: RecallRow) -> str:
    """Everything about one row, a line each: the selected row's panel and its tooltip."""
    infusion = row.infusion
    ended = (
        QCoreApplication.translate("lot_recall_model", ", ended {time}").format(
            time=when(infusion.end)
        )
        if infusion.end is not None
        else QCoreApplication.translate("lot_recall_model", ", still running")
    )
    lines = [
        QCoreApplication.translate("lot_recall_model", "{name} ({mrn}), born {born}").format(
            name=row.patient.name, mrn=row.patient.mrn, born=day(row.patient.birth_date)
        ),
        QCoreApplication.translate(
            "lot_recall_model",
            "Infusion {infusion}: {product} lot {lot} (expiry {expiry}), {dose} g for {kg} kg,"
            " started {start}{ended}",
        ).format(
            infusion=infusion.id,
            product=short_product(row.product_name),
            lot=row.lot,
            expiry=day(row.expiry),
            dose=number(infusion.dose_g),
            kg=number(infusion.dosing_weight_kg),
            start=when(infusion.start),
            ended=ended,
        ),
    ]
    event_line = QCoreApplication.translate(
        "lot_recall_model", "Adverse event: {reaction} grade {grade}, onset {onset}, {outcome}"
    )
    serious_line = QCoreApplication.translate(
        "lot_recall_model",
        "Adverse event: {reaction} grade {grade}, serious, onset {onset}, {outcome}",
    )
    for e in infusion.events:
        lines.append(
            (serious_line if e.serious else event_line).format(
                reaction=term_text(e.term),
                grade=e.grade,
                onset=when(e.onset),
                outcome=words(EVENT_OUTCOME_WORDS[e.outcome]),
            )
        )
    for c in row.checks:
        done = ""
        if c.check.done_at is not None and c.check.outcome is not None:
            done = f" {when(c.check.done_at)}: {words(CHECK_OUTCOME_WORDS[c.check.outcome])}"
        lines.append(
            QCoreApplication.translate(
                "lot_recall_model", "Check +{hours} h (due {due}): {status}"
            ).format(
                hours=c.check.offset_h,
                due=when(c.check.due_at),
                status=words(STATUS_WORDS[c.status]),
            )
            + done
        )
    for found in row.alerts:
        alert = found.alert
        state = (
            QCoreApplication.translate("lot_recall_model", "OPEN")
            if found.review is None
            else QCoreApplication.translate("lot_recall_model", "reviewed {time} by {user}").format(
                time=when(found.review.reviewed_at), user=found.review.by
            )
        )
        lines.append(
            f"{words(ALERT_SEVERITY_WORDS[alert.severity])} {words(ALERT_KIND_WORDS[alert.kind])}"
            f" {when(alert.at)} ({state}): {reason_text(alert)}"
        )
    return "\n".join(lines)
