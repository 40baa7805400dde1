"""Choosing the patient for a new infusion: type an MRN or a name, then choose deliberately."""

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
from ivigmon.ui.start_words import START_WORDS
from ivigmon.ui.table_views import record_table, selected_row


class PatientPickerDialog(QDialog):
    """`chosen_mrn` holds the patient once accepted."""

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, search: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen_mrn: str | None = None
        self.setWindowTitle(self.tr("New infusion - choose the patient"))
        layout = QVBoxLayout(self)
        layout.addWidget(subtitle_label(self.tr("New infusion: which patient?")))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("MRN or name"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.model = PatientsTableModel(self)
        self.table = record_table(
            self.model, stretch=PatientColumn.NAME, widths=(90, 200, 70, 120, 110, 150, 200)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(
            muted_label(self.tr("A patient who is not listed is registered under Patients."))
        )
        self.ok = add_dialog_buttons(
            self, layout, self.tr("Start infusion"), self.choose, default=False
        )
        self.loader = PatientListLoader(ctx, self.model, self)
        self.loader.loaded.connect(self._shown)
        self.loader.failed.connect(self.message.show_message)
        self.choose_when_loaded = False  # Enter pressed before the list caught up with the typing
        self.loading = False
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._enter)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Each key acts only where it is pressed: Down in the list moves in the list, and Return
        # in the search box is the search box's (it chooses only a patient the typing names).
        into_list = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self._into_list)
        into_list.setContext(Qt.ShortcutContext.WidgetShortcut)
        choose = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.choose)
        choose.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.resize(980, 560)
        self.search.setText(search)  # the patient on screen: Enter takes them, as typed
        self.refresh()
        self.search.setFocus()

    def refresh(self, *_: object) -> None:
        """Look the typed text up off the GUI thread; the list follows as the answer comes."""
        self.ok.setEnabled(False)
        self.loading = True
        self.loader.load(self.search.text())

    def _shown(self) -> None:
        """Nothing is chosen for the user: a row is selected only when the typing names one."""
        self.loading = False
        self.message.clear_message()
        self.table.clearSelection()
        found = self._named_row()
        if found is not None:
            self.table.selectRow(found)
        self._selection_changed()
        if self.choose_when_loaded:
            self.choose_when_loaded = False
            self._enter()

    def _named_row(self) -> int | None:
        """The row the typed text names: its exact MRN, or the one patient it matches."""
        typed = self.search.text().strip().casefold()
        rows = self.model.rowCount()
        if not typed:
            return None
        for row in range(rows):
            if self.model.row_at(row).mrn.casefold() == typed:
                return row
        return 0 if rows == 1 else None

    def _selection_changed(self, *_: object) -> None:
        self.ok.setEnabled(selected_row(self.table) is not None)

    def _into_list(self) -> None:
        """Down from the search box: into the list, on its first row, to choose with Enter."""
        if self.model.rowCount() and selected_row(self.table) is None:
            self.table.selectRow(0)
        self.table.setFocus()

    def _enter(self) -> None:
        """Enter in the search box chooses only the patient the typing names, never a guess."""
        if self.loading:
            self.choose_when_loaded = True
            return
        found = self._named_row()
        if found is not None:
            self.table.selectRow(found)
            self.choose()
        elif not self.search.text().strip():
            self.message.show_message(
                self.tr("Type the patient's MRN or name first: no patient is chosen for you."),
                "info",
            )
        else:
            matching = self.model.rowCount()
            self.message.show_message(
                START_WORDS.patients_match(matching)
                if matching
                else self.tr("No patient matches what was typed."),
                "info" if matching else "error",
            )

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.choose()

    def choose(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        self.chosen_mrn = self.model.row_at(row).mrn
        self.accept()
