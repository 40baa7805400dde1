"""Choosing the patient for a new infusion: type an MRN or a name, press Enter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ivigmon.services.context import Context
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.patient_list_loader import PatientListLoader
from ivigmon.ui.patients_model import PatientColumn, PatientsTableModel
from ivigmon.ui.table_views import record_table, selected_row


class PatientPickerDialog(QDialog):
    """`chosen_mrn` holds the patient once accepted."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen_mrn: str | None = None
        self.setWindowTitle("New infusion - choose the patient")
        layout = QVBoxLayout(self)
        layout.addWidget(subtitle_label("New infusion: which patient?"))
        self.search = QLineEdit()
        self.search.setPlaceholderText("MRN or name")
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.model = PatientsTableModel(self)
        self.table = record_table(
            self.model, stretch=PatientColumn.NAME, widths=(90, 200, 70, 120, 110, 150, 200)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(muted_label("A patient who is not listed is registered under Patients."))
        self.ok = add_dialog_buttons(self, layout, "Start infusion", self.choose, default=False)
        self.loader = PatientListLoader(ctx, self.model, self)
        self.loader.loaded.connect(self._shown)
        self.loader.failed.connect(self.message.show_message)
        self.choose_when_loaded = False  # Enter pressed before the list caught up with the typing
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._enter)
        self.table.doubleClicked.connect(self._double_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.table.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.choose)
        self.resize(980, 560)
        self.refresh()
        self.search.setFocus()

    def refresh(self, *_: object) -> None:
        """Look the typed text up off the GUI thread; the list follows as the answer comes."""
        self.ok.setEnabled(False)
        self.loader.load(self.search.text())

    def _shown(self) -> None:
        self.message.clear_message()
        rows = self.model.rowCount()
        if rows:
            self.table.selectRow(0)
        self.ok.setEnabled(bool(rows))
        if self.choose_when_loaded:
            self.choose_when_loaded = False
            self.choose()

    def _enter(self) -> None:
        """Enter in the search box chooses the first patient of the list for what was typed."""
        if self.ok.isEnabled():
            self.choose()
        else:
            self.choose_when_loaded = True

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.choose()

    def choose(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        self.chosen_mrn = self.model.row_at(row).mrn
        self.accept()
