"""Storage failures the desktop app explains, re-exported so that the ui never imports storage."""

from __future__ import annotations

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
    StorageError,
)

__all__ = [
    "CannotOpen",
    "ConflictError",
    "CorruptDatabase",
    "DatabaseBusy",
    "DiskFull",
    "EnvironmentFailure",
    "MissingDatabase",
    "NewerSchema",
    "NotOurDatabase",
    "ReadOnlyDatabase",
    "StorageError",
]
