"""Backups while the app runs, automatic copies with rotation, restore, and the start-up check."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from datetime import datetime, timedelta
from pathlib import Path

from ivigmon import paths
from ivigmon.domain.roles import Permission
from ivigmon.domain.timefmt import to_stored
from ivigmon.domain.validation import ValidationError
from ivigmon.services import audit
from ivigmon.services.context import Context
from ivigmon.storage import backup as copies
from ivigmon.storage import temp_copies
from ivigmon.storage.database import Connection, Store
from ivigmon.storage.engine import is_server
from ivigmon.storage.replace import replace_database
from ivigmon.storage.schema import known_names
from ivigmon.storage.settings_store import save_setting

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%d-%H%M%S"
# Only files with exactly this name are ever deleted by rotation; `-2`, `-3`... follow the time
# when a copy of that second already exists (a backup never replaces a file).
BACKUP_NAME = re.compile(r"ivigmon-(\d{8}-\d{6})(?:-(\d+))?\.db")
# Written into a restored database: who restored it, from which file, when (audited).
RESTORE_KEY = "restore.last"
KEEP_DAYS = 7
# A start within this time of the last automatic backup makes none (restarts in a row).
MIN_INTERVAL = timedelta(hours=1)


def default_backup_folder(db_path: str | os.PathLike[str] | None = None) -> Path:
    """`backups` in the data folder for the default database; `<db>-backups` beside any other,
    so that the copies of two databases never mix; for a ward server (its address without the
    password and the account), a folder of its own under `servers` in the data folder, shared by
    every account that signs in to it from this workstation."""
    if db_path is not None and is_server(str(db_path)):
        address = str(db_path).split("://", 1)[-1].rpartition("@")[2]
        return paths.data_dir() / "servers" / _server_folder(address)
    if db_path is None or _same_file(Path(db_path), paths.default_db_path()):
        return paths.data_dir() / "backups"
    db = Path(db_path).resolve()
    return db.parent / f"{db.name}-backups"


def _server_folder(address: str) -> str:
    """A folder name for a server's address: readable, and told apart by a digest of the whole
    address where two would read the same (`host:5433/db` and `host_5433/db`)."""
    readable = re.sub(r"[^A-Za-z0-9@.-]+", "_", address.split("://", 1)[-1]).strip("._")
    digest = hashlib.sha256(address.encode("utf-8")).hexdigest()[:8]
    return f"{readable[:60]}-{digest}"


def backup_file_name(moment: datetime) -> str:
    return f"ivigmon-{moment.strftime(STAMP_FORMAT)}.db"


def backup(ctx: Context, dest: str | os.PathLike[str]) -> Path:
    """Copy the open database to `dest`: a new file, or a folder to put a dated copy in.

    Never over an existing file, a database or its -wal/-shm/-journal: a taken file name is
    refused, a taken dated name in a folder becomes `-2`, `-3`... A copy holds every record,
    like an export, so it needs the same permission (to view).
    """
    ctx.require(Permission.VIEW)
    if is_server(ctx.store.path):
        from ivigmon.services.server_backup import backup_server

        return backup_server(ctx, dest).path
    target = Path(dest)
    if target.is_dir():
        temp_copies.remove_leftovers(target, BACKUP_NAME.fullmatch)
        made = copies.backup_to(ctx.store, target / backup_file_name(ctx.now()), renumber=True)
        return _anchored(ctx.store, made)
    problem = copies.target_problem(target, ctx.store.path)
    if problem is not None:
        raise ValidationError(f"backup {target}", "path", problem)
    return _anchored(ctx.store, copies.backup_to(ctx.store, target))


def automatic_backup(
    ctx: Context,
    folder: str | os.PathLike[str] | None = None,
    *,
    keep_days: int = KEEP_DAYS,
    now: datetime | None = None,
    min_interval: timedelta = MIN_INTERVAL,
) -> Path | None:
    """At start: a dated copy in `folder` unless one is less than `min_interval` old; then
    delete backup files older than `keep_days`. Returns the new copy, or None when skipped.

    Old copies are deleted only once a recent good copy exists, and only files named like the
    copies this function writes (`ivigmon-YYYYmmdd-HHMMSS.db`); nothing else in the folder.
    A database on a server gets no copy on the workstation: the server's own backups apply
    (and `ivigmon backup` makes one with pg_dump when asked).
    """
    if is_server(ctx.store.path):
        log.info("no automatic backup of %s here: the server's own backups apply", ctx.store.path)
        return None
    moment = now or ctx.now()
    where = _backup_folder(folder, ctx.store.path)
    recent = [
        path for stamp, path in list_backups(where) if moment - min_interval < stamp <= moment
    ]
    temp_copies.remove_leftovers(where, BACKUP_NAME.fullmatch)
    made: Path | None = None
    if not recent:
        made = _anchored(
            ctx.store, copies.backup_to(ctx.store, where / backup_file_name(moment), renumber=True)
        )
        log.info("automatic backup written to %s", made)
    rotate(where, keep_days=keep_days, now=moment)
    return made


def list_backups(folder: str | os.PathLike[str]) -> list[tuple[datetime, Path]]:
    """The automatic backup files in `folder` with the time in their name, oldest first."""
    where = Path(folder)
    if not where.is_dir():
        return []
    found: list[tuple[datetime, int, Path]] = []
    for path in where.iterdir():
        match = BACKUP_NAME.fullmatch(path.name)
        if not match or path.is_symlink() or not path.is_file():
            continue
        try:
            stamp = datetime.strptime(match.group(1), STAMP_FORMAT)
        except ValueError:
            continue  # a look-alike name with an impossible date: not ours to judge
        found.append((stamp, int(match.group(2) or 1), path))
    return [(stamp, path) for stamp, _number, path in sorted(found)]


def latest_backup(folder: str | os.PathLike[str] | None = None) -> Path | None:
    """The newest automatic backup in `folder` (default: the user's backups folder)."""
    where = Path(folder) if folder is not None else default_backup_folder()
    found = list_backups(where)
    return found[-1][1] if found else None


def rotate(folder: str | os.PathLike[str], *, keep_days: int, now: datetime) -> list[Path]:
    """Delete automatic backups older than `keep_days` (never the newest one); return them."""
    found = list_backups(folder)
    cutoff = now - timedelta(days=keep_days)
    deleted: list[Path] = []
    for stamp, path in found[:-1]:
        if stamp < cutoff:
            path.unlink(missing_ok=True)
            deleted.append(path)
            log.info("old backup %s deleted (older than %d days)", path, keep_days)
    return deleted


def restore(
    db_path: str | os.PathLike[str],
    src: str | os.PathLike[str],
    *,
    by: str,
    now: datetime | None = None,
) -> Path | None:
    """Replace the database at `db_path` with the backup `src`, keeping the old file.

    `src` is checked before anything is touched: it must pass integrity_check, be ivigmon's,
    and have no migration this program does not know. The restored database records who
    restored it (`by`), from which file and when, under the setting `restore.last` (audited).
    The old database (with its -wal/-shm) is kept as `<db>.replaced-YYYYmmdd-HHMMSS`, whose
    path is returned (None when there was no database). Refuses while another program has
    the database open. At every moment the old or the new database is at `db_path`.
    """
    source = Path(src)
    db = Path(db_path)
    record = f"backup {source}"
    if _same_file(source, db):
        raise ValidationError(record, "path", "is the database itself; choose a backup file")
    info = copies.inspect_copy(source)
    if not info.integrity_ok:
        problem = info.problems[0] if info.problems else "unreadable"
        if "not a database" in problem or "does not exist" in problem:
            raise ValidationError(record, "file", f"is not a database file ({problem})")
        raise ValidationError(
            record, "integrity", f"the file is damaged ({problem}); choose another backup"
        )
    if not info.ours:
        raise ValidationError(
            record, "application_id", "is an SQLite file of another program, not ivigmon's"
        )
    newer = [name for name in info.schema if name not in known_names()]
    if newer:
        raise ValidationError(
            record,
            "schema",
            f"was written by a newer ivigmon (schema {newer[-1]}); update ivigmon first",
        )
    if not info.schema:
        raise ValidationError(record, "schema", "holds no ivigmon tables")
    moment = (now or datetime.now()).replace(microsecond=0)
    at = to_stored(moment)
    entry = {"from": str(source.resolve()), "at": at, "by": by}

    def note(conn: Connection) -> None:
        save_setting(conn, RESTORE_KEY, entry, at, by)

    kept = replace_database(
        db, source, stamp=moment.strftime(STAMP_FORMAT), note=note, actor=by, at=moment
    )
    log.info(
        "database %s restored from %s by %s; the old file was kept as %s", db, source, by, kept
    )
    return kept


def startup_check(store: Store, *, backups: str | os.PathLike[str] | None = None) -> str | None:
    """None when the database passes quick_check (a server: no failed data checksum);
    otherwise what to do, in plain words."""
    problems = copies.store_problems(store, quick=True)
    if not problems:
        return None
    log.error("database %s failed quick_check: %s", store.path, problems)
    if is_server(store.path):
        return (
            f"The database {store.path} is damaged ({problems[0]}). Do not record anything else "
            "in it; ask the server's administrator to restore it from the server's backups."
        )
    where = Path(backups) if backups is not None else default_backup_folder(store.path)
    latest = latest_backup(where)
    head = (
        f"The database {store.path} is damaged ({problems[0]}). Do not record anything else in it."
    )
    if latest is None:
        return f"{head} No backup was found in {where}; ask for help to recover the records."
    option = "" if _same_file(Path(store.path), paths.default_db_path()) else f" --db {store.path}"
    return (
        f"{head} Close ivigmon and restore the latest backup ({latest.name}) with: "
        f"ivigmon{option} restore {latest}"
    )


def integrity_note(store: Store) -> str:
    """What the start-up check could say of the data: a file's pages are read; a server's only
    when its cluster keeps data checksums."""
    if copies.integrity_checked(store):
        return "integrity ok" if not is_server(store.path) else "data checksums ok"
    return "integrity check not applicable on a server without data checksums"


def _anchored(store: Store, copy: Path) -> Path:
    """Every copy carries the head of its audit trail beside it (and in the anchors log)."""
    audit.anchor_copy(store, copy, default_backup_folder(store.path))
    return copy


def _backup_folder(folder: str | os.PathLike[str] | None, db_path: str) -> Path:
    where = Path(folder) if folder is not None else default_backup_folder(db_path)
    if not where.exists():
        # Owner-only: the copies hold patient records.
        where.mkdir(parents=True, mode=0o700)
        os.chmod(where, 0o700)
    return where


def _same_file(a: Path, b: Path | str) -> bool:
    """The same file (also through a link or another spelling of the path); a ward server
    (a URL) is no file."""
    if not isinstance(b, Path):
        return False
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False
