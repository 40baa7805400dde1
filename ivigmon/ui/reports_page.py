"""The Reports page: the cohort report's tables and charts for a date range and a primary
diagnosis, made off the GUI thread when the page is first shown or the choice changes, and
exported as Excel, CSV or Markdown (the file replaced only once complete)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.validation import ValidationError
from ivigmon.services.context import Context
from ivigmon.services.errors import NotPermitted, StorageError
from ivigmon.services.report import CohortReport, ReportRequest, cohort_report
from ivigmon.ui.errors import file_message, validation_message
from ivigmon.ui.events import DataEvents
from ivigmon.ui.labels import muted_label, title_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, run_operation, run_read
from ivigmon.ui.report_filter import ReportFilter
from ivigmon.ui.report_format import grid_of, note_words
from ivigmon.ui.report_table_view import ReportTableView
from ivigmon.ui.wording import day, decimal, when

if TYPE_CHECKING:  # matplotlib comes with the charts, once there is something to draw
    from ivigmon.ui.chart_panel import ChartPanel

# Export formats: the suffix, its button and the file dialog's filter.
EXPORTS = {
    ".xlsx": (
        QT_TRANSLATE_NOOP("ReportsPage", "Export E&xcel…"),
        QT_TRANSLATE_NOOP("ReportsPage", "Excel workbook (*.xlsx)"),
    ),
    ".csv": (
        QT_TRANSLATE_NOOP("ReportsPage", "Export &CSV…"),
        QT_TRANSLATE_NOOP("ReportsPage", "CSV, the tables one under another (*.csv)"),
    ),
    ".md": (
        QT_TRANSLATE_NOOP("ReportsPage", "Export &Markdown…"),
        QT_TRANSLATE_NOOP("ReportsPage", "Markdown (*.md)"),
    ),
}
# The rate tables, offered one at a time: (table name, what its rows are).
RATE_TABLES = (
    ("reactions_by_product", QT_TRANSLATE_NOOP("ReportsPage", "product")),
    ("reactions_by_lot", QT_TRANSLATE_NOOP("ReportsPage", "lot")),
    ("reactions_by_premedication", QT_TRANSLATE_NOOP("ReportsPage", "premedication")),
    ("reactions_by_risk_level", QT_TRANSLATE_NOOP("ReportsPage", "risk level of the infusion")),
    ("reactions_by_risk_factor", QT_TRANSLATE_NOOP("ReportsPage", "risk factor")),
    ("infusions_by_month", QT_TRANSLATE_NOOP("ReportsPage", "month of the start")),
)
# What the filter's fields are called on screen, for a refusal that names the service's option.
FIELD_WORDS = {
    "--from": QT_TRANSLATE_NOOP("ReportsPage", "Started from"),
    "--to": QT_TRANSLATE_NOOP("ReportsPage", "to"),
    "--diagnosis": QT_TRANSLATE_NOOP("ReportsPage", "Primary diagnosis"),
}
COMPUTING = QT_TRANSLATE_NOOP(
    "ReportsPage", "Computing the report… the page stays usable meanwhile."
)
CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "ReportsPage", "Entries were saved since this report was made: press Update to count them."
)


class ReportsPage(QWidget):
    """Computes the first time it is shown, then when the choice changes or Update is pressed
    (never at start-up: a national report reads a hundred thousand patients' figures)."""

    def __init__(
        self, ctx: Context, events: DataEvents | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: CohortReport | None = None
        self.asked: ReportRequest | None = None  # under way, or shown
        self.started = 0.0
        self.seconds: float | None = None  # how long the last report took to arrive
        self.last_read: Operation[CohortReport] | None = None
        self.last_export: Operation[Path] | None = None
        self.charts: list[ChartPanel] = []
        self.charts_loaded = False
        self.charts_asked = False
        self.chart_loader = QObject(self)  # the owner of the read that imports matplotlib

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(title_label(self.tr("Cohort report")))
        head.addStretch(1)
        self.update_button = QPushButton(self.tr("&Update"))
        self.update_button.setToolTip(self.tr("Count again, with the entries saved since"))
        self.update_button.clicked.connect(self.compute)
        head.addWidget(self.update_button)
        self.export_buttons: dict[str, QPushButton] = {}
        for suffix, (text, _filter) in EXPORTS.items():
            button = QPushButton(_tr(text))
            button.clicked.connect(lambda _c=False, s=suffix: self.ask_export(s))
            head.addWidget(button)
            self.export_buttons[suffix] = button
        layout.addLayout(head)

        self.filter = ReportFilter(ctx.now().date())
        self.filter.changed.connect(self._filter_changed)
        layout.addWidget(self.filter)

        status = QHBoxLayout()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # moving: no fraction is known
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy_label = QLabel(_tr(COMPUTING))
        status.addWidget(self.busy)
        status.addWidget(self.busy_label)
        status.addStretch(1)
        layout.addLayout(status)
        # The time it was made and the notes on a row of their own, the notes wrapping: while
        # a report is being made the progress row above takes its room, and at large text
        # neither is cut.
        made_row = QHBoxLayout()
        self.made = muted_label()
        self.made.setWordWrap(False)
        made_row.addWidget(self.made)
        self.notes = muted_label()
        self.notes.setWordWrap(True)
        made_row.addWidget(self.notes, 1)
        layout.addLayout(made_row)
        self.message = MessageBar()
        layout.addWidget(self.message)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.views: dict[str, ReportTableView] = {}
        self.tabs.addTab(self._view("patients"), self.tr("Table I: patients"))
        self.tabs.addTab(self._view("treatment"), self.tr("Table II: treatment"))
        self.tabs.addTab(self._view("outcomes"), self.tr("Table II: outcomes"))
        self.tabs.addTab(self._rates_tab(), self.tr("Reaction rates"))
        self.tabs.addTab(self._view("published"), self.tr("Beside published figures"))
        self.tabs.addTab(self._follow_up_tab(), self.tr("Follow-up and alerts"))
        self.chart_tabs = QTabWidget()
        self.charts_tab = self._charts_tab()
        self.tabs.addTab(self.charts_tab, self.tr("Charts"))
        layout.addWidget(self.tabs, 1)
        self._set_busy(False)
        if events is not None:
            events.connect_any(self._data_changed)

    # -- building ----------------------------------------------------------------------------
    def _view(self, name: str) -> ReportTableView:
        view = ReportTableView()
        view.setObjectName(f"report-{name}")
        self.views[name] = view
        return view

    def _rates_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("Reactions per 100 infusions &by"))
        self.rate_choice = QComboBox()
        for name, words in RATE_TABLES:
            self.rate_choice.addItem(_tr(words), name)
        label.setBuddy(self.rate_choice)
        self.rate_choice.currentIndexChanged.connect(lambda _i: self._show_rates())
        row.addWidget(label)
        row.addWidget(self.rate_choice)
        row.addStretch(1)
        layout.addLayout(row)
        self.rates = ReportTableView()
        self.rates.setObjectName("report-rates")
        layout.addWidget(self.rates, 1)
        return tab

    def _follow_up_tab(self) -> QWidget:
        """The follow-up figures whole on the left; the alerts and the months on the right."""
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._view("alerts"))
        right.addWidget(self._view("follow_up_by_month"))
        whole = QSplitter(Qt.Orientation.Horizontal)
        whole.addWidget(self._view("follow_up"))
        whole.addWidget(right)
        whole.setStretchFactor(0, 2)
        whole.setStretchFactor(1, 3)
        return whole

    def _charts_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        self.charts_waiting = muted_label(self.tr("The charts are drawn once the report is ready."))
        layout.addWidget(self.charts_waiting)
        layout.addWidget(self.chart_tabs, 1)
        return tab

    # -- computing ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.asked is None:
            self.compute()

    def _filter_changed(self) -> None:
        if self.filter.problem() is not None or self.filter.request() != self.asked:
            self.compute()

    def compute(self) -> Operation[CohortReport] | None:
        """Make the report of the choice on screen, off the GUI thread; the one shown stays
        (greyed) until the new one arrives."""
        problem = self.filter.problem()
        if problem is not None:
            self.message.show_message(problem)
            return None
        self.message.clear_message()
        request = self.filter.request()
        self.asked = request
        self.started = time.monotonic()
        self._set_busy(True)
        self.last_read = run_read(
            self,
            lambda: cohort_report(self.ctx, request),
            on_success=self._show_report,
            on_failure=self._failed,
        )
        return self.last_read

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.tabs.setEnabled(not busy and self.report is not None)
        self.update_button.setEnabled(not busy)
        for button in self.export_buttons.values():
            button.setEnabled(not busy and self.report is not None)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.asked = self.report.request if self.report is not None else None
        self.message.show_message(
            self.tr("The report could not be made. {why}").format(why=read_problem(error))
        )

    def _show_report(self, report: CohortReport) -> None:
        self.seconds = time.monotonic() - self.started
        self.report = report
        self._set_busy(False)
        self.made.setText(self.tr("made {time}").format(time=when(report.made_at)))
        self.made.setToolTip(
            self.tr("computed in {seconds} s").format(seconds=decimal(f"{self.seconds:.1f}"))
        )
        notes = [scope_words(report.request), *(note_words(n) for n in report.notes[1:])]
        self.notes.setText("; ".join(notes))
        for table in report.tables:
            view = self.views.get(table.name)
            if view is not None:
                view.show_grid(grid_of(table))
        self._show_rates()
        if not self.charts_asked:
            # matplotlib is imported off the GUI thread once the tables are on screen (not
            # beside the report, which would wait for it).
            self.charts_asked = True
            run_read(
                self.chart_loader,
                _load_charts,
                on_success=lambda _none: self._charts_ready(),
                on_failure=lambda error: self.charts_waiting.setText(
                    self.tr("The charts could not be drawn: {why}").format(why=error)
                ),
            )
        self._draw_charts()

    def _show_rates(self) -> None:
        if self.report is not None:
            name = str(self.rate_choice.currentData())
            self.rates.show_grid(grid_of(self.report.table(name)))

    def _data_changed(self, *_: object) -> None:
        if self.report is not None and self.busy.isHidden():
            self.message.show_message(_tr(CHANGED_SINCE), "info")

    # -- charts ------------------------------------------------------------------------------
    def _charts_ready(self) -> None:
        self.charts_loaded = True
        self._draw_charts()

    def _draw_charts(self) -> None:
        """Each chart is drawn when it is on screen (drawing all four costs the page nothing
        until the Charts tab is opened)."""
        if self.report is None or not self.charts_loaded:
            return
        from ivigmon.ui.chart_panel import ChartPanel
        from ivigmon.ui.report_charts import charts_of

        charts = charts_of(self.report)
        if not self.charts:
            for chart in charts:
                panel = ChartPanel(chart)
                self.charts.append(panel)
                self.chart_tabs.addTab(panel, chart.title)
            self.charts_waiting.hide()
        else:
            for panel, chart in zip(self.charts, charts, strict=True):
                panel.draw(chart)

    # -- exporting ---------------------------------------------------------------------------
    def ask_export(self, suffix: str) -> Operation[Path] | None:
        if self.report is None:
            return None
        _text, kind = EXPORTS[suffix]
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the report"),
            str(Path.home() / default_name(self.report, suffix)),
            _tr(kind),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        return self.export_to(target)

    def export_to(self, path: Path) -> Operation[Path] | None:
        """Write the report on screen to `path` (.xlsx, .csv or .md) off the GUI thread."""
        report = self.report
        if report is None:
            return None
        self.message.clear_message()

        def write() -> Path:
            from ivigmon.services.report.files import write_report

            return write_report(report, path)

        self.last_export = run_operation(
            self,
            write,
            on_success=lambda written: self.message.show_message(
                self.tr("Report exported to {file}").format(file=written), "info"
            ),
            on_failure=lambda error: self.message.show_message(
                self.tr("The report was not exported. {why}").format(why=file_message(error))
            ),
        )
        return self.last_export


