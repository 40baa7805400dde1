"""The fields of a new user account: user name, display name, role, the password twice."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from ivigmon.domain.passwords import ADMIN_MIN_LENGTH, MIN_LENGTH
from ivigmon.domain.roles import Role
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.validation import ValidationError
from ivigmon.services import users
from ivigmon.services.context import Context
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.wording import role_name

# What each role may do, in the words of the ward, shown beside the choice.
ROLE_DUTIES: dict[Role, str] = {
    Role.NURSE: QT_TRANSLATE_NOOP("AccountForm", "patients, infusions and follow-up checks"),
    Role.WARD_STAFF: QT_TRANSLATE_NOOP("AccountForm", "follow-up checks; sees everything"),
    Role.ADMIN: QT_TRANSLATE_NOOP("AccountForm", "users, settings and the product catalogue"),
}


def role_duties(role: Role) -> str:
    """What the role may do, in the language of the screens."""
    return QCoreApplication.translate("AccountForm", ROLE_DUTIES[role])


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
        self.username.setPlaceholderText(self.tr("lower case, e.g. anna.k"))
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(
            self.tr("the name colleagues know, e.g. Anna Kowalska")
        )
        self.role = QComboBox()
        for role in (Role.NURSE, Role.WARD_STAFF, Role.ADMIN):
            self.role.addItem(f"{role_name(role)} - {role_duties(role)}", role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr(
                "a few unrelated words; at least {length} characters"
                " ({admin_length} for an administrator)"
            ).format(length=MIN_LENGTH, admin_length=ADMIN_MIN_LENGTH)
        )
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Display name"), self.display_name)
        if with_role:
            form.addRow(self.tr("&Role"), self.role)
        else:
            self.role.setCurrentIndex(self.role.findData(Role.ADMIN.value))
            self.role.hide()
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("Password &again"), self.password_again)
        fields.add("username", self.username, self.tr("User name"))
        fields.add("display_name", self.display_name, self.tr("Display name"))
        fields.add("role", self.role, self.tr("Role"))
        fields.add("password", self.password, self.tr("Password"))
        fields.add("password_again", self.password_again, self.tr("Password again"))

    def read(self) -> NewAccount:
        """The account as typed; the two passwords must match (the service checks the rest)."""
        username = self.username.text().strip()
        if self.password.text() != self.password_again.text():
            raise ValidationError(
                f"user {username}",
                "password_again",
                self.tr("the two passwords are not the same"),
            )
        return NewAccount(
            username=username,
            display_name=self.display_name.text().strip(),
            role=Role(self.role.currentData()),
            password=self.password.text(),
        )
