"""A ward's SQLite file copied into an empty ward database on a server, all or nothing.

One server transaction holds the whole copy: the rows of every table, the audit trail entry
for entry (ids, hashes and all, so that the chain verifies on the server exactly as it did in
the file), the counters and the derived state. The server's audit triggers are switched off
for the copy (`ALTER TABLE ... DISABLE TRIGGER USER`, which only the tables' owner may do, and
which the transaction undoes if it fails): the copied rows' history is the copied trail, not
a new insert entry each. Before COMMIT the triggers are on again, every table holds as many
rows as in the file, the chain checks out the same on both sides, and the identity sequences
go past the copied ids. Any failure rolls it all back and the server database stays empty.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

import psycopg
from psycopg import sql

from ivigmon.storage import errors
from ivigmon.storage.audit import Check, Head, head
from ivigmon.storage.audit_key import AuditKey
from ivigmon.storage.audit_verify import ChainReport, verify_chain
from ivigmon.storage.pg.connection import Connection, connect
from ivigmon.storage.pg.errors import translate
from ivigmon.storage.pg.migrate import LOG_TABLE
from ivigmon.storage.pg.store import WRITE_LOCK, ServerStore, display_name
from ivigmon.storage.pg.ward_source import SourceTable, row_count, source_tables
from ivigmon.storage.schema import AUDITED

# Written by the migrations themselves, so present in a new ward database; the copy sets
# each counter to the file's value.
COUNTERS = "counters"
# Findings that leave the chain unproven: such a trail is not moved.
UNPROVEN = (Check.CHAIN, Check.KEY)
# What a refusal names of what a database holds: the tables people know first, a few in all.
SHOWN_FIRST = ("patients", "infusions", "users", "products", "settings", "audit_log")
SHOWN = 4
# Rows read from the file per round while copying.
ROUND = 5_000


@dataclass(frozen=True)
class CopyReport:
    """What was copied: rows per table (equal on both sides) and the chain as checked."""

    counts: dict[str, int]
    entries: int
    sealed: int
    keyed: int
    head: Head
    # What the chain check names in the trail and that is copied as it is (entries another
    # program wrote unsealed, times that run backwards): `audit verify` names them on both.
    notes: list[str] = field(default_factory=list)


def holdings(conn: Connection) -> dict[str, int]:
    """Rows in each table of the server database that holds any (its migration log and the
    counters the migrations write are not records)."""
    found: dict[str, int] = {}
    for table in _server_tables(conn):
        if table in (LOG_TABLE, COUNTERS):
            continue
        count = int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        if count:
            found[table] = count
    return found


def refuse_unless_empty(conn: Connection, where: str) -> None:
    """NotEmpty, naming what the database holds, unless it holds no records."""
    held = holdings(conn)
    if held:
        first = [t for t in SHOWN_FIRST if t in held] + sorted(set(held) - set(SHOWN_FIRST))
        listed = ", ".join(f"{table} {held[table]}" for table in first[:SHOWN])
        if len(first) > SHOWN:
            listed += f" and {len(first) - SHOWN} more tables"
        raise errors.NotEmpty(
            f"{where} already holds records ({listed}); a ward moves only into an empty "
            "database; nothing was copied"
        )


def refuse_records_at(url: str) -> None:
    """NotEmpty when the server database at `url` holds records, read without changing it."""
    where = display_name(url)
    try:
        conn = connect(url)
    except psycopg.Error as exc:
        raise (translate(exc, where) or exc) from exc
    try:
        refuse_unless_empty(conn, where)
    except psycopg.Error as exc:
        raise (translate(exc, where) or exc) from exc
    finally:
        conn.close()


@dataclass(frozen=True)
class SourceCheck:
    """The ward file as checked before the server is touched: its tables in copying order,
    their rows, and its audit chain."""

    tables: list[SourceTable]
    counts: dict[str, int]
    chain: ChainReport
    head: Head


def check_source(source: sqlite3.Connection, name: str, key: AuditKey | None) -> SourceCheck:
    """The file open in `source` (read-only, in its snapshot), counted and its chain
    checked; a trail that does not verify is not moved."""
    chain = verify_chain(source, key=key)
    unproven = [f.text for f in chain.findings if f.check in UNPROVEN]
    if unproven:
        raise errors.CorruptDatabase(
            f"the audit trail of {name} does not verify ({unproven[0]}); run "
            f"`ivigmon --db {name} audit verify`; nothing was copied"
        )
    tables = source_tables(source)
    counts = {t.name: row_count(source, t.name) for t in tables}
    return SourceCheck(tables=tables, counts=counts, chain=chain, head=head(source))


def copy_ward(
    source: sqlite3.Connection, checked: SourceCheck, store: ServerStore, key: AuditKey | None
) -> CopyReport:
    """Copy the file open in `source` (in the snapshot `checked` was read in) into the empty,
    migrated database of `store`, in one transaction, and check the copy before committing."""
    tables = checked.tables
    conn = _server(store.conn)
    try:
        conn.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
        # No workstation writes meanwhile (a first start would add the shipped products).
        conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
        _refuse_other_tables(conn, tables, store.path)
        refuse_unless_empty(conn, store.path)
        audited = [t.name for t in tables if t.name in AUDITED]
        for name in audited:
            conn.execute(f'ALTER TABLE "{name}" DISABLE TRIGGER USER')
        for table in tables:
            _copy_table(source, conn, table)
        for name in audited:
            conn.execute(f'ALTER TABLE "{name}" ENABLE TRIGGER USER')
        _check_triggers_on(conn)
        _check_counts(conn, checked.counts, store.path)
        after = _check_chain(conn, checked.chain, checked.head, key, store.path)
        _advance_identities(conn, [t.name for t in tables])
        conn.execute("COMMIT")
    except psycopg.Error as exc:
        _rollback(conn)
        raise _failure(exc, store.path) from exc
    except BaseException:
        _rollback(conn)
        raise
    return CopyReport(
        counts=checked.counts,
        entries=after.entries,
        sealed=after.sealed,
        keyed=after.keyed,
        head=checked.head,
        notes=[f.text for f in after.findings],
    )


def _server(conn: Any) -> Connection:
    if not isinstance(conn, Connection):
        raise TypeError("a ward server store handed out a connection that is not a server's")
    return conn


def _server_tables(conn: Connection) -> list[str]:
    rows = conn.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname"
    )
    return [str(r["relname"]) for r in rows]


def _server_columns(conn: Connection, table: str) -> set[str]:
    rows = conn.execute(
        "SELECT column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = ?",
        (table,),
    )
    return {str(r["column_name"]) for r in rows}


def _refuse_other_tables(conn: Connection, tables: list[SourceTable], where: str) -> None:
    """The server's tables and columns are the file's (both at this program's schema)."""
    have = set(_server_tables(conn)) - {LOG_TABLE}
    want = {t.name for t in tables}
    if have != want:
        odd = sorted(have ^ want)
        raise errors.NotOurDatabase(
            f"{where} and the ward file do not have the same tables ({', '.join(odd)}); "
            "nothing was copied"
        )
    for table in tables:
        if _server_columns(conn, table.name) != set(table.columns):
            raise errors.NotOurDatabase(
                f"{where}: the table {table.name} does not have the ward file's columns; "
                "nothing was copied"
            )


def _rows(source: sqlite3.Connection, table: SourceTable) -> Iterator[tuple[Any, ...]]:
    columns = ", ".join(f'"{c}"' for c in table.columns)
    order = f" ORDER BY {', '.join(table.order_by)}" if table.order_by else ""
    cursor = source.execute(f'SELECT {columns} FROM "{table.name}"{order}')
    while batch := cursor.fetchmany(ROUND):
        yield from (tuple(row) for row in batch)


def _copy_table(source: sqlite3.Connection, conn: Connection, table: SourceTable) -> None:
    if table.name == COUNTERS:
        # The migrations wrote the counters of a new database: each takes the file's value.
        conn.executemany(
            "INSERT INTO counters (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            list(_rows(source, table)),
        )
        return
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, table.columns))
    )
    with conn.raw.cursor().copy(statement) as copy:
        for row in _rows(source, table):
            copy.write_row(row)


