"""A started infusion at the bedside: rate steps in one keystroke, vitals, reactions, the end."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.models import AdverseEvent, Premedication, RateStep, VitalSigns
from ivigmon.domain.roles import Permission
from ivigmon.domain.validation import PUMP_RATE_ML_H, Flag, infusion_record, parse_number_text
from ivigmon.services import infusions
from ivigmon.services.amend import EntryKind, mark_entered_in_error
from ivigmon.services.bedside import BedsideState, bedside_state
from ivigmon.services.context import Context
from ivigmon.services.rate_check import check_new_step
from ivigmon.services.time_entry import parse_moment
from ivigmon.ui.assessment_panel import AssessmentPanel
from ivigmon.ui.end_infusion_dialog import EndInfusionDialog
from ivigmon.ui.entry_dialog import EntryDialog
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.gates import gate, refusal
from ivigmon.ui.infusion_models import (
    PremedicationsTableModel,
    RateStepsTableModel,
    ReactionsTableModel,
    StepColumn,
    VitalsTableModel,
)
from ivigmon.ui.labels import figures_label, muted_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.premedication_dialog import PremedicationDialog
from ivigmon.ui.reaction_dialog import ReactionDialog
from ivigmon.ui.reason_dialog import ReasonDialog
from ivigmon.ui.table_views import record_table, selected_row
from ivigmon.ui.vitals_dialog import VitalSignsDialog
from ivigmon.ui.wording import (
    LABEL_USE_WORDS,
    WEIGHT_BASIS_WORDS,
    clock,
    duration,
    number,
    term_text,
    when,
)

RELOAD_MS = 60_000


class InfusionRunPage(QWidget):
    """Reloads the infusion from the database after every entry, so it shows what is stored."""

    state_loaded = Signal(object)  # BedsideState

    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        *,
        mrn: str,
        infusion_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        self.mrn = mrn
        self.infusion_id = infusion_id
        self.state: BedsideState | None = None
        self.dialog: EntryDialog | None = None
        self.reason_dialog: ReasonDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.message = MessageBar()
        layout.addWidget(self.message)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        # -- left: rate steps and the infusion assessment -------------------------------------
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        steps_box = QGroupBox("Rate steps")
        steps_layout = QVBoxLayout(steps_box)
        self.steps = RateStepsTableModel(self)
        self.steps_table = record_table(
            self.steps, stretch=StepColumn.CHECK, widths=(100, 105, 85, 100, 200)
        )
        steps_layout.addWidget(self.steps_table, 1)
        self.step_error_button = _in_error_button()
        self.step_error_button.clicked.connect(lambda: self.mark_in_error(EntryKind.RATE_STEP))
        step_row = QHBoxLayout()
        step_row.addStretch(1)
        step_row.addWidget(self.step_error_button)
        steps_layout.addLayout(step_row)
        entry = QHBoxLayout()
        rate_label = QLabel("New &rate (mL/h)")
        self.rate = QLineEdit()
        self.rate.setPlaceholderText("type the pump rate, Enter saves")
        rate_label.setBuddy(self.rate)
        at_label = QLabel("a&t")
        self.rate_at = QLineEdit()
        self.rate_at.setPlaceholderText("now")
        self.rate_at.setMaximumWidth(150)
        at_label.setBuddy(self.rate_at)
        self.add_step_button = QPushButton("Add step (Enter)")
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
        self.preview = figures_label()
        steps_layout.addWidget(self.preview)
        self.preview_warning = MessageBar()
        steps_layout.addWidget(self.preview_warning)
        self.limits = muted_label()
        steps_layout.addWidget(self.limits)
        self.step_message = MessageBar()
        steps_layout.addWidget(self.step_message)
        self.step_fields = FormFields(self.step_message)
        self.step_fields.add("ml_per_h", self.rate, "New rate (mL/h)")
        self.step_fields.add("at", self.rate_at, "Step time")
        left_layout.addWidget(steps_box, 3)
        risk_box = QGroupBox("This infusion")
        risk_layout = QVBoxLayout(risk_box)
        self.assessment = AssessmentPanel("Infusion risk")
        risk_layout.addWidget(self.assessment)
        left_layout.addWidget(risk_box, 2)
        splitter.addWidget(left)

        # -- right: vitals, reactions, premedication, checks --------------------------------------
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.vitals = VitalsTableModel(self)
        self.reactions = ReactionsTableModel(self)
        self.premeds = PremedicationsTableModel(self)
        self.vitals_button = QPushButton("Add &vital signs… (Ctrl+T)")
        self.vitals_button.clicked.connect(self.add_vitals)
        self.reaction_button = QPushButton("Add re&action… (Ctrl+Shift+R)")
        self.reaction_button.clicked.connect(self.add_reaction)
        self.premed_button = QPushButton("Add &premedication… (Ctrl+M)")
        self.premed_button.clicked.connect(self.add_premedication)
        self.vitals_error_button = _in_error_button()
        self.reaction_error_button = _in_error_button()
        self.premed_error_button = _in_error_button()
        self.vitals_error_button.clicked.connect(lambda: self.mark_in_error(EntryKind.VITAL_SIGNS))
        self.reaction_error_button.clicked.connect(
            lambda: self.mark_in_error(EntryKind.ADVERSE_EVENT)
        )
        self.premed_error_button.clicked.connect(
            lambda: self.mark_in_error(EntryKind.PREMEDICATION)
        )
        self.vitals_box, self.vitals_table = _table_box(
            "Vital signs",
            self.vitals,
            (self.vitals_error_button, self.vitals_button),
            (100, 85, 85, 95, 85, 80),
        )
        self.reactions_box, self.reactions_table = _table_box(
            "Reactions",
            self.reactions,
            (self.reaction_error_button, self.reaction_button),
            (100, 150, 100, 110, 90),
        )
        self.premeds_box, self.premeds_table = _table_box(
            "Premedication",
            self.premeds,
            (self.premed_error_button, self.premed_button),
            (100, 150, 120, 100),
        )
        right_layout.addWidget(self.vitals_box, 3)
        right_layout.addWidget(self.reactions_box, 2)
        right_layout.addWidget(self.premeds_box, 3)
        self.checks_box = QGroupBox("Follow-up checks")
        checks_layout = QVBoxLayout(self.checks_box)
        self.checks_label = QLabel()
        self.checks_label.setWordWrap(True)
        checks_layout.addWidget(self.checks_label)
        right_layout.addWidget(self.checks_box)
        self.checks_box.hide()
        end_row = QHBoxLayout()
        end_row.addStretch(1)
        self.end_button = QPushButton("&End infusion… (Ctrl+Shift+E)")
        self.end_button.setProperty("primary", True)
        self.end_button.clicked.connect(self.end_infusion)
        end_row.addWidget(self.end_button)
        right_layout.addLayout(end_row)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 11)
        splitter.setStretchFactor(1, 9)
        splitter.setSizes([720, 600])

        self.rate.returnPressed.connect(self.add_step)
        self.rate_at.returnPressed.connect(self.add_step)
        self.rate.textChanged.connect(self.update_preview)
        self.rate_at.textChanged.connect(self.update_preview)
        QShortcut(QKeySequence("Ctrl+R"), self, self.focus_rate)
        QShortcut(QKeySequence("Ctrl+T"), self, self.add_vitals)
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, self.add_reaction)
        QShortcut(QKeySequence("Ctrl+M"), self, self.add_premedication)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.end_infusion)

        for table in (
            self.steps_table,
            self.vitals_table,
            self.reactions_table,
            self.premeds_table,
        ):
            table.selectionModel().selectionChanged.connect(self.apply_access)
            table.model().modelReset.connect(self.apply_access)
        events.user_signed_in.connect(self.apply_access)

        self.timer = QTimer(self)
        self.timer.setInterval(RELOAD_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            state = bedside_state(self.ctx, self.mrn, self.infusion_id)
        except EXPECTED_ERRORS as error:
            self.message.show_message(f"The infusion could not be loaded. {message_for(error)}")
            return
        self.state = state
        self._show(state)
        self.state_loaded.emit(state)

    def _show(self, state: BedsideState) -> None:
        infusion = state.infusion
        product = state.product
        lots = ", ".join(
            lot.lot + (f" (exp. {lot.expiry.isoformat()})" if lot.expiry else "")
            for lot in infusion.lots
        )
        product_name = (
            f"{product.name} {number(product.concentration_pct)} %"
            if product
            else infusion.product_id
        )
        dose = f"{number(infusion.dose_g)} g"
        if state.dose is not None:
            dose += (
                f" = {state.dose.g_per_kg:.2f} g/kg · {state.dose.volume_ml:.0f} mL"
                f" ({state.dose.ml_per_kg:.1f} mL/kg)"
            )
        now = self.ctx.now()
        if infusion.end is None:
            status = (
                f"<b>Running</b> since {clock(infusion.start)} ({duration(now - infusion.start)})"
            )
        else:
            status = (
                f"<b>Ended</b> {when(infusion.end)} after {duration(infusion.end - infusion.start)}"
            )
        self.summary.setText(
            f"{status} · <b>{product_name}</b>, lot {lots} · <b>{dose}</b> · "
            f"dosing weight {number(infusion.dosing_weight_kg)} kg "
            f"({WEIGHT_BASIS_WORDS[infusion.dosing_weight_basis]}) · "
            f"{infusion.indication.value}, {LABEL_USE_WORDS[infusion.label_use]} · "
            f"started {when(infusion.start)} · {infusion.id}"
        )
        for model in (self.steps, self.vitals, self.reactions, self.premeds):
            model.reference_day = infusion.start.date()
        self.steps.set_rows(state.steps)
        if state.steps:
            self.steps_table.scrollToBottom()
        self.vitals.set_rows(sorted(infusion.vitals, key=lambda v: v.at))
        self.reactions.set_rows(sorted(infusion.events, key=lambda e: e.onset))
        self.premeds.set_rows(sorted(infusion.premedications, key=lambda p: p.at))
        self.vitals_box.setTitle(f"Vital signs ({len(infusion.vitals)})")
        self.reactions_box.setTitle(f"Reactions ({len(infusion.events)})")
        self.premeds_box.setTitle(f"Premedication ({len(infusion.premedications)})")
        self.assessment.show_assessment(state.assessment)
        lines = []
        if state.label is not None:
            lines = [limit.describe() for limit in state.label.limits]
            if state.label.note:
                lines.append(state.label.note)
        self.limits.setText("Label limits for this child: " + "; ".join(lines) if lines else "")
        self.limits.setVisible(bool(lines))
        running = infusion.end is None
        self.end_button.setVisible(running)
        self.preview.setVisible(running)
        if not running:
            self.preview.setText("")
            self.preview_warning.clear_message()
        if state.checks:
            self.checks_box.show()
            self.checks_label.setText(
                "\n".join(
                    f"+{c.offset_h} h: due {when(c.due_at)}"
                    + (f" - done {when(c.done_at)}" if c.done_at else "")
                    for c in state.checks
                )
            )
        else:
            self.checks_box.hide()
        self.apply_access()
        self.update_preview()

    def apply_access(self, *_: object) -> None:
        """What the signed-in user may do here; a button says why when it is disabled."""
        running = self.state is not None and self.state.infusion.end is None
        record = Permission.RECORD_INFUSIONS
        gate(
            self.entry_widget,
            self.ctx,
            record,
            ready=running,
            tooltip="" if running else "The infusion has ended: no more rate steps.",
        )
        for button in (self.vitals_button, self.reaction_button, self.premed_button):
            gate(button, self.ctx, record, ready=self.state is not None)
        gate(self.end_button, self.ctx, record, ready=running)
        for button, table in (
            (self.step_error_button, self.steps_table),
            (self.vitals_error_button, self.vitals_table),
            (self.reaction_error_button, self.reactions_table),
            (self.premed_error_button, self.premeds_table),
        ):
            gate(
                button,
                self.ctx,
                record,
                ready=selected_row(table) is not None,
                tooltip="Select the wrong entry in the table first; nothing is deleted.",
            )

    # -- rate steps ----------------------------------------------------------------------------
    def focus_rate(self) -> None:
        """Ctrl+R: a new step at the current time; type the rate and press Enter."""
        self.rate_at.clear()
        self.rate.setFocus()
        self.rate.selectAll()

    def update_preview(self, *_: object) -> None:
        state = self.state
        self.preview_warning.clear_message()
        if state is None or state.rules is None or state.infusion.end is not None:
            self.preview.setText("")
            return
        text = self.rate.text().strip()
        if not text:
            self.preview.setText(
                "Each step shows mL/h, mL/kg/h and mg/kg/min and is checked against the label."
            )
            return
        try:
            ml_per_h = parse_number_text("step", "ml_per_h", text, PUMP_RATE_ML_H)
            at = parse_moment("step", "at", self.rate_at.text(), now=self.ctx.now())
        except EXPECTED_ERRORS as error:
            self.preview.setText(message_for(error))
            return
        step = check_new_step(state.rules, state.infusion.rate_steps, at=at, ml_per_h=ml_per_h)
        preview = (
            f"{number(ml_per_h, 1)} mL/h = {step.rate.ml_per_kg_h:.2f} mL/kg/h = "
            f"{step.rate.mg_per_kg_min:.2f} mg/kg/min"
        )
        self.preview.setText(preview)
        if step.warning:
            self.preview_warning.show_message(
                f"{step.warning[0].upper()}{step.warning[1:]}. It can still be recorded.",
                "warning",
            )

    def add_step(self) -> bool:
        """Save the typed rate at the typed time (blank = now); a label warning never blocks."""
        if self.state is None:
            return False
        record = f"{infusion_record(self.infusion_id)} rate step"
        try:
            ml_per_h = parse_number_text(record, "ml_per_h", self.rate.text(), PUMP_RATE_ML_H)
            at = parse_moment(record, "at", self.rate_at.text(), now=self.ctx.now())
            infusions.add_rate_step(self.ctx, self.infusion_id, at=at, ml_per_h=ml_per_h)
        except EXPECTED_ERRORS as error:
            self.step_fields.show_error(error)
            return False
        self.step_fields.clear()
        self.rate.clear()
        self.rate_at.clear()
        self.events.infusion_logged.emit(self.infusion_id)
        self.reload()
        state = self.state
        saved = next(
            (s for s in reversed(state.steps) if s.at == at and s.ml_per_h == ml_per_h), None
        )
        if saved is not None and saved.warning:
            self.step_message.show_message(
                f"Recorded {number(ml_per_h, 1)} mL/h at {clock(at)}. {saved.warning}. "
                "Check the pump and the prescription.",
                "warning",
            )
        else:
            self.step_message.show_message(
                f"Recorded {number(ml_per_h, 1)} mL/h at {clock(at)}.", "info"
            )
        self.rate.setFocus()
        return True

    # -- dialogs ---------------------------------------------------------------------------------
    def _refused(self) -> bool:
        """Keyboard shortcuts reach disabled actions too: say why instead of opening a form."""
        why = refusal(self.ctx, Permission.RECORD_INFUSIONS)
        if why is not None:
            self.message.show_message(why)
        return why is not None

    def _open(self, dialog: EntryDialog) -> EntryDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._dialog_saved)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_saved(self, _infusion_id: str) -> None:
        self.reload()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        # Back to this window (with a main window and several bedside windows open, the window
        # system may activate another) and to the rate field: usually the next entry.
        self.window().activateWindow()
        if self.entry_widget.isEnabled():
            self.rate.setFocus()
        else:
            self.vitals_button.setFocus()

    def _busy(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    def add_vitals(self) -> EntryDialog | None:
        if self._busy() or self._refused():
            return None
        return self._open(VitalSignsDialog(self.ctx, self.events, self.infusion_id, parent=self))

    def add_reaction(self) -> EntryDialog | None:
        if self._busy() or self._refused():
            return None
        return self._open(ReactionDialog(self.ctx, self.events, self.infusion_id, parent=self))

    def add_premedication(self) -> EntryDialog | None:
        if self._busy() or self._refused():
            return None
        return self._open(PremedicationDialog(self.ctx, self.events, self.infusion_id, parent=self))

    def end_infusion(self) -> EntryDialog | None:
        if self._busy() or self.state is None or self.state.infusion.end is not None:
            return None
        if self._refused():
            return None
        return self._open(EndInfusionDialog(self.ctx, self.events, self.infusion_id, parent=self))

    # -- entered in error -------------------------------------------------------------------------
    def selected_entry(self, kind: EntryKind) -> tuple[int, str] | None:
        """The id and a description of the selected row of that table."""
        state = self.state
        if state is None:
            return None
        match kind:
            case EntryKind.RATE_STEP:
                row = selected_row(self.steps_table)
                if row is None:
                    return None
                step = _steps_in_table_order(state.infusion.rate_steps)[row]
                return step.id or 0, f"Rate step at {when(step.at)}: {_rate(step)}"
            case EntryKind.VITAL_SIGNS:
                row = selected_row(self.vitals_table)
                if row is None:
                    return None
                vitals = self.vitals.row_at(row)
                return vitals.id or 0, f"Vital signs at {when(vitals.at)}: {_vitals(vitals)}"
            case EntryKind.PREMEDICATION:
                row = selected_row(self.premeds_table)
                if row is None:
                    return None
                premed = self.premeds.row_at(row)
                return premed.id or 0, f"Premedication at {when(premed.at)}: {_premed(premed)}"
            case EntryKind.ADVERSE_EVENT:
                row = selected_row(self.reactions_table)
                if row is None:
                    return None
                event = self.reactions.row_at(row)
                return event.id or 0, f"Reaction at {when(event.onset)}: {_reaction(event)}"
        return None

    def mark_in_error(self, kind: EntryKind) -> ReasonDialog | None:
        """Ask why, then mark the selected entry; it leaves the table but not the history."""
        if self._refused() or (self.reason_dialog is not None and self.reason_dialog.isVisible()):
            return None
        found = self.selected_entry(kind)
        if found is None:
            return None
        key, description = found

        def commit(reason: str) -> None:
            mark_entered_in_error(self.ctx, kind, str(key), reason)

        dialog = ReasonDialog(
            title="Entered in error",
            entry=description,
            action="Mark entered in error",
            commit=commit,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.amended.connect(lambda: self._amended(description))
        dialog.finished.connect(self._reason_closed)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _amended(self, description: str) -> None:
        self.events.entry_amended.emit(self.mrn)
        self.reload()
        self.message.show_message(
            f"Marked entered in error: {description}. It stays in the history (History…).",
            "info",
        )

    def _reason_closed(self, _result: int) -> None:
        self.reason_dialog = None
        self.window().activateWindow()

    def show_flags(self, flags: Sequence[Flag]) -> None:
        """Possible-but-suspicious values found when the infusion was started."""
        if flags:
            self.message.show_message(
                "Started, please check: " + "; ".join(f.message for f in flags), "warning"
            )


def _table_box(
    title: str,
    model: QAbstractItemModel,
    buttons: Sequence[QPushButton],
    widths: tuple[int, ...],
) -> tuple[QGroupBox, QTableView]:
    box = QGroupBox(title)
    box_layout = QVBoxLayout(box)
    table = record_table(model, widths=widths)
    box_layout.addWidget(table, 1)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    box_layout.addLayout(row)
    return box, table


def _in_error_button() -> QPushButton:
    return QPushButton("Entered in error…")


def _steps_in_table_order(steps: Sequence[RateStep]) -> list[RateStep]:
    # The same order as services.rate_check.check_steps, which makes the table's rows.
    return sorted(steps, key=lambda s: (s.at, s.id or 0))


def _rate(step: RateStep) -> str:
    return "pause (0 mL/h)" if step.ml_per_h == 0 else f"{number(step.ml_per_h, 1)} mL/h"


def _vitals(v: VitalSigns) -> str:
    parts = [
        f"temperature {v.temp_c:.1f} °C" if v.temp_c is not None else "",
        f"HR {v.hr}" if v.hr is not None else "",
        f"BP {v.sbp or '-'}/{v.dbp or '-'}" if v.sbp is not None or v.dbp is not None else "",
        f"RR {v.rr}" if v.rr is not None else "",
        f"SpO2 {v.spo2} %" if v.spo2 is not None else "",
    ]
    return ", ".join(p for p in parts if p)


def _premed(p: Premedication) -> str:
    return " ".join(part for part in (p.drug, p.dose, p.route) if part)


def _reaction(e: AdverseEvent) -> str:
    return f"{term_text(e.term)}, grade {e.grade}"
