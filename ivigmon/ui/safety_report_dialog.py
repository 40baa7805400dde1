"""One adverse event's safety report: read on screen, then printed or saved as PDF or CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.safety_report import SafetyReport
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.validation import ValidationError
from ivigmon.services.context import Context
from ivigmon.services.errors import StorageError
from ivigmon.services.safety_report import safety_report, write_csv
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.safety_report_print import preview_report, report_html, screen_wording, write_pdf

FILTERS = {
    ".pdf": QT_TRANSLATE_NOOP("SafetyReportDialog", "PDF document (*.pdf)"),
    ".csv": QT_TRANSLATE_NOOP("SafetyReportDialog", "CSV file, field and value (*.csv)"),
}


class SafetyReportDialog(QDialog):
    """Made from the record when opened; nothing in the database changes here."""

    def __init__(self, ctx: Context, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self.report: SafetyReport | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.setWindowTitle(self.tr("Safety report - adverse event {id}").format(id=event_id))
        self.resize(760, 720)
        layout = QVBoxLayout(self)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.csv_button.clicked.connect(lambda: self.save(".csv"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.csv_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        try:
            report = safety_report(self.ctx, self.event_id, screen_wording())
        except EXPECTED_ERRORS as error:
            self.report = None
            self.message.show_message(
                self.tr("The report could not be made. {why}").format(why=message_for(error))
            )
        else:
            self.report = report
            self.view.setHtml(report_html(report))
        for button in (self.print_button, self.pdf_button, self.csv_button):
            button.setEnabled(self.report is not None)

    def print_preview(self) -> QPrintPreviewDialog | None:
        if self.report is None:
            return None
        self.preview = preview_report(self, self.report)
        return self.preview

    def ask_path(self, suffix: str) -> Path | None:
        """Where to save (None: the user cancelled)."""
        suggested = str(Path.home() / f"adverse-event-{self.event_id}{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the safety report"), suggested, self.tr(FILTERS[suffix])
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def save(self, suffix: str) -> Path | None:
        """The report as a PDF or CSV file; says where it went, or why it did not."""
        if self.report is None:
            return None
        path = self.ask_path(suffix)
        if path is None:
            return None
        try:
            if suffix == ".pdf":
                write_pdf(self.report, path)
            else:
                write_csv(self.report, path)
        except (OSError, ValidationError, StorageError) as error:
            why = error.strerror if isinstance(error, OSError) and error.strerror else error
            self.message.show_message(self.tr("The report was not saved: {why}").format(why=why))
            return None
        self.message.show_message(self.tr("Saved: {file}").format(file=path), "info")
        return path
