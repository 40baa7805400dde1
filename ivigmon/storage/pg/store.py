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
from collections.abc import Callable, Iterator
from typing import Any, cast

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from ivigmon.domain.timefmt import to_stored
from ivigmon.storage import errors
from ivigmon.storage.audit import begin_mark, seal
from ivigmon.storage.audit_key import key_from_environment
from ivigmon.storage.database import CLOSE_WAIT_S, WRITE_RETRY_SECONDS, Store
from ivigmon.storage.pg import migrate
from ivigmon.storage.pg.connection import Connection, connect
from ivigmon.storage.pg.errors import translate
from ivigmon.storage.pg.listen import Kinds, ServerListener
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


class PersonLogin:
    """A session opened with a person's own server login and the password they typed, not yet
    the store's: `adopt` makes every session of the store that person's, `discard` drops it.
    `password_checked`: the server asked for the password and accepted it (a server that
    admits the login by a certificate, Kerberos or trust checked no password)."""

    def __init__(self, store: ServerStore, conn: Connection, login: str, password: str) -> None:
        self._store = store
        self._conn: Connection | None = conn
        self.login = login
        self._password = password
        self.password_checked = bool(conn.raw.pgconn.used_password)

    def adopt(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            raise RuntimeError("this login was adopted or discarded already")
        try:
            self._store._take_over(conn, self.login, self._password)
        except BaseException:
            conn.close()
            raise

    def discard(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()


class ServerStore(Store):
    """One ward database on a server, with one session per thread that uses it.

    Opened with the address as given; once a person signs in with their own login, every
    session (each thread's, the listener's) is that login's, with the password they typed."""

    def __init__(self, conn: Connection, url: str, *, read_only: bool = False) -> None:
        self._address = url
        # The signed-in person's login and password, once one signed in with their own.
        self.person: str | None = None
        self._password: str | None = None
        self._listeners: list[ServerListener] = []
        super().__init__(cast(Any, conn), display_name(url), read_only=read_only)

    @property
    def url(self) -> str:
        """How every new session connects: the address, with the signed-in person's login and
        password when one signed in with their own (libpq's conninfo; it holds the password)."""
        if self.person is None:
            return self._address
        return make_conninfo(self._address, user=self.person, password=self._password)

    def administers(self) -> bool:
        """Whether the sessions are the schema owner's (or a superuser's): they migrate and
        administer, and may record under any account's name, as on a file."""
        with self.read() as conn:
            row = conn.execute(
                "SELECT pg_has_role(session_user,"
                " (SELECT relowner FROM pg_class WHERE oid = 'users'::regclass), 'MEMBER') AS yes"
            ).fetchone()
        return bool(row["yes"])

    def open_login(self, login: str, password: str) -> PersonLogin:
        """A new session as `login` with `password` (never one from ~/.pgpass or the address:
        an empty password is refused before the server is asked). LoginRefused when the server
        does not admit it; ServerUnavailable when it does not answer at all."""
        refused = errors.LoginRefused(f"the ward server {self.path} refused the login {login}")
        if not password:
            raise refused
        try:
            conn = connect(make_conninfo(self._address, user=login, password=password))
        except psycopg.Error as exc:
            # A server that asked for the password, or that still answers this workstation's
            # session, refused this login; otherwise it cannot be reached.
            asked = exc.pgconn is not None and bool(exc.pgconn.used_password)
            if asked or self._answers():
                raise refused from exc
            raise (translate(exc, self.path) or exc) from exc
        return PersonLogin(self, conn, login, password)

    def _answers(self) -> bool:
        try:
            with self.read() as conn:
                conn.execute("SELECT 1")
        except errors.StorageError:
            return False
        return True

    def _take_over(self, conn: Connection, login: str, password: str) -> None:
        """`conn` becomes this thread's session; every other session (of the previous person)
        is closed once no other thread is inside a transaction, and the listeners listen again
        under the new login."""
        me = threading.get_ident()
        with self._idle:
            if not self._idle.wait_for(lambda: not set(self._busy) - {me}, timeout=CLOSE_WAIT_S):
                raise errors.DatabaseBusy(
                    f"the ward server {self.path}: a change is still being saved on this"
                    " workstation; nobody was signed in, try again"
                )
            previous, self._all = self._all, [cast(Any, conn)]
            self.person, self._password = login, password
            self.path = display_name(self.url)
            self._local = threading.local()
            self._local.conn = conn
            for old in previous:
                with contextlib.suppress(psycopg.Error):
                    old.close()
            listeners = list(self._listeners)
        for listener in listeners:
            listener.relogin()

    def remember_password(self, password: str) -> None:
        """The signed-in person's new password (committed): new sessions use it."""
        with self._lock:
            self._password = password

    def listen(
        self, *, on_change: Callable[[Kinds], None], on_reachable: Callable[[bool], None]
    ) -> ServerListener:
        """A started listener whose session follows the signed-in person's login."""
        listener = ServerListener(
            lambda: self.url,
            on_change=on_change,
            on_reachable=on_reachable,
            on_close=self._forget,
        )
        with self._lock:
            self._listeners.append(listener)
        listener.start()
        return listener

    def _forget(self, listener: ServerListener) -> None:
        with self._lock, contextlib.suppress(ValueError):
            self._listeners.remove(listener)

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
