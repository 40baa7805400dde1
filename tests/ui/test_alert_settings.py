"""Settings > Alerts: administrators set how long an infusion may run before it is an alert."""

from __future__ import annotations

from datetime import datetime

import pytest

from ivigmon.domain.codes import AlertKind
from ivigmon.services import alerts, users
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


PROTOCOL_TEXT = "Stop the infusion, call the registrar (bleep 4412); see IVIG guideline 7.2."


def test_an_administrator_enters_the_wards_protocol_for_each_kind_of_alert(
    qtbot, ctx, events, show
):
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Settings"))
    page = window.settings
    page.tabs.setCurrentWidget(page.alert_settings)
    tab = page.alert_settings
    assert {kind: edit.toPlainText() for kind, edit in tab.protocols.items()} == {
        kind: "" for kind in AlertKind
    }
    tab.protocols[AlertKind.VITAL_SIGNS].setPlainText(PROTOCOL_TEXT)
    tab.protocols[AlertKind.UNENDED].setPlainText("x" * 501)
    assert outcome(qtbot, tab.save()) is False
    assert tab.message.text() == (
        "⚠ Ward protocol for an infusion left running: must be at most 500 characters (got 501)"
    )
    assert tab.protocols[AlertKind.UNENDED].property("invalid") is True
    assert ward_settings.alert_protocols(ctx)[AlertKind.VITAL_SIGNS] == ""  # nothing stored
    tab.protocols[AlertKind.UNENDED].setPlainText("Record the end from the pump history.")
    with qtbot.waitSignal(events.settings_changed, timeout=5000):
        assert outcome(qtbot, tab.save()) is True
    assert ward_settings.alert_protocols(ctx) == {
        AlertKind.VITAL_SIGNS: PROTOCOL_TEXT,
        AlertKind.RED_FLAG: "",
        AlertKind.UNENDED: "Record the end from the pump history.",
    }
    assert [a.split(": ", 1)[1] for a in audited_values(ctx, "alerts.protocol.vital_signs")] == [
        f'"{PROTOCOL_TEXT}"'
    ]


def test_other_roles_read_the_protocols_without_changing_them(qtbot, ctx, events, show):
    add_accounts(ctx)  # the administrator enters a protocol, then a nurse signs in
    ward_settings.save_alert_settings(
        ctx, max_running_h=24, protocols={AlertKind.RED_FLAG: PROTOCOL_TEXT}
    )
    users.sign_in(ctx, "nora", "nora-pass-1")
    page = SettingsPage(ctx, events)
    show(page)
    edit = page.alert_settings.protocols[AlertKind.RED_FLAG]
    assert edit.toPlainText() == PROTOCOL_TEXT
    assert all(e.isReadOnly() for e in page.alert_settings.protocols.values())


def test_the_alerts_tab_has_unique_working_mnemonics(qtbot, ctx, events, show):
    from .test_keyboard import mnemonic_faults

    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Settings"))
    window.settings.tabs.setCurrentWidget(window.settings.alert_settings)
    faults = mnemonic_faults(window, "Settings > Alerts")
    assert faults == [], "\n".join(faults)
