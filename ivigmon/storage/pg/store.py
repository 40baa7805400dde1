"""A ward database on a PostgreSQL server: one session per thread, one transaction per action.

Writes are taken one at a time across every workstation (a transaction-scoped advisory
lock), as SQLite's BEGIN IMMEDIATE takes them within one computer: the audit trail is one
chain, sealed in the order entries were written, and a change is checked against the state
the last one left. Waiting for the lock is short (a bedside entry commits in milliseconds);
readers never wait. Each write sets the acting user and the clock with SET LOCAL, which the
audit triggers read and which end with the transaction.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any, cast

import psycopg
from psycopg.conninfo import conninfo_to_dict

from ivigmon.domain.timefmt import to_stored
from ivigmon.storage import errors
from ivigmon.storage.audit import begin_mark, seal
from ivigmon.storage.audit_key import key_from_environment
from ivigmon.storage.database import WRITE_RETRY_SECONDS, Store
from ivigmon.storage.pg import migrate
from ivigmon.storage.pg.connection import Connection, connect
from ivigmon.storage.pg.errors import translate
from ivigmon.storage.pg.notify import announce
from ivigmon.storage.schema import APPLICATION_ID, known_names

# The key of the advisory lock every ivigmon write takes ("IVIG").
WRITE_LOCK = APPLICATION_ID
# A statement waiting longer than this for a row lock fails and the write is retried.
LOCK_TIMEOUT = "10s"
# A write whose workstation stops sending (suspended, its network gone) would hold the write
# lock until the operating system gave up on the connection, hours later: the server ends such
# a session after this pause, well inside the others' retry window. A write's own pauses
# between statements are the program's work, far shorter.
IDLE_IN_WRITE = "15s"
# A COMMIT whose answer never came (the connection broke) may have been done: only the server
# knows, and "nothing was saved" could have the nurse enter the record twice.
_UNCONFIRMED = (
    "the connection to the ward server {where} broke while the change was being saved:"
    " it may have been saved; look at the record before entering it again"
)


def display_name(url: str) -> str:
    """The server's address as people read it: never the password."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://(an address that cannot be read)"
    user = f"{parts['user']}@" if parts.get("user") else ""
    host = parts.get("host") or "localhost"
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{host}{port}/{parts.get('dbname', '')}"


class ServerStore(Store):
    """One ward database on a server, with one session per thread that uses it."""

    def __init__(self, conn: Connection, url: str, *, read_only: bool = False) -> None:
        self.url = url
        super().__init__(cast(Any, conn), display_name(url), read_only=read_only)

    def _adopt(self, conn: Any) -> Any:
        self._local.conn = conn
        with self._lock:
            self._all.append(conn)
        return conn

    @property
    def conn(self) -> Any:
        """This thread's session (opened on first use; opened again after the server went away)."""
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is not None and conn.broken:
            with self._lock, contextlib.suppress(ValueError):
                self._all.remove(cast(Any, conn))
            with contextlib.suppress(psycopg.Error):
                conn.close()
            conn = None
        if conn is None:
            try:
                conn = connect(self.url)
            except psycopg.Error as exc:
                raise (translate(exc, self.path) or exc) from exc
            conn = self._adopt(conn)
        return conn

    def close(self) -> None:
        super().close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[Any]:
        if self.read_only:
            raise errors.ReadOnlyDatabase(
                f"the database {self.path} is open read-only; nothing was saved"
            )
        deadline = time.monotonic() + WRITE_RETRY_SECONDS
        replaced = False
        while True:
            conn = self.conn
            try:
                conn = self._begun("BEGIN ISOLATION LEVEL READ COMMITTED")
                conn.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
                conn.execute(f"SET LOCAL idle_in_transaction_session_timeout = '{IDLE_IN_WRITE}'")
                conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
                break
            except psycopg.Error as exc:
                _rollback(conn)
                # The server ended this session (a restart, an administrator, a dropped
                # connection) before the write's first statement: nothing of it was sent, so it
                # begins again on a new session; once, so that a server that keeps ending
                # sessions is reported.
                if conn.broken and not replaced:
                    replaced = True
                    continue
                failure = translate(exc, self.path)
                if isinstance(failure, errors.DatabaseBusy) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                raise (failure or exc) from exc
        committing = False
        try:
            conn.execute(
                "SELECT set_config('ivigmon.user', ?, true), set_config('ivigmon.now', ?, true)",
                (self.actor, to_stored(self.clock())),
            )
            mark = begin_mark(conn)
            yield conn
            seal(conn, mark, self.audit_key)
            announce(conn, mark)  # delivered to the other workstations on COMMIT only
            committing = True
            conn.execute("COMMIT")
        except psycopg.Error as exc:
            _rollback(conn)
            # No answer at all (an answer, even the server ending the session, means not done).
            if committing and conn.broken and exc.sqlstate is None:
                raise errors.ServerUnavailable(_UNCONFIRMED.format(where=self.path)) from exc
            failure = translate(exc, self.path)
            if failure is None:
                raise
            raise failure from exc
        except BaseException:
            _rollback(conn)
            raise

    @contextlib.contextmanager
    def _read(self) -> Iterator[Any]:
        conn = self.conn
        if conn.in_transaction:
            yield conn
            return
        try:
            # A session the server ended while idle is replaced once (nothing was sent yet).
            conn = self._begun("BEGIN ISOLATION LEVEL REPEATABLE READ")
        except psycopg.Error as exc:
            raise (translate(exc, self.path) or exc) from exc
        try:
            yield conn
        except psycopg.Error as exc:
            failure = translate(exc, self.path)
            if failure is None:
                raise
            raise failure from exc
        finally:
            _rollback(conn)

    def schema_version(self) -> list[str]:
        return migrate.applied(self.conn)

    def _begun(self, begin: str) -> Any:
        """This thread's session, in a transaction begun with `begin`. A session the server
        ended while it sat idle (a restart) fails its next statement: nothing of the
        transaction was sent yet, so a new session is opened and asked once more."""
        conn: Connection = self.conn
        try:
            conn.execute(begin)
        except psycopg.Error:
            if not conn.broken:
                raise
            conn = self.conn
            conn.execute(begin)
        return conn


