"""The follow-up worklist: open checks with status and risk, a side panel, check recording."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.codes import CheckStatus
from ivigmon.domain.models import RiskAssessment
from ivigmon.domain.rate_check import NO_LIMITS
from ivigmon.domain.roles import Permission
from ivigmon.services import alerts, worklist
from ivigmon.services.alerts import AlertRow
from ivigmon.services.context import Context
from ivigmon.services.worklist import WorklistRow
from ivigmon.ui.alerts_model import AlertColumn, AlertsTableModel
from ivigmon.ui.assessment_panel import AssessmentPanel
from ivigmon.ui.check_dialog import CheckDialog
from ivigmon.ui.errors import message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.gates import gate, refusal
from ivigmon.ui.labels import muted_label, subtitle_label, title_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import run_read
from ivigmon.ui.reason_dialog import ReasonDialog
from ivigmon.ui.reason_words import reason_text
from ivigmon.ui.table_views import record_table, selected_row
from ivigmon.ui.wording import ALERT_SEVERITY_WORDS, STATUS_WORDS, relative_due, when, words
from ivigmon.ui.worklist_model import WorklistColumn, WorklistTableModel

REFRESH_MS = 60_000


class WorklistPage(QWidget):
    """Refreshes itself every minute and whenever data changes anywhere in the app."""

    counts_changed = Signal(int, int, int)  # overdue, due, upcoming
    alerts_changed = Signal(object)  # list[AlertRow]: the open alerts
    patient_requested = Signal(str)  # MRN
    handover_requested = Signal()  # Print handover: the main window prepares the sheet

    def __init__(self, ctx: Context, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        self.dialog: CheckDialog | None = None
        self.review_dialog: ReasonDialog | None = None
        self.refreshed_at: datetime | None = None

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(title_label(self.tr("Follow-up checks")))
        head.addSpacing(16)
        self.summary = QLabel()
        self.summary.setProperty("role", "subtitle")
        # Large text: the counts take two lines rather than widen the page past the screen.
        self.summary.setWordWrap(True)
        head.addWidget(self.summary, 1)
        self.as_of = muted_label()
        head.addWidget(self.as_of)
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        head.addWidget(self.refresh_button)
        self.handover_button = QPushButton(self.tr("Print ha&ndover… (Ctrl+P)"))
        self.handover_button.clicked.connect(self.handover_requested.emit)
        head.addWidget(self.handover_button)
        layout.addLayout(head)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Open checks after each infusion: overdue first, then due now, then "
                    "upcoming. Select a row to see why its risk is raised; press Enter to record "
                    "the check."
                )
            )
        )
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.saved_line = QLabel()
        self.saved_line.setObjectName("savedLine")
        self.saved_line.hide()
        layout.addWidget(self.saved_line)

        # -- open alerts, above the checks (SPEC 10.3) -----------------------------------------
        self.alerts_box = QGroupBox(self.tr("Open alerts"))
        alerts_layout = QVBoxLayout(self.alerts_box)
        self.alerts = AlertsTableModel(self)
        # Severity, time, MRN and kind take their words' width, never cut short; the reason
        # has the rest (the line below the table and the tooltip hold it whole).
        self.alerts_table = record_table(
            self.alerts,
            stretch=AlertColumn.REASON,
            fit=(AlertColumn.SEVERITY, AlertColumn.AT, AlertColumn.MRN, AlertColumn.KIND),
        )
        self.alerts_table.setObjectName("alertsTable")
        self.alerts_table.setMaximumHeight(150)
        self.alerts_table.doubleClicked.connect(lambda _index: self.review_selected())
        self.alerts_table.selectionModel().selectionChanged.connect(self._show_selected)
        alerts_layout.addWidget(self.alerts_table)
        alert_buttons = QHBoxLayout()
        self.alert_reason = QLabel()
        self.alert_reason.setWordWrap(True)
        alert_buttons.addWidget(self.alert_reason, 1)
        self.review_button = QPushButton(self.tr("Review a&lert…"))
        self.review_button.clicked.connect(self.review_selected)
        alert_buttons.addWidget(self.review_button)
        alerts_layout.addLayout(alert_buttons)
        layout.addWidget(self.alerts_box)

        self.model = WorklistTableModel(self)
        self.table = record_table(
            self.model,
            # The patient's name, status, time and risk take their words' width in every
            # language, never cut; the product has the rest (the side panel names it whole).
            stretch=WorklistColumn.INFUSION,
            widths=(112, 140, 60, 140, 70, 165, 108),
            fit=(
                WorklistColumn.STATUS,
                WorklistColumn.DUE,
                WorklistColumn.PATIENT,
                WorklistColumn.MRN,
                WorklistColumn.RISK,
            ),
        )
        self.table.setAccessibleName(self.tr("Follow-up checks"))
        self.table.setObjectName("worklistTable")
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.model.modelReset.connect(self._show_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.record_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self.record_selected)

        self.side = QGroupBox(self.tr("Selected check"))
        side_layout = QVBoxLayout(self.side)
        self.side_patient = subtitle_label("")
        self.side_patient.setWordWrap(True)
        side_layout.addWidget(self.side_patient)
        self.side_check = QLabel()
        self.side_check.setWordWrap(True)
        side_layout.addWidget(self.side_check)
        self.assessment = AssessmentPanel(self.tr("Infusion risk"))
        side_layout.addWidget(self.assessment, 1)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("&Record check…"))
        self.record_button.setProperty("primary", True)
        self.record_button.clicked.connect(self.record_selected)
        self.open_patient_button = QPushButton(self.tr("&Open patient"))
        self.open_patient_button.clicked.connect(self._open_patient)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.open_patient_button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 330])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        events.connect_any(self._on_data_changed)
        events.user_signed_in.connect(self._show_selected)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------
    def _on_data_changed(self, *_: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Reload the open checks off the GUI thread; the selected check stays selected when it
        is still open."""
        run_read(
            self,
            lambda: (
                worklist.worklist(self.ctx),
                _product_names(self.ctx),
                alerts.open_alerts(self.ctx),
            ),
            on_success=self._show_rows,
            on_failure=lambda error: self.message.show_message(
                self.tr("The worklist could not be loaded. {why}").format(why=message_for(error))
            ),
        )

    def _show_rows(self, loaded: tuple[list[WorklistRow], dict[str, str], list[AlertRow]]) -> None:
        rows, names, open_alerts = loaded
        self._show_alerts(open_alerts)
        keep = self._current()
        self.message.clear_message()
        self.model.product_names = names
        self.model.set_rows(rows)
        self.refreshed_at = self.ctx.now()
        self.as_of.setText(self.tr("as of {time}").format(time=f"{self.refreshed_at:%H:%M}"))
        counts = Counter(r.status for r in rows)
        overdue = counts[CheckStatus.OVERDUE]
        due = counts[CheckStatus.DUE]
        upcoming = counts[CheckStatus.UPCOMING]
        self.summary.setText(
            " · ".join(
                (
                    self.tr("%n check(s) overdue", "", overdue),
                    self.tr("%n due now", "", due),
                    self.tr("%n upcoming", "", upcoming),
                )
            )
        )
        self.counts_changed.emit(overdue, due, upcoming)
        if rows:
            index = 0
            if keep is not None:
                index = next(
                    (
                        n
                        for n, r in enumerate(rows)
                        if (r.infusion_id, r.offset_h) == (keep.infusion_id, keep.offset_h)
                    ),
                    0,
                )
            self.table.selectRow(index)
        self._show_selected()

    def _show_alerts(self, open_alerts: list[AlertRow]) -> None:
        keep = self._current_alert()
        self.alerts.set_rows(open_alerts)
        urgent = sum(1 for a in open_alerts if a.severity.value == "urgent")
        self.alerts_box.setTitle(
            self.tr("Open alerts ({count}, {urgent})").format(
                count=len(open_alerts), urgent=self.tr("%n urgent", "", urgent)
            )
            if open_alerts
            else self.tr("Open alerts")
        )
        self.alerts_box.setVisible(bool(open_alerts))
        if open_alerts:
            index = next(
                (n for n, a in enumerate(open_alerts) if keep is not None and a.key == keep.key), 0
            )
            self.alerts_table.selectRow(index)
        self.alerts_changed.emit(open_alerts)

    def _current_alert(self) -> AlertRow | None:
        row = selected_row(self.alerts_table)
        return self.alerts.row_at(row) if row is not None else None

    def _current(self) -> WorklistRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def _show_selected(self, *_: object) -> None:
        alert = self._current_alert()
        gate(self.review_button, self.ctx, Permission.RECORD_CHECKS, ready=alert is not None)
        self.alert_reason.setText(
            self.tr("{severity} {mrn}, infusion {id}: {reason}").format(
                severity=words(ALERT_SEVERITY_WORDS[alert.severity]),
                mrn=alert.mrn,
                id=alert.infusion_id,
                reason=reason_text(alert),
            )
            if alert is not None
            else ""
        )
        row = self._current()
        has_row = row is not None
        gate(self.record_button, self.ctx, Permission.RECORD_CHECKS, ready=has_row)
        self.open_patient_button.setEnabled(has_row)
        if row is None:
            self.side_patient.setText(
                self.tr("No open follow-up checks") if not self.model.rows() else ""
            )
            self.side_check.setText("")
            self.assessment.show_assessment(None)
            return
        now = self.refreshed_at or self.ctx.now()
        product = self.model.product_names.get(row.product_id, row.product_id)
        self.side_patient.setText(f"{row.patient_name} ({row.mrn})")
        self.side_check.setText(
            self.tr(
                "Check +{offset} h, due {due} ({relative}) - {status}\n"
                "Infusion {id}: {product}, ended {ended}"
            ).format(
                offset=row.offset_h,
                due=when(row.due_at),
                relative=relative_due(row.due_at, now),
                status=words(STATUS_WORDS[row.status]),
                id=row.infusion_id,
                product=product,
                ended=when(row.infusion_end),
            )
        )
        self.assessment.show_assessment(
            RiskAssessment(
                level=row.risk_level,
                factors=row.risk_factors,
                # The panel is short: of the notes it shows the one a reader must not miss,
                # that the product has no rate limits and its steps were checked against the
                # ward ceiling only (otherwise no RAPID_RATE reads as within the label).
                notes=tuple(note for note in row.risk_notes if NO_LIMITS in note),
                subject="infusion",
            )
        )

    # -- actions ---------------------------------------------------------------------------
    def _on_double_click(self, _index: QModelIndex) -> None:
        self.record_selected()

    def record_selected(self) -> CheckDialog | None:
        """Open the check dialog for the selected row (the row leaves the list once saved)."""
        row = self._current()
        if row is None:
            return None
        why = refusal(self.ctx, Permission.RECORD_CHECKS)
        if why is not None:
            self.message.show_message(why)
            return None
        dialog = CheckDialog(
            self.ctx,
            self.events,
            row,
            product_name=self.model.product_names.get(row.product_id, ""),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        dialog.saved_summary.connect(self._check_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _check_saved(self, summary: str) -> None:
        """What was saved, in the line under the list until the next save (nothing to close)."""
        self.saved_line.setText(summary)
        self.saved_line.show()

    def review_selected(self) -> ReasonDialog | None:
        """Ask what was done for the selected alert; the review is saved off the GUI thread."""
        alert = self._current_alert()
        open_already = self.review_dialog is not None and self.review_dialog.isVisible()
        if alert is None or open_already:
            return None
        why = refusal(self.ctx, Permission.RECORD_CHECKS)
        if why is not None:
            self.message.show_message(why)
            return None
        key, mrn = alert.key, alert.mrn

        def commit(note: str) -> None:
            alerts.review_alert(self.ctx, key, note)

        dialog = ReasonDialog(
            title=self.tr("Review an alert"),
            entry=self.tr("{severity} since {time} - {mrn}, infusion {id}: {reason}").format(
                severity=words(ALERT_SEVERITY_WORDS[alert.severity]),
                time=when(alert.at),
                mrn=mrn,
                id=alert.infusion_id,
                reason=reason_text(alert),
            ),
            action=self.tr("Save review"),
            commit=commit,
            note=self.tr(
                "The alert leaves the list once reviewed. Nothing is deleted: the review is kept"
                " with your name, the time and this note."
            ),
            question=self.tr("&What was done?"),
            placeholder=self.tr("e.g. child seen, observations repeated, doctor informed"),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.amended.connect(lambda: self.events.alert_reviewed.emit(mrn))
        dialog.finished.connect(self._review_closed)
        self.review_dialog = dialog
        dialog.open()
        return dialog

    def _review_closed(self, _result: int) -> None:
        self.review_dialog = None
        self.alerts_table.setFocus()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        self.table.setFocus()

    def _open_patient(self) -> None:
        row = self._current()
        if row is not None:
            self.patient_requested.emit(row.mrn)


def _product_names(ctx: Context) -> dict[str, str]:
    return {p.id: p.name for p in ctx.products().values()}
