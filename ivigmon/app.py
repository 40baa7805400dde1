"""Composition root of the desktop app: opens the database and wires the services to the windows."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ivigmon.services.context import Context
from ivigmon.services.demo import build_demo_document
from ivigmon.services.failures import StorageError
from ivigmon.services.interchange import import_document
from ivigmon.services.setup import open_context
from ivigmon.ui.errors import message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.screenshots import render_all
from ivigmon.ui.sign_in_dialog import SignInDialog
from ivigmon.ui.theme import apply_theme

# A fixed moment for the demo ward of the screenshots, so that every run renders the same screens.
SCREENSHOT_NOW = datetime(2026, 3, 10, 10, 30)
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


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
    apply_theme(app)
    return app


@contextmanager
def _quiet_offscreen_warning() -> Iterator[None]:
    """The offscreen platform warns on every window that has a layout; nothing is wrong."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if OFFSCREEN_NOISE not in message:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def run_gui(db_path: Path) -> int:
    """Open the main window on `db_path`; returns the process exit status."""
    app = _application()
    try:
        ctx = open_context(db_path)
    except StorageError as error:
        QMessageBox.critical(None, "ivigmon cannot open the database", message_for(error))
        return 1
    try:
        if ctx.accounts and SignInDialog(ctx).exec() != QDialog.DialogCode.Accepted:
            return 0
        window = MainWindow(ctx, DataEvents(), reopen_running=True)
        window.show()
        return int(app.exec())
    finally:
        ctx.store.close()


def render_screenshots(out_dir: Path, *, db_path: Path | None = None) -> list[Path]:
    """Render every main screen with demo data to PNG files in `out_dir`."""
    _application(offscreen=True)
    with _quiet_offscreen_warning(), tempfile.TemporaryDirectory(prefix="ivigmon-shots-") as tmp:
        ctx: Context
        if db_path is None:
            ctx = open_context(Path(tmp) / "demo.db", clock=lambda: SCREENSHOT_NOW, user="demo")
            import_document(ctx, build_demo_document(patients=70, seed=1, now=SCREENSHOT_NOW))
        else:
            ctx = open_context(db_path, create=False)
        try:
            return render_all(ctx, Path(out_dir))
        finally:
            ctx.store.close()
