"""Signing in, when the database has user accounts: user name and password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ivigmon.services import users
from ivigmon.services.context import Context
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.errors import EXPECTED_ERRORS
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.message_bar import MessageBar


class SignInDialog(QDialog):
    """Accepted once `users.sign_in` succeeds; the context then acts as that user."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("ivigmon - sign in")
        layout = QVBoxLayout(self)
        layout.addWidget(subtitle_label("Sign in"))
        layout.addWidget(muted_label(f"Database: {ctx.store.path}"))
        form = QFormLayout()
        self.username = QLineEdit(ctx.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("&User name", self.username)
        form.addRow("&Password", self.password)
        layout.addLayout(form)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.fields = FormFields(self.message)
        self.fields.add("username", self.username, "User name")
        self.fields.add("password", self.password, "Password")
        self.fields.add("active", self.username, "User name")
        self.ok = add_dialog_buttons(self, layout, "Sign in", self.sign_in)
        self.setMinimumWidth(460)
        (self.password if ctx.user else self.username).setFocus()

    def sign_in(self) -> bool:
        try:
            users.sign_in(self.ctx, self.username.text().strip(), self.password.text())
        except EXPECTED_ERRORS as error:
            self.password.clear()
            self.fields.show_error(error)
            return False
        self.accept()
        return True
