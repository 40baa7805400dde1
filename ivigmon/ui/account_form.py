"""The fields of a new user account: user name, display name, role, the password twice."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from ivigmon.domain.passwords import ADMIN_MIN_LENGTH, MIN_LENGTH
from ivigmon.domain.roles import ROLE_NAMES, Role
from ivigmon.domain.validation import ValidationError
from ivigmon.services import users
from ivigmon.services.context import Context
from ivigmon.ui.form_fields import FormFields

# What each role may do, in the words of the ward, shown beside the choice.
ROLE_DUTIES: dict[Role, str] = {
    Role.NURSE: "patients, infusions and follow-up checks",
    Role.WARD_STAFF: "follow-up checks; sees everything",
    Role.ADMIN: "users, settings and the product catalogue",
}


@dataclass(frozen=True)
class NewAccount:
    username: str
    display_name: str
    role: Role
    password: str

    def add(self, ctx: Context) -> users.User:
        """Store the account (the service checks the name, the role and the password)."""
        return users.add_user(
            ctx,
            username=self.username,
            display_name=self.display_name,
            role=self.role.value,
            password=self.password,
        )


class AccountForm(QWidget):
    """`with_role=False` for the first account, which is always the administrator."""

    def __init__(
        self, fields: FormFields, *, with_role: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.username = QLineEdit()
        self.username.setPlaceholderText("lower case, e.g. anna.k")
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText("the name colleagues know, e.g. Anna Kowalska")
        self.role = QComboBox()
        for role in (Role.NURSE, Role.WARD_STAFF, Role.ADMIN):
            self.role.addItem(f"{ROLE_NAMES[role]} - {ROLE_DUTIES[role]}", role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            f"a few unrelated words; at least {MIN_LENGTH} characters"
            f" ({ADMIN_MIN_LENGTH} for an administrator)"
        )
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("&User name", self.username)
        form.addRow("&Display name", self.display_name)
        if with_role:
            form.addRow("&Role", self.role)
        else:
            self.role.setCurrentIndex(self.role.findData(Role.ADMIN.value))
            self.role.hide()
        form.addRow("&Password", self.password)
        form.addRow("Password &again", self.password_again)
        fields.add("username", self.username, "User name")
        fields.add("display_name", self.display_name, "Display name")
        fields.add("role", self.role, "Role")
        fields.add("password", self.password, "Password")
        fields.add("password_again", self.password_again, "Password again")

    def read(self) -> NewAccount:
        """The account as typed; the two passwords must match (the service checks the rest)."""
        username = self.username.text().strip()
        if self.password.text() != self.password_again.text():
            raise ValidationError(
                f"user {username}", "password_again", "the two passwords are not the same"
            )
        return NewAccount(
            username=username,
            display_name=self.display_name.text().strip(),
            role=Role(self.role.currentData()),
            password=self.password.text(),
        )
