"""A started infusion at the bedside: lays out its boxes, reloads them, opens the entry forms."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.models import RateStep
from ivigmon.domain.roles import Permission
from ivigmon.domain.validation import Flag
from ivigmon.services.amend import EntryKind, mark_entered_in_error
from ivigmon.services.bedside import BedsideState, bedside_state
from ivigmon.services.context import Context
from ivigmon.services.plan_sheet import plan_sheet
from ivigmon.ui.assessment_panel import AssessmentPanel
from ivigmon.ui.bedside_summary import alerts_text, summary_text
from ivigmon.ui.end_infusion_dialog import EndInfusionDialog
from ivigmon.ui.entries_box import EntriesBox
from ivigmon.ui.entry_descriptions import premedication_entry, reaction_entry, vitals_entry
from ivigmon.ui.entry_dialog import EntryDialog
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.gates import gate, refusal
from ivigmon.ui.infusion_models import (
    PremedicationsTableModel,
    ReactionsTableModel,
    VitalsTableModel,
)
from ivigmon.ui.labels import figures_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation
from ivigmon.ui.plan_print import preview_plan
from ivigmon.ui.premedication_dialog import PremedicationDialog
from ivigmon.ui.rate_plan_view import next_step_text, plan_lines
from ivigmon.ui.rate_steps_box import RateStepsBox
from ivigmon.ui.reaction_dialog import ReactionDialog
from ivigmon.ui.reason_dialog import ReasonDialog
from ivigmon.ui.scrolling import scrolling
from ivigmon.ui.vitals_dialog import VitalSignsDialog
from ivigmon.ui.wording import (
    INFUSION_IN_ERROR_BUTTON,
    INFUSION_IN_ERROR_TIP,
    ended_progress_text,
    running_progress_text,
    when,
    words,
)

RELOAD_MS = 60_000


class InfusionRunPage(QWidget):
    """Reloads the infusion from the database after every entry, so it shows what is stored."""

    state_loaded = Signal(object)  # BedsideState
    infusion_voided = Signal(str)  # a description, once the whole infusion is marked in error

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
        # The head's lines close together: the room goes to the steps and vital signs on a
        # 768-pixel screen, where a long alert and a step's warning left not a pixel to spare.
        layout.setSpacing(4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # Volume given and left, the expected end; once ended, given against prescribed.
        self.progress = figures_label()
        self.progress.setObjectName("bedsideProgress")
        layout.addWidget(self.progress)
        # The rate plan's next step (SPEC 11.4); its tooltip holds the whole plan.
        self.next_step = figures_label()
        self.next_step.setObjectName("bedsideNextStep")
        layout.addWidget(self.next_step)
        self.message = MessageBar()
        layout.addWidget(self.message)
        # This infusion's open alerts, until a nurse reviews them on the worklist (SPEC 10.3).
        self.alerts = MessageBar()
        self.alerts.setObjectName("bedsideAlerts")
        # The ward's protocol text is shown as typed, never read as markup.
        self.alerts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.alerts)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        # Scrolled up and down when large text needs more room than the screen has; the end
        # row below stays in sight.
        layout.addWidget(scrolling(splitter, follow_focus=True), 1)

        # -- left: rate steps and the infusion assessment -------------------------------------
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.rate_steps = RateStepsBox(
            ctx, events, infusion_id=infusion_id, mrn=mrn, reload=self.reload
        )
        left_layout.addWidget(self.rate_steps, 3)
        # Once ended: the checks it scheduled, under its steps (the right column holds three
        # boxes already; with an alert above, a fourth ran past a 768-pixel screen).
        self.checks_box = QGroupBox(self.tr("Follow-up checks"))
        checks_layout = QVBoxLayout(self.checks_box)
        self.checks_label = QLabel()
        self.checks_label.setWordWrap(True)
        checks_layout.addWidget(self.checks_label)
        left_layout.addWidget(self.checks_box)
        self.checks_box.hide()
        risk_box = QGroupBox(self.tr("Infusion risk"))
        risk_layout = QVBoxLayout(risk_box)
        # The window's head shows the level: here the reasons alone, to keep the room for steps.
        self.assessment = AssessmentPanel(self.tr("Infusion risk"), heading=False)
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
        self.vitals_box = EntriesBox(
            ctx,
            title=self.tr("Vital signs"),
            model=self.vitals,
            add_text=self.tr("Add &vital signs… (Ctrl+T)"),
            widths=(100, 85, 85, 95, 85, 80),
            describe=vitals_entry,
        )
        self.reactions_box = EntriesBox(
            ctx,
            title=self.tr("Reactions"),
            model=self.reactions,
            add_text=self.tr("Add re&action… (Ctrl+Shift+R)"),
            widths=(100, 150, 100, 110, 90),
            describe=reaction_entry,
        )
        self.premeds_box = EntriesBox(
            ctx,
            title=self.tr("Premedication"),
            model=self.premeds,
            add_text=self.tr("Add &premedication… (Ctrl+M)"),
            widths=(100, 150, 120, 100),
            describe=premedication_entry,
        )
        right_layout.addWidget(self.vitals_box, 3)
        right_layout.addWidget(self.reactions_box, 2)
        right_layout.addWidget(self.premeds_box, 3)
        end_row = QHBoxLayout()
        self.infusion_error_button = QPushButton(words(INFUSION_IN_ERROR_BUTTON))
        self.infusion_error_button.clicked.connect(self.mark_infusion_in_error)
        end_row.addWidget(self.infusion_error_button)
        # Printing the plan takes no line of its own: the bedside has none to spare at 768 px.
        self.print_button = QPushButton(self.tr("Print the plan… (Ctrl+P)"))
        self.print_button.setToolTip(
            self.tr("A page with the patient, the dose and the plan's steps")
        )
        self.print_button.clicked.connect(self.print_plan)
        end_row.addWidget(self.print_button)
        self.print_preview: QPrintPreviewDialog | None = None
        end_row.addStretch(1)
        self.end_button = QPushButton(self.tr("&End infusion… (Ctrl+Shift+E)"))
        self.end_button.setProperty("primary", True)
        self.end_button.clicked.connect(self.end_infusion)
        end_row.addWidget(self.end_button)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 11)
        splitter.setStretchFactor(1, 9)
        splitter.setSizes([720, 600])
        # Under both columns: its three buttons would widen the right one past 1366 pixels at
        # large text.
        layout.addLayout(end_row)

        # The parts keep the names they had on this page before it was split.
        self.steps = self.rate_steps.steps
        self.steps_table = self.rate_steps.steps_table
        self.step_error_button = self.rate_steps.step_error_button
        self.entry_widget = self.rate_steps.entry_widget
        self.rate = self.rate_steps.rate
        self.rate_at = self.rate_steps.rate_at
        self.add_step_button = self.rate_steps.add_step_button
        self.preview = self.rate_steps.preview
        self.preview_warning = self.rate_steps.preview_warning
        self.limits = self.rate_steps.limits
        self.step_message = self.rate_steps.step_message
        self.step_fields = self.rate_steps.step_fields
        self.vitals_table = self.vitals_box.table
        self.reactions_table = self.reactions_box.table
        self.premeds_table = self.premeds_box.table
        self.vitals_button = self.vitals_box.add_button
        self.reaction_button = self.reactions_box.add_button
        self.premed_button = self.premeds_box.add_button
        self.vitals_error_button = self.vitals_box.error_button
        self.reaction_error_button = self.reactions_box.error_button
        self.premed_error_button = self.premeds_box.error_button
        self.entry_boxes: dict[EntryKind, RateStepsBox | EntriesBox[Any]] = {
            EntryKind.RATE_STEP: self.rate_steps,
            EntryKind.VITAL_SIGNS: self.vitals_box,
            EntryKind.ADVERSE_EVENT: self.reactions_box,
            EntryKind.PREMEDICATION: self.premeds_box,
        }

        self.step_error_button.clicked.connect(lambda: self.mark_in_error(EntryKind.RATE_STEP))
        self.vitals_error_button.clicked.connect(lambda: self.mark_in_error(EntryKind.VITAL_SIGNS))
        self.reaction_error_button.clicked.connect(
            lambda: self.mark_in_error(EntryKind.ADVERSE_EVENT)
        )
        self.premed_error_button.clicked.connect(
            lambda: self.mark_in_error(EntryKind.PREMEDICATION)
        )
        self.vitals_button.clicked.connect(self.add_vitals)
        self.reaction_button.clicked.connect(self.add_reaction)
        self.premed_button.clicked.connect(self.add_premedication)
        QShortcut(QKeySequence("Ctrl+R"), self, self.focus_rate)
        QShortcut(QKeySequence("Ctrl+T"), self, self.add_vitals)
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, self.add_reaction)
        QShortcut(QKeySequence("Ctrl+M"), self, self.add_premedication)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.end_infusion)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_plan)

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
            self.message.show_message(
                self.tr("The infusion could not be loaded. {problem}").format(
                    problem=message_for(error)
                )
            )
            return
        self.state = state
        self._show(state)
        self.state_loaded.emit(state)

    def _show(self, state: BedsideState) -> None:
        infusion = state.infusion
        self.summary.setText(summary_text(state, self.ctx.now()))
        progress = state.progress
        if progress is None:
            self.progress.setText("")
        elif infusion.end is None:
            self.progress.setText(running_progress_text(progress))
        else:
            self.progress.setText(ended_progress_text(progress))
        self.progress.setVisible(progress is not None)
        self.next_step.setText(next_step_text(state.next_step, self.ctx.now()))
        self.next_step.setToolTip(plan_lines(state.plan) if state.plan is not None else "")
        self.next_step.setVisible(state.next_step is not None)
        self.print_button.setVisible(state.plan is not None)
        if state.alerts:
            self.alerts.show_message(alerts_text(state), "warning")
        else:
            self.alerts.clear_message()
        day = infusion.start.date()
        self.rate_steps.show_state(state)
        self.vitals_box.show_rows(sorted(infusion.vitals, key=lambda v: v.at), day=day)
        self.reactions_box.show_rows(sorted(infusion.events, key=lambda e: e.onset), day=day)
        self.premeds_box.show_rows(sorted(infusion.premedications, key=lambda p: p.at), day=day)
        self.assessment.show_assessment(state.assessment)
        self.end_button.setVisible(infusion.end is None)
        if state.checks:
            self.checks_box.show()
            self.checks_label.setText(
                "\n".join(
                    (
                        self.tr("+{offset} h: due {due} - done {done}")
                        if c.done_at
                        else self.tr("+{offset} h: due {due}")
                    ).format(offset=c.offset_h, due=when(c.due_at), done=when(c.done_at))
                    for c in state.checks
                )
            )
        else:
            self.checks_box.hide()
        self.apply_access()

    def print_plan(self) -> QPrintPreviewDialog | None:
        """The infusion's plan on paper, with the patient and the weight's basis."""
        state = self.state
        if state is None or state.plan is None:
            return None
        infusion = state.infusion
        sheet = plan_sheet(
            self.ctx,
            state.plan,
            basis=infusion.dosing_weight_basis,
            indication=infusion.indication,
            patient=state.history.patient,
        )
        self.print_preview = preview_plan(self, sheet)
        return self.print_preview

    def apply_access(self, *_: object) -> None:
        """What the signed-in user may do here; a button says why when it is disabled."""
        running = self.state is not None and self.state.infusion.end is None
        self.rate_steps.apply_access()
        for box in (self.vitals_box, self.reactions_box, self.premeds_box):
            box.apply_access(ready=self.state is not None)
        gate(self.end_button, self.ctx, Permission.RECORD_INFUSIONS, ready=running)
        gate(
            self.infusion_error_button,
            self.ctx,
            Permission.RECORD_INFUSIONS,
            ready=self.state is not None,
            tooltip=words(INFUSION_IN_ERROR_TIP),
        )

    # -- rate steps ----------------------------------------------------------------------------
    def focus_rate(self) -> None:
        """Ctrl+R: a new step at the current time; type the rate and press Enter."""
        self.rate_steps.focus_rate()

    def update_preview(self, *_: object) -> None:
        self.rate_steps.update_preview()

    def add_step(self) -> Operation[RateStep] | None:
        """Save the typed rate at the typed time (blank = now); a label warning never blocks."""
        return self.rate_steps.add_step()

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
        state = self.state
        return self._open(
            VitalSignsDialog(
                self.ctx,
                self.events,
                self.infusion_id,
                mrn=self.mrn,
                patient=state.history.patient if state else None,
                infusion=state.infusion if state else None,
                parent=self,
            )
        )

    def add_reaction(self) -> EntryDialog | None:
        if self._busy() or self._refused():
            return None
        return self._open(
            ReactionDialog(self.ctx, self.events, self.infusion_id, mrn=self.mrn, parent=self)
        )

    def add_premedication(self) -> EntryDialog | None:
        if self._busy() or self._refused():
            return None
        return self._open(
            PremedicationDialog(self.ctx, self.events, self.infusion_id, mrn=self.mrn, parent=self)
        )

    def end_infusion(self) -> EntryDialog | None:
        if self._busy() or self.state is None or self.state.infusion.end is not None:
            return None
        if self._refused():
            return None
        return self._open(
            EndInfusionDialog(
                self.ctx,
                self.events,
                self.infusion_id,
                mrn=self.mrn,
                state=self.state,
                parent=self,
            )
        )

    # -- entered in error -------------------------------------------------------------------------
    def selected_entry(self, kind: EntryKind) -> tuple[int, str] | None:
        """The id and a description of the selected row of that table."""
        box = self.entry_boxes.get(kind)
        if self.state is None or box is None:
            return None
        return box.selected_entry()

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
            title=self.tr("Entered in error"),
            entry=description,
            action=self.tr("Mark entered in error"),
            commit=commit,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.amended.connect(lambda: self._amended(description))
        dialog.finished.connect(self._reason_closed)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def infusion_description(self) -> str:
        """The infusion as the reason dialog names it: patient, product and start."""
        if self.state is None:
            return self.tr("infusion {id}").format(id=self.infusion_id)
        infusion, patient = self.state.infusion, self.state.history.patient
        product = self.state.product.name if self.state.product else infusion.product_id
        return self.tr("infusion of {product} for {patient} ({mrn}), started {start}").format(
            product=product, patient=patient.name, mrn=patient.mrn, start=when(infusion.start)
        )

    def mark_infusion_in_error(self) -> ReasonDialog | None:
        """The whole infusion, with a reason; it stays in the history with who and when."""
        if self._refused() or self.state is None or self._busy():
            return None
        if self.reason_dialog is not None and self.reason_dialog.isVisible():
            return None
        description = self.infusion_description()
        infusion_id = self.infusion_id

        def commit(reason: str) -> None:
            mark_entered_in_error(self.ctx, EntryKind.INFUSION, infusion_id, reason)

        dialog = ReasonDialog(
            title=self.tr("Infusion entered in error"),
            entry=description,
            action=self.tr("Mark infusion entered in error"),
            commit=commit,
            placeholder=self.tr("e.g. started in the wrong patient's chart"),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.amended.connect(lambda: self._infusion_voided(description))
        dialog.finished.connect(self._reason_closed)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _infusion_voided(self, description: str) -> None:
        self.timer.stop()
        self.events.entry_amended.emit(self.mrn)
        self.infusion_voided.emit(description)

    def _amended(self, description: str) -> None:
        self.events.entry_amended.emit(self.mrn)
        self.reload()
        self.message.show_message(
            self.tr("Marked entered in error: {entry}. It stays in the history (History…).").format(
                entry=description
            ),
            "info",
        )

    def _reason_closed(self, _result: int) -> None:
        self.reason_dialog = None
        self.window().activateWindow()

    def show_flags(self, flags: Sequence[Flag]) -> None:
        """Possible-but-suspicious values found when the infusion was started."""
        if flags:
            self.message.show_message(
                self.tr("Started, please check: {warnings}").format(
                    warnings="; ".join(f.message for f in flags)
                ),
                "warning",
            )
