"""An administrator adds a user: name, role and a first password, typed twice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ivigmon.services import users
from ivigmon.services.context import Context
from ivigmon.ui.account_form import AccountForm
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.errors import EXPECTED_ERRORS
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form


class AddUserDialog(QDialog):
    """Emits `user_added(username)` once the account is stored."""

    user_added = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Add a user"))
        layout = QVBoxLayout(self)
        layout.addWidget(subtitle_label(self.tr("Add a user")))
        layout.addWidget(
            muted_label(
                self.tr(
                    "Give the user their password in person; they sign in with it wherever "
                    "this database is opened. Passwords are never shown or written to the "
                    "history."
                )
            )
        )
        self.message = MessageBar()
        self.fields = FormFields(self.message)
        self.form = AccountForm(self.fields)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        self.ok = add_dialog_buttons(self, layout, self.tr("Add user"), self.save)
        self.setMinimumWidth(600)
        self.form.username.setFocus()

    def save(self) -> Operation[users.User] | None:
        try:
            account = self.form.read()
        except EXPECTED_ERRORS as error:
            self.fields.show_error(error)
            return None
        return save_form(
            self,
            self.fields,
            lambda: account.add(self.ctx),
            self._added,
            button=self.ok,
        )

    def _added(self, added: users.User) -> None:
        self.user_added.emit(added.username)
        self.accept()
