"""Errors the services raise, and the storage failures re-exported for the ui and the CLI."""

from __future__ import annotations

from ivigmon.domain.roles import Permission
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
    """The signed-in user's role does not allow this action."""


PERMISSION_TEXT: dict[Permission, str] = {
    Permission.VIEW: "view records",
    Permission.RECORD_PATIENTS: "register or change patients",
    Permission.RECORD_INFUSIONS: "record infusions",
    Permission.RECORD_CHECKS: "record follow-up checks",
    Permission.IMPORT: "import records",
    Permission.MANAGE_USERS: "manage user accounts",
    Permission.CHANGE_SETTINGS: "change settings",
    Permission.EDIT_CATALOGUE: "edit the product catalogue",
}
