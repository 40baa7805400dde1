"""Composition root of the desktop app: opens the database and wires the services to the windows."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ivigmon import paths
from ivigmon.demo.ward import build_demo_document
from ivigmon.logging_setup import configure_logging
from ivigmon.services import backup as backups
from ivigmon.services import infusions, users
from ivigmon.services.amend import EntryKind, mark_entered_in_error
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import StorageError
from ivigmon.services.interchange import import_document
from ivigmon.services.settings import backup_keep_days
from ivigmon.ui.create_admin_dialog import CreateAdminDialog
from ivigmon.ui.errors import message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.screenshots import render_all
from ivigmon.ui.sign_in_dialog import SignInDialog
from ivigmon.ui.theme import apply_theme

log = logging.getLogger("ivigmon.app")

# A fixed moment for the demo ward of the screenshots, so that every run renders the same screens.
SCREENSHOT_NOW = datetime(2026, 3, 10, 10, 30)
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"
# The demo ward's accounts (user name, display name, role, password, may sign in); the first is
# the administrator, the second the nurse who is signed in on the screenshots.
DEMO_ACCOUNTS = (
    ("lead", "Lena Lead", "admin", "demo-lead-1", True),
    ("anna", "Anna Kowalska", "nurse", "demo-anna-1", True),
    ("ben", "Ben Okafor", "nurse", "demo-ben-1", True),
    ("desk", "Ward desk (day shift)", "ward_staff", "demo-desk-1", True),
    ("olga", "Olga Berg", "nurse", "demo-olga-1", False),
)


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
    _start_log()
    try:
        ctx = open_context(db_path)
    except StorageError as error:
        QMessageBox.critical(None, "ivigmon cannot open the database", message_for(error))
        return 1
    read_only_reason = _start_up_checks(ctx)
    if read_only_reason is not None:
        ctx.store.close()
        try:
            ctx = open_context(db_path, read_only=True)
        except StorageError as error:
            QMessageBox.critical(None, "ivigmon cannot open the database", message_for(error))
            return 1
    try:
        if not _sign_in(ctx):
            return 0
        window = MainWindow(
            ctx, DataEvents(), reopen_running=True, read_only_reason=read_only_reason
        )
        window.show()
        return int(app.exec())
    finally:
        ctx.store.close()


def _start_log() -> None:
    try:
        configure_logging(paths.data_dir())
    except OSError as error:
        log.warning("no log file: %s", error)


def _start_up_checks(ctx: Context) -> str | None:
    """Integrity first, then the automatic backup. A damaged database is opened read-only
    (the reason is returned for the banner), so that nothing more is written into it."""
    damage = backups.startup_check(ctx.store)
    if damage is not None:
        QMessageBox.critical(None, "The database is damaged", damage)
        return "the database is damaged; restore the latest backup (see the message at start)"
    if ctx.store.read_only:
        return None
    try:
        backups.automatic_backup(ctx, keep_days=backup_keep_days(ctx))
    except (OSError, StorageError) as error:
        log.error("automatic backup failed: %s", error)
        QMessageBox.warning(
            None,
            "No backup was made",
            f"ivigmon could not copy the database at start ({error}). Records are safe in the "
            "database itself; tell whoever looks after the ward computers.",
        )
    return None


def _sign_in(ctx: Context) -> bool:
    """First start creates the administrator; afterwards everyone signs in. False to quit."""
    if ctx.accounts:
        return SignInDialog(ctx).exec() == QDialog.DialogCode.Accepted
    if ctx.store.read_only:
        return True  # nobody can be added to a file that cannot be written: view only
    return CreateAdminDialog(ctx).exec() == QDialog.DialogCode.Accepted


def render_screenshots(out_dir: Path, *, db_path: Path | None = None) -> list[Path]:
    """Render every main screen with demo data to PNG files in `out_dir`."""
    _application(offscreen=True)
    with _quiet_offscreen_warning(), tempfile.TemporaryDirectory(prefix="ivigmon-shots-") as tmp:
        ctx: Context
        admin: tuple[str, str] | None = None
        if db_path is None:
            ctx = open_context(Path(tmp) / "demo.db", clock=lambda: SCREENSHOT_NOW, user="demo")
            import_document(ctx, build_demo_document(patients=70, seed=1, now=SCREENSHOT_NOW))
            admin = _demo_accounts(ctx)
        else:
            ctx = open_context(db_path, create=False)
        try:
            return render_all(ctx, Path(out_dir), admin=admin)
        finally:
            ctx.store.close()


def _demo_accounts(ctx: Context) -> tuple[str, str]:
    """The demo ward's users; a nurse is signed in and has corrected one rate step.

    Returns the administrator's user name and password, for the administrator's screens.
    """
    for username, display_name, role, password, active in DEMO_ACCOUNTS:
        users.add_user(
            ctx, username=username, display_name=display_name, role=role, password=password
        )
        if not active:
            users.set_active(ctx, username, False)
    nurse = DEMO_ACCOUNTS[1]
    users.sign_in(ctx, nurse[0], nurse[3])
    running = list(infusions.running_infusions(ctx))
    steps = running[0].rate_steps if running else ()
    if len(steps) >= 2:
        mark_entered_in_error(
            ctx,
            EntryKind.RATE_STEP,
            str(steps[-1].id),
            "pump rate misread: the pump shows the previous rate",
        )
    admin = DEMO_ACCOUNTS[0]
    return admin[0], admin[3]
