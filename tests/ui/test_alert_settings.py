"""Settings > Alerts: administrators set how long an infusion may run before it is an alert."""

from __future__ import annotations

from datetime import datetime

import pytest

from ivigmon.domain.codes import AlertKind
from ivigmon.services import alerts
from ivigmon.services import settings as ward_settings
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from ivigmon.ui.settings_page import SettingsPage
from tests.factories import make_patient, start_infusion

from .conftest import add_accounts, outcome


def audited_values(ctx, key: str) -> list[str]:
    with ctx.store.read() as conn:
        rows = conn.execute(
            "SELECT user, json_extract(after, '$.value') AS value FROM audit_log"
            " WHERE table_name = 'settings' AND row_key = ? ORDER BY id",
            (key,),
        ).fetchall()
    return [f"{r['user']}: {r['value']}" for r in rows]


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("15", "must be between 16 and 72 hours"),
        ("16", None),
        ("72", None),
        ("73", "must be between 16 and 72 hours"),
        ("24.5", "type a whole number"),
        ("a day", "type a number"),
        ("", "type a number"),
    ],
)
def test_an_administrator_sets_how_long_an_infusion_may_run_in_whole_hours(
    qtbot, ctx, events, show, typed: str, problem: str | None
):
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Settings"))
    page = window.settings
    page.tabs.setCurrentWidget(page.alert_settings)
    tab = page.alert_settings
    assert tab.max_running.text() == "24"
    assert not tab.max_running.isReadOnly()
    tab.max_running.setText(typed)
    saved = outcome(qtbot, tab.save())
    assert saved is (problem is None)
    if problem is None:
        assert ward_settings.max_running_h(ctx) == int(typed)
        assert audited_values(ctx, "alerts.max_running_h") == [f"lead: {typed}"]
        assert "Saved" in tab.message.text()
    else:
        assert tab.message.text() == f"⚠ Unended infusion alert after (h): {problem}"
        assert tab.max_running.property("invalid") is True
        assert ward_settings.max_running_h(ctx) == 24
        assert audited_values(ctx, "alerts.max_running_h") == []


def test_a_shorter_limit_saved_on_the_page_opens_the_alert_of_a_running_infusion(
    qtbot, ctx, clock, events, show
):
    make_patient(ctx)
    running = start_infusion(ctx, start=datetime(2026, 3, 9, 16, 0))  # 20 h before NOW
    add_accounts(ctx, sign_in="lead")
    assert alerts.open_alerts(ctx) == []
    page = SettingsPage(ctx, events)
    show(page)
    page.alert_settings.max_running.setText("18")
    with qtbot.waitSignal(events.settings_changed, timeout=5000):
        assert outcome(qtbot, page.alert_settings.save()) is True
    [row] = alerts.open_alerts(ctx)
    assert (row.kind, row.infusion_id) == (AlertKind.UNENDED, running.id)


def test_other_roles_read_the_alert_settings_without_changing_them(qtbot, ctx, events, show):
    add_accounts(ctx, sign_in="nora")
    page = SettingsPage(ctx, events)
    show(page)
    tab = page.alert_settings
    assert tab.max_running.text() == "24"
    assert tab.max_running.isReadOnly()
    assert not tab.save_button.isEnabled()
    assert tab.save_button.toolTip() == "Not allowed for your role: nurses may not change settings."
