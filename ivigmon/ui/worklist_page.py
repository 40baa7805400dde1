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
from ivigmon.domain.roles import Permission
from ivigmon.services import worklist
from ivigmon.services.context import Context
from ivigmon.services.worklist import WorklistRow
from ivigmon.ui.assessment_panel import AssessmentPanel
from ivigmon.ui.check_dialog import CheckDialog
from ivigmon.ui.errors import message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.gates import gate, refusal
from ivigmon.ui.labels import muted_label, subtitle_label, title_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import run_read
from ivigmon.ui.table_views import record_table, selected_row
from ivigmon.ui.wording import STATUS_WORDS, relative_due, when
from ivigmon.ui.worklist_model import WorklistColumn, WorklistTableModel

REFRESH_MS = 60_000


class WorklistPage(QWidget):
    """Refreshes itself every minute and whenever data changes anywhere in the app."""

    counts_changed = Signal(int, int, int)  # overdue, due, upcoming
    patient_requested = Signal(str)  # MRN

    def __init__(self, ctx: Context, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        self.dialog: CheckDialog | None = None
        self.refreshed_at: datetime | None = None

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(title_label("Follow-up checks"))
        head.addSpacing(16)
        self.summary = QLabel()
        self.summary.setProperty("role", "subtitle")
        head.addWidget(self.summary)
        head.addStretch(1)
        self.as_of = muted_label()
        head.addWidget(self.as_of)
        self.refresh_button = QPushButton("Refresh (F5)")
        self.refresh_button.clicked.connect(self.refresh)
        head.addWidget(self.refresh_button)
        layout.addLayout(head)
        layout.addWidget(
            muted_label(
                "Open checks after each infusion: overdue first, then due now, then upcoming. "
                "Select a row to see why its risk is raised; press Enter to record the check."
            )
        )
        self.message = MessageBar()
        layout.addWidget(self.message)

        self.model = WorklistTableModel(self)
        self.table = record_table(
            self.model,
            stretch=WorklistColumn.PATIENT,
            widths=(112, 140, 60, 140, 70, 165, 108),
            fit=(WorklistColumn.MRN,),
        )
        self.table.setObjectName("worklistTable")
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.model.modelReset.connect(self._show_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.record_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self.record_selected)

        self.side = QGroupBox("Selected check")
        side_layout = QVBoxLayout(self.side)
        self.side_patient = subtitle_label("")
        self.side_patient.setWordWrap(True)
        side_layout.addWidget(self.side_patient)
        self.side_check = QLabel()
        self.side_check.setWordWrap(True)
        side_layout.addWidget(self.side_check)
        self.assessment = AssessmentPanel("Infusion risk")
        side_layout.addWidget(self.assessment, 1)
        buttons = QHBoxLayout()
        self.record_button = QPushButton("&Record check…")
        self.record_button.setProperty("primary", True)
        self.record_button.clicked.connect(self.record_selected)
        self.open_patient_button = QPushButton("Open &patient")
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
            lambda: (worklist.worklist(self.ctx), _product_names(self.ctx)),
            on_success=self._show_rows,
            on_failure=lambda error: self.message.show_message(
                f"The worklist could not be loaded. {message_for(error)}"
            ),
        )

    def _show_rows(self, loaded: tuple[list[WorklistRow], dict[str, str]]) -> None:
        rows, names = loaded
        keep = self._current()
        self.message.clear_message()
        self.model.product_names = names
        self.model.set_rows(rows)
        self.refreshed_at = self.ctx.now()
        self.as_of.setText(f"as of {self.refreshed_at:%H:%M}")
        counts = Counter(r.status for r in rows)
        overdue = counts[CheckStatus.OVERDUE]
        due = counts[CheckStatus.DUE]
        upcoming = counts[CheckStatus.UPCOMING]
        self.summary.setText(f"{overdue} overdue · {due} due now · {upcoming} upcoming")
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

    def _current(self) -> WorklistRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def _show_selected(self, *_: object) -> None:
        row = self._current()
        has_row = row is not None
        gate(self.record_button, self.ctx, Permission.RECORD_CHECKS, ready=has_row)
        self.open_patient_button.setEnabled(has_row)
        if row is None:
            self.side_patient.setText("No open follow-up checks" if not self.model.rows() else "")
            self.side_check.setText("")
            self.assessment.show_assessment(None)
            return
        now = self.refreshed_at or self.ctx.now()
        product = self.model.product_names.get(row.product_id, row.product_id)
        self.side_patient.setText(f"{row.patient_name} ({row.mrn})")
        self.side_check.setText(
            f"Check +{row.offset_h} h, due {when(row.due_at)} ({relative_due(row.due_at, now)})"
            f" - {STATUS_WORDS[row.status]}\n"
            f"Infusion {row.infusion_id}: {product}, ended {when(row.infusion_end)}"
        )
        self.assessment.show_assessment(
            RiskAssessment(level=row.risk_level, factors=row.risk_factors, subject="infusion")
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
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        self.table.setFocus()

    def _open_patient(self) -> None:
        row = self._current()
        if row is not None:
            self.patient_requested.emit(row.mrn)


def _product_names(ctx: Context) -> dict[str, str]:
    return {p.id: p.name for p in ctx.products().values()}
