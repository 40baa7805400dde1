"""The rate plan on screen: a compact table of its pump settings, the total, the expected end
and what sets the maximum; and the bedside's next-step line."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from ivigmon.domain.plan_progress import NextStep
from ivigmon.domain.rate_plan import PlanStep, RatePlan
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.ui.infusion_models import RIGHT, BedsideTableModel
from ivigmon.ui.labels import muted_label
from ivigmon.ui.phrases import phrase_words
from ivigmon.ui.table_views import record_table
from ivigmon.ui.wording import clock, decimal, number, sentence, when

# Rows of the compact table: the tallest plan in the catalogue (Bivigam) has eight steps.
ROW_PX = 22
AS_TOLERATED = QT_TRANSLATE_NOOP("rate_plan_view", "as tolerated")
STEP_DUE_TITLE = QT_TRANSLATE_NOOP("rate_plan_view", "Rate step due")


def _tr(text: str) -> str:
    return QCoreApplication.translate("rate_plan_view", text)


def step_due_title() -> str:
    """`Rate step due`, in the language of the screens."""
    return _tr(STEP_DUE_TITLE)


def _ml_h(value: float, places: str = ".1f") -> str:
    return decimal(format(value, places))


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
    headers = (
        QT_TRANSLATE_NOOP("PlanStepsTableModel", "From"),
        QT_TRANSLATE_NOOP("PlanStepsTableModel", "To"),
        QT_TRANSLATE_NOOP("PlanStepsTableModel", "Pump mL/h"),
        QT_TRANSLATE_NOOP("PlanStepsTableModel", "mL/kg/h"),
        QT_TRANSLATE_NOOP("PlanStepsTableModel", "mg/kg/min"),
        QT_TRANSLATE_NOOP("PlanStepsTableModel", "Volume mL"),
    )
    context = "PlanStepsTableModel"

    def text(self, row: PlanStep, column: int) -> str:
        match column:
            case PlanColumn.FROM:
                return self.time_text(row.start) if row.start else _tr(AS_TOLERATED)
            case PlanColumn.TO:
                if row.end is not None:
                    return self.time_text(row.end)
                return self.tr("until given") if row is self.rows()[-1] else _tr(AS_TOLERATED)
            case PlanColumn.PUMP:
                return _ml_h(row.rate.ml_per_h)
            case PlanColumn.PER_KG:
                return _ml_h(row.rate.ml_per_kg_h, ".2f")
            case PlanColumn.MG:
                return _ml_h(row.rate.mg_per_kg_min, ".2f")
            case PlanColumn.VOLUME:
                return number(row.volume_ml, 1) if row.volume_ml is not None else ""
        return ""

    def tooltip(self, row: PlanStep, column: int) -> str | None:
        if row.as_tolerated:
            return self.tr("raised by the nurse as the child tolerates it, up to this rate")
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
        end = (
            when(plan.expected_end)
            if plan.expected_end is not None
            else QCoreApplication.translate("rate_plan_view", "not known")
        )
        lines.append(
            QCoreApplication.translate(
                "rate_plan_view", "Total {volume} mL · expected end {end}"
            ).format(volume=number(plan.volume_ml, 1), end=end)
        )
    lines += [sentence(phrase_words(note)) for note in plan.notes]
    return "\n".join(lines)


def next_step_text(upcoming: NextStep | None, now: datetime, *, printed: bool = False) -> str:
    """`next: 19.2 mL/h at 10:30` (with `due now` once due), or how to raise as tolerated;
    `printed`: in English, as printed sheets are."""
    if upcoming is None:
        return ""
    if printed:
        return _printed_next_step(upcoming, now)
    rate = _ml_h(upcoming.step.rate.ml_per_h)
    if upcoming.as_tolerated or upcoming.due_at is None:
        if upcoming.due_at is not None:
            return QCoreApplication.translate(
                "rate_plan_view", "next: raise as tolerated up to {rate} mL/h, not before {time}"
            ).format(rate=rate, time=clock(upcoming.due_at))
        return QCoreApplication.translate(
            "rate_plan_view", "next: raise as tolerated up to {rate} mL/h"
        ).format(rate=rate)
    if upcoming.is_due(now):
        return QCoreApplication.translate(
            "rate_plan_view", "next: {rate} mL/h at {time} - due now"
        ).format(rate=rate, time=clock(upcoming.due_at))
    return QCoreApplication.translate("rate_plan_view", "next: {rate} mL/h at {time}").format(
        rate=rate, time=clock(upcoming.due_at)
    )


def plan_lines(plan: RatePlan) -> str:
    """The plan as plain lines (the bedside shows it as the next step's tooltip)."""
    lines = []
    for step in plan.steps:
        start = clock(step.start) if step.start else _tr(AS_TOLERATED)
        end = clock(step.end) if step.end else ""
        span = f"{start}-{end}" if end else start
        lines.append(
            QCoreApplication.translate(
                "rate_plan_view", "{span}: {rate} mL/h = {mg} mg/kg/min"
            ).format(
                span=span,
                rate=_ml_h(step.rate.ml_per_h),
                mg=_ml_h(step.rate.mg_per_kg_min, ".2f"),
            )
        )
    return "\n".join(
        [QCoreApplication.translate("rate_plan_view", "Rate plan:"), *lines, plan_summary(plan)]
    )


def step_due_text(ml_per_h: float, due_at: datetime) -> str:
    """The quiet reminder: `Rate step due since 10:30: 19.2 mL/h (the plan's next setting)`."""
    return QCoreApplication.translate(
        "rate_plan_view",
        "Rate step due since {time}: {rate} mL/h, the plan's next setting;"
        " raise it if the child tolerates it",
    ).format(time=clock(due_at), rate=_ml_h(ml_per_h))


def _printed_next_step(upcoming: NextStep, now: datetime) -> str:
    rate = f"{upcoming.step.rate.ml_per_h:.1f} mL/h"
    if upcoming.as_tolerated or upcoming.due_at is None:
        text = f"next: raise as tolerated up to {rate}"
        if upcoming.due_at is not None:
            text += f", not before {clock(upcoming.due_at)}"
        return text
    text = f"next: {rate} at {clock(upcoming.due_at)}"
    return text + (" - due now" if upcoming.is_due(now) else "")
