"""Renders every main screen to a 1366x768 PNG, offscreen, so anyone can see the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ivigmon.services import infusions
from ivigmon.services.context import Context
from ivigmon.services.history import load_histories
from ivigmon.services.patient_list import patient_summaries
from ivigmon.ui.events import DataEvents
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.main_window import WINDOW_SIZE, MainWindow


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    _settle()
    widget.grab().save(str(path), "PNG")
    return path


def _with_dialog(window: QWidget, dialog: QDialog, path: Path) -> Path:
    """The window dimmed, with the dialog centred on it, as a user would see it."""
    _settle()
    canvas = window.grab()
    painter = QPainter(canvas)
    painter.fillRect(QRect(QPoint(0, 0), window.size()), QColor(20, 30, 40, 90))
    shot = dialog.grab()
    x = max(0, (window.width() - shot.width()) // 2)
    y = max(0, (window.height() - shot.height()) // 2)
    painter.drawPixmap(x, y, shot)
    painter.setPen(QColor("#6b7785"))
    painter.drawRect(x - 1, y - 1, shot.width() + 1, shot.height() + 1)
    painter.end()
    canvas.save(str(path), "PNG")
    return path


def render_all(ctx: Context, out_dir: Path) -> list[Path]:
    """One PNG per main screen; the database should hold a ward (for example the demo)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    events = DataEvents()
    window = MainWindow(ctx, events)
    window.resize(*WINDOW_SIZE)
    window.show()
    written: list[Path] = []

    window.show_page(0)
    if window.worklist.model.rowCount() > 0:
        rows = window.worklist.model.rows()
        pick = max(range(len(rows)), key=lambda n: (len(rows[n].risk_factors), -n))
        window.worklist.table.selectRow(pick)
    written.append(_save(window, out_dir / "01_worklist.png"))

    window.show_page(1)
    written.append(_save(window, out_dir / "02_patients.png"))

    summaries = patient_summaries(ctx)
    histories = load_histories(ctx)
    if histories:
        # A patient with a full record: several infusions, reactions and done checks.
        best = max(
            histories.values(),
            key=lambda h: (
                all(i.end is not None for i in h.infusions),
                min(len(h.infusions), 4) + sum(len(i.events) for i in h.infusions),
                sum(c.is_done for c in h.checks),
            ),
        )
        window.show_patient(best.patient.mrn)
        written.append(_save(window, out_dir / "03_patient_detail.png"))

    running = list(infusions.running_infusions(ctx))
    if running:
        bedside = window.open_infusion(running[0].mrn, running[0].id)
        state = bedside.run_page.state if bedside.run_page is not None else None
        if bedside.run_page is not None and state is not None and state.label is not None:
            # A rate above the label maximum, to show the warning a nurse would see.
            maximum = next((m for m in state.label.limits if m.name == "Maximum"), None)
            if maximum is not None:
                bedside.run_page.rate.setText(f"{maximum.pump_ml_per_h * 1.25:.0f}")
        written.append(_save(bedside, out_dir / "04_infusion_bedside.png"))
        bedside.close()
    idle = next((s for s in summaries if s.running_infusion_id is None), None)
    if idle is not None:
        start = InfusionWindow(ctx, events, mrn=idle.mrn, parent=window)
        start.setWindowFlag(Qt.WindowType.Window, True)
        start.resize(*WINDOW_SIZE)
        start.show()
        if start.start_page is not None:
            page = start.start_page
            page.lots[0].lot.setText("P123456")
            page.lots[0].expiry.setText("2027-06-30")
            page.label_use.setCurrentIndex(page.label_use.findData("off"))
            page.dose.setText("20")
            page.first_rate.setText("10")
        written.append(_save(start, out_dir / "05_infusion_start.png"))
        start.discard_confirmed = True
        start.close()

    window.show_page(0)
    dialog = window.worklist.record_selected()
    if dialog is not None:
        dialog.phone.setChecked(True)
        dialog.symptoms.setChecked(True)
        headache = next(r for r in dialog.symptom_rows if r.term.value == "headache")
        headache.box.setChecked(True)
        headache.grade.setCurrentIndex(1)
        dialog.notes.setPlainText("Spoke with the mother; paracetamol advised by the ward doctor.")
        written.append(_with_dialog(window, dialog, out_dir / "06_record_check.png"))
        dialog.reject()

    window.show_page(3)
    written.append(_save(window, out_dir / "07_settings.png"))
    window.settings.tabs.setCurrentIndex(1)
    written.append(_save(window, out_dir / "08_settings_catalogue.png"))
    window.settings.tabs.setCurrentIndex(0)

    window.show_page(2)
    written.append(_save(window, out_dir / "09_reports.png"))
    window.show_page(4)
    written.append(_save(window, out_dir / "10_about.png"))
    window.close()
    window.deleteLater()
    _settle()
    return written
