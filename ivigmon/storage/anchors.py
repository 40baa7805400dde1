"""Heads of the audit chain kept outside the database: the anchors log and backup sidecars."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from pathlib import Path

from ivigmon.storage import errors
from ivigmon.storage.audit import Head, head
from ivigmon.storage.audit_verify import Anchor

LOG_NAME = "anchors.log"
SIDECAR_SUFFIX = ".anchor"
HEAD_PATTERN = re.compile(
    r"ivigmon-audit-head entries=(\d+) at=(\S+) hash=((?:hmac-sha256:[0-9a-f]{16}:)?[0-9a-f]{64})"
    r"(?![0-9a-f])"
)
# The tail of the log read to skip a line that repeats the newest head.
_TAIL_BYTES = 1024


def heads_in(text: str) -> list[Head]:
    """Every head written by `Head.text()` in `text` (surrounding words are ignored)."""
    return [Head(int(m.group(1)), m.group(2), m.group(3)) for m in HEAD_PATTERN.finditer(text)]


def log_line(recorded: str, reason: str, current: Head) -> str:
    return f"{recorded} {reason} {current.text()}\n"


def append_to_log(folder: Path, line: str) -> bool:
    """Append `line` to the anchors log in `folder` (created owner-only); False when the
    newest line already holds the same head. The file is only ever opened for appending."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / LOG_NAME
    new = heads_in(line)
    if new and _last_head(path) == new[-1]:
        return False
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        # One write of one short line: appends from two programs do not interleave.
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def write_sidecar(copy: Path, line: str) -> Path:
    """`<copy>.anchor` beside a backup copy: the head the copy was made at, read-only."""
    target = copy.with_name(copy.name + SIDECAR_SUFFIX)
    temp = copy.with_name(f".{target.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.chmod(temp, 0o400)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def read_anchors(folder: Path) -> tuple[list[Anchor], list[str]]:
    """The heads in the anchors log and the sidecars of `folder`, and lines that hold none."""
    anchors: list[Anchor] = []
    ignored: list[str] = []
    log = folder / LOG_NAME
    if log.is_file():
        with log.open(encoding="utf-8", errors="replace") as lines:
            for number, text in enumerate(lines, start=1):
                found = heads_in(text)
                if not found and text.strip():
                    ignored.append(f"{LOG_NAME} line {number} holds no head")
                anchors += [Anchor(h, f"{LOG_NAME} line {number}") for h in found]
    if folder.is_dir():
        for side in sorted(folder.glob(f"*{SIDECAR_SUFFIX}")):
            try:
                text = side.read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                ignored.append(f"{side.name} cannot be read ({exc.strerror})")
                continue
            found = heads_in(text)
            if not found:
                ignored.append(f"{side.name} holds no head")
            anchors += [Anchor(h, side.name) for h in found]
    return anchors, ignored


def head_of_copy(path: Path) -> Head:
    """The head of the chain in a database file (a backup copy), opened read-only."""
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise (errors.translate(exc, str(path)) or exc) from exc
    conn.row_factory = sqlite3.Row  # rows are read by column name
    try:
        return head(conn)
    except sqlite3.Error as exc:
        raise (errors.translate(exc, str(path)) or exc) from exc
    finally:
        conn.close()


def _last_head(path: Path) -> Head | None:
    if not path.is_file():
        return None
    with contextlib.suppress(OSError), path.open("rb") as f:
        f.seek(max(0, f.seek(0, os.SEEK_END) - _TAIL_BYTES))
        lines = f.read().decode("utf-8", errors="replace").splitlines()
        found = heads_in(lines[-1]) if lines else []
        return found[-1] if found else None
    return None
