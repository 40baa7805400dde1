"""Where a database file lives: owner-only permissions, foreign journal files, network drives.

SQLite keeps a database consistent only when every program that opens it sees the same file
locks and shared memory. That holds for programs on one computer. On a network file system
(NFS, SMB/CIFS and the like) the locks are unreliable and WAL's shared memory does not work at
all; SQLite's own documentation warns that databases have been corrupted that way
(https://www.sqlite.org/useovernet.html). ivigmon therefore refuses to write a database there.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from ivigmon.storage import errors

# File system types that are network (or cluster) file systems, as /proc/mounts names them.
NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.rclone",
        "fuse.s3fs",
    }
)
JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")


def mount_table() -> str:
    """The running system's mount table (Linux); empty where there is none to read."""
    try:
        return Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _unescape(field: str) -> str:
    # /proc/mounts writes a space in a path as \040 (and tab, newline, backslash alike).
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def network_filesystem(path: str | os.PathLike[str], table: str | None = None) -> str | None:
    """The network file system type (`nfs4`, `cifs`...) holding `path`, or None when local."""
    folder = Path(path).resolve().parent
    if sys.platform == "win32":
        return _windows_network_drive(folder)
    best: tuple[int, str] | None = None
    for line in (mount_table() if table is None else table).splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = Path(_unescape(parts[1])), parts[2]
        if folder == mount_point or mount_point in folder.parents:
            depth = len(mount_point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fs_type)
    if best is None:
        return None
    return best[1] if best[1] in NETWORK_TYPES else None


def _windows_network_drive(folder: Path) -> str | None:
    """`\\\\server\\share` paths and mapped network drives (GetDriveType: DRIVE_REMOTE)."""
    text = str(folder)
    if text.startswith("\\\\"):
        return "network share"
    import ctypes

    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    kind = kernel32.GetDriveTypeW(f"{folder.drive}\\")
    return "network drive" if kind == drive_remote else None


def refuse_network_drive(path: str | os.PathLike[str]) -> None:
    """NetworkLocation when the database would be written on a network file system."""
    kind = network_filesystem(path)
    if kind is not None:
        raise errors.NetworkLocation(
            f"{path} is on a network drive ({kind}); SQLite cannot share a database file over "
            "a network safely (its file locks fail there and the file can be corrupted). Keep "
            "the database on this computer's own disk; sharing one record across computers "
            "comes with a database server in a later version of ivigmon"
        )


def refuse_foreign_journals(path: str | os.PathLike[str]) -> None:
    """CannotOpen when a -wal/-shm/-journal file of the database belongs to another user: that
    user could have written journal pages that SQLite would apply to the records."""
    if not hasattr(os, "getuid"):
        return  # no POSIX owners to compare (Windows)
    me = os.getuid()
    for suffix in JOURNAL_SUFFIXES:
        journal = Path(f"{path}{suffix}")
        try:
            owner = journal.lstat().st_uid
        except FileNotFoundError:
            continue
        if owner != me:
            raise errors.CannotOpen(
                f"{journal} belongs to another user (uid {owner}), not to you (uid {me}); "
                "ivigmon will not open a database whose journal someone else wrote. Ask IT "
                "to check who created it"
            )


def tighten(path: str | os.PathLike[str]) -> list[str]:
    """Owner-only permissions on the database and its journal files; a notice for each file
    that was readable or writable by others (it holds patient records)."""
    notices: list[str] = []
    for file in (Path(path), *(Path(f"{path}{s}") for s in JOURNAL_SUFFIXES)):
        try:
            info = file.lstat()
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(info.st_mode) or not hasattr(os, "getuid"):
            continue
        mode = stat.S_IMODE(info.st_mode)
        if mode & 0o077 and info.st_uid == os.getuid():
            # Group and others lose every right; the owner keeps theirs (a read-only file
            # stays read-only).
            os.chmod(file, mode & 0o700)
            notices.append(
                f"{file} could be read by other users (permissions {mode:04o}); it is now "
                f"for its owner only ({mode & 0o700:04o})"
            )
    return notices


def open_folder_warning(path: str | os.PathLike[str]) -> str | None:
    """A warning when every user of the computer may create files beside the database."""
    folder = Path(path).resolve().parent
    try:
        mode = stat.S_IMODE(folder.stat().st_mode)
    except OSError:
        return None
    if sys.platform == "win32" or not mode & stat.S_IWOTH:
        return None
    return (
        f"{Path(path).name} is in {folder}, a folder every user of this computer may write: "
        "another user could place or replace its journal files. Keep the database in a "
        "private folder (for example the default one)"
    )
