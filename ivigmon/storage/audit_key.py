"""The optional secret that keys the audit chain (HMAC-SHA256), read from an owner-only file."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from ivigmon.storage.errors import EnvironmentFailure

KEY_FILE_ENV = "IVIGMON_AUDIT_KEY_FILE"
# A key shorter than this could be guessed from the entries it signs.
MIN_KEY_BYTES = 32
# Anything larger is not a key file (a database or a document named by mistake).
MAX_KEY_BYTES = 4096


class AuditKeyUnusable(EnvironmentFailure):
    """The key file named by IVIGMON_AUDIT_KEY_FILE cannot be used; nothing was written."""


@dataclass(frozen=True)
class AuditKey:
    """The secret, and a short id of it that is stored with every entry it seals."""

    secret: bytes = field(repr=False)
    key_id: str

    @classmethod
    def from_secret(cls, secret: bytes) -> AuditKey:
        # The id tells which key sealed an entry without revealing the key.
        key_id = hmac.new(secret, b"ivigmon audit key id", hashlib.sha256).hexdigest()[:16]
        return cls(secret=secret, key_id=key_id)

    def mac(self, payload: bytes) -> str:
        return hmac.new(self.secret, payload, hashlib.sha256).hexdigest()


def key_from_environment(db_path: str | os.PathLike[str]) -> AuditKey | None:
    """The key named by IVIGMON_AUDIT_KEY_FILE, or None when the variable is not set.

    The file must be a regular file that only its owner (this user) can read or write, and it
    must live outside the database's folder: a key beside the database is stolen with it.
    """
    setting = os.environ.get(KEY_FILE_ENV, "").strip()
    if not setting:
        return None
    path = Path(setting).expanduser()
    secret = _read_owner_only(path)
    folder = Path(db_path).resolve().parent
    if path.resolve().is_relative_to(folder):
        _refuse(path, f"is in the database's folder {folder}; keep it on another disk or account")
    secret = secret.strip()
    if len(secret) < MIN_KEY_BYTES:
        _refuse(
            path,
            f"holds {len(secret)} characters; a key needs at least {MIN_KEY_BYTES} "
            "(make one with `openssl rand -hex 32`)",
        )
    return AuditKey.from_secret(secret)


def _read_owner_only(path: Path) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as exc:
        _refuse(path, f"cannot be read ({exc.strerror})")
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            _refuse(path, "is not a regular file")
        if os.name == "posix":
            if info.st_uid != os.geteuid():
                _refuse(path, "belongs to another user; the key must be this user's own file")
            if info.st_mode & 0o077:
                _refuse(path, "can be read by other users; make it owner-only (chmod 600)")
        if info.st_size > MAX_KEY_BYTES:
            _refuse(path, f"is larger than {MAX_KEY_BYTES} bytes; it is not a key file")
        try:
            return os.read(fd, MAX_KEY_BYTES + 1)
        except OSError as exc:
            _refuse(path, f"cannot be read ({exc.strerror})")
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)


def _refuse(path: Path, problem: str) -> NoReturn:
    raise AuditKeyUnusable(f"{KEY_FILE_ENV}: the audit key file {path} {problem}")
