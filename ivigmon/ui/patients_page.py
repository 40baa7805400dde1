"""The patient list: search by MRN or name as you type, register, edit, open, start an infusion."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.models import Patient
from ivigmon.domain.roles import Permission
from ivigmon.services.context import Context
from ivigmon.services.history import load_history
from ivigmon.services.patient_list import PatientSummary
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.gates import gate
from ivigmon.ui.labels import muted_label, title_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.patient_dialog import PatientDialog
from ivigmon.ui.patient_list_loader import PatientListLoader
from ivigmon.ui.patients_model import PatientColumn, PatientsTableModel
from ivigmon.ui.record_counts import COUNTS
from ivigmon.ui.table_views import record_table, selected_row

SEARCH_DELAY_MS = 150


class PatientsPage(QWidget):
    """Emits `patient_opened` and `infusion_requested` with the MRN; edits in a dialog."""

    patient_opened = Signal(str)
    infusion_requested = Signal(str)

    def __init__(self, ctx: Context, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        self.dialog: PatientDialog | None = None
        self.stale = False
        self.open_single = False  # Enter in the search box: open the one patient found

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(title_label(self.tr("Patients")))
        head.addStretch(1)
        self.register_button = QPushButton(self.tr("&Register patient…"))
        self.register_button.clicked.connect(self.register_patient)
        head.addWidget(self.register_button)
        layout.addLayout(head)

        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("F&ind (Ctrl+F)"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("MRN or name - the list follows as you type"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        self.count = muted_label()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        layout.addLayout(search_row)
        self.message = MessageBar()
        layout.addWidget(self.message)

        self.model = PatientsTableModel(self)
        self.table = record_table(
            self.model,
            stretch=PatientColumn.NAME,
            widths=(90, 220, 80, 100, 160, 170, 250),
            fit=(PatientColumn.MRN,),
        )
        self.table.setAccessibleName(self.tr("Patients"))
        self.table.setObjectName("patientsTable")
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self.open_selected)
        layout.addWidget(self.table, 1)
        self.search.returnPressed.connect(self._search_entered)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.table.setFocus)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open patient"))
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.start_button = QPushButton(self.tr("&Start infusion…"))
        self.start_button.clicked.connect(self._start_selected)
        for button in (self.open_button, self.edit_button, self.start_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(lambda: self.refresh())
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.loader = PatientListLoader(ctx, self.model, self)
        self.loader.loaded.connect(self._first_page_shown)
        self.loader.counted.connect(lambda n: self.count.setText(count_text(n)))
        self.loader.failed.connect(self.message.show_message)
        self.keep: str | None = None  # the MRN to select again when the list is reloaded
        # A change to one patient's record re-reads their row; a new or edited patient (whose
        # place in the list may move), new settings or a change elsewhere reload the list.
        events.patient_saved.connect(self._reload)
        for changed in (events.infusion_logged, events.infusion_ended, events.check_recorded):
            changed.connect(self.loader.update)
        events.entry_amended.connect(self.loader.update)
        events.settings_changed.connect(self._reload)
        events.changed_elsewhere.connect(self._reload)
        events.user_signed_in.connect(self._update_buttons)
        self.refresh()

    def _reload(self, mrn: str = "") -> None:
        if self.isVisible():
            self.refresh(select=mrn or None)
        else:
            self.stale = True  # reloaded when the page is shown again

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self, select: str | None = None) -> None:
        """Reload the list off the GUI thread, keeping the selected patient selected (or
        selecting `select`) when they are on the first page."""
        self.stale = False
        current = self.current()
        self.keep = select or (current.mrn if current is not None else None)
        self.loader.load(self.search.text())

    def _first_page_shown(self) -> None:
        self.message.clear_message()
        if self.model.rowCount():
            index = 0
            if self.keep is not None:
                rows = self.model.rows()
                index = next((n for n, r in enumerate(rows) if r.mrn == self.keep), 0)
            self.table.selectRow(index)
        self._update_buttons()
        if self.open_single:
            self.open_single = False
            if self.model.rowCount() == 1 and not self.model.has_more():
                self.open_selected()
            else:
                self.table.setFocus()

    def current(self) -> PatientSummary | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def _update_buttons(self, *_: object) -> None:
        """Row buttons need a selection; the recording ones also the user's role."""
        selected = self.current() is not None
        self.open_button.setEnabled(selected)
        gate(self.register_button, self.ctx, Permission.RECORD_PATIENTS)
        gate(self.edit_button, self.ctx, Permission.RECORD_PATIENTS, ready=selected)
        gate(self.start_button, self.ctx, Permission.RECORD_INFUSIONS, ready=selected)

    def _search_entered(self) -> None:
        """Enter in the search box: the one patient found opens; otherwise go to the list."""
        self.search_timer.stop()
        self.open_single = True
        self.refresh()

    def _on_double_click(self, _index: QModelIndex) -> None:
        self.open_selected()

    def open_selected(self) -> None:
        row = self.current()
        if row is not None:
            self.patient_opened.emit(row.mrn)

    def _start_selected(self) -> None:
        row = self.current()
        if row is not None:
            self.infusion_requested.emit(row.mrn)

    def register_patient(self) -> PatientDialog:
        return self._open_dialog(None)

    def edit_selected(self) -> PatientDialog | None:
        row = self.current()
        if row is None:
            return None
        try:
            patient = load_history(self.ctx, row.mrn).patient
        except EXPECTED_ERRORS as error:
            self.message.show_message(message_for(error))
            return None
        return self._open_dialog(patient)

    def _open_dialog(self, patient: Patient | None) -> PatientDialog:
        dialog = PatientDialog(self.ctx, self.events, patient=patient, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        self.table.setFocus()


def count_text(matching: int) -> str:
    """`70 patients`: every one of them can be scrolled to (the list loads as it scrolls)."""
    return COUNTS.patients(matching)
