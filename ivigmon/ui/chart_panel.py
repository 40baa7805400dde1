"""One chart of the report on screen, with a button that saves it as PNG, SVG or PDF (the file
replaced only once complete)."""

from __future__ import annotations

import io
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.export_file import atomic_file
from ivigmon.ui.errors import file_message
from ivigmon.ui.labels import muted_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, run_operation
from ivigmon.ui.report_charts import Chart

FORMATS = {
    ".png": QT_TRANSLATE_NOOP("ChartPanel", "PNG image (*.png)"),
    ".svg": QT_TRANSLATE_NOOP("ChartPanel", "SVG drawing (*.svg)"),
    ".pdf": QT_TRANSLATE_NOOP("ChartPanel", "PDF (*.pdf)"),
}
# A saved PNG is sharper than the screen: print quality at the figure's size.
SAVE_DPI = 150


class ChartPanel(QWidget):
    """Draws its chart when shown (a chart in a hidden tab costs nothing); `save_to` writes
    it."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.figure = Figure(figsize=(9, 4.5), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self.canvas.setObjectName(f"chart-{chart.name}")
        self.last_save: Operation[Path] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.canvas, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save chart…"))
        self.save_button.setToolTip(
            self.tr("Save this chart as a PNG image, an SVG drawing or a PDF")
        )
        self.save_button.clicked.connect(self.ask_and_save)
        row.addWidget(self.save_button)
        self.message = MessageBar()
        row.addWidget(self.message, 1)
        self.saved = muted_label()
        row.addWidget(self.saved, 1)
        layout.addLayout(row)
        self.stale = True  # drawn when first shown

    def draw(self, chart: Chart) -> None:
        """Draw `chart` now when on screen, else the next time it is shown."""
        self.chart = chart
        self.stale = True
        if self.isVisible():
            self._render()

    def _render(self) -> None:
        if self.stale:
            self.stale = False
            self.figure.clear()
            self.chart.draw(self.figure)
            self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._render()
        super().showEvent(event)

    def ask_and_save(self) -> Operation[Path] | None:
        filters = {suffix: self.tr(name) for suffix, name in FORMATS.items()}
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart"),
            str(Path.home() / f"{self.chart.name}.png"),
            ";;".join(filters.values()),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in FORMATS:
            suffix = next((s for s, f in filters.items() if f == chosen), ".png")
            target = target.with_name(target.name + suffix)
        return self.save_to(target)

    def save_to(self, path: Path) -> Operation[Path] | None:
        """Draw the chart into memory here (matplotlib is not for two threads), then write
        the file off the GUI thread: a temporary file beside it, renamed once complete."""
        self.message.clear_message()
        suffix = path.suffix.lower()
        if suffix not in FORMATS:
            self.message.show_message(
                self.tr("{file}: the name must end in {suffixes}; nothing was saved.").format(
                    file=path.name, suffixes=", ".join(FORMATS)
                )
            )
            return None
        self._render()
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format=suffix[1:], dpi=SAVE_DPI)
        data = buffer.getvalue()

        def write() -> Path:
            with atomic_file(path, binary=True) as handle:
                handle.write(data)
            return path

        self.last_save = run_operation(
            self.save_button,
            write,
            on_success=lambda written: self.saved.setText(
                self.tr("Saved {file}").format(file=written)
            ),
            on_failure=lambda error: self.message.show_message(
                self.tr("The chart was not saved. {problem}").format(problem=file_message(error))
            ),
        )
        return self.last_save
