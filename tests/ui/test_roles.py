"""Roles and read-only databases: what may not be done is disabled, with the reason shown."""

from __future__ import annotations

from datetime import datetime

from ivigmon.services import infusions, worklist
from ivigmon.services.context import open_context
from ivigmon.ui.gates import READ_ONLY_REFUSAL
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from tests.factories import Clock, make_patient, start_infusion

from .conftest import add_accounts, outcome, settle

WARD_STAFF_MAY_NOT_START = "Not allowed for your role: ward staff may not record infusions."


def ended_infusion(ctx) -> str:
    make_patient(ctx)
    started = start_infusion(ctx, start=datetime(2026, 3, 9, 8, 0))
    infusions.end_infusion(ctx, started.id, end=datetime(2026, 3, 9, 11, 0))
    return started.id


def test_ward_staff_cannot_start_infusions_but_records_a_check(qtbot, ctx, events, show):
    infusion_id = ended_infusion(ctx)
    add_accounts(ctx, sign_in="desk")
    window = MainWindow(ctx, events)
    show(window)
    assert window.navigation.item(NAVIGATION.index("Users")).isHidden()
    assert not window.new_infusion_action.isEnabled()
    assert not window.register_action.isEnabled()

    patients = window.patients
    assert patients.open_button.isEnabled()
    for button in (patients.start_button, patients.register_button, patients.edit_button):
        assert not button.isEnabled()
    assert patients.start_button.toolTip() == WARD_STAFF_MAY_NOT_START
    assert patients.register_button.toolTip() == (
        "Not allowed for your role: ward staff may not register or change patients."
    )
    window.show_patient("K-0001")
    assert not window.detail.start_button.isEnabled()
    assert window.detail.start_button.toolTip() == WARD_STAFF_MAY_NOT_START
    assert window.start_infusion_for("K-0001") is None  # the safety net, with the reason
    assert window.statusBar().currentMessage() == WARD_STAFF_MAY_NOT_START
    assert "new:K-0001" not in window.bedside

    window.show_page(0)
    page = window.worklist
    assert page.record_button.isEnabled()
    dialog = page.record_selected()
    assert dialog is not None
    dialog.in_person.setChecked(True)
    dialog.no_symptoms.setChecked(True)
    with qtbot.waitSignal(events.check_recorded, timeout=2000):
        assert outcome(qtbot, dialog.save()) is True
    settle(qtbot)
    open_checks = [(r.infusion_id, r.offset_h) for r in worklist.worklist(ctx)]
    assert (infusion_id, 24) not in open_checks
    assert page.model.rowCount() == 2


def test_an_administrator_sees_users_and_editable_settings_but_records_nothing(
    qtbot, ctx, events, show
):
    ended_infusion(ctx)
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    assert not window.navigation.item(NAVIGATION.index("Users")).isHidden()
    assert window.settings.editable()
    assert window.settings.thresholds.currentIndex() == 1  # the form, not the table
    assert not window.worklist.record_button.isEnabled()
    assert window.worklist.record_button.toolTip() == (
        "Not allowed for your role: administrators may not record follow-up checks."
    )


def test_a_read_only_database_shows_a_banner_and_disables_every_change(
    qtbot, tmp_path, clock: Clock, events, show
):
    path = tmp_path / "ward.db"
    writable = open_context(path, clock=clock, user="nurse.test")
    ended_infusion(writable)
    writable.store.close()
    ctx = open_context(path, read_only=True, clock=clock, user="nurse.test")
    try:
        window = MainWindow(ctx, events)
        show(window)
        assert window.read_only_banner.isVisible()
        assert window.read_only_banner.text() == (
            "⚠ Read-only: this database can be viewed but not changed — "
            "it was opened for viewing only."
        )
        assert window.db_label.text().endswith("(read-only)")
        assert not window.new_infusion_action.isEnabled()
        assert not window.register_action.isEnabled()
        assert window.worklist.model.rowCount() == 3  # everything can still be viewed
        assert not window.worklist.record_button.isEnabled()
        assert window.worklist.record_button.toolTip() == READ_ONLY_REFUSAL
        assert not window.patients.register_button.isEnabled()
        window.show_patient("K-0001")
        assert not window.detail.edit_button.isEnabled()
        assert window.detail.history_button.isEnabled()
        assert window.settings.thresholds.currentIndex() == 0  # read, not edited
        assert not window.settings.lock_save_button.isEnabled()
    finally:
        ctx.store.close()
