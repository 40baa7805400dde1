"""The checks of every start, run after the window opens so that none of them delays it.

First `PRAGMA quick_check` (every page of the file is read: a damaged database is found and
the app turns read-only), then the audit head goes to the anchors log and the automatic backup
is made (at most hourly; the copy gets a full `integrity_check`). All of it runs on a reading
thread with its own connection: nurses can work meanwhile.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ivigmon.services import audit
from ivigmon.services import backup as backups
from ivigmon.services.context import Context
from ivigmon.services.errors import ServerUnavailable, StorageError
from ivigmon.services.settings import backup_keep_days
from ivigmon.ui.operations import run_read

log = logging.getLogger(__name__)


class StartUpChecks(QObject):
    """Emits `damaged(what to do)` or `backup_failed(why)`, then `finished`."""

    damaged = Signal(str)
    backup_failed = Signal(str)
    finished = Signal()

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def start(self) -> None:
        run_read(
            self,
            lambda: backups.startup_check(self.ctx.store),
            on_success=self._checked,
            on_failure=self._not_checked,
        )

    def _not_checked(self, error: Exception) -> None:
        if isinstance(error, ServerUnavailable):
            # Not a damaged database: the window's banner says the server is away.
            log.warning("the start-up check could not reach the ward server: %s", error)
            self.finished.emit()
            return
        self._checked(str(error))

    def _checked(self, damage: str | None) -> None:
        if damage is not None:
            self.damaged.emit(damage)
            self.finished.emit()
            return
        if self.ctx.store.read_only:
            self.finished.emit()
            return
        run_read(self, self._anchor_and_backup, on_success=self._backed_up, on_failure=self._failed)

    def _anchor_and_backup(self) -> None:
        folder = backups.default_backup_folder(self.ctx.store.path)
        try:
            audit.anchor_at_start(self.ctx, folder)
            backups.automatic_backup(self.ctx, keep_days=backup_keep_days(self.ctx))
        except OSError as error:
            raise StorageError(str(error)) from error

    def _backed_up(self, _result: None) -> None:
        self.finished.emit()

    def _failed(self, error: Exception) -> None:
        log.error("automatic backup failed: %s", error)
        self.backup_failed.emit(str(error))
        self.finished.emit()
