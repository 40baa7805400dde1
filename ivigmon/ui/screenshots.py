"""Renders every main screen to a 1366x768 PNG, offscreen, so anyone can see the app."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ivigmon.domain.codes import AlertKind
from ivigmon.domain.products import LocalField
from ivigmon.services import alerts, infusions, users
from ivigmon.services.amend import EntryKind
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import ServerUnavailable
from ivigmon.services.history import load_histories
from ivigmon.services.patient_list import patient_summaries
from ivigmon.ui import operations
from ivigmon.ui.create_admin_dialog import CreateAdminDialog
from ivigmon.ui.events import DataEvents
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.main_window import ABOUT_PAGE, NAVIGATION, MainWindow
from ivigmon.ui.vitals_dialog import VitalSignsDialog
from ivigmon.ui.window_size import WINDOW_SIZE

# The longest a screen waits for its rows before it is drawn anyway.
SETTLE_SECONDS = 30.0


def _settle() -> None:
    """Let the pages finish the reads they run off the GUI thread, then paint."""
    deadline = time.monotonic() + SETTLE_SECONDS
    while operations.pending() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    _settle()
    return _write_png(widget.grab(), path)


def _write_png(picture: QPixmap, path: Path) -> Path:
    """Owner-only from the first byte: a screenshot shows patients' names and records."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    buffer.close()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        os.chmod(path, 0o600)  # an older file of the same name may have been wider
        handle.write(data.data())
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
    return _write_png(canvas, path)


def render_all(ctx: Context, out_dir: Path, *, admin: tuple[str, str] | None = None) -> list[Path]:
    """One PNG per main screen; the database should hold a ward (for example the demo).

    With `admin` (user name, password) the administrator's screens are rendered too.
    """
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    events = DataEvents()
    window = MainWindow(ctx, events)
    window.resize(*WINDOW_SIZE)
    window.show()
    written: list[Path] = []

    window.show_page(0)
    _settle()
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
    history_shot: Path | None = None
    in_error_shot: Path | None = None
    vitals_shot: Path | None = None
    rate_shot: Path | None = None
    if running:
        open_rows = alerts.open_alerts(ctx)
        # A running infusion with a vital-sign alert, the bedside a nurse most needs to read.
        alarmed = {a.infusion_id for a in open_rows if a.kind is AlertKind.VITAL_SIGNS}
        shown = next((i for i in running if i.id in alarmed), running[0])
        bedside = window.open_infusion(shown.mrn, shown.id)
        written.append(_save(bedside, out_dir / "04_infusion_bedside.png"))
        vitals_shot = _vitals_entry(bedside, out_dir / "20_vital_signs_entry.png")
        history = bedside.show_history()
        if history is not None:
            history_shot = _with_dialog(bedside, history, out_dir / "11_history.png")
            history.reject()
        run = bedside.run_page
        if run is not None and run.vitals.rowCount() > 0:
            run.vitals_table.selectRow(run.vitals.rowCount() - 1)
            amend = run.mark_in_error(EntryKind.VITAL_SIGNS)
            if amend is not None:
                amend.reason.setText("typed into the wrong child's chart")
                in_error_shot = _with_dialog(bedside, amend, out_dir / "17_entered_in_error.png")
                amend.reject()
        # The rate warning at the bedside of a running infusion without an alert, if any.
        with_alert = {a.infusion_id for a in open_rows}
        calm = next((i for i in running if i.id not in with_alert and i.id != shown.id), None)
        if calm is None:
            rate_shot = _rate_warning(bedside, out_dir / "22_rate_warning.png")
        bedside.close()
        if calm is not None:
            other = window.open_infusion(calm.mrn, calm.id)
            rate_shot = _rate_warning(other, out_dir / "22_rate_warning.png")
            other.close()
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
            page.weight.setText("43.7")
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
    server_shots = _server_away(window, out_dir)

    settings = NAVIGATION.index("Settings")
    window.show_page(settings)
    written.append(_save(window, out_dir / "07_settings.png"))
    window.settings.tabs.setCurrentWidget(window.settings.catalogue)
    written.append(_save(window, out_dir / "08_settings_catalogue.png"))
    window.settings.tabs.setCurrentIndex(0)

    window.show_page(NAVIGATION.index("Reports"))
    written.append(_save(window, out_dir / "09_reports.png"))  # _settle waits for the report
    charts_shot = _reports_charts(window, out_dir / "23_reports_charts.png")
    window.show_page(ABOUT_PAGE)
    written.append(_save(window, out_dir / "10_about.png"))
    if history_shot is not None:
        written.append(history_shot)

    lock_shot: Path | None = None
    add_user_shot: Path | None = None
    catalogue_shot: Path | None = None
    alert_settings_shot: Path | None = None
    if ctx.accounts:
        window.show_page(0)
        window.lock()
        lock_shot = _save(window, out_dir / "14_lock.png")
        window.unlock()
    if admin is not None:
        users.sign_in(ctx, *admin)
        events.user_signed_in.emit(admin[0])
        window.show_page(NAVIGATION.index("Users"))
        written.append(_save(window, out_dir / "12_users.png"))
        add_user = window.users.add_user()
        add_user.form.username.setText("maria.n")
        add_user.form.display_name.setText("Maria Nowak")
        add_user_shot = _with_dialog(window, add_user, out_dir / "18_add_user.png")
        add_user.reject()
        window.show_page(settings)
        written.append(_save(window, out_dir / "13_settings_admin.png"))
        catalogue_shot = _catalogue_admin(window, out_dir / "19_catalogue_admin.png")
        alert_settings_shot = _alert_settings(window, out_dir / "21_settings_alerts.png")
    if lock_shot is not None:
        written.append(lock_shot)
    written.append(_read_only(ctx, out_dir / "15_read_only.png"))
    backdrop = QWidget()
    backdrop.resize(*WINDOW_SIZE)
    first = CreateAdminDialog(ctx)
    written.append(_with_dialog(backdrop, first, out_dir / "16_first_start.png"))
    first.deleteLater()
    backdrop.deleteLater()
    if in_error_shot is not None:
        written.append(in_error_shot)
    if add_user_shot is not None:
        written.append(add_user_shot)
    if catalogue_shot is not None:
        written.append(catalogue_shot)
    if vitals_shot is not None:
        written.append(vitals_shot)
    if alert_settings_shot is not None:
        written.append(alert_settings_shot)
    if rate_shot is not None:
        written.append(rate_shot)
    written.append(charts_shot)
    written += server_shots
    window.close()
    window.deleteLater()
    _settle()
    return written


