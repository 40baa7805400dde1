"""Storage errors, split into environment failures (the user can act) and programming errors."""

from __future__ import annotations

import sqlite3


class StorageError(Exception):
    """Base of every error raised by the storage layer."""


class EnvironmentFailure(StorageError):
    """The disk, the file or another process is in the way; nothing was written."""


class DatabaseBusy(EnvironmentFailure):
    pass


class DiskFull(EnvironmentFailure):
    pass


class ReadOnlyDatabase(EnvironmentFailure):
    pass


class CannotOpen(EnvironmentFailure):
    pass


class ServerUnavailable(EnvironmentFailure):
    """The ward server cannot be reached (down, the network, a wrong address)."""


class LoginRefused(StorageError):
    """The ward server did not admit a person's own login with the password they typed (a
    wrong password, or a login the server does not admit from here)."""


class NetworkLocation(CannotOpen):
    """The database file is on a network file system, where SQLite cannot keep it safe."""


class NotOurDatabase(StorageError):
    """The file is not SQLite, or SQLite written by another program."""


class NewerSchema(StorageError):
    """The database was written by a newer ivigmon; refusing to touch it."""


class CorruptDatabase(StorageError):
    pass


class PathTaken(StorageError):
    """A new file (a backup) would take the place of an existing one; nothing was written."""


class NotEmpty(StorageError):
    """A database that only an empty one may be (where a ward moves or is restored) holds
    records; nothing was written."""


class NeedsUpgrade(StorageError):
    """A database from an older ivigmon, read by a command that never changes it."""


class MissingDatabase(StorageError):
    pass


class ConflictError(StorageError):
    """A uniqueness rule was broken (for example an MRN that already exists)."""


# Primary SQLite result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_CONSTRAINT = 19
SQLITE_NOTADB = 26


def translate(error: sqlite3.Error, path: str) -> StorageError | None:
    """The storage error for a SQLite error, or None when it is a programming error."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return DatabaseBusy(
            f"the database {path} is busy in another program; nothing was saved, try again"
        )
    if primary == SQLITE_FULL or "disk is full" in text:
        return DiskFull(f"the disk holding {path} is full; nothing was saved")
    if primary == SQLITE_READONLY or "readonly" in text:
        return ReadOnlyDatabase(f"the database {path} is read-only; nothing was saved")
    if primary == SQLITE_NOTADB or "not a database" in text:
        return NotOurDatabase(f"{path} is not an ivigmon database (not an SQLite file)")
    if primary == SQLITE_CORRUPT or "malformed" in text:
        return CorruptDatabase(f"the database {path} is damaged; restore it from a backup")
    if primary == SQLITE_CANTOPEN or "unable to open" in text:
        return CannotOpen(f"cannot open the database {path}")
    if primary == SQLITE_IOERR or "disk i/o" in text:
        return EnvironmentFailure(f"the disk holding {path} failed to write; nothing was saved")
    if primary == SQLITE_CONSTRAINT or isinstance(error, sqlite3.IntegrityError):
        return ConflictError(str(error))
    return None