def _check_triggers_on(conn: Connection) -> None:
    off = conn.execute(
        "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND t.tgenabled = 'D'"
    ).fetchall()
    if off:
        raise errors.StorageError(f"the audit trigger {off[0]['tgname']} stayed off")


def _check_counts(conn: Connection, counts: dict[str, int], where: str) -> None:
    for table, expected in counts.items():
        copied = int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        if copied != expected:
            raise errors.StorageError(
                f"{where} holds {copied} rows of {table} after the copy, the file {expected};"
                " nothing was kept on the server"
            )


def _check_chain(
    conn: Connection, before: ChainReport, source_head: Head, key: AuditKey | None, where: str
) -> ChainReport:
    """The chain on the server checks out as in the file: same entries, same findings, same
    head."""
    after = verify_chain(cast(Any, conn), key=key)
    same = (after.entries, after.sealed, after.keyed, [f.text for f in after.findings]) == (
        before.entries,
        before.sealed,
        before.keyed,
        [f.text for f in before.findings],
    )
    if not same or head(cast(Any, conn)) != source_head:
        broken = next((f.text for f in after.findings if f.check in UNPROVEN), "")
        raise errors.CorruptDatabase(
            f"the audit trail copied into {where} does not check out as in the file"
            f"{f' ({broken})' if broken else ''}; nothing was kept on the server"
        )
    return after


def _advance_identities(conn: Connection, tables: list[str]) -> None:
    """Each numbered column's sequence goes past the copied ids: the next row the server
    numbers follows them (the trail's ids run 1, 2, 3... as its head counts on). Done last:
    a sequence does not roll back with the transaction."""
    rows = conn.execute(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND is_identity = 'YES'"
    ).fetchall()
    for row in rows:
        table, column = str(row["table_name"]), str(row["column_name"])
        if table not in tables:
            continue
        conn.execute(
            f'SELECT setval(pg_get_serial_sequence(?, ?), max("{column}")) FROM "{table}"'
            f' HAVING max("{column}") IS NOT NULL',
            (f'"{table}"', column),
        )


def _rollback(conn: Connection) -> None:
    if conn.broken or not conn.in_transaction:
        return
    with contextlib.suppress(psycopg.Error):  # the session is gone, and its transaction too
        conn.execute("ROLLBACK")


def _failure(error: psycopg.Error, where: str) -> errors.StorageError:
    failure = translate(error, where)
    first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, psycopg.errors.InsufficientPrivilege):
        return errors.ReadOnlyDatabase(
            f"the account that opened {where} does not own the ward's tables ({first}); run "
            "migrate-to-server as the owner the server setup made; nothing was copied"
        )
    kind = type(failure) if failure is not None else errors.StorageError
    return kind(f"the copy into {where} failed and was undone ({first}); nothing was copied")
