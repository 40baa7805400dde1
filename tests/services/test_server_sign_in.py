"""Signing in at a workstation of a ward server opens the server sessions with that person's own
login: what they save is theirs (the trail and the server say so), the previous person's
sessions (every thread's and the listener's) are closed, a password the server or ivigmon
refuses is a counted failed sign-in that writes nothing under the person's name, and a
password changed in ivigmon is the server login's too."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest

from ivigmon.domain.validation import ValidationError
from ivigmon.services import audit, live, patients, users
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import ReadOnlyDatabase, ServerUnavailable
from ivigmon.services.users import SignInFailed
from ivigmon.storage.pg.listen import APPLICATION_NAME
from ivigmon.storage.pg.store import ServerStore
from tests.factories import NOW, Clock, patient
from tests.server_logins import NO_LOGIN, PASSWORDS, Ward, ward_with_logins
from tests.server_outage import server_away

# How soon the listener must be listening again under the new login.
RELISTEN_WITHIN_S = 10.0


# Cheap argon2 parameters: what is tested does not depend on the cost of one check.
pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def ward() -> Iterator[Ward]:
    with ward_with_logins() as made:
        yield made


@pytest.fixture
def station(ward: Ward) -> Iterator[Context]:
    """A workstation opened with anna's login, anna signed in (failures are not slept)."""
    ctx = open_context(ward.url(ward.names["anna"]), clock=Clock(NOW))
    ctx.sleep = lambda _seconds: None
    users.sign_in(ctx, ward.names["anna"], PASSWORDS["anna"])
    yield ctx
    ctx.store.close()


def session_user(ctx: Context) -> str:
    with ctx.store.read() as conn:
        return str(conn.execute("SELECT session_user AS who").fetchone()["who"])


def entries_by(ctx: Context, name: str) -> int:
    with ctx.store.read() as conn:
        row = conn.execute('SELECT count(*) AS n FROM audit_log WHERE "user" = ?', (name,))
        return int(row.fetchone()["n"])


def failures(ctx: Context, name: str) -> int:
    with ctx.store.read() as conn:
        row = conn.execute("SELECT failed_sign_ins FROM users WHERE username = ?", (name,))
        return int(row.fetchone()["failed_sign_ins"])


def test_ben_signs_in_at_annas_workstation_and_what_he_saves_is_his(ward: Ward, station: Context):
    ben = ward.names["ben"]
    patients.register_patient(station, patient("K-0001"))  # anna's
    users.sign_in(station, ben, PASSWORDS["ben"])
    assert session_user(station) == ben
    patients.register_patient(station, patient("K-0002"))
    with station.store.read() as conn:
        trail = {
            str(json.loads(r["after"])["mrn"]): str(r["user"])
            for r in conn.execute(
                'SELECT after, "user" FROM audit_log'
                " WHERE table_name = 'patients' AND action = 'insert'"
            )
        }
    assert trail == {"K-0001": ward.names["anna"], "K-0002": ben}
    assert audit.verify(station).intact


def test_a_wrong_password_is_refused_counted_and_writes_nothing_under_the_name(
    ward: Ward, station: Context
):
    anna, ben = ward.names["anna"], ward.names["ben"]
    with pytest.raises(SignInFailed, match="wrong user name or password"):
        users.sign_in(station, ben, "not-bens-password")
    assert failures(station, ben) == 1
    assert (station.user, session_user(station)) == (anna, anna)  # still anna's workstation
    assert entries_by(station, ben) == 0
    assert {login for login, _app in ward.sessions()} == {anna}
    # The right password then: ben's own login clears his count (an entry naming him).
    clock = station.clock
    assert isinstance(clock, Clock)
    clock.now += timedelta(seconds=1)  # past the wait after a failure
    users.sign_in(station, ben, PASSWORDS["ben"])
    assert failures(station, ben) == 0
    with station.store.read() as conn:
        cleared = conn.execute(
            "SELECT \"user\" FROM audit_log WHERE table_name = 'users' AND row_key = ?"
            " ORDER BY id DESC LIMIT 1",
            (ben,),
        ).fetchone()
    assert cleared["user"] == ben


def test_a_login_the_server_refuses_reads_as_a_wrong_password_and_is_counted(
    ward: Ward, station: Context
):
    carl = ward.names[NO_LOGIN]  # an account, but no server login: the server refuses it
    with pytest.raises(SignInFailed, match="wrong user name or password"):
        users.sign_in(station, carl, "carl-pass-12345")  # ivigmon's own password, even
    assert failures(station, carl) == 1
    assert station.user == ward.names["anna"] and entries_by(station, carl) == 0


