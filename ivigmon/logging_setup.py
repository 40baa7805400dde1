"""The program's log file: rotated, owner-only, and never holding a password or token."""

from __future__ import annotations

import logging
import os
import re
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "ivigmon.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MASK = "***"

# Keys whose values are secrets, alone or inside a longer key (new_password, api_token).
_SECRET_KEY = r"[\w.-]*(?:password|passwd|pwd|secret|token)[\w.-]*"
_SECRET_PAIR = re.compile(
    rf"""
    (?P<key>["']?{_SECRET_KEY}["']?)       # key, bare or quoted (JSON, a dict's repr)
    (?P<sep>\s*[:=]\s*)                    # password=..., "password": ..., token: ...
    (?P<value>"(?:[^"\\]|\\.)*"            # a double-quoted value (escapes allowed)
             |'(?:[^'\\]|\\.)*'            # a single-quoted value
             |[^\s,;&'"}})\]]+)            # a bare value up to a separator
    """,
    re.IGNORECASE | re.VERBOSE,
)
# user:password@host in a URL.
_URL_CREDENTIALS = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]+:)[^@/\s]+@", re.I)
_BEARER = re.compile(r"(?P<head>\bbearer\s+)[\w.~+/-]+=*", re.I)


def redact(text: str) -> str:
    """`text` with the value of every password-like key replaced by ***."""

    def mask_pair(match: re.Match[str]) -> str:
        value = match.group("value")
        quote = value[0] if value[0] in "\"'" else ""
        return f"{match.group('key')}{match.group('sep')}{quote}{MASK}{quote}"

    text = _SECRET_PAIR.sub(mask_pair, text)
    text = _URL_CREDENTIALS.sub(rf"\g<head>{MASK}@", text)
    return _BEARER.sub(rf"\g<head>{MASK}", text)


def mask_value(text: str, value: str) -> str:
    """`text` with `value` (something typed that may be a secret) replaced by ***: where it
    stands as a word of its own, and then anywhere it is still found."""
    if not value:
        return text
    text = re.sub(rf"(?<!\S){re.escape(value)}(?![^\s:;,])", MASK, text)
    return text.replace(value, MASK)


class RedactingFilter(logging.Filter):
    """Masks secrets in the message, its arguments, the traceback and the stack.

    Attached to the handler (not a logger) so that it also sees records that propagate from
    every other logger, including libraries'.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = f"{record.msg!r} {record.args!r}"  # a bad format string is still logged
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            # Formatted here, redacted, and cached where the Formatter looks for it.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files (also the rotated ones) are readable by the owner only.

    The log names patients' records and users; the default mode would follow the umask.
    """

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # an older file may have been created wider
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(
    folder: str | os.PathLike[str],
    *,
    level: int = logging.INFO,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> Path:
    """Send the root logger's records to `folder`/ivigmon.log; calling again replaces it."""
    where = Path(folder)
    where.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = where / LOG_NAME
    handler = PrivateRotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    return path


# Without a log file, the program's own records go nowhere rather than to standard error (which
# carries one line per failure, written by the command line).
_NO_LOG_FILE = logging.NullHandler()


def start_log(*, create_folder: bool = True) -> Path | None:
    """The rotating log in the user's data folder, for the app and every command.

    Without `create_folder` (a command given --db), a data folder that does not exist is not
    made for the log. A folder that cannot be made or written is no reason to refuse anything:
    the command that needs the folder says so itself, in one line.
    """
    from ivigmon import paths

    program_log = logging.getLogger("ivigmon")
    if _NO_LOG_FILE not in program_log.handlers:
        program_log.addHandler(_NO_LOG_FILE)
    folder = paths.data_dir()
    if not create_folder and not folder.is_dir():
        return None
    try:
        return configure_logging(folder)
    except OSError:
        return None
