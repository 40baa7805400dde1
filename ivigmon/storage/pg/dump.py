"""Backups of a ward server database with PostgreSQL's own tools, pg_dump and pg_restore.

A backup is `pg_dump --format=custom` of one snapshot, exported from a transaction in which
the head of the audit trail is read too: the head recorded beside the backup is the one the
backup holds. It is written to a private temporary file, read back with `pg_restore --list`,
and only then given its name, never over an existing file. A restore goes only into a
database without tables (`pg_restore --single-transaction`: all or nothing), never over a
live one. The password in a server address goes to the tools in their environment
(PGPASSWORD), never on a command line that other accounts of the computer can read.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from ivigmon.storage import errors, temp_copies
from ivigmon.storage.audit import Head, head
from ivigmon.storage.backup import MAX_NUMBER, os_failures, target_problem
from ivigmon.storage.pg.connection import connect
from ivigmon.storage.pg.errors import translate
from ivigmon.storage.pg.migrate import LOG_TABLE
from ivigmon.storage.pg.store import display_name
from ivigmon.storage.schema import MIGRATION_SET

DUMP = "pg_dump"
RESTORE = "pg_restore"
# A backup of a large ward takes minutes; a tool that hangs longer than this is stopped.
TOOL_TIMEOUT_S = 6 * 3600
# Tables every ivigmon server backup holds (the trail and the migration log).
MARK_TABLES = ("audit_log", LOG_TABLE)


@dataclass(frozen=True)
class Dump:
    """A backup made: where, the head of the audit trail it holds, and the tool's version."""

    path: Path
    head: Head
    tool: str


@dataclass(frozen=True)
class Archive:
    """What a backup file holds, read with pg_restore without restoring it."""

    path: Path
    # Why it cannot be restored as a ward (None: it can).
    problem: str | None
    # The ivigmon migrations it records, oldest first.
    migrations: list[str]
    tool: str


def tool_path(name: str) -> str:
    """The PostgreSQL client program `name` on PATH; EnvironmentFailure when it is missing."""
    found = shutil.which(name)
    if found is None:
        raise errors.EnvironmentFailure(
            f"{name} is not installed on this computer (not on PATH): install the PostgreSQL "
            "client programs (Debian and Ubuntu: the postgresql-client package) of the "
            "server's version or newer; nothing was changed"
        )
    return found


def tool_version(program: str) -> str:
    """`pg_dump (PostgreSQL) 15.18`, as the program says it."""
    done = _run([program, "--version"], env=None, timeout=60)
    return done.stdout.strip() or Path(program).name


def dump_to(url: str, dest: Path, *, renumber: bool = False) -> Dump:
    """A backup of the server database at `url` in the new file `dest` (with `renumber`, the
    first free of `dest`, `dest-2`...): PathTaken when the name is taken."""
    where = display_name(url)
    dump, restore = tool_path(DUMP), tool_path(RESTORE)
    if not renumber:
        _refuse_taken(dest, where)
    conninfo, env = _tool_connection(url)
    with os_failures(f"could not write the backup {dest}"):
        temp = temp_copies.new_temp(dest)
        try:
            at_dump = _dump_snapshot(
                url, where, [dump, "--format=custom", f"--file={temp}"], conninfo, env
            )
            listed = _run([restore, "--list", str(temp)], env=None)
            if listed.returncode != 0:
                raise errors.CorruptDatabase(
                    f"the backup of {where} did not read back ({_first_line(listed.stderr)})"
                )
            temp_copies.fsync_file(temp)
            made = _install(temp, dest, where, renumber=renumber)
        finally:
            temp.unlink(missing_ok=True)  # this call's own file; the backup lives on by name
    return Dump(path=made, head=at_dump, tool=tool_version(dump))


def _dump_snapshot(
    url: str, where: str, command: list[str], conninfo: str, env: dict[str, str]
) -> Head:
    """Run pg_dump on a snapshot exported by a transaction that reads the head in it."""
    try:
        conn = connect(url)
    except psycopg.Error as exc:
        raise (translate(exc, where) or exc) from exc
    try:
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        snapshot = str(conn.execute("SELECT pg_export_snapshot() AS s").fetchone()["s"])
        at_dump = head(cast(Any, conn))
        done = _run([*command, f"--snapshot={snapshot}", f"--dbname={conninfo}"], env=env)
        if done.returncode != 0:
            raise errors.EnvironmentFailure(
                f"pg_dump could not back up {where} ({_first_line(done.stderr)}); nothing "
                "was written"
            )
        return at_dump
    except psycopg.Error as exc:
        raise (translate(exc, where) or exc) from exc
    finally:
        conn.close()


