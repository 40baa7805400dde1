"""User accounts (administrators): who may sign in, with which role; add, disable, unlock."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ivigmon.domain.roles import Permission, allows
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services import users
from ivigmon.services.context import Context
from ivigmon.services.users import User
from ivigmon.ui import theme
from ivigmon.ui.account_form import role_duties
from ivigmon.ui.add_user_dialog import AddUserDialog
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.gates import gate
from ivigmon.ui.labels import muted_label, title_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.names_without_account import NamesWithoutAccountBox
from ivigmon.ui.operations import Operation, run_operation
from ivigmon.ui.record_counts import COUNTS
from ivigmon.ui.table_model import RecordTableModel
from ivigmon.ui.table_views import record_table, selected_row
from ivigmon.ui.wording import role_name, when


class UserColumn(IntEnum):
    USERNAME = 0
    NAME = 1
    ROLE = 2
    ACTIVE = 3
    FAILED = 4
    ADDED = 5


def _shown_time(stored: str) -> str:
    """A stored time (`2026-03-10T12:00:00`) as the screens show times."""
    try:
        return when(datetime.fromisoformat(stored))
    except ValueError:
        return stored[:16].replace("T", " ")


class UsersTableModel(RecordTableModel[User]):
    columns = UserColumn
    headers = (
        QT_TRANSLATE_NOOP("UsersTableModel", "User name"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Name"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Role"),
        QT_TRANSLATE_NOOP("UsersTableModel", "May sign in"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Failed sign-ins"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Added"),
    )
    context = "UsersTableModel"

    def text(self, row: User, column: int) -> str:
        match column:
            case UserColumn.USERNAME:
                return row.username
            case UserColumn.NAME:
                return row.display_name
            case UserColumn.ROLE:
                return role_name(row.role)
            case UserColumn.ACTIVE:
                if row.locked_at is not None:
                    return QCoreApplication.translate(
                        "UsersTableModel", "✗ no - locked since {time}"
                    ).format(time=_shown_time(row.locked_at))
                if row.active:
                    return QCoreApplication.translate("UsersTableModel", "✓ yes")
                return QCoreApplication.translate("UsersTableModel", "✗ no - disabled")
            case UserColumn.FAILED:
                if not row.failed_sign_ins:
                    return QCoreApplication.translate("UsersTableModel", "none")
                in_a_row = COUNTS.failed_in_a_row(row.failed_sign_ins)
                if not row.last_failed_at:
                    return in_a_row
                return QCoreApplication.translate("UsersTableModel", "{count}, last {time}").format(
                    count=in_a_row, time=_shown_time(row.last_failed_at)
                )
            case UserColumn.ADDED:
                return QCoreApplication.translate("UsersTableModel", "{time} by {user}").format(
                    time=_shown_time(row.created_at), user=row.created_by
                )
        return ""

    def tooltip(self, row: User, column: int) -> str | None:
        if column == UserColumn.ROLE:
            return f"{role_name(row.role)}: {role_duties(row.role)}"
        if column in (UserColumn.ACTIVE, UserColumn.FAILED) and row.locked_at is not None:
            return QCoreApplication.translate(
                "UsersTableModel",
                "Locked after failed sign-ins in a row: Unlock user lets them sign in again.",
            )
        return None

    def foreground(self, row: User, column: int) -> QColor | None:
        if row.locked_at is not None and column in (UserColumn.ACTIVE, UserColumn.FAILED):
            return QColor(theme.colours().high_ink)
        return QColor(theme.colours().muted) if not row.active else None


class UsersPage(QWidget):
    """Shown to administrators only; nothing is deleted: a user who leaves is disabled."""

    def __init__(self, ctx: Context, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        self.dialog: AddUserDialog | None = None
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(title_label(self.tr("Users")))
        head.addStretch(1)
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_user)
        head.addWidget(self.add_button)
        layout.addLayout(head)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Everyone signs in with their own account, so that every record and every "
                    "change names who made it. Roles: nurse (patients, infusions, checks), ward "
                    "staff (follow-up checks), administrator (users, settings). A user who leaves "
                    "is disabled, never deleted: their name stays on what they recorded."
                )
            )
        )
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.model = UsersTableModel(self)
        self.table = record_table(
            self.model, stretch=UserColumn.NAME, widths=(170, 260, 160, 200, 190, 210)
        )
        self.table.setObjectName("usersTable")
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.toggle_button = QPushButton(self.tr("&Disable user"))
        self.toggle_button.clicked.connect(self.toggle_selected)
        buttons.addWidget(self.toggle_button)
        self.unlock_button = QPushButton(self.tr("&Unlock user"))
        self.unlock_button.clicked.connect(self.unlock_selected)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.names_without_account = NamesWithoutAccountBox(self)
        layout.addWidget(self.names_without_account)
        events.user_signed_in.connect(self._user_changed)
        self.refresh()

    def _user_changed(self, _username: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        if not allows(self.ctx.role, Permission.MANAGE_USERS):  # the page is hidden then
            self.model.set_rows([])
            self.names_without_account.show_names(users.NamesWithoutAccount([], 0))
            self._update_buttons()
            return
        keep = self.current()
        try:
            rows = users.list_users(self.ctx)
            unknown = users.names_without_account(self.ctx)
        except EXPECTED_ERRORS as error:
            self.message.show_message(
                self.tr("The users could not be loaded. {why}").format(why=message_for(error))
            )
            return
        self.message.clear_message()
        self.model.set_rows(rows)
        self.names_without_account.show_names(unknown)
        if rows:
            index = 0
            if keep is not None:
                index = next((n for n, u in enumerate(rows) if u.username == keep.username), 0)
            self.table.selectRow(index)
        self._update_buttons()

    def current(self) -> User | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def _update_buttons(self, *_: object) -> None:
        gate(self.add_button, self.ctx, Permission.MANAGE_USERS)
        user = self.current()
        self.toggle_button.setText(
            self.tr("&Enable user")
            if user is not None and not user.active
            else self.tr("&Disable user")
        )
        own = user is not None and user.username == self.ctx.user
        gate(
            self.toggle_button,
            self.ctx,
            Permission.MANAGE_USERS,
            ready=user is not None and not own,
        )
        if own and self.toggle_button.toolTip() == "":
            self.toggle_button.setToolTip(self.tr("You cannot disable your own account."))
        held = user is not None and (user.locked_at is not None or user.failed_sign_ins > 0)
        gate(
            self.unlock_button,
            self.ctx,
            Permission.MANAGE_USERS,
            ready=held,
            tooltip=self.tr(
                "Lets the user sign in again and sets their failed sign-ins back to none."
            )
            if held
            else self.tr("Only a user with failed sign-ins or locked after them needs unlocking."),
        )

    def add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.user_added.connect(self._added)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _added(self, username: str) -> None:
        self.refresh()
        row = next((n for n, u in enumerate(self.model.rows()) if u.username == username), None)
        if row is not None:
            self.table.selectRow(row)
        self.message.show_message(
            self.tr("Added {user}. They can sign in now.").format(user=username), "info"
        )

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        self.table.setFocus()

    def toggle_selected(self) -> Operation[None] | None:
        """Disable an enabled user (they can no longer sign in), or enable a disabled one."""
        user = self.current()
        if user is None:
            return None

        def toggled(_result: None) -> None:
            self.refresh()
            done = (
                self.tr("{name} ({user}) can sign in again.")
                if not user.active
                else self.tr("{name} ({user}) can no longer sign in.")
            )
            self.message.show_message(
                done.format(name=user.display_name, user=user.username), "info"
            )

        return run_operation(
            self,
            lambda: users.set_active(self.ctx, user.username, not user.active),
            on_success=toggled,
            on_failure=lambda error: self.message.show_message(message_for(error)),
        )

    def unlock_selected(self) -> Operation[bool] | None:
        """Let a user locked after failed sign-ins sign in again (an audited change)."""
        user = self.current()
        if user is None:
            return None

        def unlocked(was_locked: bool) -> None:
            self.refresh()
            done = (
                self.tr("{name} ({user}) can sign in again.")
                if was_locked
                else self.tr("{name} ({user}) has no failed sign-ins any more.")
            )
            self.message.show_message(
                done.format(name=user.display_name, user=user.username), "info"
            )

        return run_operation(
            self,
            lambda: users.unlock_user(self.ctx, user.username),
            on_success=unlocked,
            on_failure=lambda error: self.message.show_message(message_for(error)),
        )
