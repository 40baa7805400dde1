"""Composition root of the desktop app: opens the database and wires the services to the windows."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ivigmon import paths
from ivigmon.domain.safety_report import SafetyReport
from ivigmon.logging_setup import start_log
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import StorageError
from ivigmon.services.handover import Handover
from ivigmon.services.plan_sheet import PlanSheet
from ivigmon.ui import handover_print
from ivigmon.ui.create_admin_dialog import CreateAdminDialog
from ivigmon.ui.errors import message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.language import ENGLISH, install_language
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.operations import wait_for_worker
from ivigmon.ui.plan_print import write_pdf
from ivigmon.ui.safety_report_print import write_pdf as write_report_pdf
from ivigmon.ui.sign_in_dialog import SignInDialog
from ivigmon.ui.start_up_checks import StartUpChecks
from ivigmon.ui.theme import Scheme, apply_theme, follow_system_scheme
from ivigmon.ui.window_size import show_fitted

log = logging.getLogger("ivigmon.app")

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"
APP_ICON = "icons/ivigmon.svg"


def _application(*, offscreen: bool = False) -> QApplication:
    """The one QApplication (created on first use), with the ivigmon look."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        if offscreen:
            # Screenshots never need a display (SPEC 6: rendered offscreen).
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication(sys.argv[:1])
        app.setApplicationName("ivigmon")
        app.setOrganizationName("ivigmon")
    # Drawn from the SVG at each size the desktop asks for; every window and dialog inherits it.
    app.setWindowIcon(QIcon(str(paths.resource(APP_ICON))))
    apply_theme(app)
    return app


@contextmanager
def _quiet_offscreen_warning() -> Iterator[None]:
    """The offscreen platform warns on every window that has a layout; nothing is wrong."""

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if OFFSCREEN_NOISE not in message:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def main_window(ctx: Context) -> MainWindow:
    """The window a nurse sees first: the worklist, running infusions listed beside it."""
    return MainWindow(ctx, DataEvents())


def run_gui(db_path: Path | str) -> int:
    """Open the main window on `db_path`; returns the process exit status."""
    app = _application()
    follow_system_scheme(app)
    start_log()
    install_language(app)  # before any window, so that every word is translated when built
    try:
        ctx = open_context(db_path)
    except StorageError as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "ivigmon cannot open the database"),
            message_for(error),
        )
        return 1
    try:
        if not _sign_in(ctx):
            return 0
        window = main_window(ctx)
        show_fitted(window)
        # The integrity check and the automatic backup run behind the open window.
        checks = StartUpChecks(ctx, window)
        checks.damaged.connect(lambda damage: _damaged(window, damage))
        checks.backup_failed.connect(lambda why: _no_backup(window, why))
        checks.start()
        return int(app.exec())
    finally:
        wait_for_worker()  # a save still under way is finished before the database closes
        ctx.store.close()


def _damaged(window: MainWindow, damage: str) -> None:
    """A damaged database: nothing more is written into it, and the user is told what to do."""
    window.show_read_only(
        QCoreApplication.translate(
            "app", "the database is damaged; restore the latest backup (see the message at start)"
        )
    )
    QMessageBox.critical(
        window, QCoreApplication.translate("app", "The database is damaged"), damage
    )


def _no_backup(window: MainWindow, why: str) -> None:
    QMessageBox.warning(
        window,
        QCoreApplication.translate("app", "No backup was made"),
        QCoreApplication.translate(
            "app",
            "ivigmon could not copy the database at start ({why}). Records are safe in the "
            "database itself; tell whoever looks after the ward computers.",
        ).format(why=why),
    )


def _sign_in(ctx: Context) -> bool:
    """First start creates the administrator; afterwards everyone signs in. False to quit."""
    if ctx.accounts:
        return SignInDialog(ctx).exec() == QDialog.DialogCode.Accepted
    if ctx.store.read_only:
        return True  # nobody can be added to a file that cannot be written: view only
    return CreateAdminDialog(ctx).exec() == QDialog.DialogCode.Accepted


def _printed_sheet_application() -> None:
    """The command line's sheets are in English, as the rest of its output: their dates and
    numbers too, whatever the computer's locale. (The screens print theirs in the language of
    the screens.)"""
    install_language(_application(offscreen=True), ENGLISH)


def write_plan_pdf(sheet: PlanSheet, path: Path) -> Path:
    """`ivigmon plan --out FILE.pdf`: the printed plan, rendered offscreen (no display)."""
    _printed_sheet_application()
    with _quiet_offscreen_warning():
        return write_pdf(sheet, path)


def write_handover_pdf(sheet: Handover, path: Path) -> Path:
    """`ivigmon handover --out FILE.pdf`: the handover sheet, rendered offscreen."""
    _printed_sheet_application()
    with _quiet_offscreen_warning():
        return handover_print.write_pdf(sheet, path)


def write_safety_report_pdf(report: SafetyReport, path: Path) -> Path:
    """`ivigmon ae-report EVENT_ID --out FILE.pdf`: the safety report, rendered offscreen."""
    _printed_sheet_application()
    with _quiet_offscreen_warning():
        return write_report_pdf(report, path)


def render_screenshots(
    out_dir: Path,
    *,
    ctx: Context | None = None,
    language: str | None = None,
    scheme: Scheme = Scheme.LIGHT,
    font_scale: float = 1.0,
) -> list[Path]:
    """Render every main screen to PNG files in `out_dir`: of the database `ctx` has open (as
    its signed-in user), or of the demo ward when there is none; in `language` (`en`, `pl`),
    by default the workstation's; in the colour `scheme`, the text `font_scale` times its usual
    size."""
    # Imported here: the demo ward and the screenshot pages would add about a second to every
    # start of the app, which needs neither.
    from ivigmon.demo.showcase import SCREENSHOT_NOW, seed_showcase
    from ivigmon.ui.screenshots import render_all

    app = _application(offscreen=True)
    install_language(app, language)
    apply_theme(app, scheme, font_scale=font_scale)
    with _quiet_offscreen_warning(), tempfile.TemporaryDirectory(prefix="ivigmon-shots-") as tmp:
        if ctx is not None:
            return render_all(ctx, Path(out_dir))
        demo = open_context(Path(tmp) / "demo.db", clock=lambda: SCREENSHOT_NOW, user="demo")
        try:
            return render_all(demo, Path(out_dir), admin=seed_showcase(demo))
        finally:
            demo.store.close()
