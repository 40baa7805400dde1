"""Copies of the database file made with SQLite's online backup API, and checks of such copies."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ivigmon.storage import errors
from ivigmon.storage.database import Store
from ivigmon.storage.schema import APPLICATION_ID, applied_names

# How long restore waits for another program to let go of the database before refusing.
RESTORE_LOCK_TIMEOUT_S = 2.0
# Enough integrity_check lines to say what is wrong without flooding a message.
PROBLEM_LINES = 5
# The first 16 bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class CopyInfo:
    """What a database file (a backup, or the one to replace) holds, read without changing it."""

    path: Path
    integrity_ok: bool
    # Empty when the file is sound; otherwise the first lines of integrity_check or the error.
    problems: list[str] = field(default_factory=list)
    application_id: int | None = None
    # Applied ivigmon migrations, oldest first.
    schema: list[str] = field(default_factory=list)

    @property
    def ours(self) -> bool:
        return self.application_id == APPLICATION_ID


def integrity_problems(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """[] when PRAGMA integrity_check (or the faster quick_check) finds nothing wrong."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}({PROBLEM_LINES})").fetchall()
    except sqlite3.DatabaseError as exc:
        # A badly damaged file cannot even be checked ("malformed", "not a database").
        return [str(exc)]
    lines = [str(row[0]) for row in rows]
    return [] if lines == ["ok"] else lines


def store_problems(store: Store, *, quick: bool = True) -> list[str]:
    """[] when the open database passes quick_check (or the full integrity_check)."""
    return integrity_problems(store.conn, quick=quick)


def inspect_copy(path: str | os.PathLike[str]) -> CopyInfo:
    """Open `path` read-only and report its integrity, owner and schema.

    Never raises for damage: a damaged or foreign file is an answer, not an error.
    """
    target = Path(path)
    if not target.is_file():
        return CopyInfo(target, False, [f"{target} does not exist or is not a file"])
    try:
        conn = _open_read_only(target)
    except sqlite3.Error as exc:
        return CopyInfo(target, False, [str(exc)])
    try:
        problems = integrity_problems(conn)
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            schema = applied_names(conn)
        except sqlite3.DatabaseError as exc:
            return CopyInfo(target, False, problems or [str(exc)])
        return CopyInfo(target, not problems, problems, app_id, schema)
    finally:
        conn.close()


def verify_backup(path: str | os.PathLike[str]) -> tuple[bool, list[str]]:
    """(integrity_check is ok, applied ivigmon migrations) of a backup file, read-only."""
    info = inspect_copy(path)
    return info.integrity_ok, info.schema


def backup_to(store: Store, dest: str | os.PathLike[str]) -> Path:
    """Copy the open database to `dest` while the program keeps running.

    The copy is a consistent snapshot of the last committed state: in WAL mode the backup reads
    like any reader, so a write transaction open elsewhere neither blocks it nor gets into it.
    The copy is written beside `dest` and renamed into place, so `dest` is never half written;
    it is a single file (rollback-journal mode) readable by the owner only.
    """
    if store.conn.in_transaction:
        # SQLite answers a backup from a connection that is writing with SQLITE_LOCKED, and
        # Python retries that forever: refuse instead of hanging the program.
        raise errors.StorageError("a backup cannot be made in the middle of a transaction")
    target = Path(dest)
    temp = _copy_to_temp(store.conn, target)
    _install(temp, target)
    return target


def replace_database(db_path: str | os.PathLike[str], src: Path, *, stamp: str) -> Path | None:
    """Put a copy of `src` in place of the database at `db_path`, keeping the old file.

    The old file (with its -wal and -shm) is renamed `<db>.replaced-<stamp>`; its path is
    returned (None when there was no database). Refuses with DatabaseBusy while any other
    connection has the database open. The caller has checked `src` beforehand.
    """
    db = Path(db_path)
    src_conn = _open_read_only(src)
    try:
        temp = _copy_to_temp(src_conn, db)
    finally:
        src_conn.close()
    try:
        copied = inspect_copy(temp)
        if not copied.integrity_ok:
            raise errors.CorruptDatabase(
                f"the copy of {src} came out damaged ({copied.problems[0]}); nothing was replaced"
            )
        kept = _set_aside(db, stamp) if db.exists() else None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _install(temp, db)
    return kept


def _open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, isolation_level=None)
    conn.row_factory = sqlite3.Row  # rows are read by column name
    return conn


def _copy_to_temp(source: sqlite3.Connection, dest: Path) -> Path:
    """A complete, synced copy of `source` in a private temporary file beside `dest`."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    # Created owner-only before SQLite opens it: the copy holds patient records from its
    # first byte.
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600))
    try:
        copy = sqlite3.connect(temp, isolation_level=None)
        try:
            # pages=-1: one step, so the whole copy comes from one snapshot. Python retries
            # the step itself while the source is busy or locked.
            source.backup(copy)
            # The copy inherits WAL mode from the header; a single self-contained file is
            # easier to keep, move and open read-only (WAL would need -shm/-wal beside it).
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        _fsync(temp)
    except sqlite3.Error as exc:
        temp.unlink(missing_ok=True)
        raise (errors.translate(exc, str(dest)) or exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _install(temp: Path, dest: Path) -> None:
    os.chmod(temp, 0o600)
    os.replace(temp, dest)
    _fsync_dir(dest.parent)


def _set_aside(db: Path, stamp: str) -> Path:
    """Rename the database and its -wal/-shm to `<db>.replaced-<stamp>` once nobody uses it."""
    _checkpoint_alone(db)
    kept = db.with_name(f"{db.name}.replaced-{stamp}")
    number = 1
    while kept.exists():  # two restores within one second: never overwrite a kept file
        number += 1
        kept = db.with_name(f"{db.name}.replaced-{stamp}-{number}")
    # The -wal must travel with its database (SQLite finds it by name), or committed records
    # that were not yet checkpointed would be lost from the kept copy.
    for suffix in ("-wal", "-shm"):
        side = db.with_name(db.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    os.replace(db, kept)
    _fsync_dir(db.parent)
    return kept


def _checkpoint_alone(db: Path) -> None:
    """Refuse while another connection is open; otherwise fold the WAL into the file.

    An exclusive lock is the only way to learn that no other program has the file open (an
    idle connection blocks neither a checkpoint nor a write). The file may be damaged, which
    is why it is being replaced: then it cannot be checkpointed and is moved as it is.
    """
    if not _has_sqlite_header(db):
        # No program can be using it, and SQLite would delete its -wal on closing it.
        return
    try:
        conn = sqlite3.connect(db, isolation_level=None, timeout=RESTORE_LOCK_TIMEOUT_S)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        failure = errors.translate(exc, str(db))
        if isinstance(failure, errors.DatabaseBusy):
            raise errors.DatabaseBusy(
                f"the database {db} is open in another ivigmon; close ivigmon on every "
                "workstation, then restore again (nothing was replaced)"
            ) from exc
        # Damaged or not a database: nothing to fold in, move it as it is.
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()


def _has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); directories cannot be opened on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
