"""One patient: facts, BMI and percentile, the assessment with every reason, and the record."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.codes import CheckOutcome
from ivigmon.domain.followup import OPEN_STATUSES
from ivigmon.domain.models import Check
from ivigmon.domain.roles import Permission
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services import amend
from ivigmon.services.audit import patient_record_history
from ivigmon.services.context import Context
from ivigmon.services.patient_overview import PatientOverview, patient_overview
from ivigmon.ui.assessment_panel import AssessmentPanel
from ivigmon.ui.earlier_reactions_box import EarlierReactionsBox
from ivigmon.ui.elided_label import ElidedLabel
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.gates import gate, refusal
from ivigmon.ui.history_dialog import HistoryDialog
from ivigmon.ui.history_models import (
    ChecksTableModel,
    EventColumn,
    EventsTableModel,
    InfusionColumn,
    InfusionsTableModel,
    MeasurementsTableModel,
)
from ivigmon.ui.labels import muted_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.patient_dialog import PatientDialog
from ivigmon.ui.patient_words import (
    age_words,
    bmi_note,
    comorbidity_text,
    diagnosis_text,
    sex_text,
)
from ivigmon.ui.reason_dialog import ReasonDialog
from ivigmon.ui.safety_report_dialog import SafetyReportDialog
from ivigmon.ui.tab_keys import add_tab_keys
from ivigmon.ui.table_views import record_table, selected_row
from ivigmon.ui.wording import CHECK_OUTCOME_WORDS, day, decimal, number, when, words

REOPEN_NOTE = QT_TRANSLATE_NOOP(
    "PatientDetailPage",
    "The check goes back on the worklist as open. Nothing is deleted: what was recorded stays "
    "in the infusion's history with your name, the time and this reason.",
)

FACT_COLUMNS: tuple[tuple[tuple[str, str], ...], ...] = (
    (
        ("sex", QT_TRANSLATE_NOOP("PatientDetailPage", "Sex")),
        ("born", QT_TRANSLATE_NOOP("PatientDetailPage", "Born")),
        ("blood", QT_TRANSLATE_NOOP("PatientDetailPage", "Blood group")),
    ),
    (
        ("diagnoses", QT_TRANSLATE_NOOP("PatientDetailPage", "Diagnoses")),
        ("comorbidities", QT_TRANSLATE_NOOP("PatientDetailPage", "Comorbidities")),
        ("prior", QT_TRANSLATE_NOOP("PatientDetailPage", "IVIG elsewhere")),
    ),
    (
        ("weight", QT_TRANSLATE_NOOP("PatientDetailPage", "Weight")),
        ("height", QT_TRANSLATE_NOOP("PatientDetailPage", "Height")),
        ("bmi", QT_TRANSLATE_NOOP("PatientDetailPage", "BMI")),
    ),
)


class PatientDetailPage(QWidget):
    """Shows one MRN; reloads itself when anything about the patient changes."""

    back_requested = Signal()
    infusion_requested = Signal(str)  # MRN: start a new infusion
    infusion_opened = Signal(str, str)  # MRN, infusion id

    def __init__(self, ctx: Context, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        self.mrn: str | None = None
        self.overview: PatientOverview | None = None
        self.dialog: PatientDialog | None = None
        self.history: HistoryDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.report_dialog: SafetyReportDialog | None = None

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back to patients"))
        self.back_button.clicked.connect(self.back_requested.emit)
        head.addWidget(self.back_button)
        head.addSpacing(12)
        # A long name is shortened in the middle (whole in its tooltip): the buttons beside it
        # keep the window within the ward's screen at large text.
        self.title = ElidedLabel()
        self.title.setProperty("role", "title")
        head.addWidget(self.title, 1)
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.history_button.setToolTip(
            self.tr("Every entry and change of this patient's record, with who made it and when")
        )
        self.history_button.clicked.connect(self.show_history)
        head.addWidget(self.history_button)
        self.edit_button = QPushButton(self.tr("&Edit patient…"))
        self.edit_button.clicked.connect(self.edit_patient)
        self.running_button = QPushButton(self.tr("Open &running infusion"))
        self.running_button.clicked.connect(self._open_running)
        self.running_button.setVisible(False)  # in place of Start while an infusion runs
        self.start_button = QPushButton(self.tr("&Start infusion…"))
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self._start)
        head.addWidget(self.edit_button)
        head.addWidget(self.running_button)
        head.addWidget(self.start_button)
        layout.addLayout(head)
        self.message = MessageBar()
        layout.addWidget(self.message)
        # Before anything else: what happened at earlier infusions (SPEC 9).
        self.reactions = EarlierReactionsBox()
        layout.addWidget(self.reactions)

        facts_box = QGroupBox(self.tr("Patient"))
        facts = QGridLayout(facts_box)
        facts.setHorizontalSpacing(10)
        facts.setVerticalSpacing(3)
        self.fact_labels: dict[str, QLabel] = {}
        for column, group in enumerate(FACT_COLUMNS):
            for row, (key, title) in enumerate(group):
                name = QLabel(self.tr("{title}:").format(title=self.tr(title)))
                name.setProperty("role", "muted")
                name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                value = QLabel()
                value.setWordWrap(True)
                value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fact_labels[key] = value
                facts.addWidget(name, row, column * 2)
                facts.addWidget(value, row, column * 2 + 1)
            facts.setColumnStretch(column * 2 + 1, 1)
        layout.addWidget(facts_box)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        risk_box = QGroupBox(self.tr("Assessment"))
        risk_layout = QVBoxLayout(risk_box)
        self.assessment = AssessmentPanel(self.tr("Patient now"))
        risk_layout.addWidget(self.assessment)
        splitter.addWidget(risk_box)

        self.tabs = QTabWidget()
        self.infusions = InfusionsTableModel(self)
        self.infusions_table = record_table(
            self.infusions,
            stretch=InfusionColumn.PRODUCT,
            widths=(190, 150, 140, 92, 104, 92),
        )
        self.infusions_table.doubleClicked.connect(self._infusion_double_clicked)
        self.events_model = EventsTableModel(self)
        self.events_table = record_table(
            self.events_model, stretch=EventColumn.FOUND, widths=(140, 160, 100, 120, 100, 200)
        )
        self.report_button = QPushButton(self.tr("Safety &report…"))
        self.report_button.setToolTip(
            self.tr(
                "The selected event's safety report (CIOMS I / MedWatch fields) to print or save"
            )
        )
        self.report_button.clicked.connect(self.show_safety_report)
        self.events_table.doubleClicked.connect(self._event_double_clicked)
        events_tab = _tab_with_buttons(
            self.events_table,
            self.tr("Double-click an event for its safety report, to print or save."),
            self.report_button,
        )
        self.checks = ChecksTableModel(self)
        self.checks_table = record_table(self.checks, widths=(140, 60, 110, 180, 90, 200))
        self.reopen_button = QPushButton(self.tr("Re&open check…"))
        self.reopen_button.clicked.connect(self.reopen_selected_check)
        checks_tab = _tab_with_buttons(
            self.checks_table,
            self.tr("A check recorded in error can be reopened; its record stays in the history."),
            self.reopen_button,
        )
        self.measurements = MeasurementsTableModel(self)
        self.measurements_table = record_table(self.measurements, widths=(170, 120, 120))
        self.measurement_error_button = QPushButton(self.tr("Entered in error…"))
        self.measurement_error_button.clicked.connect(self.mark_measurement_in_error)
        measurements_tab = _tab_with_buttons(
            self.measurements_table,
            self.tr("New measurements are added with Edit patient."),
            self.measurement_error_button,
        )
        infusion_tab = QWidget()
        infusion_layout = QVBoxLayout(infusion_tab)
        infusion_layout.addWidget(self.infusions_table, 1)
        open_row = QHBoxLayout()
        self.open_infusion_button = QPushButton(self.tr("Open &infusion"))
        self.open_infusion_button.clicked.connect(self._open_selected_infusion)
        open_row.addWidget(muted_label(self.tr("Double-click to open it at the bedside.")), 1)
        open_row.addWidget(self.open_infusion_button)
        infusion_layout.addLayout(open_row)
        # Each table is named as its tab, for a screen reader.
        for table, title in (
            (self.infusions_table, self.tr("Infusions")),
            (self.events_table, self.tr("Adverse events")),
            (self.checks_table, self.tr("Follow-up checks")),
            (self.measurements_table, self.tr("Measurements")),
        ):
            table.setAccessibleName(title)
        self.tabs.addTab(infusion_tab, self.tr("Infusions"))
        self.tabs.addTab(events_tab, self.tr("Adverse events"))
        self.tabs.addTab(checks_tab, self.tr("Follow-up checks"))
        self.tabs.addTab(measurements_tab, self.tr("Measurements"))
        add_tab_keys(self.tabs, self)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 820])
        layout.addWidget(splitter, 1)
        for table in (self.checks_table, self.measurements_table, self.events_table):
            table.selectionModel().selectionChanged.connect(self.apply_access)
            table.model().modelReset.connect(self.apply_access)
        events.connect_any(self._on_data_changed)
        events.user_signed_in.connect(self.apply_access)
        self.apply_access()

    # -- loading ---------------------------------------------------------------------------
    def show_patient(self, mrn: str) -> None:
        self.mrn = mrn
        self.refresh()

    def _on_data_changed(self, mrn: str = "", *_: object) -> None:
        """Only a change to this patient's record (or to the settings) reloads the page."""
        if mrn and mrn != self.mrn:
            return
        if self.mrn is not None and self.isVisible():
            self.refresh()
        elif self.mrn is not None:
            self.overview = None  # reload when shown again

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self.mrn is not None and self.overview is None:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if self.mrn is None:
            return
        try:
            overview = patient_overview(self.ctx, self.mrn)
        except EXPECTED_ERRORS as error:
            self.message.show_message(
                self.tr("This patient could not be loaded. {why}").format(why=message_for(error))
            )
            return
        self.message.clear_message()
        self.overview = overview
        self.mrn = overview.history.patient.mrn
        self._show(overview)

    def _show(self, overview: PatientOverview) -> None:
        patient = overview.history.patient
        self.title.setText(f"{patient.name} ({patient.mrn})")
        f = self.fact_labels
        f["sex"].setText(sex_text(patient.sex))
        f["born"].setText(
            self.tr("{born} (age {age})").format(
                born=day(patient.birth_date), age=age_words(patient.birth_date, overview.at)
            )
        )
        f["blood"].setText(patient.blood_group or self.tr("not known"))
        diagnoses = [diagnosis_text(d) for d in patient.diagnoses]
        if diagnoses:
            diagnoses[0] = self.tr("{diagnosis} (primary)").format(diagnosis=diagnoses[0])
        f["diagnoses"].setText("; ".join(diagnoses) or "-")
        f["comorbidities"].setText(
            ", ".join(sorted(comorbidity_text(c) for c in patient.comorbidities)) or self.tr("none")
        )
        body = overview.body
        f["weight"].setText(
            self.tr("{kg} kg on {time}").format(
                kg=number(body.weight.weight_kg), time=when(body.weight.at)
            )
            if body.weight
            else self.tr("not measured")
        )
        f["height"].setText(
            self.tr("{cm} cm on {time}").format(
                cm=number(body.height.height_cm, 1), time=when(body.height.at)
            )
            if body.height
            else self.tr("not measured")
        )
        if body.bmi is None:
            bmi_text = "-"
        else:
            bmi_text = f"{decimal(f'{body.bmi:.1f}')} kg/m²"
            if body.bmi_percentile is not None:
                bmi_text = self.tr("{bmi}, {percentile}th percentile for age (CDC)").format(
                    bmi=bmi_text, percentile=f"{body.bmi_percentile:.0f}"
                )
        if body.note:
            bmi_text += f" ({bmi_note(body.note)})"
        f["bmi"].setText(bmi_text)
        f["prior"].setText(
            self.tr("last given {day}").format(day=day(patient.prior_ivig_last_date))
            if patient.prior_ivig_last_date
            else self.tr("none recorded")
        )
        self.reactions.show_reactions(overview.reactions)
        self.assessment.show_assessment(overview.risk.patient)
        self.infusions.set_rows(overview.infusions)
        self.events_model.set_rows(overview.events)
        self.checks.set_rows(overview.checks)
        self.measurements.set_rows(
            sorted(patient.measurements, key=lambda m: (m.at, m.id or 0), reverse=True)
        )
        self.tabs.setTabText(0, self.tr("Infusions ({n})").format(n=len(overview.infusions)))
        self.tabs.setTabText(1, self.tr("Adverse events ({n})").format(n=len(overview.events)))
        open_checks = sum(1 for c in overview.checks if c.status in OPEN_STATUSES)
        self.tabs.setTabText(2, self.tr("Follow-up checks ({n} open)").format(n=open_checks))
        self.tabs.setTabText(3, self.tr("Measurements ({n})").format(n=len(patient.measurements)))
        running = overview.running_infusion_id is not None
        self.running_button.setVisible(running)
        self.start_button.setVisible(not running)
        self.open_infusion_button.setEnabled(bool(overview.infusions))
        self.apply_access()

    def apply_access(self, *_: object) -> None:
        """What the signed-in user may do here; a disabled button says why in its tooltip."""
        loaded = self.overview is not None
        gate(self.edit_button, self.ctx, Permission.RECORD_PATIENTS, ready=loaded)
        gate(self.start_button, self.ctx, Permission.RECORD_INFUSIONS, ready=loaded)
        check = self._selected_check()
        gate(
            self.reopen_button,
            self.ctx,
            Permission.RECORD_CHECKS,
            ready=check is not None and check.is_done,
            tooltip=self.tr("Select a recorded (done) check first."),
        )
        gate(
            self.measurement_error_button,
            self.ctx,
            Permission.RECORD_PATIENTS,
            ready=selected_row(self.measurements_table) is not None,
            tooltip=self.tr("Select the wrong measurement first; nothing is deleted."),
        )
        self.history_button.setEnabled(loaded)
        gate(
            self.report_button,
            self.ctx,
            Permission.VIEW,
            ready=selected_row(self.events_table) is not None,
            tooltip=self.tr("Select an adverse event first."),
        )

    # -- actions ---------------------------------------------------------------------------
    def _start(self) -> None:
        if self.mrn is not None:
            self.infusion_requested.emit(self.mrn)

    def _open_running(self) -> None:
        if self.overview is not None and self.overview.running_infusion_id is not None:
            self.infusion_opened.emit(
                self.overview.history.patient.mrn, self.overview.running_infusion_id
            )

    def _infusion_double_clicked(self, _index: QModelIndex) -> None:
        self._open_selected_infusion()

    def _open_selected_infusion(self) -> None:
        row = selected_row(self.infusions_table)
        if row is not None and self.overview is not None:
            infusion = self.infusions.row_at(row).infusion
            self.infusion_opened.emit(infusion.mrn, infusion.id)

    def edit_patient(self) -> PatientDialog | None:
        if self.overview is None:
            return None
        dialog = PatientDialog(
            self.ctx, self.events, patient=self.overview.history.patient, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.patient_saved.connect(self.show_patient)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    # -- history and amendments --------------------------------------------------------------
    def show_history(self) -> HistoryDialog | None:
        if self.overview is None:
            return None
        patient = self.overview.history.patient
        mrn = patient.mrn
        dialog = HistoryDialog(
            title=self.tr("{name} ({mrn}): patient, measurements and infusions").format(
                name=patient.name, mrn=mrn
            ),
            load=lambda: patient_record_history(self.ctx, mrn),
            several_infusions=True,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._history_closed)
        self.history = dialog
        dialog.open()
        return dialog

    def _history_closed(self, _result: int) -> None:
        self.history = None

    def _event_double_clicked(self, _index: QModelIndex) -> None:
        self.show_safety_report()

    def show_safety_report(self) -> SafetyReportDialog | None:
        """The selected adverse event's safety report, to read, print or save."""
        row = selected_row(self.events_table)
        if row is None or self._refused(Permission.VIEW):
            return None
        event_id = self.events_model.row_at(row).event.id
        if event_id is None:
            return None
        dialog = SafetyReportDialog(self.ctx, event_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._report_closed)
        self.report_dialog = dialog
        dialog.open()
        return dialog

    def _report_closed(self, _result: int) -> None:
        self.report_dialog = None

    def _selected_check(self) -> Check | None:
        row = selected_row(self.checks_table)
        return self.checks.row_at(row).check if row is not None else None

    def reopen_selected_check(self) -> ReasonDialog | None:
        check = self._selected_check()
        if check is None or not check.is_done or self._refused(Permission.RECORD_CHECKS):
            return None
        outcome = words(CHECK_OUTCOME_WORDS[check.outcome]) if check.outcome else "-"
        note = self.tr(REOPEN_NOTE)
        if check.outcome is CheckOutcome.SYMPTOMS:
            note += " " + self.tr(
                "Symptoms reported at this check stay recorded as reactions of the "
                "infusion; a nurse marks a wrong one in error in its bedside window."
            )
        infusion_id, offset_h = check.infusion_id, check.offset_h

        def commit(reason: str) -> None:
            amend.reopen_check(self.ctx, infusion_id, offset_h, reason)

        return self._ask_reason(
            ReasonDialog(
                title=self.tr("Reopen a recorded check"),
                entry=self.tr(
                    "Check +{hours} h of infusion {infusion}, recorded {time} by {user}: {outcome}"
                ).format(
                    hours=offset_h,
                    infusion=infusion_id,
                    time=when(check.done_at),
                    user=check.done_by or "-",
                    outcome=outcome,
                ),
                action=self.tr("Reopen check"),
                commit=commit,
                note=note,
                parent=self,
            ),
            self.tr("Reopened the +{hours} h check of infusion {infusion}.").format(
                hours=offset_h, infusion=infusion_id
            ),
        )

    def mark_measurement_in_error(self) -> ReasonDialog | None:
        row = selected_row(self.measurements_table)
        if row is None or self._refused(Permission.RECORD_PATIENTS):
            return None
        measurement = self.measurements.row_at(row)
        key = str(measurement.id or 0)
        parts = [
            number(measurement.weight_kg, unit="kg") if measurement.weight_kg else "",
            number(measurement.height_cm, 1, "cm") if measurement.height_cm else "",
        ]
        description = self.tr("Measurement of {time}: {values}").format(
            time=when(measurement.at), values=", ".join(p for p in parts if p)
        )

        def commit(reason: str) -> None:
            amend.mark_entered_in_error(self.ctx, amend.EntryKind.MEASUREMENT, key, reason)

        return self._ask_reason(
            ReasonDialog(
                title=self.tr("Entered in error"),
                entry=description,
                action=self.tr("Mark entered in error"),
                commit=commit,
                parent=self,
            ),
            self.tr("Marked entered in error: {entry}.").format(entry=description),
        )

    def _refused(self, permission: Permission) -> bool:
        why = refusal(self.ctx, permission)
        if why is not None:
            self.message.show_message(why)
        return why is not None

    def _ask_reason(self, dialog: ReasonDialog, done: str) -> ReasonDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.amended.connect(lambda: self._amended(done))
        dialog.finished.connect(self._reason_closed)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _amended(self, done: str) -> None:
        if self.mrn is not None:
            self.events.entry_amended.emit(self.mrn)
        self.refresh()
        self.message.show_message(done, "info")

    def _reason_closed(self, _result: int) -> None:
        self.reason_dialog = None


def _tab_with_buttons(table: QWidget, hint: str, *buttons: QPushButton) -> QWidget:
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.addWidget(table, 1)
    row = QHBoxLayout()
    # The hint takes the room left beside the buttons and wraps when large text needs it.
    row.addWidget(muted_label(hint), 1)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)
    return tab
