"""Signing in when the database has user accounts, and the wait after a failed try."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ivigmon.services import users
from ivigmon.services.context import OS_USER_PREFIX, Context
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.errors import sign_in_message
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, run_operation
from ivigmon.ui.sign_in_countdown import SignInCountdown


class SignInDialog(QDialog):
    """Accepted once `users.sign_in` succeeds; the context then acts as that user."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("ivigmon - sign in"))
        layout = QVBoxLayout(self)
        layout.addWidget(subtitle_label(self.tr("Sign in")))
        layout.addWidget(muted_label(self.tr("Database: {path}").format(path=ctx.store.path)))
        form = QFormLayout()
        self.username = QLineEdit(_offered_name(ctx))
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
        self.ok = add_dialog_buttons(self, layout, self.tr("Sign in"), self.sign_in)
        self.countdown = SignInCountdown(self.wait, self.ok, self)
        self.setMinimumWidth(460)
        (self.password if self.username.text() else self.username).setFocus()

    def sign_in(self) -> Operation[users.User] | None:
        """Checked off the GUI thread (a failure answers after a pause, and the window must
        not freeze meanwhile); None while the wait after a failure runs."""
        if self.countdown.waiting:
            return None
        name, password = self.username.text().strip(), self.password.text()
        self.ok.setEnabled(False)
        return run_operation(
            self,
            lambda: users.sign_in(self.ctx, name, password),
            on_success=self._signed_in,
            on_failure=self._refused,
        )

    def _signed_in(self, _user: users.User) -> None:
        self.countdown.reset()
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.password.clear()
        self.fields.show_error(error, sign_in_message)
        self.countdown.refused(error)


def _offered_name(ctx: Context) -> str:
    """The computer's login when it names an account here, so that the password is all there
    is to type; otherwise nothing (a shared ward login is nobody's user name)."""
    name = ctx.user.removeprefix(OS_USER_PREFIX)
    return name if name and users.user_exists(ctx, name) else ""
