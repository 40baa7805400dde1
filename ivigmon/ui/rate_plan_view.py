"""The rate plan on screen: a compact table of its pump settings, the total, the expected end
and what sets the maximum; and the bedside's next-step line."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from ivigmon.domain.plan_progress import NextStep
from ivigmon.domain.rate_plan import PlanStep, RatePlan
from ivigmon.ui.infusion_models import RIGHT, BedsideTableModel
from ivigmon.ui.labels import muted_label
from ivigmon.ui.table_views import record_table
from ivigmon.ui.wording import clock, number, when

# Rows of the compact table: the tallest plan in the catalogue (Bivigam) has eight steps.
ROW_PX = 22
AS_TOLERATED = "as tolerated"
STEP_DUE_TITLE = "Rate step due"


class PlanColumn(IntEnum):
    FROM = 0
    TO = 1
    PUMP = 2
    PER_KG = 3
    MG = 4
    VOLUME = 5


class PlanStepsTableModel(BedsideTableModel[PlanStep]):
    """Each planned pump setting in the three units, with its times and volume."""

    columns = PlanColumn
    headers = ("From", "To", "Pump mL/h", "mL/kg/h", "mg/kg/min", "Volume mL")

    def text(self, row: PlanStep, column: int) -> str:
        match column:
            case PlanColumn.FROM:
                return self.time_text(row.start) if row.start else AS_TOLERATED
            case PlanColumn.TO:
                if row.end is not None:
                    return self.time_text(row.end)
                return "until given" if row is self.rows()[-1] else AS_TOLERATED
            case PlanColumn.PUMP:
                return f"{row.rate.ml_per_h:.1f}"
            case PlanColumn.PER_KG:
                return f"{row.rate.ml_per_kg_h:.2f}"
            case PlanColumn.MG:
                return f"{row.rate.mg_per_kg_min:.2f}"
            case PlanColumn.VOLUME:
                return number(row.volume_ml, 1) if row.volume_ml is not None else ""
        return ""

    def tooltip(self, row: PlanStep, column: int) -> str | None:
        if row.as_tolerated:
            return "raised by the nurse as the child tolerates it, up to this rate"
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return RIGHT if column >= PlanColumn.PUMP else super().alignment(column)


class RatePlanView(QWidget):
    """The plan's table and summary lines; `show_plan(None, hint)` shows the hint alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.model = PlanStepsTableModel(self)
        self.table: QTableView = record_table(self.model, stretch=PlanColumn.VOLUME)
        self.table.verticalHeader().setDefaultSectionSize(ROW_PX)
        # Each column as wide as its header and values (the times are short, the units long);
        # the volume takes what is left.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.table)
        self.summary = muted_label()
        layout.addWidget(self.summary)

    def show_plan(self, plan: RatePlan | None, hint: str = "") -> None:
        first = plan.steps[0].start if plan is not None and plan.steps else None
        self.model.reference_day = first.date() if first is not None else None
        self.model.set_rows(plan.steps if plan is not None else ())
        rows = self.model.rowCount()
        self.table.setVisible(rows > 0)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * ROW_PX + 4)
        self.summary.setText(hint if plan is None else plan_summary(plan))


def plan_summary(plan: RatePlan) -> str:
    """Total volume, the expected end, what sets the maximum, and the plan's notes."""
    lines: list[str] = []
    if plan.steps:
        end = when(plan.expected_end) if plan.expected_end is not None else "not known"
        lines.append(f"Total {number(plan.volume_ml, 1)} mL · expected end {end}")
    lines += [note[0].upper() + note[1:] for note in plan.notes]
    return "\n".join(lines)


def next_step_text(upcoming: NextStep | None, now: datetime) -> str:
    """`next: 19.2 mL/h at 10:30` (with `due now` once due), or how to raise as tolerated."""
    if upcoming is None:
        return ""
    rate = f"{upcoming.step.rate.ml_per_h:.1f} mL/h"
    if upcoming.as_tolerated or upcoming.due_at is None:
        text = f"next: raise as tolerated up to {rate}"
        if upcoming.due_at is not None:
            text += f", not before {clock(upcoming.due_at)}"
        return text
    text = f"next: {rate} at {clock(upcoming.due_at)}"
    return text + (" - due now" if upcoming.is_due(now) else "")


def plan_lines(plan: RatePlan) -> str:
    """The plan as plain lines (the bedside shows it as the next step's tooltip)."""
    lines = []
    for step in plan.steps:
        start = clock(step.start) if step.start else AS_TOLERATED
        end = clock(step.end) if step.end else ""
        span = f"{start}-{end}" if end else start
        lines.append(
            f"{span}: {step.rate.ml_per_h:.1f} mL/h = {step.rate.mg_per_kg_min:.2f} mg/kg/min"
        )
    return "\n".join(["Rate plan:", *lines, plan_summary(plan)])


def step_due_text(ml_per_h: float, due_at: datetime) -> str:
    """The quiet reminder: `Rate step due since 10:30: 19.2 mL/h (the plan's next setting)`."""
    return (
        f"{STEP_DUE_TITLE} since {clock(due_at)}: {ml_per_h:.1f} mL/h, the plan's next setting;"
        " raise it if the child tolerates it"
    )
