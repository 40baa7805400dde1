"""Hearing the other workstations' changes: a session of its own that LISTENs, on a thread that
reconnects by itself and says whether the ward server answers."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import psycopg

from ivigmon.storage.pg.connection import CONNECT_TIMEOUT_S
from ivigmon.storage.pg.notify import CHANNEL, SEPARATOR

log = logging.getLogger("ivigmon.live")

# One wait for notifications: the longest a stop or a requested check waits to be seen.
WAIT_S = 0.5
# With nothing heard, the listening session is asked for an answer this often, so that a
# session the server ended is noticed even when no notification comes.
PROBE_EVERY_S = 5.0
# Between two attempts to reach a server that does not answer.
RETRY_S = 1.0
# How long another person's sign-in waits for the previous login's listening session to end:
# a wait for notifications, or an attempt to reach a server that does not answer.
RELOGIN_WAIT_S = CONNECT_TIMEOUT_S + 2 * WAIT_S + RETRY_S
# A server powered off or a cable pulled closes nothing: without keepalives and a limit on
# unanswered data the session would wait for hours before it noticed.
KEEPALIVES: dict[str, Any] = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
    "tcp_user_timeout": 9_000,  # milliseconds
}
APPLICATION_NAME = "ivigmon listener"

# What changed: the kinds of record a committed write named, or None when anything may have
# (a write that named none, or notifications missed while the server was away).
Kinds = frozenset[str] | None


def kinds_of(payload: str) -> Kinds:
    """The kinds of record a notification's payload names (None for an empty payload)."""
    names = frozenset(name for name in payload.split(SEPARATOR) if name)
    return names or None


class ServerListener:
    """Calls `on_change(kinds)` for every write committed to the ward database by anyone, and
    `on_reachable(answers)` when the server stops or starts answering; both on its own thread.

    After the server was away it reports `on_change(None)` once: what changed meanwhile was not
    heard, so everything shown may be out of date."""

    def __init__(
        self,
        url: str | Callable[[], str],
        *,
        on_change: Callable[[Kinds], None],
        on_reachable: Callable[[bool], None],
        on_close: Callable[[ServerListener], None] | None = None,
    ) -> None:
        # Read at every connection: the store's address follows the signed-in person's login.
        self._address: Callable[[], str] = url if callable(url) else lambda: url
        self._on_change = on_change
        self._on_reachable = on_reachable
        self._on_close = on_close
        # Set by `relogin`; the thread answers on `_relogged` once the old session is closed.
        self._relogin = threading.Event()
        self._relogged = threading.Event()
        # None until the first attempt: the first answer (or silence) is always reported.
        self.reachable: bool | None = None
        self._stop = threading.Event()
        self._check = threading.Event()
        # Held while a callback runs: after close() returns, no callback starts.
        self._callback_lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="ivigmon-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def check_now(self) -> None:
        """Ask at once whether the server answers a new session, as a save would open one
        (after a save or a read failed), and report it if that changed."""
        self._check.set()

    def close(self, wait_s: float = 2 * WAIT_S) -> None:
        """Stop listening; no callback runs after this returns (the thread ends by itself if
        it is waiting for an unanswering server)."""
        with self._callback_lock:
            self._closed = True
        self._stop.set()
        if self._on_close is not None:
            self._on_close(self)
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(wait_s)

    def relogin(self, wait_s: float = RELOGIN_WAIT_S) -> bool:
        """Listen again with the address as it is now (another person signed in): True once
        the session opened before is closed (at once when the thread has ended)."""
        if not self._thread.is_alive():
            return True
        self._relogged.clear()
        self._relogin.set()
        if self._relogged.wait(wait_s):
            return True
        log.warning("the listening session of the previous login did not end in %s s", wait_s)
        return False

    # -- the thread ------------------------------------------------------------------------
    def _run(self) -> None:
        missed = False  # notifications may have been sent while this session was not there
        while not self._stop.is_set():
            if self._relogin.is_set():
                # Any session of the previous login is closed: listen again as the new one.
                self._relogin.clear()
                self._relogged.set()
                missed = True
            try:
                conn = self._connect()
                conn.execute(f"LISTEN {CHANNEL}")
            except psycopg.Error as error:
                missed = True
                self._report(False, why=error)
                self._pause(RETRY_S)
                continue
            try:
                self._report(True)
                if missed:
                    self._deliver(None)
                missed = False
                self._listen(conn)
            except psycopg.Error as error:
                # The session ended (the server restarted, or ended it): listen again at once;
                # the server counts as away only if that fails.
                log.info("the ward server ended the listening session: %s", _first_line(error))
                missed = True
            finally:
                with contextlib.suppress(psycopg.Error):
                    conn.close()

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        probed = time.monotonic()
        while not self._stop.is_set() and not self._relogin.is_set():
            for notification in conn.notifies(timeout=WAIT_S):
                self._deliver(kinds_of(notification.payload))
                if self._stop.is_set():
                    return
            if time.monotonic() - probed >= PROBE_EVERY_S:
                conn.execute("SELECT 1")
                probed = time.monotonic()
            if self._check.is_set() or self.reachable is False:
                # Listening works, but a new session may not (a save failed): try one, as
                # the store would, until one opens.
                self._check.clear()
                self._try_new_session()

    def _try_new_session(self) -> None:
        try:
            self._connect().close()
        except psycopg.Error as error:
            self._report(False, why=error)
            self._pause(RETRY_S)
        else:
            self._report(True)

    def _pause(self, seconds: float) -> None:
        """Wait before the next try; a stop or another login ends the wait."""
        deadline = time.monotonic() + seconds
        while not self._stop.is_set() and not self._relogin.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self._stop.wait(min(left, WAIT_S))

    def _connect(self) -> psycopg.Connection[Any]:
        return psycopg.connect(
            self._address(),
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name=APPLICATION_NAME,
            **KEEPALIVES,
        )

    def _report(self, answers: bool, *, why: psycopg.Error | None = None) -> None:
        self._check.clear()
        if answers == self.reachable:
            return
        self.reachable = answers
        if answers:
            log.info("the ward server answers")
        else:
            log.warning("the ward server cannot be reached: %s", _first_line(why))
        self._call(self._on_reachable, answers)

    def _deliver(self, kinds: Kinds) -> None:
        self._call(self._on_change, kinds)

    def _call(self, callback: Callable[[Any], None], value: object) -> None:
        with self._callback_lock:
            if self._closed:
                return
            try:
                callback(value)
            except Exception:  # a receiver's fault must not end listening for every screen
                log.exception("a receiver of live changes failed")


def _first_line(error: psycopg.Error | None) -> str:
    text = str(error or "").strip()
    return text.splitlines()[0] if text else type(error).__name__
