"""The wait after a failed sign-in, on screen: "Wait N s", counted down, the button held."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ivigmon.domain.sign_in_wait import retry_wait
from ivigmon.services.users import AccountLocked, SignInDelayed, SignInFailed

SECOND_MS = 1000


class SignInCountdown(QObject):
    """Holds `button` while the next try would be refused, saying so in `label` each second.

    The wait is the service's (stored with the account, so that it holds in every ivigmon
    that opens the database) or, when longer, the one that follows from the failures in a
    row on this screen, so that an unknown user name waits as long as a known one.
    """

    def __init__(self, label: QLabel, button: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.button = button
        self.failures = 0
        self.remaining = 0
        self.timer = QTimer(self)
        self.timer.setInterval(SECOND_MS)
        self.timer.timeout.connect(self.tick)
        self.label.hide()

    @property
    def waiting(self) -> bool:
        return self.remaining > 0

    def refused(self, error: Exception) -> None:
        """After a refused try: wait as long as the refusal asks, the button held meanwhile."""
        if isinstance(error, SignInFailed):
            self.failures += 1
            self.start(max(error.wait_s, retry_wait(self.failures)))
        elif isinstance(error, SignInDelayed):
            self.start(error.wait_s)
        elif isinstance(error, AccountLocked):
            self.start(0)
            self.label.setText(self.tr("Locked: an administrator unlocks it on the Users page."))
            self.label.show()
        else:
            self.start(0)

    def reset(self) -> None:
        self.failures = 0
        self.start(0)

    def start(self, seconds: int) -> None:
        self.remaining = max(seconds, 0)
        if self.waiting:
            self.timer.start()
        else:
            self.timer.stop()
        self._show()

    def tick(self) -> None:
        """One second less (the timer calls it; a test may too)."""
        self.remaining = max(self.remaining - 1, 0)
        if not self.waiting:
            self.timer.stop()
        self._show()

    def _show(self) -> None:
        self.button.setEnabled(not self.waiting)
        if self.waiting:
            self.label.setText(self.tr("Wait %n s before the next try.", "", self.remaining))
            self.label.show()
        else:
            self.label.hide()
