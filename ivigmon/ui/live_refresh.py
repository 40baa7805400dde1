"""Brings the ward server's live changes and whether it answers onto the GUI thread, a burst of
changes as one."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ivigmon.services import live
from ivigmon.services.context import Context
from ivigmon.services.live import Change

# A burst of changes (an import, a colleague's quick entries) is gathered this long and shown
# once: soon enough to look immediate, long enough not to reload every page per row.
COALESCE_MS = 250


class LiveRefresh(QObject):
    """`changed(Change)` after others' changes (gathered), `reachable_changed(bool)` when the
    ward server stops or starts answering. Inactive on a database file (no server to hear)."""

    changed = Signal(object)  # Change
    reachable_changed = Signal(bool)
    # Emitted on the listener's thread; Qt queues them to this object's (the GUI) thread.
    _heard = Signal(object)
    _answers = Signal(bool)

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending: Change | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(COALESCE_MS)
        self.timer.timeout.connect(self._flush)
        self._heard.connect(self._gather)
        self._answers.connect(self.reachable_changed)
        self.subscription = live.subscribe(
            ctx, on_change=self._heard.emit, on_reachable=self._answers.emit
        )
        subscription = self.subscription
        if subscription is not None:
            # A window deleted without being closed stops listening too.
            self.destroyed.connect(lambda _object=None: subscription.close())

    @property
    def active(self) -> bool:
        """Whether changes are heard live (a ward server), not only on the pages' timers."""
        return self.subscription is not None

    def check_now(self) -> None:
        """A save or a read said the server cannot be reached: ask it at once."""
        if self.subscription is not None:
            self.subscription.check_now()

    def close(self) -> None:
        """Stop listening (when the window closes); nothing more is emitted."""
        if self.subscription is not None:
            self.subscription.close()
            self.subscription = None
        self.timer.stop()

    def _gather(self, change: Change) -> None:
        self.pending = change if self.pending is None else self.pending.merged(change)
        if not self.timer.isActive():
            self.timer.start()

    def _flush(self) -> None:
        change, self.pending = self.pending, None
        if change is not None and self.subscription is not None:
            self.changed.emit(change)
