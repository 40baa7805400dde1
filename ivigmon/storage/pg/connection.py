"""A psycopg connection that speaks the small part of sqlite3's interface the storage layer uses.

`execute`, `executemany`, rows read by name or position, `in_transaction`: the storage modules
run the same code on both engines and ask `engine.dialect(conn)` only where the SQL differs.
The connection is in autocommit mode because the store issues BEGIN and COMMIT itself, one
transaction per user action, as it does on SQLite.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar

import psycopg
import psycopg.rows
from psycopg import pq
from psycopg.types.numeric import NumericBinaryLoader, NumericLoader

from ivigmon.storage.engine import POSTGRESQL
from ivigmon.storage.pg.sqltext import translate

# How long opening a session may take before the server counts as unreachable.
CONNECT_TIMEOUT_S = 5


class Row(tuple[Any, ...]):
    """A result row read by position or by column name, as sqlite3.Row is."""

    _index: ClassVar[dict[str, int]] = {}
    _names: ClassVar[tuple[str, ...]] = ()

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


@functools.lru_cache(maxsize=1024)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    index = {name: i for i, name in enumerate(names)}
    return type("Row", (Row,), {"_index": index, "_names": names})


def _row_factory(cursor: Any) -> Any:
    description = cursor.description
    if not description:
        return tuple
    return _row_class(tuple(d.name for d in description))


def _plain(value: Decimal | None) -> int | float | None:
    # sum() and avg() of integers are NUMERIC on PostgreSQL; SQLite gives int or float.
    if value is None:
        return None
    as_int = int(value)
    return as_int if value == as_int else float(value)


class _NumericText(NumericLoader):
    def load(self, data: Any) -> Any:
        return _plain(super().load(data))


class _NumericBinary(NumericBinaryLoader):
    def load(self, data: Any) -> Any:
        return _plain(super().load(data))


class Cursor:
    """The rows of one statement, and how many rows it changed (sqlite3's cursor, in part)."""

    def __init__(self, raw: psycopg.Connection[Any], trace: Any = None) -> None:
        self._raw = raw
        self._trace = trace
        self._cursor: psycopg.Cursor[Any] | None = None
        # None: plain tuples, as sqlite3's cursor gives with row_factory None.
        self.row_factory: Any = True

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> Cursor:
        statement = translate(sql)
        factory = _row_factory if self.row_factory is not None else psycopg.rows.tuple_row
        self._cursor = self._raw.cursor(row_factory=factory)
        # Never None: psycopg then sends the text as it is, and the %% that translate wrote
        # for a literal % would reach the server doubled.
        arranged = statement.arrange(params) if params is not None else ()
        if self._trace is not None and isinstance(self._cursor, psycopg.ClientCursor):
            self._trace(self._cursor.mogrify(statement.sql, arranged))
        self._cursor.execute(statement.sql, arranged)
        return self

    def executemany(self, sql: str, rows: Any) -> Cursor:
        statement = translate(sql)
        self._cursor = self._raw.cursor(row_factory=_row_factory)
        self._cursor.executemany(statement.sql, [statement.arrange(r) for r in rows])
        if self._raw.info.transaction_status == pq.TransactionStatus.INTRANS:
            # psycopg ends executemany's pipeline with a flush request that the server reads
            # once idle, which stops its idle-in-transaction clock until the next statement: a
            # workstation stopped here would hold the write lock for good. A statement starts it.
            self._raw.execute("SELECT 1")
        return self

    def _done(self) -> psycopg.Cursor[Any]:
        if self._cursor is None:
            raise psycopg.InterfaceError("the cursor has run no statement")
        return self._cursor

    @property
    def rowcount(self) -> int:
        return int(self._done().rowcount)

    @property
    def description(self) -> Any:
        return self._done().description

    def fetchone(self) -> Any:
        cursor = self._done()
        return cursor.fetchone() if cursor.description else None

    def fetchall(self) -> list[Any]:
        cursor = self._done()
        return list(cursor.fetchall()) if cursor.description else []

    def fetchmany(self, size: int = 1) -> list[Any]:
        cursor = self._done()
        return list(cursor.fetchmany(size)) if cursor.description else []

    def __iter__(self) -> Iterator[Any]:
        cursor = self._done()
        if cursor.description:
            yield from cursor

    def close(self) -> None:
        if self._cursor is not None:
            self._cursor.close()


class Connection:
    """One session with the ward server."""

    dialect = POSTGRESQL

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw
        # Each statement as sent, when set (sqlite3's set_trace_callback: the query-plan tests).
        self._trace: Any = None
        raw.adapters.register_loader("numeric", _NumericText)
        raw.adapters.register_loader("numeric", _NumericBinary)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    @property
    def broken(self) -> bool:
        """The server went away (or closed this session): a new connection is needed."""
        return bool(self.raw.closed or self.raw.broken)

    def set_trace_callback(self, trace: Any) -> None:
        self._trace = trace

    def cursor(self) -> Cursor:
        return Cursor(self.raw, self._trace)

    def execute(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None, /
    ) -> Cursor:
        return Cursor(self.raw, self._trace).execute(sql, params)

    def executemany(self, sql: str, rows: Any, /) -> Cursor:
        return Cursor(self.raw, self._trace).executemany(sql, rows)

    def close(self) -> None:
        self.raw.close()


def connect(url: str, *, application_name: str = "ivigmon") -> Connection:
    """A new session with the server at `url`, in autocommit mode (the store begins and ends
    each transaction itself)."""
    raw = psycopg.connect(
        url,
        autocommit=True,
        # Parameters are bound on the client (escaped by libpq): SQLite's SQL binds a None that
        # the server could not type (`? IS NULL OR col >= ?`), which a literal NULL answers.
        cursor_factory=psycopg.ClientCursor,
        connect_timeout=CONNECT_TIMEOUT_S,
        application_name=application_name,
    )
    return Connection(raw)
