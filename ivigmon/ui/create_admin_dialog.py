"""First start: a database without accounts asks for the administrator account first."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ivigmon.services import users
from ivigmon.services.context import Context
from ivigmon.services.users import User
from ivigmon.ui.account_form import AccountForm
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.errors import EXPECTED_ERRORS
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form


class CreateAdminDialog(QDialog):
    """Accepted once the account exists; the context then acts as the new administrator."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: User | None = None
        self.setWindowTitle(self.tr("ivigmon - create the administrator account"))
        layout = QVBoxLayout(self)
        layout.addWidget(subtitle_label(self.tr("Create the administrator account")))
        layout.addWidget(
            muted_label(
                self.tr(
                    "This database has no user accounts yet. The first account looks after "
                    "users and settings; it then adds an account for each nurse and member of "
                    "ward staff, and everyone signs in with their own."
                )
            )
        )
        layout.addWidget(muted_label(self.tr("Database: {path}").format(path=ctx.store.path)))
        self.message = MessageBar()
        self.fields = FormFields(self.message)
        self.form = AccountForm(self.fields, with_role=False)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        self.ok = add_dialog_buttons(
            self, layout, self.tr("Create administrator"), self.create_account
        )
        self.setMinimumWidth(560)
        self.form.username.setFocus()

    def create_account(self) -> Operation[users.User] | None:
        try:
            account = self.form.read()
        except EXPECTED_ERRORS as error:
            self.fields.show_error(error)
            return None
        return save_form(
            self,
            self.fields,
            lambda: account.add(self.ctx),
            self._created,
            button=self.ok,
        )

    def _created(self, created: users.User) -> None:
        self.created = created
        self.accept()
