"""Table model of a recall: one infusion of the lot per row, its patient, dose, adverse events,
follow-up checks and alerts written out in words and marks (never colour alone)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from ivigmon.domain.codes import AlertSeverity
from ivigmon.services.lots import RecallRow
from ivigmon.ui.table_model import RecordTableModel
from ivigmon.ui.wording import (
    ALERT_KIND_WORDS,
    ALERT_SEVERITY_WORDS,
    STATUS_WORDS,
    day,
    number,
    short_product,
    term_text,
    when,
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
        "Lot / expiry",
        "Patient",
        "Infusion / start",
        "Dose",
        "Adverse events",
        "Follow-up checks",
        "Alerts",
    )

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
        return "none"
    return "; ".join(
        f"{term_text(e.term)} grade {e.grade}{' (serious)' if e.serious else ''}" for e in events
    )


def checks_text(row: RecallRow) -> str:
    """`24 h ✓ done · 48 h ● OVERDUE · 72 h ○ upcoming`, or why there are none."""
    if not row.checks:
        return "running: none yet" if row.infusion.end is None else "none"
    return " · ".join(f"{c.check.offset_h} h {STATUS_WORDS[c.status]}" for c in row.checks)


def alerts_text(row: RecallRow) -> str:
    """`▲▲ 1 open (urgent)` over `2 reviewed`, or `none`."""
    opened = [a for a in row.alerts if a.is_open]
    reviewed = len(row.alerts) - len(opened)
    parts: list[str] = []
    if opened:
        urgent = any(a.alert.severity is AlertSeverity.URGENT for a in opened)
        mark = ALERT_SEVERITY_WORDS[AlertSeverity.URGENT if urgent else AlertSeverity.ALERT]
        parts.append(f"{mark.split()[0]} {len(opened)} open{' (urgent)' if urgent else ''}")
    if reviewed:
        parts.append(f"{reviewed} reviewed")
    return "\n".join(parts) or "none"


def details_text(row: RecallRow) -> str:
    """Everything about one row, a line each: the selected row's panel and its tooltip."""
    infusion = row.infusion
    ended = f", ended {when(infusion.end)}" if infusion.end is not None else ", still running"
    lines = [
        f"{row.patient.name} ({row.patient.mrn}), born {day(row.patient.birth_date)}",
        f"Infusion {infusion.id}: {short_product(row.product_name)} lot {row.lot}"
        f" (expiry {day(row.expiry)}), {number(infusion.dose_g)} g for"
        f" {number(infusion.dosing_weight_kg)} kg, started {when(infusion.start)}{ended}",
    ]
    for e in infusion.events:
        lines.append(
            f"Adverse event: {term_text(e.term)} grade {e.grade}"
            f"{', serious' if e.serious else ''}, onset {when(e.onset)}, {e.outcome.value}"
        )
    for c in row.checks:
        done = ""
        if c.check.done_at is not None and c.check.outcome is not None:
            done = f" {when(c.check.done_at)}: {c.check.outcome.value.replace('_', ' ')}"
        lines.append(
            f"Check +{c.check.offset_h} h (due {when(c.check.due_at)}):"
            f" {STATUS_WORDS[c.status]}{done}"
        )
    for found in row.alerts:
        alert = found.alert
        state = (
            "OPEN"
            if found.review is None
            else f"reviewed {when(found.review.reviewed_at)} by {found.review.by}"
        )
        lines.append(
            f"{ALERT_SEVERITY_WORDS[alert.severity]} {ALERT_KIND_WORDS[alert.kind]}"
            f" {when(alert.at)} ({state}): {alert.reason}"
        )
    return "\n".join(lines)