def test_an_empty_password_never_reaches_the_server(ward: Ward, station: Context):
    # libpq would take the login's password from ~/.pgpass instead: never a proof.
    with pytest.raises(SignInFailed):
        users.sign_in(station, ward.names["anna"], "")
    assert failures(station, ward.names["anna"]) == 1


def test_a_server_that_does_not_answer_says_so_and_counts_nothing(ward: Ward, station: Context):
    ben = ward.names["ben"]
    before = failures(station, ben)
    with server_away(ward.base, ward.url(ben)), pytest.raises(ServerUnavailable):
        users.sign_in(station, ben, PASSWORDS["ben"])
    assert station.user == ward.names["anna"]
    assert failures(station, ben) == before


def test_the_previous_persons_sessions_and_listener_are_closed_when_another_signs_in(
    ward: Ward, station: Context
):
    anna, ben = ward.names["anna"], ward.names["ben"]
    subscription = live.subscribe(station, on_change=lambda _c: None, on_reachable=lambda _a: None)
    assert subscription is not None
    try:
        # A second thread with a session of its own, as the app's save thread has.
        worker = threading.Thread(target=lambda: session_user(station))
        worker.start()
        worker.join()
        wait_for(lambda: (anna, APPLICATION_NAME) in ward.sessions())
        assert sum(login == anna for login, _app in ward.sessions()) >= 3
        users.sign_in(station, ben, PASSWORDS["ben"])
        # Closed by ivigmon at once; the server's backends end as they read the goodbye.
        wait_for(lambda: anna not in {login for login, _app in ward.sessions()}, within=2.0)
        wait_for(lambda: (ben, APPLICATION_NAME) in ward.sessions())
        assert {login for login, _app in ward.sessions()} == {ben}
    finally:
        subscription.close()


def test_what_the_previous_person_left_cannot_record_as_them_any_more(ward: Ward, station: Context):
    users.sign_in(station, ward.names["ben"], PASSWORDS["ben"])
    # Even a caller that claims anna again is refused: the sessions are ben's login.
    station.act_as(ward.names["anna"], station.role)
    with pytest.raises(ReadOnlyDatabase, match="cannot record as"):
        patients.register_patient(station, patient())


def test_a_password_the_server_checked_is_the_one_and_ivigmons_copy_follows_it(
    ward: Ward, station: Context, monkeypatch: pytest.MonkeyPatch
):
    """As a server that asks for passwords (the test server asks for none): the password it
    accepted signs in even where ivigmon's copy differs (the server's administrator set it),
    and the copy is then that password."""
    opened = ServerStore.open_login

    def asking(store: ServerStore, login: str, password: str) -> object:
        made = opened(store, login, password)
        made.password_checked = password == "set-on-the-server-77"
        return made

    monkeypatch.setattr(ServerStore, "open_login", asking)
    ben = ward.names["ben"]
    users.sign_in(station, ben, "set-on-the-server-77")
    assert (station.user, session_user(station)) == (ben, ben)
    users.sign_in(station, ward.names["anna"], PASSWORDS["anna"])
    users.sign_in(station, ben, "set-on-the-server-77")  # ivigmon's copy matches now too
    monkeypatch.setattr(ServerStore, "open_login", opened)
    users.sign_in(station, ben, "set-on-the-server-77")


def test_a_password_changed_in_ivigmon_is_the_server_logins_in_the_same_transaction(
    ward: Ward, station: Context
):
    anna = ward.names["anna"]
    users.change_password(station, anna, "orbit-fern-77-lantern")
    assert ward.login_password_is("anna", "orbit-fern-77-lantern")
    # New sessions of this workstation use it (a thread that opens one now).
    worker = threading.Thread(target=lambda: session_user(station))
    worker.start()
    worker.join()
    assert users.sign_in(station, anna, "orbit-fern-77-lantern").username == anna


def test_an_administrator_cannot_set_another_persons_password_from_a_workstation(
    ward: Ward, station: Context
):
    users.sign_in(station, ward.names["lead"], PASSWORDS["lead"])
    with pytest.raises(ValidationError, match="their server login's"):
        users.change_password(station, ward.names["ben"], "orbit-fern-77-lantern")
    assert users.sign_in(station, ward.names["ben"], PASSWORDS["ben"])
    assert not ward.login_password_is("ben", "orbit-fern-77-lantern")


def wait_for(condition: object, within: float = RELISTEN_WITHIN_S) -> None:
    deadline = time.monotonic() + within
    while not callable(condition) or not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"not within {within} s")
        time.sleep(0.05)
