"""Copies of the database file made with SQLite's online backup API, and checks of such copies."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ivigmon.storage import errors, temp_copies
from ivigmon.storage.database import Store
from ivigmon.storage.engine import on_server
from ivigmon.storage.pg.health import checksums
from ivigmon.storage.schema import APPLICATION_ID, applied_names
from ivigmon.storage.temp_copies import SIDECARS

# Enough integrity_check lines to say what is wrong without flooding a message.
PROBLEM_LINES = 5
# How many numbered names (`-2`, `-3`...) a copy may try before giving up.
MAX_NUMBER = 1000


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
    """[] when the open database passes quick_check (or the full integrity_check); on a ward
    server, when the server counted no failed data checksum in it (see `integrity_checked`)."""
    if on_server(store.conn):
        failures = checksums(store.conn).failures
        return [f"the server counted {failures} failed data checksums"] if failures else []
    return integrity_problems(store.conn, quick=quick)


def integrity_checked(store: Store) -> bool:
    """Whether `store_problems` reads the data at all: always for a file; on a server only when
    its cluster keeps data checksums."""
    return not on_server(store.conn) or checksums(store.conn).enabled


def inspect_copy(path: str | os.PathLike[str]) -> CopyInfo:
    """Open `path` read-only and report its integrity, owner and schema.

    Never raises for damage: a damaged or foreign file is an answer, not an error.
    """
    target = Path(path)
    if not target.is_file():
        return CopyInfo(target, False, [f"{target} does not exist or is not a file"])
    try:
        conn = open_read_only(target)
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


def target_problem(dest: Path, database: str | os.PathLike[str]) -> str | None:
    """Why no copy may be written at `dest` (None when one may): a copy never replaces a file,
    and never takes the place of a database or of a file SQLite keeps beside one."""
    db = Path(database)
    if _same_file(dest, db):
        return "is the database in use; choose another name"
    for side in SIDECARS:
        if dest.name.endswith(side) and len(dest.name) > len(side):
            owner = dest.with_name(dest.name[: -len(side)])
            if owner.exists() or _same_file(owner, db):
                return f"is the {side[1:]} file of the database {owner}; choose another name"
    for side in SIDECARS:
        if os.path.lexists(f"{dest}{side}"):
            return (
                f"is a database: its {side[1:]} file {dest.name}{side} is beside it; "
                "choose another name"
            )
    if os.path.lexists(dest):
        return "a file already exists there and a backup never replaces one; choose a new name"
    for folder in dest.parents:
        if folder.exists():
            return None if folder.is_dir() else f"{folder} is a file, not a folder"
    return None


def backup_to(store: Store, dest: str | os.PathLike[str], *, renumber: bool = False) -> Path:
    """Copy the open database to a new file `dest` while the program keeps running.

    The copy is a consistent snapshot of the last committed state: in WAL mode the backup reads
    like any reader, so a write transaction open elsewhere neither blocks it nor gets into it.
    It is written to a private temporary file beside `dest`, read back (integrity_check), and
    only then given its name, atomically and never over an existing file: a taken name is
    refused (PathTaken), or with `renumber` becomes `<stem>-2.db`, `-3`... A copy that fails
    its check is removed (the temporary file, nothing else) and CorruptDatabase raised. The
    copy is a single file (rollback-journal mode) readable by the owner only.
    """
    if store.conn.in_transaction:
        # SQLite answers a backup from a connection that is writing with SQLITE_LOCKED, and
        # Python retries that forever: refuse instead of hanging the program.
        raise errors.StorageError("a backup cannot be made in the middle of a transaction")
    target = Path(dest)
    if not renumber:
        _refuse_taken(target, store.path)  # before the copy, which may take a while
    with os_failures(f"could not write the backup {target}"):
        temp = copy_to_temp(store.conn, target)
        try:
            copied = inspect_copy(temp)
            if not copied.integrity_ok:
                raise errors.CorruptDatabase(
                    f"the backup of {store.path} failed its check ({copied.problems[0]}); "
                    "the database may be damaged"
                )
            return _install_new(temp, target, store.path, renumber=renumber)
        finally:
            temp.unlink(missing_ok=True)  # this call's own file; the copy lives on by its name


@contextlib.contextmanager
def os_failures(what: str, then: str = "") -> Iterator[None]:
    """A refusal of the operating system (no permission, disk full, no such folder) as one
    plain line instead of a traceback."""
    try:
        yield
    except OSError as exc:
        raise errors.EnvironmentFailure(f"{what} ({exc.strerror or exc}){then}") from exc


def _refuse_taken(target: Path, database: str) -> None:
    problem = target_problem(target, database)
    if problem is not None:
        raise errors.PathTaken(f"backup {target}: path: {problem}")


def _install_new(temp: Path, target: Path, database: str, *, renumber: bool) -> Path:
    for attempt, candidate in enumerate(temp_copies.numbered(target)):
        problem = target_problem(candidate, database)
        if problem is None:
            try:
                temp_copies.install(temp, candidate)
            except FileExistsError:
                problem = "another program created a file there during the backup; try again"
            else:
                return candidate
        if not renumber or attempt >= MAX_NUMBER:
            raise errors.PathTaken(f"backup {candidate}: path: {problem}")
    raise AssertionError("unreachable")  # numbered() never ends


def open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, isolation_level=None)
    conn.row_factory = sqlite3.Row  # rows are read by column name
    return conn


def copy_to_temp(source: sqlite3.Connection, dest: Path) -> Path:
    """A complete, synced copy of `source` in a private temporary file beside `dest`."""
    temp = temp_copies.new_temp(dest)
    try:
        temp_copies.write_copy(source, temp)
    except sqlite3.Error as exc:
        temp.unlink(missing_ok=True)
        raise (errors.translate(exc, str(dest)) or exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _same_file(a: Path, b: Path) -> bool:
    """The same file (also through a link or another spelling of the path)."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False
