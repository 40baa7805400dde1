"""The rate steps of a running infusion: the table, the one-keystroke entry and its preview."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.models import RateStep
from ivigmon.domain.rate_check import check_new_step, without_limits
from ivigmon.domain.roles import Permission
from ivigmon.domain.time_entry import parse_moment
from ivigmon.domain.validation import PUMP_RATE_ML_H, infusion_record, parse_number_text
from ivigmon.services import infusions
from ivigmon.services.bedside import BedsideState
from ivigmon.services.context import Context
from ivigmon.ui.entries_box import BOX_MARGINS, fit_headers, gate_in_error, in_error_button
from ivigmon.ui.entry_descriptions import rate_step_entry
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.gates import gate
from ivigmon.ui.infusion_models import RateStepsTableModel, StepColumn
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form
from ivigmon.ui.table_views import record_table, selected_row
from ivigmon.ui.wording import clock, decimal, number, sentence
from ivigmon.ui.wrapped_label import WrappedLabel


class RateStepsBox(QGroupBox):
    """Type a rate and press Enter; the preview checks it against the label, never blocks it."""

    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        *,
        infusion_id: str,
        mrn: str,
        reload: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Rate steps"))
        self.ctx = ctx
        self.events = events
        self.infusion_id = infusion_id
        self.mrn = mrn
        self.reload = reload  # reloads the page, which calls show_state with what is stored
        self.state: BedsideState | None = None

        steps_layout = QVBoxLayout(self)
        steps_layout.setContentsMargins(*BOX_MARGINS)
        self.steps = RateStepsTableModel(self)
        self.steps_table = record_table(
            self.steps, stretch=StepColumn.CHECK, widths=(100, 105, 85, 100, 200)
        )
        fit_headers(self.steps_table)
        # Never fewer than three steps in sight, the newest always among them: a step recorded
        # with a warning, or the room taken by messages, never scrolls it out of sight.
        header = self.steps_table.horizontalHeader().sizeHint().height()
        row_height = self.steps_table.verticalHeader().defaultSectionSize()
        self.steps_table.setMinimumHeight(
            header + 3 * row_height + 2 * self.steps_table.frameWidth()
        )
        self.steps_table.verticalScrollBar().rangeChanged.connect(self._newest_in_sight)
        steps_layout.addWidget(self.steps_table, 1)
        self.step_error_button = in_error_button()
        # The label limits beside "Entered in error…": one row less on a 768-pixel screen.
        self.limits = WrappedLabel("muted")
        step_row = QHBoxLayout()
        step_row.addWidget(self.limits, 1)
        step_row.addWidget(self.step_error_button, 0, Qt.AlignmentFlag.AlignTop)
        steps_layout.addLayout(step_row)
        entry = QHBoxLayout()
        rate_label = QLabel(self.tr("New &rate (mL/h)"))
        self.rate = QLineEdit()
        # Room for a rate as typed at any text size: the row's labels grow with the text.
        self.rate.setMinimumWidth(self.rate.fontMetrics().horizontalAdvance("0") * 7)
        self.rate.setPlaceholderText(self.tr("type the pump rate, Enter saves"))
        rate_label.setBuddy(self.rate)
        at_label = QLabel(self.tr("a&t"))
        self.rate_at = QLineEdit()
        self.rate_at.setPlaceholderText(self.tr("now"))
        self.rate_at.setMaximumWidth(150)
        at_label.setBuddy(self.rate_at)
        self.add_step_button = QPushButton(self.tr("Add step (Enter)"))
        self.add_step_button.clicked.connect(self.add_step)
        entry.addWidget(rate_label)
        entry.addWidget(self.rate, 1)
        entry.addWidget(at_label)
        entry.addWidget(self.rate_at)
        entry.addWidget(self.add_step_button)
        self.entry_widget = QWidget()
        entry.setContentsMargins(0, 0, 0, 0)
        self.entry_widget.setLayout(entry)
        steps_layout.addWidget(self.entry_widget)
        self.preview = WrappedLabel("figures")
        steps_layout.addWidget(self.preview)
        self.preview_warning = MessageBar()
        steps_layout.addWidget(self.preview_warning)
        self.step_message = MessageBar()
        steps_layout.addWidget(self.step_message)
        self.step_fields = FormFields(self.step_message)
        self.step_fields.add("ml_per_h", self.rate, self.tr("New pump rate (mL/h)"))
        self.step_fields.add("at", self.rate_at, self.tr("Step time"))

        self.rate.returnPressed.connect(self.add_step)
        self.rate_at.returnPressed.connect(self.add_step)
        self.rate.textChanged.connect(self.update_preview)
        self.rate.textEdited.connect(self._next_step_typed)
        self.rate_at.textChanged.connect(self.update_preview)

    def show_state(self, state: BedsideState) -> None:
        """The stored steps, the label limits for this child, the preview while running."""
        self.state = state
        infusion = state.infusion
        self.steps.reference_day = infusion.start.date()
        self.steps.set_rows(state.steps)
        if state.steps:
            self.steps_table.scrollToBottom()
        lines = state.label.lines()
        text = (
            self.tr("Rate limits for this child: {limits}").format(limits="; ".join(lines))
            if lines
            else ""
        )
        if state.label.note:
            text = f"{text}; {state.label.note}" if text else state.label.note
        self.limits.setText(text)
        self.limits.setVisible(bool(text))
        running = infusion.end is None
        self.preview.setVisible(running)
        if not running:
            self.preview.setText("")
            self.preview_warning.clear_message()
            self.step_fields.clear()  # the last step's message: the infusion has ended since
        self.update_preview()

    def _next_step_typed(self, _text: str) -> None:
        """What the last Enter saved (or refused) gives way to the preview of the next rate; a
        step's warning stays in its row of the table."""
        self.step_fields.clear()

    def _newest_in_sight(self, _minimum: int, _maximum: int) -> None:
        self.steps_table.scrollToBottom()

    def apply_access(self) -> None:
        running = self.state is not None and self.state.infusion.end is None
        gate(
            self.entry_widget,
            self.ctx,
            Permission.RECORD_INFUSIONS,
            ready=running,
            tooltip="" if running else self.tr("The infusion has ended: no more rate steps."),
        )
        gate_in_error(self.step_error_button, self.ctx, self.steps_table)

    def selected_entry(self) -> tuple[int, str] | None:
        """The id and a description of the selected step."""
        row = selected_row(self.steps_table)
        if self.state is None or row is None:
            return None
        return rate_step_entry(_steps_in_table_order(self.state.infusion.rate_steps)[row])

    def focus_rate(self) -> None:
        """Ctrl+R: a new step at the current time; type the rate and press Enter."""
        self.rate_at.clear()
        self.rate.setFocus()
        self.rate.selectAll()

    def update_preview(self, *_: object) -> None:
        state = self.state
        self.preview_warning.clear_message()
        if state is None or state.infusion.end is not None:
            self.preview.setText("")
            return
        text = self.rate.text().strip()
        if not text:
            self.preview.setText(
                self.tr(
                    "Each step shows mL/h, mL/kg/h and mg/kg/min and is checked against the label."
                )
                if state.rules.product.has_rate_limits
                else self.tr(
                    "Each step shows mL/h, mL/kg/h and mg/kg/min and is {unchecked}."
                ).format(unchecked=without_limits(state.rules))
            )
            return
        try:
            ml_per_h = parse_number_text("step", "ml_per_h", text, PUMP_RATE_ML_H)
            at = parse_moment("step", "at", self.rate_at.text(), now=self.ctx.now())
        except EXPECTED_ERRORS as error:
            # In the form's words ("New pump rate"), and only here until Enter is pressed.
            self.preview.setText(message_for(error, self.step_fields.labels))
            return
        step = check_new_step(state.rules, state.infusion.rate_steps, at=at, ml_per_h=ml_per_h)
        preview = (
            f"{number(ml_per_h, 1)} mL/h = {decimal(f'{step.rate.ml_per_kg_h:.2f}')} mL/kg/h"
            + (
                f" = {decimal(f'{step.rate.mg_per_kg_min:.2f}')} mg/kg/min"
                if math.isfinite(step.rate.mg_per_kg_min)  # unknown without the product
                else ""
            )
        )
        self.preview.setText(preview if step.limited else f"{preview} · {step.basis}")
        if step.warning:
            self.preview_warning.show_message(
                self.tr("{warning}. It can still be recorded.").format(
                    warning=sentence(step.warning)
                ),
                "warning",
            )

    def add_step(self) -> Operation[RateStep] | None:
        """Save the typed rate at the typed time (blank = now); a label warning never blocks.

        None when the typed values are wrong (the message says why); the step is saved off the
        GUI thread and the table shows it once it is stored.
        """
        if self.state is None:
            return None
        record = f"{infusion_record(self.infusion_id)} rate step"
        try:
            ml_per_h = parse_number_text(record, "ml_per_h", self.rate.text(), PUMP_RATE_ML_H)
            at = parse_moment(record, "at", self.rate_at.text(), now=self.ctx.now())
        except EXPECTED_ERRORS as error:
            self.preview.setText("")  # the message below says it: once is enough
            self.step_fields.show_error(error)
            return None
        return save_form(
            self,
            self.step_fields,
            lambda: infusions.add_rate_step(self.ctx, self.infusion_id, at=at, ml_per_h=ml_per_h),
            self._step_saved,
        )

    def _step_saved(self, step: RateStep) -> None:
        self.step_fields.clear()
        self.rate.clear()
        self.rate_at.clear()
        self.events.infusion_logged.emit(self.mrn, self.infusion_id)
        self.reload()
        shown = self.state.steps if self.state is not None else ()
        saved = next(
            (s for s in reversed(shown) if s.at == step.at and s.ml_per_h == step.ml_per_h), None
        )
        # A product without rate limits: say what alone the step was checked against.
        unchecked = f" {sentence(saved.basis)}." if saved is not None and not saved.limited else ""
        recorded = self.tr("Recorded {rate} mL/h at {time}.").format(
            rate=number(step.ml_per_h, 1), time=clock(step.at)
        )
        if saved is not None and saved.warning:
            self.step_message.show_message(
                self.tr(
                    "{recorded} {warning}.{unchecked} Check the pump and the prescription."
                ).format(recorded=recorded, warning=sentence(saved.warning), unchecked=unchecked),
                "warning",
            )
        else:
            self.step_message.show_message(f"{recorded}{unchecked}", "info")
        self.rate.setFocus()


def _steps_in_table_order(steps: Sequence[RateStep]) -> list[RateStep]:
    # The same order as domain.rate_check.check_steps, which makes the table's rows.
    return sorted(steps, key=lambda s: (s.at, s.id or 0))
