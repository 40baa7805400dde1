"""Recording a follow-up check: when, how, the outcome and any symptoms with their grade."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.codes import (
    CheckMode,
    CheckOutcome,
    EventAction,
    EventOutcome,
    EventTerm,
)
from ivigmon.domain.ctcae import GRADE_DESCRIPTIONS
from ivigmon.domain.followup import is_early
from ivigmon.domain.models import AdverseEvent, Check
from ivigmon.domain.record_validation import seriousness_problems
from ivigmon.domain.time_entry import parse_moment
from ivigmon.domain.validation import ValidationError, check_record
from ivigmon.services import checks
from ivigmon.services.checks import ReportedSymptom
from ivigmon.services.context import Context
from ivigmon.services.worklist import WorklistRow
from ivigmon.ui.choices import choice_box, chosen
from ivigmon.ui.ctcae_words import grade_description, grade_text
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.errors import EXPECTED_ERRORS
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields, SeveralProblems
from ivigmon.ui.labels import muted_label, set_warning, subtitle_label, warning_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form
from ivigmon.ui.risk_badge import level_text
from ivigmon.ui.seriousness_box import SeriousnessBox
from ivigmon.ui.symptom_finder import SymptomFinder
from ivigmon.ui.window_size import FRAME_ROOM, WINDOW_SIZE
from ivigmon.ui.wording import (
    ACTION_WORDS,
    EVENT_OUTCOME_WORDS,
    STATUS_WORDS,
    check_saved_text,
    early_check_text,
    term_text,
    when,
    words,
)

# Follow-up symptoms are coded terms (SPEC 2); "other" is described in the notes.
SYMPTOM_TERMS: tuple[EventTerm, ...] = tuple(EventTerm)


class SymptomRow:
    """A tick box for one symptom and its grade (enabled once ticked); once ticked, a line below
    the grid asks its onset (the check time until changed), the action, the outcome, whether it
    is serious and (if so) why. Nothing clinical is preselected."""

    def __init__(self, term: EventTerm, check_time: Callable[[], str]) -> None:
        self.term = term
        self.check_time = check_time
        name = term_text(term.value)
        self.box = QCheckBox(name)
        self.grade = choice_box((grade_text(g), g) for g in GRADE_DESCRIPTIONS)
        for grade in GRADE_DESCRIPTIONS:
            self.grade.setItemData(grade, grade_description(grade), Qt.ItemDataRole.ToolTipRole)
        self.grade.setEnabled(False)
        self.grade.setAccessibleName(
            QCoreApplication.translate("SymptomRow", "grade of {symptom}").format(symptom=name)
        )
        self.box.toggled.connect(self.grade.setEnabled)

        self.detail = QWidget()
        self._detail_grid = QGridLayout(self.detail)
        self._detail_grid.setContentsMargins(0, 0, 0, 0)
        self.onset = QLineEdit()
        self.onset.setPlaceholderText(QCoreApplication.translate("SymptomRow", "when it began"))
        self.onset.setAccessibleName(
            QCoreApplication.translate("SymptomRow", "onset of {symptom}").format(symptom=name)
        )
        # The onset follows the check time until the nurse types another one.
        self.onset_follows_check = True
        self.onset.textEdited.connect(self._onset_typed)
        self.action = choice_box((words(ACTION_WORDS[a]), a.value) for a in EventAction)
        self.action.setAccessibleName(
            QCoreApplication.translate("SymptomRow", "action for {symptom}").format(symptom=name)
        )
        self.outcome = choice_box((words(EVENT_OUTCOME_WORDS[o]), o.value) for o in EventOutcome)
        self.outcome.setAccessibleName(
            QCoreApplication.translate("SymptomRow", "outcome of {symptom}").format(symptom=name)
        )
        self.serious = QCheckBox(QCoreApplication.translate("SymptomRow", "serious"))
        self.serious.setAccessibleName(
            QCoreApplication.translate("SymptomRow", "{symptom} is serious").format(symptom=name)
        )
        self.seriousness = SeriousnessBox()
        self.seriousness.hide()
        self.serious.toggled.connect(self.seriousness.setVisible)
        self._name = QLabel(f"{name}:")
        # The parts of the line after the symptom's name, in order.
        self._fields: tuple[QWidget, ...] = (
            QLabel(QCoreApplication.translate("SymptomRow", "began")),
            self.onset,
            QLabel(QCoreApplication.translate("SymptomRow", "action")),
            self.action,
            QLabel(QCoreApplication.translate("SymptomRow", "outcome")),
            self.outcome,
            self.serious,
        )
        # One line per ticked symptom, so the dialog keeps to a 768-pixel screen.
        self._place(stacked=False)
        self._detail_grid.setColumnStretch(len(self._fields) + 1, 1)
        self.detail.hide()
        self.box.toggled.connect(self.detail.setVisible)
        self.box.toggled.connect(self._ticked)

    def _place(self, *, stacked: bool) -> None:
        """The symptom's name, then its fields on the same line, or (`stacked`) on two lines
        under it (began and action, then outcome and serious); the seriousness criteria under
        them."""
        grid = self._detail_grid
        for widget in (self._name, *self._fields, self.seriousness):
            grid.removeWidget(widget)
        span = len(self._fields) + 1
        if stacked:
            grid.addWidget(self._name, 0, 0, 1, span)
            for index, widget in enumerate(self._fields):
                grid.addWidget(widget, 1 + index // 4, 1 + index % 4)
            grid.addWidget(self.seriousness, 3, 1, 1, span)
            return
        grid.addWidget(self._name, 0, 0)
        for column, widget in enumerate(self._fields, start=1):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.seriousness, 1, 1, 1, span)

    def fit_within(self, width: int) -> None:
        """Fields under the name when the one line is wider than `width` (large text)."""
        if self.detail.sizeHint().width() > width:
            self._place(stacked=True)

    def _ticked(self, ticked: bool) -> None:
        if ticked and self.onset_follows_check:
            self.onset.setText(self.check_time())

    def _onset_typed(self, _text: str) -> None:
        self.onset_follows_check = False

    def follow_check_time(self) -> None:
        """The check time changed: an onset nobody typed shows the new one."""
        if self.box.isChecked() and self.onset_follows_check:
            self.onset.setText(self.check_time())

    def field(self, name: str) -> str:
        """The form's name of one part of this row: `wheeze.outcome`."""
        return f"{self.term.value}.{name}"

    def register(self, fields: FormFields) -> None:
        name = term_text(self.term.value)
        parts: tuple[tuple[str, QWidget, str], ...] = (
            ("grade", self.grade, QCoreApplication.translate("SymptomRow", "{symptom}: grade")),
            ("onset", self.onset, QCoreApplication.translate("SymptomRow", "{symptom}: began")),
            ("action", self.action, QCoreApplication.translate("SymptomRow", "{symptom}: action")),
            (
                "outcome",
                self.outcome,
                QCoreApplication.translate("SymptomRow", "{symptom}: outcome"),
            ),
            (
                "serious",
                self.serious,
                QCoreApplication.translate("SymptomRow", "{symptom}: serious"),
            ),
            (
                "seriousness",
                self.seriousness,
                QCoreApplication.translate("SymptomRow", "{symptom}: why serious"),
            ),
        )
        for part, widget, label in parts:
            fields.add(self.field(part), widget, label.format(symptom=name))

    def _onset(self, record: str, done_at: datetime, now: datetime) -> datetime:
        """Blank: when the check was done."""
        if not self.onset.text().strip():
            return done_at
        return parse_moment(record, self.field("onset"), self.onset.text(), now=now)

    def problems(self, record: str, done_at: datetime, now: datetime) -> list[ValidationError]:
        """What cannot be saved in this row, each naming the row's own field."""
        if not self.box.isChecked():
            return []
        found: list[ValidationError] = []
        for name, box, what in (
            ("grade", self.grade, QCoreApplication.translate("SymptomRow", "choose the grade")),
            (
                "action",
                self.action,
                QCoreApplication.translate("SymptomRow", "choose the action taken"),
            ),
            (
                "outcome",
                self.outcome,
                QCoreApplication.translate("SymptomRow", "choose the outcome"),
            ),
        ):
            if chosen(box) is None:
                found.append(ValidationError(record, self.field(name), what))
        try:
            onset = self._onset(record, done_at, now)
            if onset > done_at:
                found.append(
                    ValidationError(
                        record,
                        self.field("onset"),
                        QCoreApplication.translate(
                            "SymptomRow", "{onset} is after the check ({done})"
                        ).format(onset=when(onset), done=when(done_at)),
                    )
                )
        except ValidationError as error:
            found.append(error)
        grade, outcome = chosen(self.grade), chosen(self.outcome)
        serious = self.serious.isChecked()
        if grade is not None and outcome is not None:
            draft = AdverseEvent(
                onset=done_at,
                term=self.term.value,
                grade=int(str(grade)),
                serious=serious,
                outcome=EventOutcome(str(outcome)),
            )
            found += [
                ValidationError(record, self.field(p.field), p.problem)
                for p in seriousness_problems(record, draft)
            ]
        if serious and not self.seriousness.chosen():
            found.append(
                ValidationError(
                    record,
                    self.field("seriousness"),
                    QCoreApplication.translate(
                        "SymptomRow", "tick at least one reason why it is serious"
                    ),
                )
            )
        return found

    def reported(self, record: str, done_at: datetime, now: datetime) -> ReportedSymptom | None:
        """The symptom as entered (call once `problems` finds none)."""
        if not self.box.isChecked():
            return None
        serious = self.serious.isChecked()
        return ReportedSymptom(
            term=self.term.value,
            grade=int(str(chosen(self.grade))),
            serious=serious,
            action=EventAction(str(chosen(self.action))),
            outcome=EventOutcome(str(chosen(self.outcome))),
            seriousness=self.seriousness.chosen() if serious else (),
            onset=self._onset(record, done_at, now),
        )


