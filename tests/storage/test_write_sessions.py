"""A ward server's session that breaks (a restart, a terminated session) or a write lock held by
another workstation: the write is retried when nothing of it was sent, and otherwise fails with
a plain message and saves nothing."""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from ivigmon.services import patients
from ivigmon.services.context import Context, open_context
from ivigmon.services.history import load_history
from ivigmon.services.patient_list import patient_summaries
from ivigmon.storage import errors
from ivigmon.storage import patients as patient_rows
from ivigmon.storage.pg import store as server_store
from ivigmon.storage.pg.store import WRITE_LOCK

from .. import pg_server
from ..factories import NOW, patient


@pytest.fixture
def server(pg_template: tuple[str, str]) -> Iterator[tuple[str, str]]:
    """(admin URL, ward database URL): a fresh ward database on the test server."""
    base, template = pg_template
    with pg_server.throwaway(base, template) as url:
        yield base, url


@pytest.fixture
def ward(server: tuple[str, str]) -> Iterator[Context]:
    context = open_context(server[1], clock=lambda: NOW, user="nurse.test")
    yield context
    context.store.close()


def terminate(admin_url: str, pid: int) -> None:
    """What a server restart or an administrator does to a session: the server ends it."""
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        # The backend is gone once the server no longer lists it.
        for _ in range(200):
            if not admin.execute(
                "SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)
            ).fetchone():
                return
            time.sleep(0.01)


def session_pid(ctx: Context) -> int:
    return int(ctx.store.conn.raw.info.backend_pid)


def stored_mrns(ctx: Context) -> list[str]:
    return [row.mrn for row in patient_summaries(ctx)]


def test_a_write_after_the_server_ended_the_idle_session_is_saved_on_a_new_one(
    server: tuple[str, str], ward: Context
):
    patients.register_patient(ward, patient("K-0001"))
    terminate(server[0], session_pid(ward))

    patients.register_patient(ward, patient("K-0002"))

    assert stored_mrns(ward) == ["K-0001", "K-0002"]


def test_a_read_after_the_server_ended_the_idle_session_reads_on_a_new_one(
    server: tuple[str, str], ward: Context
):
    patients.register_patient(ward, patient("K-0001"))
    terminate(server[0], session_pid(ward))

    assert load_history(ward, "K-0001").patient.mrn == "K-0001"


def waiting_for_lock(admin: psycopg.Connection[Any], dbname: str) -> int | None:
    row = admin.execute(
        "SELECT a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        " WHERE l.locktype = 'advisory' AND NOT l.granted AND a.datname = %s",
        (dbname,),
    ).fetchone()
    return None if row is None else int(row[0])


def test_a_session_ended_while_waiting_for_the_write_lock_is_replaced_and_the_write_saved(
    server: tuple[str, str], ward: Context
):
    """Nothing of the write was sent while it waited for another workstation's write."""
    base, url = server
    dbname = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    outcome: list[object] = []

    def save() -> None:
        try:
            outcome.append(patients.register_patient(ward, patient("K-0001")).mrn)
        except Exception as exc:  # the test reports it
            outcome.append(exc)

    with psycopg.connect(url, autocommit=True) as other:
        other.execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK,))  # another workstation
        writer = threading.Thread(target=save)
        writer.start()
        with psycopg.connect(base, autocommit=True) as admin:
            pid = None
            for _ in range(500):
                pid = waiting_for_lock(admin, str(dbname))
                if pid is not None:
                    break
                time.sleep(0.01)
            assert pid is not None, "the write never waited for the lock"
            terminate(base, pid)
        other.execute("SELECT pg_advisory_unlock(%s)", (WRITE_LOCK,))
        writer.join(timeout=60)

    assert outcome == ["K-0001"]
    assert stored_mrns(ward) == ["K-0001"]