def inspect_archive(path: Path) -> Archive:
    """What the backup file at `path` holds, read without restoring it; `problem` says why it
    is no pg_dump archive of an ivigmon server database (None when it is one)."""
    restore = tool_path(RESTORE)
    version = tool_version(restore)
    if not path.is_file():
        return Archive(path, "does not exist or is not a file", [], version)
    listed = _run([restore, "--list", str(path)], env=None)
    if listed.returncode != 0:
        return Archive(
            path,
            f"is not a backup made with pg_dump --format=custom ({_first_line(listed.stderr)})",
            [],
            version,
        )
    tables = {line.split()[-2] for line in listed.stdout.splitlines() if " TABLE " in line}
    if not set(MARK_TABLES) <= tables:
        return Archive(
            path, "is a pg_dump backup, but not of an ivigmon ward database", [], version
        )
    data = _run([restore, "--data-only", f"--table={LOG_TABLE}", "--file=-", str(path)], env=None)
    if data.returncode != 0:
        return Archive(path, f"cannot be read ({_first_line(data.stderr)})", [], version)
    return Archive(path, None, _migrations(data.stdout), version)


def _migrations(script: str) -> list[str]:
    """The migration names in the COPY block of the migration log, in their order."""
    names: list[str] = []
    columns: list[str] | None = None
    for line in script.splitlines():
        if columns is None:
            if line.startswith("COPY ") and f".{LOG_TABLE} (" in line:
                inside = line[line.index("(") + 1 : line.index(")")]
                columns = [c.strip().strip('"') for c in inside.split(",")]
            continue
        if line == "\\.":
            break
        values = dict(zip(columns, line.split("\t"), strict=False))
        if values.get("migration_set") == MIGRATION_SET:
            names.append(values.get("name", ""))
    return names


def refuse_tables_at(url: str) -> None:
    """NotEmpty when the database at `url` has any table: a restore never goes over one."""
    where = display_name(url)
    try:
        conn = connect(url)
    except psycopg.Error as exc:
        raise (translate(exc, where) or exc) from exc
    try:
        rows = conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT LIKE 'pg_%'"
            " AND n.nspname != 'information_schema' ORDER BY c.relname LIMIT 6"
        ).fetchall()
    except psycopg.Error as exc:
        raise (translate(exc, where) or exc) from exc
    finally:
        conn.close()
    if rows:
        names = [str(r["relname"]) for r in rows]
        shown = ", ".join(names[:5]) + (" ..." if len(names) > 5 else "")
        raise errors.NotEmpty(
            f"{where} already has tables ({shown}); a backup is restored only into an empty "
            "database (create one, e.g. `createdb`), never over a live one; nothing was restored"
        )


def restore_into(url: str, archive: Archive) -> None:
    """`pg_restore` of `archive` into the empty database at `url`, in one transaction."""
    where = display_name(url)
    conninfo, env = _tool_connection(url)
    done = _run(
        [
            tool_path(RESTORE),
            "--single-transaction",
            "--exit-on-error",
            # The tables belong to whoever restores (the ward's owner account): the backup's
            # owner may not exist on this server. Grants are restored as they were.
            "--no-owner",
            f"--dbname={conninfo}",
            str(archive.path),
        ],
        env=env,
    )
    if done.returncode != 0:
        raise errors.EnvironmentFailure(
            f"pg_restore could not restore {archive.path} into {where} "
            f"({_first_line(done.stderr)}); nothing was restored"
        )


def _refuse_taken(dest: Path, where: str) -> None:
    problem = target_problem(dest, where)
    if problem is not None:
        raise errors.PathTaken(f"backup {dest}: path: {problem}")


def _numbered(dest: Path) -> Iterator[Path]:
    """`dest`, then `<stem>-2<suffix>`, `-3`...: `ivigmon-20260310-120000-2.dump`."""
    yield dest
    for number in itertools.count(2):
        yield dest.with_name(f"{dest.stem}-{number}{dest.suffix}")


def _install(temp: Path, dest: Path, where: str, *, renumber: bool) -> Path:
    for attempt, candidate in enumerate(_numbered(dest)):
        problem = target_problem(candidate, where)
        if problem is None:
            try:
                temp_copies.install(temp, candidate)
            except FileExistsError:
                problem = "another program created a file there during the backup; try again"
            else:
                temp_copies.fsync_dir(candidate.parent)
                return candidate
        if not renumber or attempt >= MAX_NUMBER:
            raise errors.PathTaken(f"backup {candidate}: path: {problem}")
    raise AssertionError("unreachable")  # numbered() never ends


def _tool_connection(url: str) -> tuple[str, dict[str, str]]:
    """The address for a tool's --dbname without the password, and the environment that
    carries the password."""
    parts = conninfo_to_dict(url)
    password = parts.pop("password", None)
    env = dict(os.environ)
    if password is not None:
        env["PGPASSWORD"] = str(password)
    return make_conninfo(**{k: str(v) for k, v in parts.items()}), env


def _run(
    command: Sequence[str], *, env: dict[str, str] | None, timeout: float = TOOL_TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            list(command),
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise errors.EnvironmentFailure(
            f"{Path(command[0]).name} did not finish within {int(timeout)} s; nothing was kept"
        ) from exc


def _first_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return (
        lines[0].removeprefix(f"{DUMP}: ").removeprefix(f"{RESTORE}: ")
        if lines
        else "no reason given"
    )
