"""Errors the services raise, and the storage failures re-exported for the ui and the CLI."""

from __future__ import annotations

from ivigmon.domain.roles import Permission, Role
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.validation import ValidationError
from ivigmon.storage.errors import (
    CannotOpen,
    ConflictError,
    CorruptDatabase,
    DatabaseBusy,
    DiskFull,
    EnvironmentFailure,
    MissingDatabase,
    NewerSchema,
    NotOurDatabase,
    ReadOnlyDatabase,
    ServerUnavailable,
    StorageError,
)

__all__ = [
    "PERMISSION_TEXT",
    "CannotOpen",
    "ConflictError",
    "CorruptDatabase",
    "DatabaseBusy",
    "DiskFull",
    "EnvironmentFailure",
    "MissingDatabase",
    "NewerSchema",
    "NotOurDatabase",
    "NotPermitted",
    "ReadOnlyDatabase",
    "ServerUnavailable",
    "StorageError",
    "UnknownRecord",
]


class UnknownRecord(ValidationError):
    """An MRN, infusion id or check that is not in the database."""


class NotPermitted(ValidationError):
    """The signed-in user's role does not allow this action: `permission` and `role` let a
    screen say so in its own language (`None`: nobody is signed in)."""

    permission: Permission | None = None
    role: Role | None = None


# Marked for translation: the screens show them translated (`QCoreApplication.translate(
# "permissions", ...)`); the command line keeps these words.
PERMISSION_TEXT: dict[Permission, str] = {
    Permission.VIEW: QT_TRANSLATE_NOOP("permissions", "view records"),
    Permission.RECORD_PATIENTS: QT_TRANSLATE_NOOP("permissions", "register or change patients"),
    Permission.RECORD_INFUSIONS: QT_TRANSLATE_NOOP("permissions", "record infusions"),
    Permission.RECORD_CHECKS: QT_TRANSLATE_NOOP("permissions", "record follow-up checks"),
    Permission.IMPORT: QT_TRANSLATE_NOOP("permissions", "import records"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("permissions", "manage user accounts"),
    Permission.CHANGE_SETTINGS: QT_TRANSLATE_NOOP("permissions", "change settings"),
    Permission.EDIT_CATALOGUE: QT_TRANSLATE_NOOP("permissions", "edit the product catalogue"),
}
