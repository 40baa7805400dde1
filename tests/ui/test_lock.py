"""The screen lock: it falls after the inactivity time, keeps open forms, unlocks by password."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ivigmon.domain.roles import Role
from ivigmon.services import settings as ward_settings
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.patient_dialog import PatientDialog
from tests.factories import make_patient, start_infusion

from .conftest import activate, add_accounts, settle

IDLE_MS = 40  # the setting is in minutes; the timer takes milliseconds so a test stays short


def locked_window(qtbot, ctx, events, show, user: str = "nora") -> MainWindow:
    add_accounts(ctx, sign_in=user)
    window = MainWindow(ctx, events)
    show(window)
    assert window.idle.interval_ms == ward_settings.DEFAULT_LOCK_MINUTES * 60_000
    return window


def test_the_lock_falls_after_the_idle_time_and_the_password_unlocks_a_half_typed_form(
    qtbot, ctx, clock, events, show
):
    make_patient(ctx)
    started = start_infusion(ctx)
    window = locked_window(qtbot, ctx, events, show)
    bedside = window.open_infusion("K-0001", started.id)
    window.register_patient()  # Ctrl+Shift+N
    dialog = window.patients.dialog
    assert isinstance(dialog, PatientDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.mrn, "K-0002")
    qtbot.keyClicks(dialog.name, "Half Typ")

    assert window.current_page() is window.patients
    window.idle.set_interval_ms(IDLE_MS)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    page = window.lock_page
    assert window.screens.currentWidget() is page
    assert not window.content.isVisible()  # nothing of the ward shows behind the lock
    assert bedside.screens.currentWidget() is bedside.cover
    assert not dialog.isVisible()
    assert not window.new_infusion_action.isEnabled()  # shortcuts are off while locked
    assert page.who.text() == "Signed in: Nora Nurse (nora, nurse)"
    assert page.username.text() == "nora"

    ctx.sleep = lambda _seconds: None  # the pause of a failure is tested in the services
    qtbot.keyClicks(page.password, "wrong-password")
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.locked
    assert page.message.text() == "⚠ Password: wrong user name or password"
    assert page.wait.text() == "Wait 1 s before the next try."
    assert not page.unlock_button.isEnabled()
    window.idle.set_interval_ms(0)  # no second lock while the test looks around
    page.countdown.tick()
    clock.now += timedelta(seconds=1)
    assert page.unlock_button.isEnabled() and page.wait.isHidden()
    qtbot.keyClicks(page.password, "nora-pass-1")
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    settle(qtbot)

    assert not window.locked
    # Return went to the password field only, not to the patient list behind the lock.
    assert window.current_page() is window.patients
    assert window.screens.currentWidget() is window.content
    assert bedside.screens.currentWidget() is bedside.content
    assert dialog.isVisible()
    assert (dialog.mrn.text(), dialog.name.text()) == ("K-0002", "Half Typ")
    assert window.new_infusion_action.isEnabled()
    assert (ctx.user, ctx.role) == ("nora", Role.NURSE)


def test_another_user_may_sign_in_at_the_lock_and_the_app_then_acts_as_them(
    qtbot, ctx, events, show
):
    make_patient(ctx)
    window = locked_window(qtbot, ctx, events, show)
    window.show_patient("K-0001")
    assert window.detail.start_button.isEnabled()
    window.lock()  # File > Lock now (Ctrl+L) does the same at once
    page = window.lock_page
    page.username.setText("desk")
    page.password.setText("desk-pass-1")
    with qtbot.waitSignal(events.user_signed_in, timeout=5000):
        page.unlock_button.click()
    assert not window.locked
    assert (ctx.user, ctx.role) == ("desk", Role.WARD_STAFF)
    assert window.user_label.text() == "User: desk (ward staff)"
    assert not window.detail.start_button.isEnabled()
    assert window.detail.start_button.toolTip() == (
        "Not allowed for your role: ward staff may not record infusions."
    )


def test_zero_minutes_means_the_screen_never_locks(qtbot, ctx, events, show):
    add_accounts(ctx, sign_in="lead")
    ward_settings.save_workstation_settings(ctx, lock_minutes=0, keep_days=7)
    window = MainWindow(ctx, events)
    show(window)
    assert window.idle.interval_ms == 0 and not window.idle.timer.isActive()


def test_every_bedside_window_shows_who_is_signed_in_and_follows_a_change_of_user(
    qtbot, ctx, events, show
):
    make_patient(ctx)
    started = start_infusion(ctx)
    window = locked_window(qtbot, ctx, events, show)
    bedside = window.open_infusion("K-0001", started.id)
    assert bedside.user_label.text() == "User: nora (nurse)"
    assert bedside.user_label.isVisible()
    window.lock()
    page = window.lock_page
    page.username.setText("desk")
    page.password.setText("desk-pass-1")
    with qtbot.waitSignal(events.user_signed_in, timeout=5000):
        page.unlock_button.click()
    assert bedside.user_label.text() == "User: desk (ward staff)"


def test_ctrl_l_in_a_bedside_window_locks_and_no_title_names_the_patient(qtbot, ctx, events, show):
    make_patient(ctx, name="Mia Lockwood")
    started = start_infusion(ctx)
    window = locked_window(qtbot, ctx, events, show)
    window.idle.set_interval_ms(0)
    bedside = window.open_infusion("K-0001", started.id)
    activate(qtbot, bedside)
    assert "Mia Lockwood" in bedside.windowTitle()
    qtbot.keyClick(bedside, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.locked
    assert bedside.screens.currentWidget() is bedside.cover
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert titles and not [t for t in titles if "Lockwood" in t or "K-0001" in t]
    # Locked by hand: the lock does not claim it fell after minutes without use.
    assert window.lock_page.reason.text() == "Locked by hand (Lock now, Ctrl+L)."

    window.lock_page.password.setText("nora-pass-1")
    window.lock_page.unlock_button.click()
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    assert "Mia Lockwood" in bedside.windowTitle()


def test_the_idle_lock_says_how_long_the_app_went_unused(qtbot, ctx, events, show):
    window = locked_window(qtbot, ctx, events, show)
    window.idle.went_idle.emit()
    assert window.locked
    minutes = ward_settings.DEFAULT_LOCK_MINUTES
    assert window.lock_page.reason.text() == f"Locked after {minutes} minutes without use."


def test_lock_now_in_the_file_menu_says_the_lock_was_by_hand(qtbot, ctx, events, show):
    window = locked_window(qtbot, ctx, events, show)
    window.lock_action.trigger()
    assert window.locked
    assert window.windowTitle() == "ivigmon - locked"
    assert window.lock_page.reason.text() == "Locked by hand (Lock now, Ctrl+L)."


def test_a_maximised_window_stays_maximised_through_the_lock(qtbot, ctx, events, show):
    # Before: the lock restored the window to its normal size, 1366x768 plus a title bar on a
    # 1366x768 screen, and after unlocking the status bar stayed below the screen's edge.
    window = locked_window(qtbot, ctx, events, show)
    window.showMaximized()
    window.lock_now()
    assert window.locked and window.isMaximized()
    window.unlock()
    assert window.isMaximized()
    window.showMinimized()
    window.lock()  # a minimised window comes back to show the lock, still maximised
    assert not window.isMinimized() and window.isMaximized()
