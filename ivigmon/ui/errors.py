"""Plain messages for what can go wrong when saving: storage failures and impossible values."""

from __future__ import annotations

from collections.abc import Mapping

from ivigmon.domain.validation import ValidationError
from ivigmon.services.errors import (
    DatabaseBusy,
    DiskFull,
    EnvironmentFailure,
    NotPermitted,
    ReadOnlyDatabase,
    ServerUnavailable,
    StorageError,
)

KEPT = "Nothing was saved; what you typed is still here."

# Errors the user can act on; anything else is a bug and is raised.
EXPECTED_ERRORS: tuple[type[Exception], ...] = (ValidationError, StorageError)


def storage_message(error: StorageError) -> str:
    """What happened, that nothing was saved, and what to do next."""
    if isinstance(error, DatabaseBusy):
        return (
            "The database is busy: another ivigmon window or user on this computer is saving at "
            "this moment. "
            f"{KEPT} Wait a few seconds and save again."
        )
    if isinstance(error, DiskFull):
        return f"The disk that holds the database is full. {KEPT} Ask IT to free space."
    if isinstance(error, ReadOnlyDatabase):
        return (
            "The database can only be read here: this account has no permission to write the "
            "file. "
            f"{KEPT} Ask IT to check the file permissions."
        )
    if isinstance(error, ServerUnavailable):
        return (
            "The ward server cannot be reached (the network, or the server is down). "
            f"{KEPT} ivigmon reconnects by itself: try again once the server answers."
        )
    if isinstance(error, EnvironmentFailure):
        return f"The database could not be written (disk or network problem). {KEPT}"
    return f"The database refused this change: {error}. {KEPT}"


def sign_in_message(error: Exception, labels: Mapping[str, str] | None = None) -> str:
    """Why a sign-in did not happen: a server that does not answer signed nobody in."""
    if isinstance(error, ServerUnavailable):
        return (
            "The ward server cannot be reached (the network, or the server is down): nobody "
            "was signed in. Try again once it answers."
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
        return f"Not allowed for your role: {error.problem}. {KEPT}"
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
