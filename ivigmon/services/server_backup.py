"""Backup and restore of a ward database on a server, made with the server's own tools.

`pg_dump --format=custom` of one snapshot into a new file (never over an existing one, the
rule of every ivigmon backup), with the head of the audit trail it holds beside it; restore
with `pg_restore` only into an empty database the user names, never over a live one.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ivigmon.domain.roles import Permission
from ivigmon.domain.timefmt import to_stored
from ivigmon.domain.validation import ValidationError
from ivigmon.services.backup import RESTORE_KEY, default_backup_folder
from ivigmon.services.context import Context
from ivigmon.storage import anchors as kept
from ivigmon.storage import backup as copies
from ivigmon.storage.audit import Check, Head, head
from ivigmon.storage.audit_verify import verify_chain
from ivigmon.storage.database import open_store
from ivigmon.storage.pg import dump
from ivigmon.storage.pg.store import ServerStore, display_name
from ivigmon.storage.schema import known_names
from ivigmon.storage.settings_store import save_setting

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Restored:
    """A restore done: into which database, from what, and how its audit trail stands."""

    target: str
    source: Path
    tool: str
    head: Head
    # The head recorded beside the backup when it was made (None: none was found).
    anchored: Head | None
    # What the chain check found in the restored trail (empty: it checks out).
    findings: list[str] = field(default_factory=list)


def server_backup_name(moment: datetime) -> str:
    return f"ivigmon-{moment.strftime(STAMP_FORMAT)}.dump"


def backup_server(ctx: Context, dest: str | os.PathLike[str]) -> dump.Dump:
    """A pg_dump backup of the server database in `dest` (a new file, or a folder for a dated
    one), with its audit head beside it and in the database's anchors log. Like any copy it
    holds every record, so it needs the permission to view them."""
    ctx.require(Permission.VIEW)
    store = ctx.store
    if not isinstance(store, ServerStore):
        raise TypeError("a pg_dump backup is made of a ward database on a server")
    target = Path(dest)
    if target.is_dir():
        made = dump.dump_to(store.url, target / server_backup_name(ctx.now()), renumber=True)
    else:
        problem = copies.target_problem(target, store.path)
        if problem is not None:
            raise ValidationError(f"backup {target}", "path", problem)
        made = dump.dump_to(store.url, target)
    line = kept.log_line(to_stored(ctx.now()), "backup", made.head)
    try:
        kept.write_sidecar(made.path, line)
        kept.append_to_log(default_backup_folder(store.path), line)
    except OSError as error:
        # The backup is made and checked: a head that could not be written is logged.
        log.error("the audit head of the backup %s could not be written: %s", made.path, error)
    log.info("server backup of %s written to %s with %s", store.path, made.path, made.tool)
    return made


def restore_server(
    url: str, src: str | os.PathLike[str], *, by: str, now: datetime | None = None
) -> Restored:
    """Restore the pg_dump backup `src` into the empty server database at `url`.

    `src` is checked before anything is touched (a pg_dump archive of an ivigmon ward, of no
    schema newer than this program's); a database with any table is refused. The restored
    database records who restored it (`by`), from which file and when, under the setting
    `restore.last` (audited), as a restored file does.
    """
    source = Path(src)
    record = f"backup {source}"
    archive = dump.inspect_archive(source)
    if archive.problem is not None:
        raise ValidationError(record, "file", archive.problem)
    newer = [name for name in archive.migrations if name not in known_names()]
    if newer:
        raise ValidationError(
            record, "schema", f"was written by a newer ivigmon (schema {newer[-1]}); update first"
        )
    if not archive.migrations:
        raise ValidationError(record, "schema", "holds no ivigmon tables")
    dump.refuse_tables_at(url)
    dump.restore_into(url, archive)
    moment = (now or datetime.now()).replace(microsecond=0)
    at = to_stored(moment)
    # An older backup is upgraded here, as any ward database is when first opened.
    store = open_store(url)
    try:
        with store.read() as conn:
            restored = head(conn)
            chain = verify_chain(conn, key=store.audit_key)
        store.actor = by
        store.clock = lambda: moment
        entry = {"from": str(source.resolve()), "at": at, "by": by}
        with store.write() as conn:
            save_setting(conn, RESTORE_KEY, entry, at, by)
    finally:
        store.close()
    log.info("server database %s restored from %s by %s", display_name(url), source, by)
    return Restored(
        target=display_name(url),
        source=source,
        tool=archive.tool,
        head=restored,
        anchored=_recorded_head(source),
        findings=[f.text for f in chain.findings if f.check in (Check.CHAIN, Check.KEY)],
    )


def _recorded_head(source: Path) -> Head | None:
    """The head in `<backup>.anchor`, written when the backup was made."""
    sidecar = source.with_name(source.name + kept.SIDECAR_SUFFIX)
    try:
        found = kept.heads_in(sidecar.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None
    return found[-1] if found else None
