"""The screen lock: a timer that any key or mouse use restarts, and the page that unlocks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.roles import Role
from ivigmon.services import users
from ivigmon.services.context import Context
from ivigmon.services.users import signed_in_text
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for, sign_in_message
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.labels import muted_label, subtitle_label, title_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, run_operation
from ivigmon.ui.sign_in_countdown import SignInCountdown
from ivigmon.ui.wording import role_name

# What counts as someone using the app (a repaint or a timer does not).
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
MINUTE_MS = 60_000


class InactivityTimer(QObject):
    """Emits `went_idle` after `interval_ms` without input anywhere in the app (0 = never)."""

    went_idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.went_idle.emit)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * MINUTE_MS)

    def set_interval_ms(self, interval_ms: int) -> None:
        """Tests use a few milliseconds; the app uses the setting in minutes."""
        self.interval_ms = interval_ms
        self.restart()

    def restart(self) -> None:
        if self.interval_ms > 0:
            self.timer.start(self.interval_ms)
        else:
            self.timer.stop()

    def pause(self) -> None:
        self.timer.stop()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.timer.isActive() and event.type() in ACTIVITY:
            self.timer.start(self.interval_ms)
        return False


class LockPage(QWidget):
    """Covers the main window; the same user's password (or another user) unlocks it."""

    unlocked = Signal()

    def __init__(self, ctx: Context, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setFixedWidth(560)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(title_label(self.tr("ivigmon is locked")))
        self.reason = muted_label()
        layout.addWidget(self.reason)
        self.who = subtitle_label("")
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Nothing is lost: open forms keep what was typed. Type your password to go "
                    "on, or sign in as another user (the app then acts as that user)."
                )
            )
        )
        form = QFormLayout()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        layout.addLayout(form)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.wait = muted_label()
        layout.addWidget(self.wait)
        self.fields = FormFields(self.message)
        user_name = self.tr("User name")
        self.fields.add("username", self.username, user_name)
        self.fields.add("password", self.password, self.tr("Password"))
        self.fields.add("active", self.username, user_name)
        self.fields.add("locked", self.username, user_name)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self.unlock)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.countdown = SignInCountdown(self.wait, self.unlock_button, self)
        row.addWidget(panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.unlock)
        self.locked_user = ctx.user

    def prepare(self, idle_text: str) -> None:
        """Called as the lock falls: who was signed in, an empty password field with focus."""
        self.locked_user = self.ctx.user
        self.reason.setText(idle_text)
        try:
            who = signed_in_text(self.ctx, {role: role_name(role) for role in Role})
        except EXPECTED_ERRORS as error:
            who = f"{self.ctx.user} ({message_for(error)})"
        self.who.setText(self.tr("Signed in: {who}").format(who=who))
        self.username.setText(self.ctx.user)
        self.password.clear()
        self.fields.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock(self) -> Operation[users.User] | None:
        """The password is checked off the GUI thread (a failure answers after a pause);
        None while the wait after a failure runs."""
        if self.countdown.waiting:
            return None
        name, password = self.username.text().strip(), self.password.text()
        self.unlock_button.setEnabled(False)
        return run_operation(
            self,
            lambda: users.sign_in(self.ctx, name, password),
            on_success=self._signed_in,
            on_failure=self._refused,
        )

    def _signed_in(self, user: users.User) -> None:
        self.countdown.reset()
        self.password.clear()
        self.fields.clear()
        if user.username != self.locked_user:
            self.events.user_signed_in.emit(user.username)
        self.unlocked.emit()

    def _refused(self, error: Exception) -> None:
        self.password.clear()
        self.fields.show_error(error, sign_in_message)
        self.countdown.refused(error)