def test_a_session_ended_inside_a_write_saves_nothing_and_says_the_server_is_unreachable(
    server: tuple[str, str], ward: Context, monkeypatch: pytest.MonkeyPatch
):
    """Part of the write was sent: it cannot be replayed, so the nurse is told plainly."""
    patients.register_patient(ward, patient("K-0001"))
    insert = patient_rows.insert_patient

    def insert_then_lose_the_session(conn: Any, *args: Any) -> int:
        row_id = insert(conn, *args)
        terminate(server[0], session_pid(ward))
        return row_id

    monkeypatch.setattr(patient_rows, "insert_patient", insert_then_lose_the_session)
    with pytest.raises(errors.ServerUnavailable) as caught:
        patients.register_patient(ward, patient("K-0002"))
    monkeypatch.undo()

    assert str(caught.value).startswith(
        f"the ward server {ward.store.path} cannot be reached; nothing was saved ("
    )
    assert isinstance(caught.value.__cause__, psycopg.OperationalError)
    assert stored_mrns(ward) == ["K-0001"]
    patients.register_patient(ward, patient("K-0003"))  # the next action simply works
    assert stored_mrns(ward) == ["K-0001", "K-0003"]


def test_a_write_waits_out_another_workstations_long_write_and_is_saved(
    server: tuple[str, str], ward: Context, monkeypatch: pytest.MonkeyPatch
):
    """The lock wait gives up after LOCK_TIMEOUT and is tried again until the retry window ends."""
    monkeypatch.setattr(server_store, "LOCK_TIMEOUT", "100ms")
    with psycopg.connect(server[1], autocommit=True) as other:
        other.execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK,))
        release = threading.Timer(
            0.5, lambda: other.execute("SELECT pg_advisory_unlock(%s)", (WRITE_LOCK,))
        )
        release.start()
        began = time.monotonic()
        patients.register_patient(ward, patient("K-0001"))
        release.join()
    assert time.monotonic() - began >= 0.5
    assert stored_mrns(ward) == ["K-0001"]


def test_a_write_lock_held_past_the_retry_window_says_the_server_is_busy_and_saves_nothing(
    server: tuple[str, str], ward: Context, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(server_store, "LOCK_TIMEOUT", "100ms")
    monkeypatch.setattr(server_store, "WRITE_RETRY_SECONDS", 0.5)
    with psycopg.connect(server[1], autocommit=True) as other:
        other.execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK,))
        with pytest.raises(errors.DatabaseBusy) as caught:
            patients.register_patient(ward, patient("K-0001"))
    assert str(caught.value) == (
        f"the ward server {ward.store.path} is busy with another workstation's change;"
        " nothing was saved, try again"
    )
    assert stored_mrns(ward) == []


def test_a_session_ended_just_before_its_commit_says_nothing_was_saved(
    server: tuple[str, str], ward: Context, monkeypatch: pytest.MonkeyPatch
):
    """The server answers that COMMIT by ending the session: it was not done, and it says so."""
    seal = server_store.seal

    def seal_then_lose_the_session(conn: Any, *args: Any) -> int:
        sealed = seal(conn, *args)
        terminate(server[0], session_pid(ward))
        return sealed

    monkeypatch.setattr(server_store, "seal", seal_then_lose_the_session)
    with pytest.raises(errors.ServerUnavailable) as caught:
        patients.register_patient(ward, patient("K-0001"))
    monkeypatch.undo()

    assert "cannot be reached; nothing was saved (terminating connection" in str(caught.value)
    assert stored_mrns(ward) == []


