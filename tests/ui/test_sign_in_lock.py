"""Failed sign-ins on screen: the wait, counted down without freezing the window; the lock,
and the administrator's unlock on the Users page; the limit on the Settings page."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from ivigmon.domain.roles import Role
from ivigmon.services import settings as ward_settings
from ivigmon.services import users
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from ivigmon.ui.names_without_account import NameColumn
from ivigmon.ui.sign_in_dialog import SignInDialog
from ivigmon.ui.users_page import UserColumn

from .conftest import PASSWORDS, add_accounts, outcome

# Cheap argon2 parameters: what is tested does not depend on the cost of one check.
pytestmark = pytest.mark.usefixtures("quick_hashes")


def wait_out(dialog: SignInDialog, clock) -> None:
    """Let the wait on screen run out (as its timer would, a second at a time)."""
    seconds = dialog.countdown.remaining
    for _ in range(seconds):
        dialog.countdown.tick()
    clock.now += timedelta(seconds=seconds)


def try_password(qtbot, dialog: SignInDialog, password: str) -> bool:
    dialog.password.setText(password)
    return outcome(qtbot, dialog.sign_in())


def test_the_dialog_waits_longer_after_each_failure_and_the_window_stays_usable(
    qtbot, ctx, clock, show
):
    add_accounts(ctx)
    release = threading.Event()
    ctx.sleep = lambda _seconds: release.wait(10)  # the failure's pause, held by the test
    dialog = SignInDialog(ctx)
    show(dialog)
    dialog.username.setText("nora")
    dialog.password.setText("wrong-password")
    checking = dialog.sign_in()
    assert checking is not None
    # The password is checked on the worker thread: the window still takes keys meanwhile.
    qtbot.keyClicks(dialog.username, "x")
    assert dialog.username.text() == "norax" and not checking.done
    assert not dialog.ok.isEnabled()  # no second try while the first is checked
    release.set()
    assert outcome(qtbot, checking) is False
    assert dialog.message.text() == "⚠ Password: wrong user name or password"
    assert dialog.wait.text() == "Wait 1 s before the next try."
    assert not dialog.ok.isEnabled() and dialog.sign_in() is None

    dialog.username.setText("nora")
    for failures, wait in [(2, 2), (3, 4), (4, 8)]:
        wait_out(dialog, clock)
        assert dialog.ok.isEnabled() and dialog.wait.isHidden()
        assert try_password(qtbot, dialog, "wrong-password") is False
        assert dialog.wait.text() == f"Wait {wait} s before the next try.", failures
    dialog.countdown.tick()
    clock.now += timedelta(seconds=1)
    assert dialog.wait.text() == "Wait 7 s before the next try."
    wait_out(dialog, clock)
    assert try_password(qtbot, dialog, PASSWORDS["nora"]) is True
    assert (ctx.user, ctx.role) == ("nora", Role.NURSE)


def test_an_unknown_user_name_waits_like_a_known_one(qtbot, ctx, clock, show):
    add_accounts(ctx)
    ctx.sleep = lambda _seconds: None
    dialog = SignInDialog(ctx)
    show(dialog)
    dialog.username.setText("nobody")
    waits = []
    for _ in range(3):
        assert try_password(qtbot, dialog, "wrong-password") is False
        waits.append(dialog.countdown.remaining)
        wait_out(dialog, clock)
    assert waits == [1, 2, 4]


def test_the_lock_is_shown_and_an_administrator_unlocks_on_the_users_page(
    qtbot, ctx, clock, events, show
):
    add_accounts(ctx)
    ctx.sleep = lambda _seconds: None
    dialog = SignInDialog(ctx)
    show(dialog)
    dialog.username.setText("nora")
    for _ in range(4):
        assert try_password(qtbot, dialog, "wrong-password") is False
        wait_out(dialog, clock)
    assert try_password(qtbot, dialog, "wrong-password") is False
    assert dialog.message.text() == (
        "⚠ User name: wrong user name or password 5 times in a row: this account is now"
        " locked; an administrator must unlock it"
    )
    assert dialog.wait.text() == "Locked: an administrator unlocks it on the Users page."
    assert dialog.ok.isEnabled()
    assert try_password(qtbot, dialog, PASSWORDS["nora"]) is False
    assert dialog.message.text() == (
        "⚠ User name: this account is locked after 5 failed sign-ins in a row;"
        " an administrator must unlock it"
    )
    dialog.close()

    users.sign_in(ctx, "lead", PASSWORDS["lead"])
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Users"))
    page = window.users
    row = next(n for n, u in enumerate(page.model.rows()) if u.username == "nora")
    page.table.selectRow(row)
    assert page.model.index(row, UserColumn.ACTIVE).data() == "✗ no - locked since 2026-03-10 12:00"
    assert page.model.index(row, UserColumn.FAILED).data() == "5 in a row, last 2026-03-10 12:00"
    assert page.unlock_button.isEnabled()
    assert outcome(qtbot, page.unlock_selected()) is True
    assert page.message.text() == "Nora Nurse (nora) can sign in again."
    assert page.model.index(row, UserColumn.ACTIVE).data() == "✓ yes"
    assert page.model.index(row, UserColumn.FAILED).data() == "none"
    assert not page.unlock_button.isEnabled()
    lead = next(n for n, u in enumerate(page.model.rows()) if u.username == "lead")
    page.table.selectRow(lead)
    assert not page.unlock_button.isEnabled()

    again = SignInDialog(ctx)
    show(again)
    again.username.setText("nora")
    assert try_password(qtbot, again, PASSWORDS["nora"]) is True


def test_names_without_an_account_are_listed_for_administrators_on_the_users_page(
    qtbot, ctx, clock, events, show
):
    add_accounts(ctx)
    ctx.sleep = lambda _seconds: None
    dialog = SignInDialog(ctx)
    show(dialog)
    for typed in ("ghost", "ghost", "gh\x1b[2Jost", "z" * 60):
        dialog.username.setText(typed)
        assert try_password(qtbot, dialog, "wrong-password") is False
        wait_out(dialog, clock)
    dialog.close()

    users.sign_in(ctx, "lead", PASSWORDS["lead"])
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Users"))
    box = window.users.names_without_account
    assert box.isVisible() and not box.more.isVisible()
    shown = [
        [box.model.index(row, column).data() for column in NameColumn]
        for row in range(box.model.rowCount())
    ]
    assert shown == [
        ["*** (60 characters)", "1", "2026-03-10 12:00"],
        ["*** (9 characters)", "1", "2026-03-10 12:00"],
        ["ghost", "2", "2026-03-10 12:00"],
    ]
    # No account was made for any of them, and none of the accounts changed.
    assert [u.username for u in window.users.model.rows()] == ["desk", "lead", "nora"]
    assert all(u.failed_sign_ins == 0 for u in window.users.model.rows())


def test_the_names_box_stays_hidden_while_no_name_was_tried(qtbot, ctx, events, show):
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Users"))
    assert window.users.model.rowCount() == 3
    box = window.users.names_without_account
    assert not box.isVisible()
    # More names than the page lists: it says how many more the trail holds.
    tried = users.NameWithoutAccount("ghost", 2, "2026-03-10T12:00:00")
    box.show_names(users.NamesWithoutAccount([tried], 25))
    assert box.isVisible() and box.more.isVisible()
    assert box.more.text() == "and 24 more names (the audit trail keeps them all)"


def test_the_lock_screen_shows_the_wait_too(qtbot, ctx, clock, events, show):
    add_accounts(ctx, sign_in="nora")
    ctx.sleep = lambda _seconds: None
    window = MainWindow(ctx, events)
    show(window)
    window.lock()
    page = window.lock_page
    for wait in (1, 2):
        page.password.setText("wrong-password")
        assert outcome(qtbot, page.unlock()) is False
        assert page.wait.text() == f"Wait {wait} s before the next try."
        assert not page.unlock_button.isEnabled() and page.unlock() is None
        for _ in range(wait):
            page.countdown.tick()
        clock.now += timedelta(seconds=wait)
    page.password.setText(PASSWORDS["nora"])
    assert outcome(qtbot, page.unlock()) is True
    assert not window.locked


def test_the_limit_of_failed_sign_ins_is_set_beside_the_screen_lock(qtbot, ctx, events, show):
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    page = window.settings
    assert page.max_failed.text() == "5"
    page.max_failed.setText("2")
    assert outcome(qtbot, page.save_lock()) is False
    assert page.lock_message.text() == (
        "⚠ Failed sign-ins before an account locks: must be between 3 and 20 failed sign-ins"
    )
    assert ward_settings.failed_sign_in_limit(ctx) == 5
    page.max_failed.setText("3")
    assert outcome(qtbot, page.save_lock()) is True
    assert ward_settings.failed_sign_in_limit(ctx) == 3
    assert "An account locks after 3 failed sign-ins in a row." in page.lock_message.text()
