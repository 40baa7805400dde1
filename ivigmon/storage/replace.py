"""Putting a checked copy in place of a database, so that the old or the new one is always there."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ivigmon.storage import errors, temp_copies
from ivigmon.storage.backup import (
    MAX_NUMBER,
    copy_to_temp,
    inspect_copy,
    open_read_only,
    os_failures,
)
from ivigmon.storage.database import Store
from ivigmon.storage.temp_copies import SIDECARS

log = logging.getLogger(__name__)

# How long restore waits for another program to let go of the database before refusing.
RESTORE_LOCK_TIMEOUT_S = 2.0
# The first 16 bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"


def replace_database(
    db_path: str | os.PathLike[str],
    src: Path,
    *,
    stamp: str,
    note: Callable[[sqlite3.Connection], None] | None = None,
    actor: str = "system",
    at: datetime | None = None,
) -> Path | None:
    """Put a copy of `src` in place of the database at `db_path`, keeping the old file.

    At every moment either the old or the new database is at `db_path`: the copy is written
    complete beside it (with `note` written into it in one audited transaction, by `actor` at
    `at`), checked and synced; the old file is made whole (its WAL folded in) under an exclusive
    lock and kept under a second name, `<db>.replaced-<stamp>`, whose path is returned (None
    when there was no database); its -wal/-shm/-journal go with it; then one atomic rename puts
    the copy in place. Refuses with DatabaseBusy while any other connection has the database
    open. The caller has checked `src` beforehand.
    """
    db = Path(db_path)
    with os_failures(f"could not restore {db}", then="; nothing was replaced"):
        src_conn = open_read_only(src)
        try:
            temp = copy_to_temp(src_conn, db)
        finally:
            src_conn.close()
        try:
            if note is not None:
                _write_note(temp, note, actor=actor, at=at or datetime.now())
            copied = inspect_copy(temp)
            if not copied.integrity_ok:
                raise errors.CorruptDatabase(
                    f"the copy of {src} came out damaged ({copied.problems[0]}); "
                    "nothing was replaced"
                )
            kept = _swap_in(temp, db, stamp)
        finally:
            temp.unlink(missing_ok=True)  # still there only when nothing was replaced
    with os_failures(f"{db} was restored, but the disk did not confirm it"):
        temp_copies.fsync_dir(db.parent)
    return kept


def _write_note(
    temp: Path, note: Callable[[sqlite3.Connection], None], *, actor: str, at: datetime
) -> None:
    """Run `note` in one transaction on the copy, sealed into its audit trail when it has one."""
    conn = sqlite3.connect(temp, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA synchronous = FULL")
    copy = Store(conn, str(temp))
    copy.actor = actor
    copy.clock = lambda: at
    try:
        if "audit_log" in {r["name"] for r in conn.execute("SELECT name FROM sqlite_schema")}:
            with copy.write() as writing:
                note(writing)
        else:
            # A copy from before the audit trail existed: the row itself says who and when.
            conn.execute("BEGIN IMMEDIATE")
            note(conn)
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise (errors.translate(exc, str(temp)) or exc) from exc
    finally:
        copy.close()
    temp_copies.fsync_file(temp)


def _swap_in(temp: Path, db: Path, stamp: str) -> Path | None:
    """Keep the old database under a new name, then rename `temp` over it (the atomic step)."""
    lock = _settle_alone(db)
    kept = _free_name(db.with_name(f"{db.name}.replaced-{stamp}"))
    try:
        _keep_old(db, kept)
        if lock is not None and os.name != "posix":
            # Windows cannot rename over a file that is open.
            lock.close()
            lock = None
        os.chmod(temp, 0o600)
        os.replace(temp, db)
    except BaseException:
        _put_back(db, kept)
        raise
    finally:
        if lock is not None:
            lock.close()
    return kept if os.path.lexists(kept) else None


def _free_name(name: Path) -> Path:
    """`name`, or `name-2`, `-3`... when a file (or its -wal...) has it: two restores within
    one second never overwrite a kept file."""
    for attempt, candidate in enumerate(temp_copies.numbered(name)):
        if not temp_copies.taken(candidate) or attempt >= MAX_NUMBER:
            return candidate
    raise AssertionError("unreachable")  # numbered() never ends


def _keep_old(db: Path, kept: Path) -> None:
    """`kept` becomes a hard link to (or a copy of) the old database, and its -wal, -shm and
    -journal move beside it: a WAL that could not be folded in holds committed records of
    the old file only, and must never be read as part of the new one (SQLite finds it by name).
    FileExistsError when another program takes one of those names meanwhile."""
    if os.path.lexists(db):
        temp_copies.link_or_copy(db, kept)
    sides = [side for side in SIDECARS if os.path.lexists(f"{db}{side}")]
    for side in sides:
        temp_copies.move(Path(f"{db}{side}"), Path(f"{kept}{side}"))
    temp_copies.fsync_dir(db.parent)
    if sides and not os.path.lexists(kept):
        log.warning("%s had no database file; its %s moved beside %s", db, sides, kept)


def _put_back(db: Path, kept: Path) -> None:
    """After a failure before the swap, the old database has its own names only again: its
    side files come back, and second names (hard links, nothing of their own) go. Every name
    beside `kept` is this restore's: `kept` was free."""
    for side in ("", *SIDECARS):
        home, moved = Path(f"{db}{side}"), Path(f"{kept}{side}")
        with contextlib.suppress(OSError):  # what stays is whole, under one name or two
            if os.path.lexists(home) and os.path.samefile(home, moved):
                moved.unlink()
            elif side and os.path.lexists(moved) and not os.path.lexists(home):
                temp_copies.move(moved, home)


def _settle_alone(db: Path) -> sqlite3.Connection | None:
    """Lock the old database for this connection alone and make it one self-contained file.

    Returns the connection, which holds the lock until it is closed (after the swap), so that
    no other program writes the old file meanwhile; None when the file is no database or
    cannot be settled (damaged: it is then kept as it is, with its -wal). An exclusive lock is
    the only way to learn that no other program has the file open (an idle connection blocks
    neither a checkpoint nor a write): DatabaseBusy while one has.
    """
    if not db.is_file() or not _has_sqlite_header(db):
        # No program can be using it, and SQLite would delete its -wal on closing it.
        return None
    try:
        conn = sqlite3.connect(db, isolation_level=None, timeout=RESTORE_LOCK_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        # In exclusive mode SQLite keeps its rollback journal after a transaction: keep it
        # empty, as it stays beside the old file.
        conn.execute("PRAGMA journal_size_limit = 0")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.close()
        if isinstance(errors.translate(exc, str(db)), errors.DatabaseBusy):
            raise errors.DatabaseBusy(
                f"the database {db} is open in another ivigmon; close every ivigmon window and "
                "command using it (every user of this computer), then restore again (nothing "
                "was replaced)"
            ) from exc
        return None  # damaged or not a database: kept as it is
    try:
        # Leaving WAL folds every committed record into the file and removes the -wal.
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise sqlite3.OperationalError(f"journal mode stayed {mode}")
        # When this connection closes (after the swap) it must touch no file by name: the
        # names -journal and -wal then belong to the new database. PERSIST deletes nothing.
        conn.execute("PRAGMA journal_mode = PERSIST")
    except sqlite3.Error:
        conn.close()  # a damaged file: kept as it is, with whatever WAL it has
        return None
    return conn


def _has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
