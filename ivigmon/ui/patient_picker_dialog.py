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
from ivigmon.services.patient_list import patient_summaries
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.message_bar import MessageBar
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
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.choose)
        self.table.doubleClicked.connect(self._double_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.table.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.choose)
        self.resize(980, 560)
        self.refresh()
        self.search.setFocus()

    def refresh(self, *_: object) -> None:
        try:
            rows = patient_summaries(self.ctx, self.search.text(), limit=200)
        except EXPECTED_ERRORS as error:
            self.message.show_message(message_for(error))
            return
        self.message.clear_message()
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.ok.setEnabled(bool(rows))

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.choose()

    def choose(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        self.chosen_mrn = self.model.row_at(row).mrn
        self.accept()
