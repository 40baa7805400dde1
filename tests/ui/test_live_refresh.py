"""Two workstations on one ward server: what one records shows on the other's worklist and alert
list within seconds, without the timed refresh; a server that goes away is shown by a banner in
words, forms keep what was typed, and the banner goes when the server answers again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from ivigmon.domain.codes import CheckMode, CheckOutcome
from ivigmon.domain.models import VitalSigns
from ivigmon.domain.settings import CheckSettings
from ivigmon.services import checks, infusions, settings
from ivigmon.services.context import Context, open_context
from ivigmon.services.history import load_history
from ivigmon.ui.events import DataEvents
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.start_up_checks import StartUpChecks
from ivigmon.ui.wording import SERVER_AWAY_WORDS
from tests import pg_server
from tests.factories import NOW, Clock, make_patient, start_infusion
from tests.server_outage import end_sessions, server_away

from .conftest import outcome, settle

# What a colleague's change may take to show on this workstation's screens.
SHOWN_WITHIN_MS = 2_000
# How soon the window notices that the server went away or came back (a connect timeout and a
# retry at most).
NOTICED_WITHIN_MS = 15_000
# The worklist's timed refresh, out of the way: only the server's notification can refresh it.
NEVER_MS = 3_600_000


@pytest.fixture
def server(pg_template: tuple[str, str]) -> Iterator[tuple[str, str]]:
    """(the test server's URL, a fresh ward database on it)."""
    base, template = pg_template
    with pg_server.throwaway(base, template) as url:
        yield base, url


@pytest.fixture
def stations(qtbot, server, clock: Clock) -> Iterator[tuple[Context, Context]]:
    """Two workstations on the same ward database (this one, and a colleague's)."""
    _base, url = server
    here = open_context(url, clock=clock, user="nurse.one")
    there = open_context(url, clock=clock, user="nurse.two")
    yield here, there
    settle(qtbot)
    here.store.close()
    there.store.close()


def _window(show, ctx: Context) -> MainWindow:
    window = MainWindow(ctx, DataEvents())
    window.worklist.timer.setInterval(NEVER_MS)
    show(window)
    assert window.live.active
    return window


def _ended_infusion(ctx: Context) -> str:
    make_patient(ctx)
    started = start_infusion(ctx, start=NOW - timedelta(hours=30))
    infusions.end_infusion(ctx, started.id, end=NOW - timedelta(hours=26))
    return started.id


def _offsets(window: MainWindow) -> list[int]:
    return [row.offset_h for row in window.worklist.model.rows()]


def test_a_check_recorded_at_another_workstation_leaves_this_worklist_within_two_seconds(
    qtbot, stations, show
):
    here, there = stations
    infusion_id = _ended_infusion(there)
    window = _window(show, here)
    assert _offsets(window) == [24, 48, 72]
    checks.record_check(
        there,
        infusion_id,
        24,
        done_at=NOW,
        mode=CheckMode.PHONE,
        outcome=CheckOutcome.NO_SYMPTOMS,
    )
    qtbot.waitUntil(lambda: _offsets(window) == [48, 72], timeout=SHOWN_WITHIN_MS)
    assert not window.worklist.timer.remainingTime() < NEVER_MS - 60_000  # not the timer


def test_an_alert_raised_at_another_workstation_shows_here_within_two_seconds(
    qtbot, stations, show
):
    here, there = stations
    make_patient(there)
    started = start_infusion(there)
    window = _window(show, here)
    assert window.worklist.alerts.rows() == []
    assert window.running.count() == 1  # the sidebar had the infusion already
    infusions.add_vital_signs(there, started.id, VitalSigns(at=datetime(2026, 3, 10, 9), hr=160))
    qtbot.waitUntil(lambda: len(window.worklist.alerts.rows()) == 1, timeout=SHOWN_WITHIN_MS)
    assert window.worklist.alerts_box.title() == "Open alerts (1, 1 urgent)"
    assert window.counts_label.text().startswith("▲ 1 open alert (1 urgent)")


def test_new_settings_at_another_workstation_are_read_again_here(qtbot, stations, show):
    here, there = stations
    window = _window(show, here)
    assert here.check_settings().offsets_h == (24, 48, 72)  # read once, then kept
    settings.change_settings(there, there.risk_settings(), CheckSettings(offsets_h=(24, 48)))
    qtbot.waitUntil(lambda: here.check_settings().offsets_h == (24, 48), timeout=SHOWN_WITHIN_MS)
    assert window.isVisible()


def test_the_banner_says_the_server_cannot_be_reached_and_goes_when_it_answers(
    qtbot, server, stations, show
):
    base, url = server
    here, _there = stations
    window = _window(show, here)
    assert window.banner_box.isHidden()
    with server_away(base, url):
        qtbot.waitUntil(lambda: window.server_banner.isVisible(), timeout=NOTICED_WITHIN_MS)
        text = window.server_banner.text()
        assert SERVER_AWAY_WORDS in text
        assert text.startswith("⚠ The ward server cannot be reached. What you typed is kept")
    qtbot.waitUntil(lambda: window.banner_box.isHidden(), timeout=NOTICED_WITHIN_MS)
    assert "answers again" in window.statusBar().currentMessage()


def test_sessions_ended_on_a_server_that_answers_show_no_banner_and_the_lists_come_back(
    qtbot, server, stations, show
):
    base, url = server
    here, there = stations
    infusion_id = _ended_infusion(there)
    window = _window(show, here)
    end_sessions(base, url)  # every workstation's, the listener's too
    checks.record_check(
        there, infusion_id, 24, done_at=NOW, mode=CheckMode.PHONE, outcome=CheckOutcome.NOT_REACHED
    )
    qtbot.waitUntil(lambda: _offsets(window) == [48, 72], timeout=NOTICED_WITHIN_MS)
    assert window.banner_box.isHidden()
    assert window.worklist.message.isHidden()  # no read failed on an ended session


def test_a_save_while_the_server_is_away_keeps_the_form_and_says_nothing_was_saved(
    qtbot, server, stations, show
):
    base, url = server
    here, there = stations
    infusion_id = _ended_infusion(there)
    window = _window(show, here)
    dialog = window.worklist.record_selected()
    assert dialog is not None
    qtbot.mouseClick(dialog.phone, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.not_reached, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.notes, "no answer, try again at 14:00")
    with server_away(base, url):
        assert outcome(qtbot, dialog.save()) is False
        message = dialog.message.text()
        assert "The ward server cannot be reached" in message
        assert "Nothing was saved; what you typed is still here." in message
        assert dialog.isVisible()
        assert dialog.phone.isChecked() and dialog.not_reached.isChecked()
        assert dialog.notes.toPlainText() == "no answer, try again at 14:00"
        qtbot.waitUntil(lambda: window.server_banner.isVisible(), timeout=NOTICED_WITHIN_MS)
    qtbot.waitUntil(lambda: window.banner_box.isHidden(), timeout=NOTICED_WITHIN_MS)
    assert outcome(qtbot, dialog.save()) is True  # saved as typed once the server answers
    done = next(c for c in load_history(there, "K-0001").checks if c.offset_h == 24)
    assert (done.infusion_id, done.outcome, done.done_by) == (
        infusion_id,
        CheckOutcome.NOT_REACHED,
        "nurse.one",
    )


def test_the_start_up_check_does_not_call_an_unreachable_server_damaged(qtbot, server, stations):
    base, url = server
    here, _there = stations
    start_up = StartUpChecks(here)
    damaged: list[str] = []
    start_up.damaged.connect(damaged.append)
    with server_away(base, url), qtbot.waitSignal(start_up.finished, timeout=NOTICED_WITHIN_MS):
        start_up.start()
    assert damaged == []
