"""Private temporary copies beside a target: writing, naming without replacing, tidying up."""

from __future__ import annotations

import errno
import itertools
import logging
import os
import re
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

# `.<name>.<pid>.tmp`, or `.<name>.<pid>-<n>.tmp` when the process already has one for that
# name; SQLite may leave its -journal, -wal or -shm beside a copy it was writing.
TEMP_NAME = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)(?:-\d+)?\.tmp(?:-journal|-wal|-shm)?")
# The files SQLite keeps beside a database; a stale one must never meet a new file of that name.
SIDECARS = ("-wal", "-shm", "-journal")
# A leftover is removed only when nothing has written it for this long: a workstation sharing
# the folder may be writing it, and its processes are invisible to this computer.
LEFTOVER_AGE_S = 3600.0
# Errors of a file system that has no hard links (FAT and exFAT sticks, some network shares).
NO_HARD_LINKS = {
    errno.EPERM,
    errno.EOPNOTSUPP,
    errno.ENOTSUP,
    errno.EXDEV,
    errno.EMLINK,
    errno.ENOSYS,
}
# Copy size when the bytes must be copied (a file system without hard links).
CHUNK = 1 << 20


def new_temp(dest: Path) -> Path:
    """An empty owner-only file beside `dest`, created here: never a file that existed."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    pid = os.getpid()
    for number in itertools.count(1):
        more = "" if number == 1 else f"-{number}"
        temp = dest.with_name(f".{dest.name}.{pid}{more}.tmp")
        if taken(temp):
            continue
        try:
            # Owner-only before SQLite opens it: the copy holds patient records from its
            # first byte.
            os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600))
        except FileExistsError:
            continue
        return temp
    raise AssertionError("unreachable")  # itertools.count never ends


def taken(path: Path) -> bool:
    """True when `path` or a -wal, -shm or -journal of that name exists."""
    return any(os.path.lexists(f"{path}{side}") for side in ("", *SIDECARS))


def write_copy(source: sqlite3.Connection, temp: Path) -> None:
    """Copy the database of `source` into `temp` from one snapshot, as one synced file."""
    copy = sqlite3.connect(temp, isolation_level=None)
    try:
        # pages=-1: one step, so the whole copy comes from one snapshot. Python retries the
        # step itself while the source is busy or locked.
        source.backup(copy)
        # The copy inherits WAL mode from the header; a single self-contained file is easier
        # to keep, move and open read-only (WAL would need -shm/-wal beside it).
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    fsync_file(temp)


def numbered(dest: Path) -> Iterator[Path]:
    """`dest`, then `<stem>-2.db`, `<stem>-3.db`, ... (`<name>-2` for a name not ending .db)."""
    yield dest
    for number in itertools.count(2):
        if dest.suffix == ".db":
            yield dest.with_name(f"{dest.stem}-{number}{dest.suffix}")
        else:
            yield dest.with_name(f"{dest.name}-{number}")


def install_numbered(temp: Path, dest: Path) -> Path:
    """Install `temp` as the first of `numbered(dest)` that nothing (nor a side file) has."""
    for name in numbered(dest):
        if taken(name):
            continue
        try:
            install(temp, name)
        except FileExistsError:
            continue  # taken a moment ago
        return name
    raise AssertionError("unreachable")  # numbered() never ends


def install(temp: Path, dest: Path) -> None:
    """Give the complete `temp` the name `dest`, atomically and never over an existing file
    (FileExistsError). The caller removes `temp` afterwards (it may already be gone)."""
    if os.name == "nt":
        os.rename(temp, dest)  # Windows' rename never replaces
        return
    link_or_copy(temp, dest)


def link_or_copy(src: Path, dest: Path) -> None:
    """A second name `dest` for `src` (FileExistsError when it exists): a hard link, atomic;
    where the file system has none, a synced copy in a file created for it alone (O_EXCL)."""
    try:
        os.link(src, dest)
    except FileExistsError:
        raise
    except OSError as exc:
        if not _no_hard_links(exc):
            raise
        _copy_exclusively(src, dest)
    fsync_dir(dest.parent)


def move(src: Path, dest: Path) -> None:
    """Rename `src` to `dest` unless `dest` exists (FileExistsError)."""
    try:
        os.link(src, dest)
    except FileExistsError:
        raise
    except OSError as exc:
        if not _no_hard_links(exc):
            raise
        if os.path.lexists(dest):
            raise FileExistsError(errno.EEXIST, "file exists", str(dest)) from exc
        os.rename(src, dest)
    else:
        os.unlink(src)  # the content stays, under its new name


def _no_hard_links(exc: OSError) -> bool:
    return os.name == "nt" or exc.errno in NO_HARD_LINKS


def _copy_exclusively(temp: Path, dest: Path) -> None:
    fd = os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as out, temp.open("rb") as source:
            shutil.copyfileobj(source, out, CHUNK)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        # Created above by this call: an incomplete copy must not look like a finished one.
        os.unlink(dest)
        raise


def remove_leftovers(folder: Path, owns: Callable[[str], object]) -> list[Path]:
    """Remove temporary copies in `folder` that an interrupted ivigmon left behind.

    Only files named like ours (`TEMP_NAME`) for a target name that `owns` accepts, whose
    process has ended and that nothing has written for an hour; each removal is logged.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []
    removed: list[Path] = []
    now = time.time()
    for entry in entries:
        match = TEMP_NAME.fullmatch(entry.name)
        if match is None or not owns(match["name"]):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        pid = int(match["pid"])
        if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < LEFTOVER_AGE_S:
            continue
        if _process_alive(pid):
            continue
        try:
            os.unlink(entry.path)
        except OSError as exc:
            log.warning("could not remove the leftover temporary copy %s: %s", entry.path, exc)
            continue
        log.warning(
            "removed %s (%.1f MB), a temporary copy left by a backup, restore or import that was "
            "interrupted (process %d has ended)",
            entry.path,
            info.st_size / 1e6,
            pid,
        )
        removed.append(Path(entry.path))
    return removed


def _process_alive(pid: int) -> bool:
    """False only when this computer certainly has no process `pid`."""
    if pid <= 0 or os.name != "posix":
        # Windows has no harmless signal 0 (os.kill would end the process): keep the file.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # another user's process, or a number no process can have
    return True


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); directories cannot be opened on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