class CheckDialog(QDialog):
    """Saves with `record_check`; each ticked symptom becomes a graded adverse event."""

    check_saved = Signal(str, int)
    saved_summary = Signal(str)  # what was saved, in a line for the page that opened the dialog

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
        self.setWindowTitle(
            self.tr("Follow-up check +{offset} h - {patient}").format(
                offset=row.offset_h, patient=row.patient_name
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(subtitle_label(f"{row.patient_name} ({row.mrn})"))
        product = f" ({product_name})" if product_name else ""
        layout.addWidget(
            muted_label(
                self.tr(
                    "Check +{offset} h after the infusion that ended {end}{product}. "
                    "Due {due}: {status}. Infusion risk {risk}."
                ).format(
                    offset=row.offset_h,
                    end=when(row.infusion_end),
                    product=product,
                    due=when(row.due_at),
                    status=words(STATUS_WORDS[row.status]),
                    risk=level_text(row.risk_level),
                )
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.done_at = QLineEdit()
        self.done_at.setPlaceholderText(self.tr("now - or type 14:05 or 2026-03-02 14:05"))
        form.addRow(self.tr("&Done at"), self.done_at)

        self.mode_group = QButtonGroup(self)
        mode_row = QHBoxLayout()
        self.in_person = QRadioButton(self.tr("&In person"))
        self.phone = QRadioButton(self.tr("By &phone"))
        for button, mode in ((self.in_person, CheckMode.IN_PERSON), (self.phone, CheckMode.PHONE)):
            self.mode_group.addButton(button)
            button.setProperty("code", mode.value)
            mode_row.addWidget(button)
        mode_row.addStretch(1)
        form.addRow(self.tr("How"), _wrap(mode_row))

        self.outcome_group = QButtonGroup(self)
        outcome_row = QHBoxLayout()
        self.no_symptoms = QRadioButton(self.tr("&No symptoms"))
        self.symptoms = QRadioButton(self.tr("&Symptoms"))
        self.not_reached = QRadioButton(self.tr("Not &reached"))
        for button, outcome in (
            (self.no_symptoms, CheckOutcome.NO_SYMPTOMS),
            (self.symptoms, CheckOutcome.SYMPTOMS),
            (self.not_reached, CheckOutcome.NOT_REACHED),
        ):
            self.outcome_group.addButton(button)
            button.setProperty("code", outcome.value)
            outcome_row.addWidget(button)
        outcome_row.addStretch(1)
        form.addRow(self.tr("Outcome"), _wrap(outcome_row))
        layout.addLayout(form)

        self.symptom_box = QGroupBox(
            self.tr("Symptoms reported (tick each one and choose its grade)")
        )
        box_layout = QVBoxLayout(self.symptom_box)
        self.symptom_rows = [SymptomRow(term, self._check_time) for term in SYMPTOM_TERMS]
        self.done_at.textChanged.connect(self._check_time_changed)
        # A symptom is found by typing, not by tabbing through all of them (Alt+F).
        self.find_symptom = SymptomFinder([(s.box, s.grade) for s in self.symptom_rows])
        find_row = QFormLayout()
        find_row.addRow(self.tr("&Find symptom"), self.find_symptom)
        box_layout.addLayout(find_row)
        self.symptom_grid = QGridLayout()
        box_layout.addLayout(self.symptom_grid)
        self.symptom_grid.setHorizontalSpacing(12)
        self.symptom_grid.setVerticalSpacing(2)
        self._place_symptoms(columns=2)
        legend = muted_label(
            self.tr(
                "CTCAE 5.0 grades: 1 mild (no treatment) · 2 moderate (simple treatment, limits "
                "daily activities) · 3 severe (hospital care) · 4 life-threatening · 5 death"
            )
        )
        box_layout.addWidget(legend)
        for symptom in self.symptom_rows:
            box_layout.addWidget(symptom.detail)
        self.symptom_box.setEnabled(False)
        self.symptoms.toggled.connect(self.symptom_box.setEnabled)
        self.symptoms.toggled.connect(lambda on: on and self.find_symptom.setFocus())
        # The symptoms scroll within the dialog: with a symptom's line open the whole list ran
        # past a 768-pixel screen and hid "Save check".
        symptoms_area = QScrollArea()
        scroll_bar = symptoms_area.verticalScrollBar().sizeHint().width()
        # Large text: one column of symptoms, and each ticked one's fields under its name,
        # where two columns or one line ran wider than the ward's smallest screen.
        margins = layout.contentsMargins()
        room = WINDOW_SIZE[0] - FRAME_ROOM[0] - margins.left() - margins.right() - scroll_bar
        box_margins = box_layout.contentsMargins()
        line = room - box_margins.left() - box_margins.right()
        if self.symptom_box.sizeHint().width() > room:
            self._place_symptoms(columns=1)
            box_layout.activate()  # measured again with one column
            # A ticked symptom's line may then be no wider than the one column.
            line = self.symptom_box.sizeHint().width() - box_margins.left() - box_margins.right()
        for symptom in self.symptom_rows:
            symptom.fit_within(line)
        symptoms_area.setWidgetResizable(True)
        symptoms_area.setFrameShape(QFrame.Shape.NoFrame)
        symptoms_area.setWidget(self.symptom_box)
        # Only up and down: the list keeps its full width, and as many rows as fit are shown.
        symptoms_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        symptoms_area.setMinimumWidth(self.symptom_box.sizeHint().width() + scroll_bar)
        symptoms_area.setMinimumHeight(min(self.symptom_box.sizeHint().height(), 360))
        layout.addWidget(symptoms_area, 1)

        notes_form = QFormLayout()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(52)
        self.notes.setPlaceholderText(
            self.tr("who was spoken to, advice given, 'other' symptom...")
        )
        notes_form.addRow(self.tr("N&otes"), self.notes)
        layout.addLayout(notes_form)

        # Only for a check recorded before it is due: said, and recorded only once ticked.
        self.early_warning = warning_label()
        layout.addWidget(self.early_warning)
        self.early_confirm = QCheckBox(self.tr("Record this check now, before it is d&ue"))
        self.early_confirm.hide()
        layout.addWidget(self.early_confirm)
        self.saved_text = ""
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.fields = FormFields(self.message)
        self.fields.add("done_at", self.done_at, self.tr("Done at"))
        self.fields.add("mode", self.in_person, self.tr("How"))
        self.fields.add("outcome", self.no_symptoms, self.tr("Outcome"))
        self.fields.add("symptoms", self.symptom_box, self.tr("Symptoms"))
        self.fields.add("notes", self.notes, self.tr("Notes"))
        for symptom in self.symptom_rows:
            symptom.register(self.fields)

        self.save_button = add_dialog_buttons(
            self, layout, self.tr("Save check"), self.save, ctrl_return=True
        )
        self.done_at.setFocus()

    def _place_symptoms(self, *, columns: int) -> None:
        """Each symptom's tick box and grade, down `columns` columns."""
        grid = self.symptom_grid
        for symptom in self.symptom_rows:
            grid.removeWidget(symptom.box)
            grid.removeWidget(symptom.grade)
        rows = (len(self.symptom_rows) + columns - 1) // columns
        for index, symptom in enumerate(self.symptom_rows):
            column = 2 * (index // rows)
            grid.addWidget(symptom.box, index % rows, column)
            grid.addWidget(symptom.grade, index % rows, column + 1)
        for column in range(0, 2 * columns, 2):
            grid.setColumnStretch(column, 1)
        grid.setColumnStretch(2, 1 if columns > 1 else 0)

    def _check_time(self) -> str:
        """The check time as typed, or now in full when the field is blank or unreadable, in the
        form a time is typed (`2026-03-02 14:05` in every language: it is read back on saving)."""
        now = self.ctx.now()
        try:
            return _typed(parse_moment("check", "done_at", self.done_at.text(), now=now))
        except ValidationError:
            return _typed(now)

    def _check_time_changed(self, _text: str) -> None:
        for symptom in self.symptom_rows:
            symptom.follow_check_time()

    def _chosen(self, group: QButtonGroup) -> str | None:
        button = group.checkedButton()
        return str(button.property("code")) if button is not None else None

    def _read(self) -> tuple[datetime, str, str, list[ReportedSymptom]]:
        """Done time, mode, outcome and symptoms; every problem at once (`SeveralProblems`)."""
        record = check_record(self.row.infusion_id, self.row.offset_h)
        now = self.ctx.now()
        problems: list[ValidationError] = []
        done_at = now
        try:
            done_at = parse_moment(record, "done_at", self.done_at.text(), now=now)
        except ValidationError as error:
            problems.append(error)
        mode = self._chosen(self.mode_group)
        if mode is None:
            problems.append(
                ValidationError(record, "mode", self.tr("choose in person or by phone"))
            )
        outcome = self._chosen(self.outcome_group)
        if outcome is None:
            problems.append(
                ValidationError(
                    record, "outcome", self.tr("choose no symptoms, symptoms or not reached")
                )
            )
        ticked = outcome == CheckOutcome.SYMPTOMS.value
        if ticked:
            if not any(row.box.isChecked() for row in self.symptom_rows):
                problems.append(
                    ValidationError(record, "symptoms", self.tr("tick at least one symptom"))
                )
            problems += [p for row in self.symptom_rows for p in row.problems(record, done_at, now)]
        if problems:
            raise SeveralProblems(problems)
        assert mode is not None and outcome is not None
        reported = (
            [s for row in self.symptom_rows if (s := row.reported(record, done_at, now))]
            if ticked
            else []
        )
        return done_at, mode, outcome, reported

    def save(self) -> Operation[Check] | None:
        """Record the check off the GUI thread; on any error keep the dialog as typed. A check
        recorded before it is due waits for the nurse to tick that it is meant."""
        try:
            done_at, mode, outcome, reported = self._read()
        except EXPECTED_ERRORS as error:
            self.fields.show_error(error)
            return None
        if self._early(done_at):
            return None
        infusion_id, offset_h = self.row.infusion_id, self.row.offset_h
        notes = self.notes.toPlainText().strip()
        self.saved_text = check_saved_text(
            offset_h,
            self.row.patient_name,
            CheckOutcome(outcome),
            done_at,
            [(s.term, s.grade) for s in reported],
        )
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

    def _early(self, done_at: datetime) -> bool:
        """True (and the question shown) when the check is not due yet and not confirmed."""
        settings = self.ctx.check_settings()
        if not is_early(done_at, self.row.due_at, settings) or self.early_confirm.isChecked():
            set_warning(self.early_warning, "")
            return False
        self.fields.clear()
        set_warning(
            self.early_warning,
            early_check_text(
                self.row.due_at, self.row.due_at - timedelta(hours=settings.lead_h), done_at
            ),
        )
        self.early_confirm.show()
        self.early_confirm.setFocus()
        return True

    def _saved(self, _check: Check) -> None:
        self.fields.clear()
        self.events.check_recorded.emit(self.row.mrn, self.row.infusion_id, self.row.offset_h)
        self.check_saved.emit(self.row.infusion_id, self.row.offset_h)
        self.saved_summary.emit(self.saved_text)
        self.accept()


def _typed(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _wrap(layout: QHBoxLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
