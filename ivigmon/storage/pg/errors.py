"""Server errors, in the storage layer's own terms (the services never see psycopg)."""

from __future__ import annotations

import psycopg
from psycopg import errors as pg

from ivigmon.storage import errors


def translate(error: psycopg.Error, where: str) -> errors.StorageError | None:
    """The storage error for a server error, or None when it is a programming error."""
    if isinstance(error, pg.IntegrityError):
        return errors.ConflictError(_first_line(error))
    if isinstance(error, pg.SerializationFailure | pg.DeadlockDetected | pg.LockNotAvailable):
        return errors.DatabaseBusy(
            f"the ward server {where} is busy with another workstation's change; nothing was"
            " saved, try again"
        )
    if isinstance(error, pg.QueryCanceled):
        return errors.DatabaseBusy(f"the ward server {where} took too long; nothing was saved")
    if isinstance(error, pg.DiskFull):
        return errors.DiskFull(f"the disk of the ward server {where} is full; nothing was saved")
    if isinstance(error, pg.InsufficientPrivilege | pg.ReadOnlySqlTransaction):
        return errors.ReadOnlyDatabase(
            f"the ward server {where} does not let this account change that; nothing was saved"
            f" ({_first_line(error)})"
        )
    if isinstance(error, pg.DataCorrupted | pg.IndexCorrupted):
        return errors.CorruptDatabase(f"the ward server {where} reports damaged data")
    # The server ends a session that stalls inside a transaction (an SQLSTATE of its own class).
    if isinstance(
        error,
        psycopg.OperationalError | psycopg.InterfaceError | pg.IdleInTransactionSessionTimeout,
    ):
        return errors.ServerUnavailable(
            f"the ward server {where} cannot be reached; nothing was saved ({_first_line(error)})"
        )
    return None


def _first_line(error: psycopg.Error) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
