"""Live changes as the services hand them on: what a change concerns, a burst as one, and a
subscription only where there is a server to hear."""

from __future__ import annotations

import queue

import pytest

from ivigmon.services import live
from ivigmon.services.live import Change
from tests.factories import make_patient

SETTINGS = frozenset({"settings"})


@pytest.mark.parametrize(
    ("kinds", "settings", "records"),
    [
        (None, True, True),  # missed while the server was away: anything
        (frozenset({"checks", "adverse_events"}), False, True),
        (frozenset({"patients", "measurements"}), False, True),
        (SETTINGS, True, True),
        (frozenset({"products"}), True, True),
        (frozenset({"product_local"}), True, True),
        (frozenset({"users"}), False, False),  # a sign-in: no screen of records changes
        (frozenset({"sign_in_no_account"}), False, False),
        (frozenset({"users", "alert_reviews"}), False, True),
    ],
)
def test_what_a_change_concerns(kinds, settings, records):
    change = Change(kinds)
    assert (change.settings, change.records) == (settings, records)


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        (frozenset({"checks"}), frozenset({"patients"}), frozenset({"checks", "patients"})),
        (frozenset({"checks"}), None, None),
        (None, frozenset({"checks"}), None),
        (SETTINGS, SETTINGS, SETTINGS),
    ],
)
def test_a_burst_of_changes_is_one_change(first, second, merged):
    assert Change(first).merged(Change(second)) == Change(merged)


def test_a_subscription_hears_changes_on_a_server_and_none_is_made_for_a_file(ctx, engine):
    heard: queue.Queue[Change] = queue.Queue()
    answers: queue.Queue[bool] = queue.Queue()
    subscription = live.subscribe(ctx, on_change=heard.put, on_reachable=answers.put)
    if engine == "sqlite":
        assert subscription is None  # a file's screens refresh on their timer
        return
    assert subscription is not None
    try:
        assert answers.get(timeout=10) is True
        make_patient(ctx)  # this workstation's own write is heard like anyone's
        assert heard.get(timeout=2) == Change(frozenset({"patients", "measurements"}))
    finally:
        subscription.close()
