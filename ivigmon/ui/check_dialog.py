"""Recording a follow-up check: when, how, the outcome and any symptoms with their grade."""

from __future__ import annotations

from datetime import datetime

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
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.codes import (
    EVENT_TERM_NAMES,
    CheckMode,
    CheckOutcome,
    EventOutcome,
    EventTerm,
)
from ivigmon.domain.ctcae import GRADE_DESCRIPTIONS, grade_label
from ivigmon.domain.models import AdverseEvent, Check
from ivigmon.domain.record_validation import seriousness_problems
from ivigmon.domain.time_entry import parse_moment
from ivigmon.domain.validation import ValidationError, check_record
from ivigmon.services import checks
from ivigmon.services.checks import ReportedSymptom
from ivigmon.services.context import Context
from ivigmon.services.worklist import WorklistRow
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.errors import EXPECTED_ERRORS
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields, SeveralProblems
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form
from ivigmon.ui.risk_badge import level_text
from ivigmon.ui.seriousness_box import SeriousnessBox
from ivigmon.ui.symptom_finder import SymptomFinder
from ivigmon.ui.wording import EVENT_OUTCOME_WORDS, STATUS_WORDS, when

# Follow-up symptoms are coded terms (SPEC 2); "other" is described in the notes.
SYMPTOM_TERMS: tuple[EventTerm, ...] = tuple(EventTerm)


class SymptomRow:
    """A tick box for one symptom and the grade chosen for it; once ticked, a line below the
    grid asks its outcome, whether it is serious and (if so) why."""

    def __init__(self, term: EventTerm) -> None:
        self.term = term
        words = EVENT_TERM_NAMES[term]
        self.box = QCheckBox(words)
        self.grade = QComboBox()
        for grade, description in GRADE_DESCRIPTIONS.items():
            self.grade.addItem(grade_label(grade), grade)
            self.grade.setItemData(grade - 1, description, Qt.ItemDataRole.ToolTipRole)
        self.grade.setEnabled(False)
        self.grade.setAccessibleName(f"grade of {words}")
        self.box.toggled.connect(self.grade.setEnabled)

        self.detail = QWidget()
        detail = QGridLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        self.outcome = QComboBox()
        for outcome in EventOutcome:
            self.outcome.addItem(EVENT_OUTCOME_WORDS[outcome], outcome.value)
        self.outcome.setCurrentIndex(self.outcome.findData(EventOutcome.ONGOING.value))
        self.outcome.setAccessibleName(f"outcome of {words}")
        self.serious = QCheckBox("serious")
        self.serious.setAccessibleName(f"{words} is serious")
        self.seriousness = SeriousnessBox()
        self.seriousness.hide()
        self.serious.toggled.connect(self.seriousness.setVisible)
        detail.addWidget(QLabel(f"{words}:"), 0, 0)
        detail.addWidget(QLabel("outcome"), 0, 1)
        detail.addWidget(self.outcome, 0, 2)
        detail.addWidget(self.serious, 0, 3)
        detail.addWidget(self.seriousness, 1, 1, 1, 4)
        detail.setColumnStretch(4, 1)
        self.detail.hide()
        self.box.toggled.connect(self.detail.setVisible)

    def field(self, name: str) -> str:
        """The form's name of one part of this row: `wheeze.outcome`."""
        return f"{self.term.value}.{name}"

    def register(self, fields: FormFields) -> None:
        words = EVENT_TERM_NAMES[self.term]
        fields.add(self.field("grade"), self.grade, f"{words}: grade")
        fields.add(self.field("outcome"), self.outcome, f"{words}: outcome")
        fields.add(self.field("serious"), self.serious, f"{words}: serious")
        fields.add(self.field("seriousness"), self.seriousness, f"{words}: why serious")

    def reported(self) -> ReportedSymptom | None:
        if not self.box.isChecked():
            return None
        serious = self.serious.isChecked()
        return ReportedSymptom(
            term=self.term.value,
            grade=int(self.grade.currentData()),
            serious=serious,
            outcome=EventOutcome(self.outcome.currentData()),
            seriousness=self.seriousness.chosen() if serious else (),
        )

    def problems(self, record: str, at: datetime) -> list[ValidationError]:
        """What cannot be saved in this row, each naming the row's own field."""
        symptom = self.reported()
        if symptom is None:
            return []
        draft = AdverseEvent(
            onset=at,
            term=symptom.term,
            grade=symptom.grade,
            serious=symptom.serious,
            outcome=symptom.outcome,
        )
        found = [
            ValidationError(record, self.field(p.field), p.problem)
            for p in seriousness_problems(record, draft)
        ]
        if symptom.serious and not symptom.seriousness:
            found.append(
                ValidationError(
                    record, self.field("seriousness"), "tick at least one reason why it is serious"
                )
            )
        return found


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
        self.symptom_rows = [SymptomRow(term) for term in SYMPTOM_TERMS]
        # A symptom is found by typing, not by tabbing through all of them (Alt+F).
        self.find_symptom = SymptomFinder([(s.box, s.grade) for s in self.symptom_rows])
        find_row = QFormLayout()
        find_row.addRow("&Find symptom", self.find_symptom)
        box_layout.addLayout(find_row)
        grid = QGridLayout()
        box_layout.addLayout(grid)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
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
        for symptom in self.symptom_rows:
            box_layout.addWidget(symptom.detail)
        self.symptom_box.setEnabled(False)
        self.symptoms.toggled.connect(self.symptom_box.setEnabled)
        self.symptoms.toggled.connect(lambda on: on and self.find_symptom.setFocus())
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
        for symptom in self.symptom_rows:
            symptom.register(self.fields)

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
                problems = [p for row in self.symptom_rows for p in row.problems(record, done_at)]
                if problems:
                    raise SeveralProblems(problems)
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
