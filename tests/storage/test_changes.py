"""Live changes on a ward server: a write committed by one workstation is heard by the others'
listeners within seconds (never an aborted one), and a listener whose session ends, or whose
server goes away, listens again by itself and says whether the server answers."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

from ivigmon.domain.timefmt import to_stored
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import ServerUnavailable
from ivigmon.storage import changes
from ivigmon.storage.changes import Kinds, Listener
from ivigmon.storage.pg.notify import CHANNEL
from ivigmon.storage.settings_store import save_setting
from tests import pg_server
from tests.factories import NOW, Clock, make_patient
from tests.server_outage import end_sessions, refuse_sessions, server_away

# How soon another workstation must hear a committed change.
HEARD_WITHIN_S = 2.0
# How soon a listener must notice that its server went away or came back (one connect timeout
# and a retry, at most).
NOTICED_WITHIN_S = 15.0
PATIENT_KINDS = frozenset({"patients", "measurements"})


@dataclass
class Heard:
    """What one listener reported, in order, on its own thread."""

    changes: queue.Queue[Kinds] = field(default_factory=queue.Queue)
    answers: queue.Queue[bool] = field(default_factory=queue.Queue)

    def change(self, within: float = HEARD_WITHIN_S) -> Kinds:
        try:
            return self.changes.get(timeout=within)
        except queue.Empty:
            pytest.fail(f"nothing was heard within {within} s")

    def answer(self, within: float = NOTICED_WITHIN_S) -> bool:
        try:
            return self.answers.get(timeout=within)
        except queue.Empty:
            pytest.fail(f"the listener said nothing of the server within {within} s")


@pytest.fixture
def server(pg_template: tuple[str, str]) -> Iterator[tuple[str, str]]:
    """(the test server's URL, a fresh ward database on it)."""
    base, template = pg_template
    with pg_server.throwaway(base, template) as url:
        yield base, url


def _open(url: str, user: str) -> Context:
    return open_context(url, clock=Clock(NOW), user=user)


@pytest.fixture
def stations(server: tuple[str, str]) -> Iterator[tuple[Context, Context]]:
    """Two workstations on the same ward database."""
    _base, url = server
    first, second = _open(url, "nurse.one"), _open(url, "nurse.two")
    yield first, second
    first.store.close()
    second.store.close()


@pytest.fixture
def listening(stations: tuple[Context, Context]) -> Iterator[tuple[Heard, Listener]]:
    """The first workstation's listener, once it listens (it says the server answers)."""
    heard = Heard()
    listener = changes.listen(
        stations[0].store, on_change=heard.changes.put, on_reachable=heard.answers.put
    )
    assert listener is not None
    try:
        assert heard.answer() is True
        yield heard, listener
    finally:
        listener.close()


def test_a_change_committed_at_one_workstation_is_heard_at_another_within_two_seconds(
    stations, listening
):
    heard, _listener = listening
    started = time.monotonic()
    make_patient(stations[1], "K-0001")
    assert heard.change() == PATIENT_KINDS  # the kinds of record written: small, no content
    assert time.monotonic() - started < HEARD_WITHIN_S


def test_a_rolled_back_write_sends_nothing(stations, listening):
    heard, _listener = listening
    second = stations[1]
    with pytest.raises(RuntimeError, match="the nurse cancelled"), second.store.write() as conn:
        save_setting(conn, "lock_minutes", 5, to_stored(NOW), "nurse.two")
        raise RuntimeError("the nurse cancelled")
    make_patient(second, "K-0001")
    # Notifications arrive in the order of the commits: an aborted write's would come first.
    assert heard.change() == PATIENT_KINDS
    assert heard.changes.empty()


def test_a_write_of_settings_names_them(stations, listening):
    heard, _listener = listening
    with stations[1].store.write() as conn:
        save_setting(conn, "lock_minutes", 5, to_stored(NOW), "nurse.two")
    assert heard.change() == frozenset({"settings"})


def test_a_listener_whose_session_is_ended_listens_again_and_still_hears(
    server, stations, listening
):
    base, url = server
    heard, _listener = listening
    assert end_sessions(base, url, listener_only=True) == 1
    # Listening again at once: what was committed meanwhile was not heard, so it says that
    # anything may have changed.
    assert heard.change(within=NOTICED_WITHIN_S) is None
    make_patient(stations[1], "K-0001")
    assert heard.change() == PATIENT_KINDS
    # The server answered all along: the listener never said otherwise.
    assert heard.answers.empty()


def test_a_server_that_goes_away_is_reported_and_heard_again_when_it_is_back(
    server, stations, listening
):
    base, url = server
    heard, _listener = listening
    second = stations[1]
    with server_away(base, url):
        assert heard.answer() is False
        with pytest.raises(ServerUnavailable, match="cannot be reached; nothing was saved"):
            make_patient(second, "K-0001")
    assert heard.answer() is True
    assert heard.change(within=NOTICED_WITHIN_S) is None  # missed while away: reload all
    make_patient(second, "K-0001")  # the store opens a new session by itself
    assert heard.change() == PATIENT_KINDS


def test_asked_after_a_failed_save_the_listener_tries_a_new_session(server, listening):
    base, url = server
    heard, listener = listening
    # Its own session goes on, but new ones (a save's) are refused.
    refuse_sessions(base, url)
    try:
        listener.check_now()
        assert heard.answer() is False
    finally:
        refuse_sessions(base, url, allowed=True)
    assert heard.answer() is True
    assert heard.changes.empty()  # its session never ended: nothing was missed


def test_the_channel_is_the_one_the_server_store_notifies(stations):
    """A listener that is not ivigmon's (LISTEN ivigmon_changes in psql) hears the writes too."""
    with psycopg.connect(stations[0].store.url, autocommit=True) as other:
        other.execute(f"LISTEN {CHANNEL}")
        make_patient(stations[1], "K-0001")
        (note,) = list(other.notifies(timeout=HEARD_WITHIN_S, stop_after=1))
    assert note.payload == "measurements,patients"


def test_a_database_file_has_no_listener(tmp_path: Path):
    ctx = open_context(tmp_path / "ward.db")
    try:
        assert changes.listen(ctx.store, on_change=print, on_reachable=print) is None
    finally:
        ctx.store.close()
