"""Recording a reaction during an infusion: term, CTCAE grade (described), action, outcome."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from ivigmon.domain.codes import EVENT_TERM_NAMES, EventAction, EventOutcome, EventTerm
from ivigmon.domain.ctcae import CTCAE_VERSION, GRADE_DESCRIPTIONS, grade_label
from ivigmon.domain.models import AdverseEvent
from ivigmon.domain.time_entry import parse_moment
from ivigmon.domain.validation import ValidationError, infusion_record
from ivigmon.services import infusions
from ivigmon.services.context import Context
from ivigmon.ui.entry_dialog import EntryDialog
from ivigmon.ui.events import DataEvents
from ivigmon.ui.labels import muted_label
from ivigmon.ui.wording import ACTION_WORDS, EVENT_OUTCOME_WORDS


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
            title="Reaction during the infusion",
            save_text="Save reaction",
            parent=parent,
        )
        form = QFormLayout()
        self.onset = QLineEdit()
        self.onset.setPlaceholderText("now - or 10:10")
        self.term = QComboBox()
        self.term.addItem("- choose -", None)
        for term in EventTerm:
            self.term.addItem(EVENT_TERM_NAMES[term], term.value)
        self.other = QLineEdit()
        self.other.setPlaceholderText("describe the reaction (for 'other')")
        self.other.setEnabled(False)
        self.grade = QComboBox()
        for grade, description in GRADE_DESCRIPTIONS.items():
            self.grade.addItem(grade_label(grade), grade)
            self.grade.setItemData(grade - 1, description, Qt.ItemDataRole.ToolTipRole)
        self.grade_help = muted_label(GRADE_DESCRIPTIONS[1])
        self.serious = QCheckBox("&Serious (hospital admission, longer stay or life-threatening)")
        self.action = QComboBox()
        for action in EventAction:
            self.action.addItem(ACTION_WORDS[action], action.value)
        self.outcome = QComboBox()
        for outcome in EventOutcome:
            self.outcome.addItem(EVENT_OUTCOME_WORDS[outcome], outcome.value)
        self.outcome.setCurrentIndex(self.outcome.findData(EventOutcome.ONGOING.value))
        self.notes = QLineEdit()
        form.addRow("&Onset", self.onset)
        form.addRow("&Reaction", self.term)
        form.addRow("", self.other)
        form.addRow("&Grade (CTCAE 5.0)", self.grade)
        form.addRow("", self.grade_help)
        form.addRow("", self.serious)
        form.addRow("&Action taken", self.action)
        form.addRow("O&utcome", self.outcome)
        form.addRow("&Notes", self.notes)
        self.body.addLayout(form)
        self.fields.add("onset", self.onset, "Onset")
        self.fields.add("term", self.term, "Reaction")
        self.fields.add("grade", self.grade, "Grade")
        self.fields.add("notes", self.notes, "Notes")
        self.term.currentIndexChanged.connect(self._term_changed)
        self.grade.currentIndexChanged.connect(self._grade_changed)
        self.setMinimumWidth(680)
        self.finish()
        self.onset.setFocus()

    def _term_changed(self, _index: int) -> None:
        is_other = self.term.currentData() == EventTerm.OTHER.value
        self.other.setEnabled(is_other)

    def _grade_changed(self, _index: int) -> None:
        self.grade_help.setText(GRADE_DESCRIPTIONS[int(self.grade.currentData())])

    def prepare(self) -> Callable[[], object]:
        record = f"{infusion_record(self.infusion_id)} reaction"
        onset = parse_moment(record, "onset", self.onset.text(), now=self.ctx.now())
        code = self.term.currentData()
        if code is None:
            raise ValidationError(record, "term", "choose the reaction")
        term = str(code)
        if code == EventTerm.OTHER.value and self.other.text().strip():
            term = self.other.text().strip()
        event = AdverseEvent(
            onset=onset,
            term=term,
            grade=int(self.grade.currentData()),
            ctcae_version=CTCAE_VERSION,
            serious=self.serious.isChecked(),
            action=EventAction(self.action.currentData()),
            outcome=EventOutcome(self.outcome.currentData()),
            notes=self.notes.text().strip(),
        )
        return lambda: infusions.add_reaction(self.ctx, self.infusion_id, event)