def _rollback(conn: Connection) -> None:
    if conn.broken:
        return
    if conn.in_transaction:
        with contextlib.suppress(psycopg.Error):
            conn.execute("ROLLBACK")


# A thread of the app may open the store while another migrates it: one migrates, the
# others wait on the write lock and then find nothing pending.
_OPEN_LOCK = threading.Lock()


def open_server_store(url: str, *, read_only: bool = False) -> ServerStore:
    """Open (migrating when needed and allowed) the ward database on a server."""
    where = display_name(url)
    audit_key = key_from_environment(where)
    try:
        conn = connect(url)
    except psycopg.Error as exc:
        raise (translate(exc, where) or exc) from exc
    store = ServerStore(conn, url, read_only=read_only)
    store.audit_key = audit_key
    try:
        with _OPEN_LOCK:
            _prepare(store)
    except BaseException as exc:
        store.close()
        if isinstance(exc, psycopg.Error):
            raise (translate(exc, where) or exc) from exc
        raise
    return store


def _prepare(store: ServerStore) -> None:
    with store.read() as read:
        conn = _server(read)
        applied = migrate.applied(conn)
        foreign = not applied and _has_tables(conn)
    if foreign:
        raise errors.NotOurDatabase(
            f"{store.path} holds tables of another program; use an empty database for ivigmon"
        )
    _refuse_newer(store, applied)
    pending = [n for n in known_names() if n not in set(applied)]
    if not pending:
        return
    if store.read_only:
        raise errors.ReadOnlyDatabase(f"{store.path} needs an upgrade but is open read-only")
    with store.write() as written:
        conn = _server(written)
        applied = migrate.applied(conn)
        _refuse_newer(store, applied)
        pending = [n for n in known_names() if n not in set(applied)]
        if not pending:
            return
        from ivigmon.storage.migrations import registered_functions

        migrate.apply_pending(conn, registered_functions(), pending)


def _server(conn: Any) -> Connection:
    """The server session behind the sqlite3-typed connection a transaction hands out."""
    if not isinstance(conn, Connection):
        raise TypeError("a ward server store handed out a connection that is not a server's")
    return conn


def _refuse_newer(store: ServerStore, applied: list[str]) -> None:
    unknown = set(applied) - set(known_names())
    if unknown:
        raise errors.NewerSchema(
            f"{store.path} was written by a newer ivigmon (schema {sorted(unknown)[-1]}); "
            "update ivigmon before opening it"
        )


def _has_tables(conn: Connection) -> bool:
    row = conn.execute(
        "SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = current_schema() AND c.relkind = 'r'"
    ).fetchone()
    return bool(row["n"])