def _rate_warning(bedside: InfusionWindow, path: Path) -> Path:
    """A rate 25 % above the label maximum typed at the bedside (not saved): the warning a
    nurse sees before adding the step."""
    run = bedside.run_page
    state = run.state if run is not None else None
    if run is not None and state is not None:
        maximum = next((m for m in state.label.limits if m.name == "Maximum"), None)
        if maximum is not None:
            run.rate.setText(f"{maximum.pump_ml_per_h * 1.25:.0f}")
    shot = _save(bedside, path)
    if run is not None:
        run.rate.clear()
    return shot


def _vitals_entry(bedside: InfusionWindow, path: Path) -> Path | None:
    """The vital-sign form with an alarming set typed, each sign's level shown before saving
    (not saved)."""
    run = bedside.run_page
    dialog = run.add_vitals() if run is not None else None
    if not isinstance(dialog, VitalSignsDialog):
        return None
    for field, value in (("hr", "152"), ("sbp", "98"), ("dbp", "60"), ("rr", "26"), ("spo2", "84")):
        dialog.entry.edits[field].setText(value)
    shot = _with_dialog(bedside, dialog, path)
    dialog.reject()
    return shot


def _alert_settings(window: MainWindow, path: Path) -> Path:
    """Settings > Alerts as an administrator sees it; a ward's reference typed in one box (not
    saved): ivigmon itself writes no protocol."""
    page = window.settings
    page.tabs.setCurrentWidget(page.alert_settings)
    page.alert_settings.protocols[AlertKind.VITAL_SIGNS].setPlainText(
        "See the ward IVIG protocol 2026, section 5 (observations out of range)."
    )
    shot = _save(window, path)
    page.alert_settings.refresh()
    page.tabs.setCurrentIndex(0)
    return shot


def _reports_charts(window: MainWindow, path: Path) -> Path:
    """The Reports page's charts: reactions by product with their intervals."""
    page = window.reports
    page.tabs.setCurrentWidget(page.charts_tab)
    _settle()
    page.chart_tabs.setCurrentIndex(0)
    shot = _save(window, path)
    page.tabs.setCurrentIndex(0)
    return shot


def _catalogue_admin(window: MainWindow, path: Path) -> Path:
    """The catalogue as an administrator edits it: a product without label rates selected,
    local values typed beside the label's empty ones (not saved)."""
    page = window.settings
    page.tabs.setCurrentWidget(page.catalogue)
    catalogue = page.catalogue
    catalogue.refresh(select="intratect_10")
    typed = {
        LocalField.INITIAL_RATE: ("0.5", "Ward IVIG protocol 2026, section 4.1"),
        LocalField.MAX_RATE: ("6", "Ward IVIG protocol 2026, section 4.1"),
        LocalField.FIRST_STEP_MINUTES: ("30", "Ward IVIG protocol 2026, section 4.2"),
        LocalField.STEP_MINUTES: ("30", "Ward IVIG protocol 2026, section 4.2"),
        LocalField.STEPS: ("1; 2; 4", "Ward IVIG protocol 2026, section 4.2"),
    }
    for name, (value, note) in typed.items():
        catalogue.rows[name].value.setText(value)
        catalogue.rows[name].note.setText(note)
    shot = _save(window, path)
    page.tabs.setCurrentIndex(0)
    return shot


def _server_away(window: MainWindow, out_dir: Path) -> list[Path]:
    """The worklist while the ward server does not answer, with its banner; then a check whose
    save failed meanwhile, still filled in as typed (nothing is written)."""
    window.show_page(0)
    window.show_server_state(False)
    shots = [_save(window, out_dir / "24_server_unreachable.png")]
    dialog = window.worklist.record_selected()
    if dialog is not None:
        dialog.phone.setChecked(True)
        dialog.not_reached.setChecked(True)
        dialog.notes.setPlainText("No answer; try again at 14:00.")
        dialog.fields.show_error(ServerUnavailable(window.ctx.store.path))
        shots.append(_with_dialog(window, dialog, out_dir / "25_save_while_server_away.png"))
        dialog.reject()
    window.show_server_state(True)
    window.statusBar().clearMessage()
    return shots


def _read_only(ctx: Context, path: Path) -> Path:
    """The worklist of the same database opened for viewing only, with its banner."""
    viewer = open_context(ctx.store.path, create=False, read_only=True, clock=ctx.clock)
    try:
        viewer.accounts = ctx.accounts
        viewer.act_as(ctx.user, ctx.role)
        window = MainWindow(viewer, DataEvents())
        window.resize(*WINDOW_SIZE)
        window.show()
        shot = _save(window, path)
        window.close()
        window.deleteLater()
        _settle()
        return shot
    finally:
        viewer.store.close()
