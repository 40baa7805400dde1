"""On a ward server, the sign-in window and the lock screen open the sessions with the login of
whoever signs in: a colleague who signs in at a workstation opened with another's login saves
under their own, a wrong password reads as one, and a server that does not answer says so."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from ivigmon.services import patients, users
from ivigmon.services.context import Context, open_context
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.sign_in_dialog import SignInDialog
from tests.factories import NOW, Clock, patient
from tests.server_logins import PASSWORDS, Ward, ward_with_logins
from tests.server_outage import server_away

from .conftest import outcome, settle

# Cheap argon2 parameters: what is tested does not depend on the cost of one check.
pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def ward() -> Iterator[Ward]:
    with ward_with_logins() as made:
        yield made


@pytest.fixture
def station(ward: Ward) -> Iterator[Context]:
    """A workstation opened with anna's login; nobody signed in yet."""
    ctx = open_context(ward.url(ward.names["anna"]), clock=Clock(NOW))
    ctx.sleep = lambda _seconds: None  # the pause of a failure is tested in the services
    yield ctx
    ctx.store.close()


def session_user(ctx: Context) -> str:
    with ctx.store.read() as conn:
        return str(conn.execute("SELECT session_user AS who").fetchone()["who"])


def test_ben_signs_in_at_annas_workstation_and_saves_under_his_own_login(
    qtbot, ward: Ward, station: Context, show
):
    ben = ward.names["ben"]
    clock = station.clock
    assert isinstance(clock, Clock)
    dialog = SignInDialog(station)
    show(dialog)
    dialog.username.setText(ben)
    qtbot.keyClicks(dialog.password, "not-bens-password")
    assert outcome(qtbot, dialog.sign_in()) is False
    assert dialog.message.text() == "⚠ Password: wrong user name or password"
    assert session_user(station) == ward.names["anna"]

    dialog.countdown.reset()  # the wait after a failure is tested elsewhere
    clock.now += timedelta(seconds=1)
    with server_away(ward.base, ward.url(ben)):
        qtbot.keyClicks(dialog.password, PASSWORDS["ben"])
        assert outcome(qtbot, dialog.sign_in()) is False
    assert dialog.message.text() == (
        "⚠ The ward server cannot be reached (the network, or the server is down): nobody was"
        " signed in. Try again once it answers."
    )

    dialog.countdown.reset()
    qtbot.keyClicks(dialog.password, PASSWORDS["ben"])
    assert outcome(qtbot, dialog.sign_in()) is True
    assert (station.user, session_user(station)) == (ben, ben)
    patients.register_patient(station, patient())
    with station.store.read() as conn:
        who = conn.execute(
            "SELECT \"user\" FROM audit_log WHERE table_name = 'patients' AND action = 'insert'"
        ).fetchall()
    assert [str(row["user"]) for row in who] == [ben]


def test_another_person_who_signs_in_at_the_lock_takes_over_every_session(
    qtbot, ward: Ward, station: Context, events, show
):
    anna, ben = ward.names["anna"], ward.names["ben"]
    users.sign_in(station, anna, PASSWORDS["anna"])
    window = MainWindow(station, events)
    show(window)
    assert window.live.active
    wait_until(lambda: {login for login, _app in ward.sessions()} == {anna})
    window.lock_now()
    page = window.lock_page
    page.username.setText(ben)
    qtbot.keyClicks(page.password, PASSWORDS["ben"])
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    settle(qtbot)
    assert not window.locked
    assert window.user_label.text() == f"User: {ben} (nurse)"
    assert session_user(station) == ben
    # anna's sessions (the window's, the listener's) are gone; the listener listens as ben.
    wait_until(lambda: {login for login, _app in ward.sessions()} == {ben})
    assert "ivigmon listener" in {app for _login, app in ward.sessions()}


def wait_until(condition: object, within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while not callable(condition) or not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"not within {within} s")
        time.sleep(0.05)
