"""Administrators change thresholds, timings and the screen lock; the assessments follow."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ivigmon.domain.codes import FactorCode
from ivigmon.services import infusions
from ivigmon.services import settings as ward_settings
from ivigmon.services.assessment import patient_risk
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from ivigmon.ui.settings_page import SettingsPage
from tests.factories import NOW, make_patient, start_infusion

from .conftest import add_accounts, outcome


def long_gap_reason(factors) -> str:
    return next(f.reason for f in factors if f.code is FactorCode.LONG_GAP)


def test_an_administrator_changes_the_56_day_threshold_and_a_long_gap_reason_follows(
    qtbot, ctx, events, show
):
    make_patient(ctx)
    start = NOW - timedelta(days=60)
    started = start_infusion(ctx, start=start)
    infusions.end_infusion(ctx, started.id, end=start + timedelta(hours=4))
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    window.show_patient("K-0001")
    assert "(> 56 days)" in long_gap_reason(window.detail.overview.risk.patient.factors)

    window.show_page(NAVIGATION.index("Settings"))
    page = window.settings
    gap = page.form.edits["long_gap_days"]
    assert gap.text() == "56"
    gap.clear()
    qtbot.keyClicks(gap, "0")
    assert outcome(qtbot, page.save()) is False
    assert page.form_message.text() == "⚠ Long gap (days): must be between 1 and 3650"
    assert gap.property("invalid") is True
    gap.clear()
    qtbot.keyClicks(gap, "45")
    with qtbot.waitSignal(events.settings_changed, timeout=2000):
        assert outcome(qtbot, page.save()) is True
    assert ctx.risk_settings().long_gap_days == 45
    assert "(> 45 days)" in long_gap_reason(patient_risk(ctx, "K-0001").patient.factors)
    row = next(r for r in page.settings.rows() if r.meaning.startswith("Long gap"))
    assert (row.value, row.default) == ("45 days ago", "56 days ago")

    window.show_patient("K-0001")
    assert "(> 45 days)" in long_gap_reason(window.detail.overview.risk.patient.factors)

    window.show_page(NAVIGATION.index("Settings"))
    page.restore_defaults()
    assert gap.text() == "56"
    assert ctx.risk_settings().long_gap_days == 45  # nothing changes until Save
    assert outcome(qtbot, page.save()) is True
    assert ctx.risk_settings().long_gap_days == 56


def test_check_times_and_the_lock_time_are_saved_and_bad_values_named(qtbot, ctx, events, show):
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    page = window.settings
    offsets = page.form.edits["offsets_h"]
    assert offsets.text() == "24, 48, 72"
    offsets.setText("24, 48, x")
    assert outcome(qtbot, page.save()) is False
    assert page.form_message.text() == (
        "⚠ Check times (h): type whole hours separated by commas, for example 24, 48, 72"
    )
    offsets.setText("24, 72")
    assert outcome(qtbot, page.save()) is True
    assert ctx.check_settings().offsets_h == (24, 72)

    page.lock_minutes.setText("999")
    assert outcome(qtbot, page.save_lock()) is False
    assert page.lock_message.text() == (
        "⚠ Lock after (minutes): must be between 0 and 480 minutes (0 = never)"
    )
    page.lock_minutes.setText("5")
    assert outcome(qtbot, page.save_lock()) is True
    assert ward_settings.lock_minutes(ctx) == 5
    assert window.idle.interval_ms == 5 * 60_000


def test_other_roles_read_the_settings_without_a_form(qtbot, ctx, events, show):
    add_accounts(ctx, sign_in="nora")
    page = SettingsPage(ctx, events)
    show(page)
    assert not page.editable()
    assert page.thresholds.currentIndex() == 0
    assert page.lock_minutes.isReadOnly()
    assert not page.save_button.isEnabled()
    assert page.save_button.toolTip() == (
        "Not allowed for your role: nurses may not change settings."
    )
    assert "only an administrator changes" in page.intro.text()


@pytest.mark.parametrize(
    ("typed", "saved"), [("0", False), ("1", True), ("365", True), ("366", False)]
)
def test_the_oldest_weight_to_dose_by_is_a_ward_setting_with_bounds(
    qtbot, ctx, events, show, typed, saved
):
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    page = window.settings
    assert page.weight_max_age.text() == "30"
    page.weight_max_age.setText(typed)
    assert outcome(qtbot, page.save_lock()) is saved
    expected = int(typed) if saved else 30
    assert ward_settings.weight_max_age_days(ctx) == expected
    if not saved:
        assert page.lock_message.text() == (
            "⚠ Oldest weight to dose a child by (days): must be between 1 and 365 days"
        )


@pytest.mark.parametrize(
    ("typed", "saved"), [("0", False), ("1", True), ("100000", True), ("100001", False)]
)
def test_the_largest_file_to_import_is_a_ward_setting_an_administrator_raises(
    qtbot, ctx, events, show, typed, saved
):
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    page = window.settings
    assert page.import_max.text() == "200"
    page.import_max.setText(typed)
    assert outcome(qtbot, page.save_lock()) is saved
    assert ward_settings.import_max_mb(ctx) == (int(typed) if saved else 200)
    if saved:
        assert f"Files up to {int(typed):,} MB can be imported." in page.lock_message.text()
    else:
        assert page.lock_message.text() == (
            "⚠ Largest file to import (MB): must be between 1 and 100000 MB"
        )
