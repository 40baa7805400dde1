"""The patient list read a page at a time off the GUI thread, and kept current row by row."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ivigmon.services.context import Context
from ivigmon.services.patient_list import PatientList, PatientSummary, patient_list, patient_rows
from ivigmon.ui.errors import message_for
from ivigmon.ui.operations import run_read
from ivigmon.ui.patients_model import PatientsTableModel


class PatientListLoader(QObject):
    """Fills a patients model with those matching a search: the first page at once, the next
    as the table is scrolled to the end of those loaded; a change to one patient re-reads only
    that patient's row. However many patients, nothing is cut off and nothing waits."""

    loaded = Signal()  # a search's first page is shown
    counted = Signal(int)  # how many patients match the search
    failed = Signal(str)  # what could not be read, for the page's message bar

    def __init__(self, ctx: Context, model: PatientsTableModel, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.search = ""
        self.matching = 0
        self._generation = 0  # a new search makes the pages still on their way stale
        # Each kind of read has its own owner: only the newest read of each is shown.
        self._pages = QObject(self)
        self._updates = QObject(self)
        self._waiting: set[str] = set()  # MRNs whose rows are being read again
        model.fetcher = self._fetch_next

    def load(self, search: str) -> None:
        """Show the first page of the patients matching `search`."""
        self.search = search
        self._generation += 1
        generation = self._generation
        run_read(
            self,
            lambda: patient_list(self.ctx, search),
            on_success=lambda page: self._show_first(generation, page),
            on_failure=lambda error: self.failed.emit(
                self.tr("The patient list could not be loaded. {why}").format(
                    why=message_for(error)
                )
            ),
        )

    def update(self, mrn: str, *_: object) -> None:
        """Read this patient's row again, if it is loaded (their record changed)."""
        if not any(row.mrn == mrn for row in self.model.rows()):
            return
        self._waiting.add(mrn)
        asked = frozenset(self._waiting)
        search = self.search
        generation = self._generation
        run_read(
            self._updates,
            lambda: patient_rows(self.ctx, asked, search),
            on_success=lambda rows: self._show_updates(generation, asked, rows),
            on_failure=lambda error: self.failed.emit(
                self.tr("A changed patient could not be shown. {why}").format(
                    why=message_for(error)
                )
            ),
        )

    def _show_first(self, generation: int, page: PatientList) -> None:
        if generation != self._generation:
            return
        self._waiting.clear()
        self.matching = page.matching or 0
        self.model.set_rows(page.rows, more=page.more)
        self.counted.emit(self.matching)
        self.loaded.emit()

    def _fetch_next(self) -> None:
        last = self.model.row_at(self.model.rowCount() - 1).mrn if self.model.rowCount() else None
        search = self.search
        generation = self._generation
        run_read(
            self._pages,
            lambda: patient_list(self.ctx, search, after=last),
            on_success=lambda page: self._show_next(generation, page),
            on_failure=self._fetch_failed,
        )

    def _show_next(self, generation: int, page: PatientList) -> None:
        if generation == self._generation:
            self.model.append_rows(page.rows, more=page.more)

    def _fetch_failed(self, error: Exception) -> None:
        self.model.fetch_failed()
        self.failed.emit(
            self.tr("More patients could not be loaded. {why}").format(why=message_for(error))
        )

    def _show_updates(
        self, generation: int, asked: frozenset[str], rows: list[PatientSummary]
    ) -> None:
        self._waiting -= asked
        if generation != self._generation:
            return
        fresh = {row.mrn: row for row in rows}
        # From the end, so that removing a row does not move those still to be looked at.
        for index in reversed(range(self.model.rowCount())):
            mrn = self.model.row_at(index).mrn
            if mrn not in asked:
                continue
            if mrn in fresh:
                self.model.replace_row(index, fresh[mrn])
            else:  # entered in error, or no longer matching the search
                self.model.remove_row(index)
                self.matching -= 1
                self.counted.emit(self.matching)