class ReplyLost:
    """A TCP relay to the server that, once armed, passes a COMMIT on, waits for the server's
    answer and drops the connection instead of passing the answer back: the change is
    committed, and the workstation cannot know it (a network that fails at that moment)."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.armed = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            threading.Thread(target=self._relay, args=(client, server), daemon=True).start()

    def _relay(self, client: socket.socket, server: socket.socket) -> None:
        with client, server:
            while True:
                ready, _, _ = select.select([client, server], [], [])
                if server in ready:
                    data = server.recv(65536)
                    if not data:
                        return
                    client.sendall(data)
                if client in ready:
                    data = client.recv(65536)
                    if not data:
                        return
                    server.sendall(data)
                    if self.armed.is_set() and b"COMMIT\x00" in data:
                        server.recv(65536)  # the server's answer: the commit is done
                        return

    def close(self) -> None:
        self.listener.close()


def test_a_connection_lost_while_committing_says_the_change_may_be_saved(
    server: tuple[str, str],
):
    """Only the server knows whether a COMMIT whose answer never came was done: "nothing was
    saved" would be a guess, and a wrong one makes the nurse enter the record twice."""
    parts = psycopg.conninfo.conninfo_to_dict(server[1])
    relay = ReplyLost(str(parts["host"]), int(parts["port"]))
    # In the clear, so that the relay sees the COMMIT.
    through_relay = f"postgresql://{parts['user']}@127.0.0.1:{relay.port}/{parts['dbname']}"
    through_relay += "?sslmode=disable"
    ward = open_context(through_relay, clock=lambda: NOW, user="nurse.test")
    try:
        relay.armed.set()
        with pytest.raises(errors.ServerUnavailable) as caught:
            patients.register_patient(ward, patient("K-0001"))
    finally:
        ward.store.close()
        relay.close()
    assert str(caught.value) == (
        f"the connection to the ward server {ward.store.path} broke while the change was being"
        " saved: it may have been saved; look at the record before entering it again"
    )
    direct = open_context(server[1], clock=lambda: NOW, user="nurse.test")
    try:
        assert stored_mrns(direct) == ["K-0001"]  # it was
    finally:
        direct.store.close()


def test_a_workstation_stopped_inside_a_write_holds_the_others_up_only_for_a_while(
    server: tuple[str, str], ward: Context, monkeypatch: pytest.MonkeyPatch
):
    """A laptop suspended or a network gone in the middle of a write leaves the server waiting
    for the rest of it, holding the write lock: the server ends that session after IDLE_IN_WRITE
    (its change is not saved), and the other workstations' writes go through."""
    monkeypatch.setattr(server_store, "IDLE_IN_WRITE", "300ms", raising=False)
    monkeypatch.setattr(server_store, "LOCK_TIMEOUT", "100ms")
    monkeypatch.setattr(server_store, "WRITE_RETRY_SECONDS", 1.0)
    stopped = open_context(server[1], clock=lambda: NOW, user="other.nurse")
    inside = threading.Event()
    outcome: list[BaseException] = []

    def stop_inside_a_write() -> None:
        try:
            with stopped.store.write():
                inside.set()
                time.sleep(2)  # the workstation does nothing more; its session stays open
        except BaseException as exc:  # the test reports it
            outcome.append(exc)

    holder = threading.Thread(target=stop_inside_a_write)
    holder.start()
    try:
        assert inside.wait(30)
        patients.register_patient(ward, patient("K-0001"))
        assert stored_mrns(ward) == ["K-0001"]
    finally:
        holder.join(timeout=30)
        stopped.store.close()
    (failure,) = outcome
    assert isinstance(failure, errors.ServerUnavailable)
    assert "nothing was saved" in str(failure)


def test_a_workstation_stopped_after_a_batch_of_rows_holds_the_others_up_only_for_a_while(
    server: tuple[str, str], ward: Context, monkeypatch: pytest.MonkeyPatch
):
    """As above, stopped just after rows sent in one batch (executemany, as most inserts are):
    the batch must not leave the server without its limit on the pause that follows."""
    monkeypatch.setattr(server_store, "IDLE_IN_WRITE", "300ms", raising=False)
    monkeypatch.setattr(server_store, "LOCK_TIMEOUT", "100ms")
    monkeypatch.setattr(server_store, "WRITE_RETRY_SECONDS", 1.0)
    stopped = open_context(server[1], clock=lambda: NOW, user="other.nurse")
    inside = threading.Event()
    outcome: list[BaseException] = []

    def stop_after_a_batch() -> None:
        try:
            with stopped.store.write() as conn:
                conn.executemany(
                    "SELECT set_config('ivigmon.batch', ?, true)", [(str(n),) for n in range(200)]
                )
                inside.set()
                time.sleep(2)
        except BaseException as exc:  # the test reports it
            outcome.append(exc)

    holder = threading.Thread(target=stop_after_a_batch)
    holder.start()
    try:
        assert inside.wait(30)
        patients.register_patient(ward, patient("K-0001"))
        assert stored_mrns(ward) == ["K-0001"]
    finally:
        holder.join(timeout=30)
        stopped.store.close()
    (failure,) = outcome
    assert isinstance(failure, errors.ServerUnavailable)
