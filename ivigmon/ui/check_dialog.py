"""Recording a follow-up check: when, how, the outcome and any symptoms with their grade."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.codes import EVENT_TERM_NAMES, CheckMode, CheckOutcome, EventTerm
from ivigmon.domain.ctcae import GRADE_DESCRIPTIONS, grade_label
from ivigmon.domain.models import Check
from ivigmon.domain.time_entry import parse_moment
from ivigmon.domain.validation import ValidationError, check_record
from ivigmon.services import checks
from ivigmon.services.checks import ReportedSymptom
from ivigmon.services.context import Context
from ivigmon.services.worklist import WorklistRow
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.errors import EXPECTED_ERRORS
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form
from ivigmon.ui.risk_badge import level_text
from ivigmon.ui.wording import STATUS_WORDS, when

# Follow-up symptoms are coded terms (SPEC 2); "other" is described in the notes.
SYMPTOM_TERMS: tuple[EventTerm, ...] = tuple(EventTerm)


class SymptomRow:
    """A tick box for one symptom and the grade chosen for it."""

    def __init__(self, term: EventTerm) -> None:
        self.term = term
        self.box = QCheckBox(EVENT_TERM_NAMES[term])
        self.grade = QComboBox()
        for grade, description in GRADE_DESCRIPTIONS.items():
            self.grade.addItem(grade_label(grade), grade)
            self.grade.setItemData(grade - 1, description, Qt.ItemDataRole.ToolTipRole)
        self.grade.setEnabled(False)
        self.grade.setAccessibleName(f"grade of {EVENT_TERM_NAMES[term]}")
        self.box.toggled.connect(self.grade.setEnabled)

    def reported(self) -> ReportedSymptom | None:
        if not self.box.isChecked():
            return None
        return ReportedSymptom(term=self.term.value, grade=int(self.grade.currentData()))


class CheckDialog(QDialog):
    """Saves with `record_check`; each ticked symptom becomes a graded adverse event."""

    check_saved = Signal(str, int)

    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        row: WorklistRow,
        *,
        product_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        self.row = row
        self.setWindowTitle(f"Follow-up check +{row.offset_h} h - {row.patient_name}")
        layout = QVBoxLayout(self)
        layout.addWidget(subtitle_label(f"{row.patient_name} ({row.mrn})"))
        product = f" ({product_name})" if product_name else ""
        layout.addWidget(
            muted_label(
                f"Check +{row.offset_h} h after the infusion that ended {when(row.infusion_end)}"
                f"{product}. Due {when(row.due_at)}: {STATUS_WORDS[row.status]}. "
                f"Infusion risk {level_text(row.risk_level)}."
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.done_at = QLineEdit()
        self.done_at.setPlaceholderText("now - or type 14:05 or 2026-03-02 14:05")
        form.addRow("&Done at", self.done_at)

        self.mode_group = QButtonGroup(self)
        mode_row = QHBoxLayout()
        self.in_person = QRadioButton("&In person")
        self.phone = QRadioButton("By &phone")
        for button, mode in ((self.in_person, CheckMode.IN_PERSON), (self.phone, CheckMode.PHONE)):
            self.mode_group.addButton(button)
            button.setProperty("code", mode.value)
            mode_row.addWidget(button)
        mode_row.addStretch(1)
        form.addRow("How", _wrap(mode_row))

        self.outcome_group = QButtonGroup(self)
        outcome_row = QHBoxLayout()
        self.no_symptoms = QRadioButton("&No symptoms")
        self.symptoms = QRadioButton("&Symptoms")
        self.not_reached = QRadioButton("Not &reached")
        for button, outcome in (
            (self.no_symptoms, CheckOutcome.NO_SYMPTOMS),
            (self.symptoms, CheckOutcome.SYMPTOMS),
            (self.not_reached, CheckOutcome.NOT_REACHED),
        ):
            self.outcome_group.addButton(button)
            button.setProperty("code", outcome.value)
            outcome_row.addWidget(button)
        outcome_row.addStretch(1)
        form.addRow("Outcome", _wrap(outcome_row))
        layout.addLayout(form)

        self.symptom_box = QGroupBox("Symptoms reported (tick each one and choose its grade)")
        box_layout = QVBoxLayout(self.symptom_box)
        grid = QGridLayout()
        box_layout.addLayout(grid)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.symptom_rows = [SymptomRow(term) for term in SYMPTOM_TERMS]
        half = (len(self.symptom_rows) + 1) // 2
        for index, symptom in enumerate(self.symptom_rows):
            column = 0 if index < half else 2
            grid.addWidget(symptom.box, index % half, column)
            grid.addWidget(symptom.grade, index % half, column + 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        legend = muted_label(
            "CTCAE 5.0 grades: 1 mild (no treatment) · 2 moderate (simple treatment, limits "
            "daily activities) · 3 severe (hospital care) · 4 life-threatening · 5 death"
        )
        box_layout.addWidget(legend)
        self.symptom_box.setEnabled(False)
        self.symptoms.toggled.connect(self.symptom_box.setEnabled)
        layout.addWidget(self.symptom_box)

        notes_form = QFormLayout()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(52)
        self.notes.setPlaceholderText("who was spoken to, advice given, 'other' symptom...")
        notes_form.addRow("N&otes", self.notes)
        layout.addLayout(notes_form)

        self.message = MessageBar()
        layout.addWidget(self.message)
        self.fields = FormFields(self.message)
        self.fields.add("done_at", self.done_at, "Done at")
        self.fields.add("mode", self.in_person, "How")
        self.fields.add("outcome", self.no_symptoms, "Outcome")
        self.fields.add("symptoms", self.symptom_box, "Symptoms")
        self.fields.add("notes", self.notes, "Notes")

        self.save_button = add_dialog_buttons(
            self, layout, "Save check", self.save, ctrl_return=True
        )
        self.done_at.setFocus()

    def _chosen(self, group: QButtonGroup) -> str | None:
        button = group.checkedButton()
        return str(button.property("code")) if button is not None else None

    def save(self) -> Operation[Check] | None:
        """Record the check off the GUI thread; on any error keep the dialog as typed."""
        record = check_record(self.row.infusion_id, self.row.offset_h)
        try:
            done_at = parse_moment(record, "done_at", self.done_at.text(), now=self.ctx.now())
            mode = self._chosen(self.mode_group)
            if mode is None:
                raise ValidationError(record, "mode", "choose in person or by phone")
            outcome = self._chosen(self.outcome_group)
            if outcome is None:
                raise ValidationError(
                    record, "outcome", "choose no symptoms, symptoms or not reached"
                )
            reported: list[ReportedSymptom] = []
            if outcome == CheckOutcome.SYMPTOMS.value:
                reported = [s for row in self.symptom_rows if (s := row.reported()) is not None]
                if not reported:
                    raise ValidationError(record, "symptoms", "tick at least one symptom")
        except EXPECTED_ERRORS as error:
            self.fields.show_error(error)
            return None
        infusion_id, offset_h = self.row.infusion_id, self.row.offset_h
        notes = self.notes.toPlainText().strip()
        return save_form(
            self,
            self.fields,
            lambda: checks.record_check(
                self.ctx,
                infusion_id,
                offset_h,
                done_at=done_at,
                mode=CheckMode(mode),
                outcome=CheckOutcome(outcome),
                symptoms=reported,
                notes=notes,
            ),
            self._saved,
            button=self.save_button,
        )

    def _saved(self, _check: Check) -> None:
        self.fields.clear()
        self.events.check_recorded.emit(self.row.mrn, self.row.infusion_id, self.row.offset_h)
        self.check_saved.emit(self.row.infusion_id, self.row.offset_h)
        self.accept()


def _wrap(layout: QHBoxLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