def _load_charts() -> None:
    """Import the charts (and matplotlib with them) on a reading thread."""
    import ivigmon.ui.chart_panel  # noqa: F401


def default_name(report: CohortReport, suffix: str) -> str:
    """`cohort-report-2026-03-10-KD-from-2026-01-01.xlsx`."""
    request = report.request
    parts = ["cohort-report", report.made_at.date().isoformat()]
    if request.diagnosis:
        parts.append(request.diagnosis)
    if request.first_day:
        parts.append(f"from-{request.first_day.isoformat()}")
    if request.last_day:
        parts.append(f"to-{request.last_day.isoformat()}")
    return "-".join(parts) + suffix


def _tr(text: str) -> str:
    """A text marked QT_TRANSLATE_NOOP("ReportsPage", ...) above, translated."""
    return QCoreApplication.translate("ReportsPage", text)


def scope_words(request: ReportRequest) -> str:
    """Which infusions the report counts, in the words of the screens (the service's note says
    the same in English for the command line and the files)."""
    if request.first_day or request.last_day:
        first = day(request.first_day) if request.first_day else ""
        last = day(request.last_day) if request.last_day else ""
        first = first or QCoreApplication.translate("ReportsPage", "the first")
        last = last or QCoreApplication.translate("ReportsPage", "the last")
        if request.diagnosis:
            text = QCoreApplication.translate(
                "ReportsPage",
                "infusions started from {first} to {last} (local dates, both included) of patients"
                " whose primary diagnosis is {diagnosis}; entered-in-error records left out",
            )
        else:
            text = QCoreApplication.translate(
                "ReportsPage",
                "infusions started from {first} to {last} (local dates, both included);"
                " entered-in-error records left out",
            )
        return text.format(first=first, last=last, diagnosis=request.diagnosis)
    if request.diagnosis:
        return QCoreApplication.translate(
            "ReportsPage",
            "every infusion of patients whose primary diagnosis is {diagnosis};"
            " entered-in-error records left out",
        ).format(diagnosis=request.diagnosis)
    return QCoreApplication.translate(
        "ReportsPage", "every infusion; entered-in-error records left out"
    )


def read_problem(error: Exception) -> str:
    """Why the report could not be read, in the page's words."""
    if isinstance(error, NotPermitted):
        return QCoreApplication.translate("ReportsPage", "Not allowed: {why}.").format(
            why=error.problem
        )
    if isinstance(error, ValidationError):
        return validation_message(error, {k: _tr(v) for k, v in FIELD_WORDS.items()})
    if isinstance(error, StorageError):
        return QCoreApplication.translate(
            "ReportsPage", "The database could not be read ({why}). Press Update to try again."
        ).format(why=error)
    return str(error)
