"""Opens the database (WAL, foreign keys, busy timeout), migrates it and runs transactions."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from ivigmon.domain.timefmt import to_stored
from ivigmon.storage import errors, location, temp_copies
from ivigmon.storage.audit import begin_mark, seal
from ivigmon.storage.audit_key import AuditKey, key_from_environment
from ivigmon.storage.engine import is_server, on_server
from ivigmon.storage.schema import (
    APPLICATION_ID,
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    applied_names,
    known_names,
    pending_names,
)

# Waiting for another program's write (another window or user, a command): SQLite's own
# wait, then our retries of BEGIN.
BUSY_TIMEOUT_MS = 5_000
# What a transaction hands out: services pass it to the storage functions and never run SQL
# on it themselves (an import-linter contract keeps sqlite3 out of the services).
Connection = sqlite3.Connection
WRITE_RETRY_SECONDS = 30.0
# How long closing waits for another thread's read or write to end (a long import's write can
# take minutes; closing then is a programming error, reported by the crash it avoids no longer).
CLOSE_WAIT_S = 60.0


class Store:
    """One ivigmon database file, with one connection per thread that uses it.

    The desktop app writes from a worker thread so that waiting for another program's
    lock never freezes the window, while the window keeps reading: each thread gets its own
    connection (WAL lets them read and write side by side), opened on first use.
    """

    def __init__(self, conn: sqlite3.Connection, path: str, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        # Things the person who opened it should know (permissions tightened, an open folder).
        self.notices: list[str] = []
        # Who is acting and what time it is, as the audit triggers record them.
        self.actor = "system"
        self.clock: Callable[[], datetime] = datetime.now
        # The secret that keys new audit entries (IVIGMON_AUDIT_KEY_FILE); None: plain SHA-256.
        self.audit_key: AuditKey | None = None
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        # Transactions open on each thread: `close` waits for the other threads' to end.
        self._busy: dict[int, int] = {}
        self._idle = threading.Condition(self._lock)
        self._adopt(conn)

    def _adopt(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        conn.create_function("ivigmon_user", 0, lambda: self.actor)
        conn.create_function("ivigmon_now", 0, lambda: to_stored(self.clock()))
        self._local.conn = conn
        with self._lock:
            self._all.append(conn)
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use, with the same settings)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = _connect(self.path, read_only=self.read_only)
                if not self.read_only:
                    conn.execute("PRAGMA synchronous = FULL")
            except sqlite3.Error as exc:
                raise (errors.translate(exc, self.path) or exc) from exc
            conn = self._adopt(conn)
        return conn

    def close(self) -> None:
        """Close every thread's connection, once no other thread is inside a read or a write:
        closing a connection while another thread reads through it crashes the process."""
        me = threading.get_ident()
        with self._idle:
            self._idle.wait_for(lambda: not set(self._busy) - {me}, timeout=CLOSE_WAIT_S)
            opened, self._all = self._all, []
        for conn in opened:
            conn.close()
        self._local = threading.local()

    @contextlib.contextmanager
    def _in_use(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._lock:
            self._busy[me] = self._busy.get(me, 0) + 1
        try:
            yield
        finally:
            with self._idle:
                self._busy[me] -= 1
                if not self._busy[me]:
                    del self._busy[me]
                self._idle.notify_all()

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction (BEGIN IMMEDIATE, retried while another writes)."""
        with self._in_use(), self._write() as conn:
            yield conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise errors.ReadOnlyDatabase(
                f"the database {self.path} is open read-only; nothing was saved"
            )
        conn = self.conn
        deadline = time.monotonic() + WRITE_RETRY_SECONDS
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.Error as exc:
                failure = errors.translate(exc, self.path)
                if isinstance(failure, errors.DatabaseBusy) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                raise (failure or exc) from exc
        try:
            # Only the entries written after this point are this transaction's to seal.
            mark = begin_mark(conn)
            yield conn
            seal(conn, mark, self.audit_key)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            _rollback(conn)
            failure = errors.translate(exc, self.path)
            if failure is None:
                raise
            raise failure from exc
        except BaseException:
            _rollback(conn)
            raise

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several queries (inside a write, that write's view)."""
        with self._in_use(), self._read() as conn:
            yield conn

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        conn = self.conn
        if conn.in_transaction:
            yield conn
            return
        try:
            conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise (errors.translate(exc, self.path) or exc) from exc
        try:
            yield conn
        except sqlite3.Error as exc:
            failure = errors.translate(exc, self.path)
            if failure is None:
                raise
            raise failure from exc
        finally:
            _rollback(conn)

    def schema_version(self) -> list[str]:
        return applied_names(self.conn)


# A bulk write (an import, the demo service) changes index pages all over a large file: with
# SQLite's default 2 MB page cache each is spilled to the WAL and read back many times over.
BULK_CACHE_KIB = 32 * 1024


@contextlib.contextmanager
def bulk_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """A larger page cache for the write transaction of a bulk load, then the usual one (a
    ward server's cache is the server's own)."""
    if on_server(conn):
        yield
        return
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def _connect(path: str, *, read_only: bool) -> sqlite3.Connection:
    uri = f"file:{Path(path).resolve()}?mode={'ro' if read_only else 'rwc'}"
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per user action.
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    # Rows are read by column name, never by position.
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _foreign_tables(conn: sqlite3.Connection) -> bool:
    """Tables that are not the (possibly empty) migration log of an interrupted first start."""
    names = {r["name"] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    if names - {MIGRATIONS_TABLE, "sqlite_sequence"}:
        return True
    if MIGRATIONS_TABLE in names:
        others = conn.execute(
            f"SELECT count(*) FROM {MIGRATIONS_TABLE} WHERE migration_set != ?",
            (MIGRATION_SET,),
        ).fetchone()[0]
        return bool(others)
    return False


def open_store(
    path: str | os.PathLike[str], *, create: bool = True, read_only: bool = False
) -> Store:
    """Open (creating or upgrading when allowed) an ivigmon database.

    A file the user cannot write opens read-only for viewing, as does any file with `read_only`.
    """
    text = str(path)
    if not text.strip():
        raise errors.MissingDatabase("no database file was named (an empty path)")
    if is_server(text):
        from ivigmon.storage.pg.store import open_server_store

        return open_server_store(text.strip(), read_only=read_only)
    # A key that is set but unusable stops here, before the file is created or changed.
    audit_key = key_from_environment(text)
    exists = Path(text).exists() and Path(text).stat().st_size > 0
    if not exists and not create:
        raise errors.MissingDatabase(
            f"there is no database at {text}; create one with `ivigmon --db {text} init`"
        )
    if not read_only:
        location.refuse_network_drive(text)
    location.refuse_foreign_journals(text)
    if not exists:
        Path(text).parent.mkdir(parents=True, exist_ok=True)
        # Owner-only permissions for a file that holds patient records.
        fd = os.open(text, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(fd)
    notices = location.tighten(text)
    warning = location.open_folder_warning(text)
    if warning is not None:
        notices.append(warning)
    read_only = read_only or (exists and not os.access(text, os.W_OK))
    if read_only and not exists:
        raise errors.MissingDatabase(f"there is no database at {text} to open for viewing")
    try:
        conn = _connect(text, read_only=read_only)
    except sqlite3.Error as exc:
        raise (errors.translate(exc, text) or exc) from exc
    store = Store(conn, text, read_only=read_only)
    store.audit_key = audit_key
    try:
        _prepare(store)
    except BaseException as exc:
        store.close()  # a file that cannot be prepared is not left open
        if isinstance(exc, sqlite3.Error):
            raise (errors.translate(exc, text) or exc) from exc
        raise
    store.notices = notices
    if not store.read_only:
        _remove_leftovers(text)
    return store


def _prepare(store: Store) -> None:
    conn = store.conn
    # One snapshot: another ivigmon may be creating this very file at the same moment.
    with store.read():
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        foreign = app_id != APPLICATION_ID and _foreign_tables(conn)
    if app_id != APPLICATION_ID:
        if foreign:
            raise errors.NotOurDatabase(f"{store.path} is an SQLite file of another program")
        if store.read_only:
            raise errors.ReadOnlyDatabase(f"the empty database {store.path} is read-only")
    if not store.read_only:
        # WAL lets the worklist read while a bedside writes; FULL syncs the WAL at each
        # commit so that a committed record survives a power cut, not only a crash.
        _use_wal(store)
        conn.execute("PRAGMA synchronous = FULL")
    _refuse_newer(store)
    if not pending_names(conn):
        return
    if store.read_only:
        raise errors.ReadOnlyDatabase(
            f"{store.path} needs an upgrade but is read-only; open it where it can be written"
        )
    # Two ivigmon programs starting together (on a new file, or after an update) must not both
    # migrate: the second would fail with "table ... already exists". Take the write lock,
    # then look again at what is still pending.
    with store.write():
        applied = _refuse_newer(store)
        if not pending_names(conn):
            return
        if applied:
            _copy_before_migrating(store)
        # Only an upgrade loads the migrations (and sqlite-utils with them).
        from sqlite_utils import Database

        from ivigmon.storage.migrations import MIGRATIONS

        MIGRATIONS.apply(Database(conn))


def _use_wal(store: Store) -> None:
    """Switch the file to WAL (a no-op once it is). The switch needs the file to itself and
    SQLite does not wait for that, so an ivigmon starting at the same moment as another
    retries, as a write would, instead of failing with "database is locked"."""
    deadline = time.monotonic() + WRITE_RETRY_SECONDS
    while True:
        try:
            mode = store.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            busy = isinstance(errors.translate(exc, store.path), errors.DatabaseBusy)
            if not busy or time.monotonic() >= deadline:
                raise
        else:
            if str(mode).lower() == "wal":
                return
            if time.monotonic() >= deadline:
                raise errors.DatabaseBusy(
                    f"the database {store.path} is busy in another program; try again"
                )
        time.sleep(0.05)


def _refuse_newer(store: Store) -> set[str]:
    """The applied migrations; NewerSchema when one of them is unknown to this program."""
    applied = set(applied_names(store.conn))
    unknown = applied - set(known_names())
    if unknown:
        raise errors.NewerSchema(
            f"{store.path} was written by a newer ivigmon (schema {sorted(unknown)[-1]}); "
            "update ivigmon before opening it"
        )
    return applied


def _copy_before_migrating(store: Store) -> None:
    """A full copy of the file beside it, made with the online backup API, before an upgrade.

    Written complete into a private temporary file first and only then given its name, so a
    crash never leaves a half-written `.before-upgrade-*` file that looks like a whole one.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = Path(f"{store.path}.before-upgrade-{stamp}")
    # Read through a second connection: store.conn holds the write lock, and SQLite's backup
    # from a connection that is writing returns SQLITE_LOCKED, which Python retries forever.
    source = sqlite3.connect(f"file:{Path(store.path).resolve()}?mode=ro", uri=True)
    try:
        temp = temp_copies.new_temp(target)
        try:
            temp_copies.write_copy(source, temp)
            temp_copies.install_numbered(temp, target)
        finally:
            temp.unlink(missing_ok=True)  # this function's own file
    finally:
        source.close()


def _remove_leftovers(path: str) -> None:
    """Temporary copies of this database (restores, before-upgrade copies, an import's
    scratch copy) that a killed ivigmon left beside it."""
    db = Path(path)

    def owns(name: str) -> bool:
        return name in (db.name, f"{db.name}.import") or name.startswith(
            f"{db.name}.before-upgrade-"
        )

    temp_copies.remove_leftovers(db.parent, owns)
