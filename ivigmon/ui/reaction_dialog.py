"""Recording a reaction during an infusion: term, CTCAE grade (described), action, outcome."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from ivigmon.domain.codes import EventAction, EventOutcome, EventTerm
from ivigmon.domain.ctcae import CTCAE_VERSION, GRADE_DESCRIPTIONS
from ivigmon.domain.models import AdverseEvent
from ivigmon.domain.record_validation import seriousness_problems
from ivigmon.domain.time_entry import parse_moment
from ivigmon.domain.validation import ValidationError, infusion_record
from ivigmon.services import infusions
from ivigmon.services.context import Context
from ivigmon.ui.choices import choice_box, choose_text, chosen
from ivigmon.ui.ctcae_words import grade_description, grade_text
from ivigmon.ui.entry_dialog import EntryDialog
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import SeveralProblems
from ivigmon.ui.labels import muted_label
from ivigmon.ui.seriousness_box import SeriousnessBox
from ivigmon.ui.wording import ACTION_WORDS, EVENT_OUTCOME_WORDS, term_text, words


class ReactionDialog(EntryDialog):
    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        infusion_id: str,
        *,
        mrn: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            events,
            infusion_id,
            mrn=mrn,
            title=QCoreApplication.translate("ReactionDialog", "Reaction during the infusion"),
            save_text=QCoreApplication.translate("ReactionDialog", "Save reaction"),
            parent=parent,
        )
        form = QFormLayout()
        self.onset = QLineEdit()
        self.onset.setPlaceholderText(self.tr("now - or 10:10"))
        self.term = QComboBox()
        self.term.addItem(choose_text(), None)
        for term in EventTerm:
            self.term.addItem(term_text(term.value), term.value)
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("describe the reaction (for 'other')"))
        self.other.setEnabled(False)
        # Grade, action and outcome are what the nurse saw: chosen each time, never preselected.
        self.grade = choice_box((grade_text(g), g) for g in GRADE_DESCRIPTIONS)
        for grade in GRADE_DESCRIPTIONS:
            self.grade.setItemData(grade, grade_description(grade), Qt.ItemDataRole.ToolTipRole)
        self.grade_help = muted_label("")
        self.serious = QCheckBox(self.tr("&Serious (tick why below)"))
        self.seriousness = SeriousnessBox()
        self.seriousness.hide()
        self.action = choice_box((words(ACTION_WORDS[a]), a.value) for a in EventAction)
        self.outcome = choice_box((words(EVENT_OUTCOME_WORDS[o]), o.value) for o in EventOutcome)
        self.notes = QLineEdit()
        form.addRow(self.tr("&Onset"), self.onset)
        form.addRow(self.tr("&Reaction"), self.term)
        form.addRow("", self.other)
        form.addRow(self.tr("&Grade (CTCAE 5.0)"), self.grade)
        form.addRow("", self.grade_help)
        form.addRow("", self.serious)
        form.addRow("", self.seriousness)
        form.addRow(self.tr("&Action taken"), self.action)
        form.addRow(self.tr("O&utcome"), self.outcome)
        form.addRow(self.tr("&Notes"), self.notes)
        self.body.addLayout(form)
        self.fields.add("onset", self.onset, self.tr("Onset"))
        self.fields.add("term", self.term, self.tr("Reaction"))
        self.fields.add("grade", self.grade, self.tr("Grade"))
        self.fields.add("serious", self.serious, self.tr("Serious"))
        self.fields.add("seriousness", self.seriousness, self.tr("Seriousness criteria"))
        self.fields.add("action", self.action, self.tr("Action taken"))
        self.fields.add("outcome", self.outcome, self.tr("Outcome"))
        self.fields.add("notes", self.notes, self.tr("Notes"))
        self.term.currentIndexChanged.connect(self._term_changed)
        self.grade.currentIndexChanged.connect(self._grade_changed)
        self.serious.toggled.connect(self._serious_changed)
        self.outcome.currentIndexChanged.connect(self._combination_changed)
        self.setMinimumWidth(680)
        self.finish()
        self.onset.setFocus()

    def _term_changed(self, _index: int) -> None:
        is_other = self.term.currentData() == EventTerm.OTHER.value
        self.other.setEnabled(is_other)

    def _grade_changed(self, _index: int) -> None:
        grade = chosen(self.grade)
        self.grade_help.setText(grade_description(int(str(grade))) if grade is not None else "")
        self._combination_changed()

    def _serious_changed(self, serious: bool) -> None:
        self.seriousness.setVisible(serious)
        self._combination_changed()

    def _combination_changed(self, *_: object) -> None:
        """Grade, outcome and seriousness that cannot all be true, said as they are chosen."""
        problems = self._problems()
        if problems:
            self.fields.show_errors(problems)
        else:
            self.fields.clear()

    def _problems(self) -> tuple[ValidationError, ...]:
        """Grade, outcome and seriousness that contradict each other (once both are chosen)."""
        record = f"{infusion_record(self.infusion_id)} reaction"
        grade, outcome = chosen(self.grade), chosen(self.outcome)
        if grade is None or outcome is None:
            return ()
        draft = AdverseEvent(
            onset=self.ctx.now(),
            term="",
            grade=int(str(grade)),
            serious=self.serious.isChecked(),
            outcome=EventOutcome(str(outcome)),
        )
        return seriousness_problems(record, draft)

    def prepare(self) -> Callable[[], object]:
        """Every problem of the form at once, each beside its field."""
        record = f"{infusion_record(self.infusion_id)} reaction"
        problems: list[ValidationError] = []
        onset = self.ctx.now()
        try:
            onset = parse_moment(record, "onset", self.onset.text(), now=self.ctx.now())
        except ValidationError as error:
            problems.append(error)
        code = self.term.currentData()
        if code is None:
            problems.append(ValidationError(record, "term", self.tr("choose the reaction")))
        for field, box, what in (
            ("grade", self.grade, self.tr("choose the grade")),
            ("action", self.action, self.tr("choose the action taken")),
            ("outcome", self.outcome, self.tr("choose the outcome")),
        ):
            if chosen(box) is None:
                problems.append(ValidationError(record, field, what))
        problems += self._problems()
        criteria = self.seriousness.chosen() if self.serious.isChecked() else ()
        if self.serious.isChecked() and not criteria:
            problems.append(
                ValidationError(
                    record, "seriousness", self.tr("tick at least one reason why it is serious")
                )
            )
        if problems:
            raise SeveralProblems(problems)
        term = str(code)
        if code == EventTerm.OTHER.value and self.other.text().strip():
            term = self.other.text().strip()
        event = AdverseEvent(
            onset=onset,
            term=term,
            grade=int(str(chosen(self.grade))),
            ctcae_version=CTCAE_VERSION,
            serious=self.serious.isChecked(),
            seriousness=criteria,
            action=EventAction(str(chosen(self.action))),
            outcome=EventOutcome(str(chosen(self.outcome))),
            notes=self.notes.text().strip(),
        )
        return lambda: infusions.add_reaction(self.ctx, self.infusion_id, event)
