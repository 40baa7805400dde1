"""First start creates the administrator; the users page adds and disables users."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ivigmon import app
from ivigmon.domain.roles import Role
from ivigmon.services import users
from ivigmon.ui.create_admin_dialog import CreateAdminDialog
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from ivigmon.ui.sign_in_dialog import SignInDialog

from .conftest import add_accounts, outcome


def _when_shown(dialog_type, act) -> None:
    """Act on the modal dialog that `exec()` is about to show."""

    def poll() -> None:
        # Only a shown one: a dialog of an earlier test may linger, hidden, until collected.
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, dialog_type) and w.isVisible()
        ]
        if shown:
            act(shown[0])
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_first_start_creates_the_administrator_and_the_window_opens_as_that_user(
    qtbot, ctx, events, show
):
    assert not ctx.accounts

    def fill(dialog: CreateAdminDialog) -> None:
        form = dialog.form
        qtbot.keyClicks(form.username, "lead")
        qtbot.keyClicks(form.display_name, "Lena Lead")
        qtbot.keyClicks(form.password, "short-pw1")
        qtbot.keyClicks(form.password_again, "short-pw1")
        assert outcome(qtbot, dialog.create_account()) is False
        assert dialog.message.text() == (
            "⚠ Password: must be at least 10 characters for an administrator"
        )
        form.password.setText("password12")
        form.password_again.setText("password12")
        assert outcome(qtbot, dialog.create_account()) is False
        assert dialog.message.text().startswith("⚠ Password: is too easy to guess")
        form.password.setText("lead-pass-1")
        form.password_again.setText("lead-pass-2")
        assert outcome(qtbot, dialog.create_account()) is False
        assert dialog.message.text() == "⚠ Password again: the two passwords are not the same"
        assert form.password_again.property("invalid") is True
        form.password_again.setText("lead-pass-1")
        dialog.ok.click()

    _when_shown(CreateAdminDialog, fill)
    assert app._sign_in(ctx) is True
    assert (ctx.user, ctx.role, ctx.accounts) == ("lead", Role.ADMIN, True)
    window = MainWindow(ctx, events)
    show(window)
    assert window.user_label.text() == "User: lead (administrator)"
    assert not window.navigation.item(NAVIGATION.index("Users")).isHidden()
    users.sign_in(ctx, "lead", "lead-pass-1")  # the password works from now on


def test_cancelling_the_first_start_quits_without_an_account(qtbot, ctx):
    _when_shown(CreateAdminDialog, lambda dialog: dialog.reject())
    assert app._sign_in(ctx) is False
    assert not users.accounts_exist(ctx)


def test_the_users_page_adds_a_nurse_who_can_then_sign_in(qtbot, ctx, events, show):
    users.add_user(
        ctx, username="lead", display_name="Lena Lead", role="admin", password="lead-pass-1"
    )
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Users"))
    page = window.users
    assert window.current_page() is page
    assert [u.username for u in page.model.rows()] == ["lead"]
    assert not page.toggle_button.isEnabled()  # nobody disables their own account
    assert page.toggle_button.toolTip() == "You cannot disable your own account."

    dialog = page.add_user()
    form = dialog.form
    qtbot.keyClicks(form.username, "anna")
    qtbot.keyClicks(form.display_name, "Anna Kowalska")
    form.role.setCurrentIndex(form.role.findData("nurse"))
    qtbot.keyClicks(form.password, "anna-pass-1")
    qtbot.keyClicks(form.password_again, "anna-pass-1")
    with qtbot.waitSignal(dialog.user_added, timeout=5000):
        dialog.ok.click()
    rows = {u.username: u for u in page.model.rows()}
    assert rows["anna"].role is Role.NURSE and rows["anna"].active
    anna = [u.username for u in page.model.rows()].index("anna")
    assert page.model.index(anna, 2).data() == "nurse"
    assert page.model.index(anna, 3).data() == "✓ yes"
    assert page.message.text() == "Added anna. They can sign in now."

    sign_in = SignInDialog(ctx)
    show(sign_in)
    sign_in.username.setText("anna")
    qtbot.keyClicks(sign_in.password, "anna-pass-1")
    assert outcome(qtbot, sign_in.sign_in()) is True
    assert (ctx.user, ctx.role) == ("anna", Role.NURSE)


def test_a_disabled_user_can_no_longer_sign_in_and_is_enabled_again(qtbot, ctx, events, show):
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    page = window.users
    row = next(n for n, u in enumerate(page.model.rows()) if u.username == "nora")
    page.table.selectRow(row)
    assert page.toggle_button.text() == "&Disable user"
    assert outcome(qtbot, page.toggle_selected()) is True
    assert page.model.index(row, 3).data() == "✗ no - disabled"
    assert page.toggle_button.text() == "&Enable user"
    dialog = SignInDialog(ctx)
    show(dialog)
    dialog.username.setText("nora")
    dialog.password.setText("nora-pass-1")
    assert outcome(qtbot, dialog.sign_in()) is False
    assert dialog.message.text() == "⚠ User name: this account is disabled"
    assert ctx.user == "lead"
    assert outcome(qtbot, page.toggle_selected()) is True  # enabled again
    dialog.password.setText("nora-pass-1")
    assert outcome(qtbot, dialog.sign_in()) is True
