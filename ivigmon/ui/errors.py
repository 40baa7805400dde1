"""Plain messages for what can go wrong when saving: storage failures and impossible values."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ivigmon.domain.roles import Role
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.validation import ValidationError
from ivigmon.services.errors import (
    PERMISSION_TEXT,
    DatabaseBusy,
    DiskFull,
    EnvironmentFailure,
    NotPermitted,
    ReadOnlyDatabase,
    ServerUnavailable,
    StorageError,
)

KEPT = QT_TRANSLATE_NOOP("errors", "Nothing was saved; what you typed is still here.")

# Errors the user can act on; anything else is a bug and is raised.
EXPECTED_ERRORS: tuple[type[Exception], ...] = (ValidationError, StorageError)


def _kept() -> str:
    return QCoreApplication.translate("errors", KEPT)


def storage_message(error: StorageError) -> str:
    """What happened, that nothing was saved, and what to do next."""
    if isinstance(error, DatabaseBusy):
        return QCoreApplication.translate(
            "errors",
            "The database is busy: another ivigmon window or user on this computer is saving at "
            "this moment. {kept} Wait a few seconds and save again.",
        ).format(kept=_kept())
    if isinstance(error, DiskFull):
        return QCoreApplication.translate(
            "errors", "The disk that holds the database is full. {kept} Ask IT to free space."
        ).format(kept=_kept())
    if isinstance(error, ReadOnlyDatabase):
        return QCoreApplication.translate(
            "errors",
            "The database can only be read here: this account has no permission to write the "
            "file. {kept} Ask IT to check the file permissions.",
        ).format(kept=_kept())
    if isinstance(error, ServerUnavailable):
        return QCoreApplication.translate(
            "errors",
            "The ward server cannot be reached (the network, or the server is down). "
            "{kept} ivigmon reconnects by itself: try again once the server answers.",
        ).format(kept=_kept())
    if isinstance(error, EnvironmentFailure):
        return QCoreApplication.translate(
            "errors", "The database could not be written (disk or network problem). {kept}"
        ).format(kept=_kept())
    return QCoreApplication.translate(
        "errors", "The database refused this change: {error}. {kept}"
    ).format(error=error, kept=_kept())


def sign_in_message(error: Exception, labels: Mapping[str, str] | None = None) -> str:
    """Why a sign-in did not happen: a server that does not answer signed nobody in."""
    if isinstance(error, ServerUnavailable):
        return QCoreApplication.translate(
            "errors",
            "The ward server cannot be reached (the network, or the server is down): nobody "
            "was signed in. Try again once it answers.",
        )
    return message_for(error, labels)


def validation_message(error: ValidationError, labels: Mapping[str, str] | None = None) -> str:
    """`Dose (g): must be more than 0 g (got -3)` with the form's own label for the field."""
    label = (labels or {}).get(error.field)
    if label is None:
        label = error.field.replace("_", " ")
    return f"{label}: {error.problem}"


def message_for(error: Exception, labels: Mapping[str, str] | None = None) -> str:
    if isinstance(error, NotPermitted):
        return QCoreApplication.translate(
            "errors", "Not allowed for your role: {why}. {kept}"
        ).format(why=not_permitted_words(error), kept=_kept())
    if isinstance(error, ValidationError):
        return validation_message(error, labels)
    if isinstance(error, StorageError):
        return storage_message(error)
    return str(error)


def file_message(error: Exception) -> str:
    """Why a file was not written (an export, a saved chart): the file and its problem (a
    full disk or a folder that refuses it is the file's, not the database's)."""
    if isinstance(error, EnvironmentFailure):
        text = str(error)
    elif isinstance(error, ValidationError) and error.record.startswith("file "):
        text = f"{error.record}: {error.problem}"
    else:
        return message_for(error)
    return f"{text[:1].upper()}{text[1:]}."


# How a refusal names the people of a role: "ward staff may not ...".
ROLE_PEOPLE: dict[Role, str] = {
    Role.NURSE: QT_TRANSLATE_NOOP("errors", "nurses"),
    Role.WARD_STAFF: QT_TRANSLATE_NOOP("errors", "ward staff"),
    Role.ADMIN: QT_TRANSLATE_NOOP("errors", "administrators"),
}


def not_permitted_words(error: NotPermitted) -> str:
    """`nurses may not change settings` in the language of the screens (the error's own
    English words where it does not say which permission)."""
    if error.permission is None:
        if error.problem == "sign in first":
            return QCoreApplication.translate("errors", "sign in first")
        return error.problem
    who = (
        QCoreApplication.translate("errors", ROLE_PEOPLE[error.role])
        if error.role is not None
        else QCoreApplication.translate("errors", "this user")
    )
    return QCoreApplication.translate("errors", "{who} may not {what}").format(
        who=who, what=QCoreApplication.translate("permissions", PERMISSION_TEXT[error.permission])
    )
