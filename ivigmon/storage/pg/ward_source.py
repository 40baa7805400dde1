"""The SQLite ward file a move to a server reads: opened read-only, checked, never changed."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from graphlib import TopologicalSorter
from pathlib import Path

from ivigmon.storage import errors
from ivigmon.storage.backup import integrity_problems, open_read_only
from ivigmon.storage.schema import APPLICATION_ID, MIGRATIONS_TABLE, applied_names, known_names


@dataclass(frozen=True)
class SourceTable:
    """One table of the ward file: its columns and the order its rows are read in."""

    name: str
    columns: tuple[str, ...]
    order_by: tuple[str, ...]


def open_ward_file(path: str) -> sqlite3.Connection:
    """The ward file at `path`, read-only, inside one read snapshot (BEGIN), once it is known
    to be a sound ivigmon database of exactly this program's schema.

    A file that needs an upgrade is refused, not upgraded: the move never changes the file.
    """
    file = Path(path)
    if not file.is_file():
        raise errors.MissingDatabase(f"there is no ward database file at {path}")
    try:
        conn = open_read_only(file)
    except sqlite3.Error as exc:
        raise (errors.translate(exc, path) or exc) from exc
    try:
        _check(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise (errors.translate(exc, path) or exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _check(conn: sqlite3.Connection, path: str) -> None:
    # One snapshot for the checks, the counts and the copy: a program writing meanwhile
    # cannot make them disagree.
    conn.execute("BEGIN")
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise errors.NotOurDatabase(f"{path} is not an ivigmon database")
    applied = applied_names(conn)
    unknown = [name for name in applied if name not in known_names()]
    if unknown:
        raise errors.NewerSchema(
            f"{path} was written by a newer ivigmon (schema {unknown[-1]}); move it with that "
            "version"
        )
    if [name for name in known_names() if name not in applied]:
        last = applied[-1] if applied else "none"
        raise errors.NeedsUpgrade(
            f"{path} was written by an older ivigmon (schema {last}); open it once with this "
            f"ivigmon (`ivigmon --db {path} init` upgrades it and keeps the old file beside "
            "it), then move it; migrate-to-server never changes the file"
        )
    problems = integrity_problems(conn, quick=True)
    if problems:
        raise errors.CorruptDatabase(
            f"{path} is damaged ({problems[0]}); restore it from a backup before moving it"
        )


def source_tables(conn: sqlite3.Connection) -> list[SourceTable]:
    """The ward's tables, each after the tables its foreign keys name (so that the server
    checks every reference as the rows arrive); SQLite's own tables and its migration log
    are not the ward's."""
    names = [
        str(r["name"])
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != ? ORDER BY name",
            (MIGRATIONS_TABLE,),
        )
    ]
    graph: dict[str, set[str]] = {}
    tables: dict[str, SourceTable] = {}
    for name in names:
        info = conn.execute(
            "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid", (name,)
        ).fetchall()
        key = tuple(str(r["name"]) for r in sorted(info, key=lambda r: r["pk"]) if r["pk"])
        tables[name] = SourceTable(name, tuple(str(r["name"]) for r in info), key)
        named = conn.execute('SELECT "table" FROM pragma_foreign_key_list(?)', (name,))
        graph[name] = {str(r["table"]) for r in named} - {name}
    return [tables[name] for name in TopologicalSorter(graph).static_order()]


def row_count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
