"""With user accounts: signing in, and a plain message when a role may not do something."""

from __future__ import annotations

from datetime import timedelta

from ivigmon.domain.roles import Role
from ivigmon.services import users
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.sign_in_dialog import SignInDialog
from tests.factories import make_patient, start_infusion

from .conftest import outcome


def add_accounts(ctx) -> None:
    users.add_user(
        ctx, username="admin", display_name="Admin", role="admin", password="admin-pass-1"
    )
    users.add_user(
        ctx, username="desk", display_name="Ward desk", role="ward_staff", password="desk-pass-1"
    )


def test_signing_in_acts_as_the_user_and_a_wrong_password_is_one_plain_message(
    qtbot, ctx, clock, show
):
    add_accounts(ctx)
    ctx.sleep = lambda _seconds: None  # the pause of a failure is tested in the services
    dialog = SignInDialog(ctx)
    show(dialog)
    dialog.username.setText("desk")
    qtbot.keyClicks(dialog.password, "wrong-password")
    assert outcome(qtbot, dialog.sign_in()) is False
    assert dialog.message.text() == "⚠ Password: wrong user name or password"
    assert dialog.password.text() == ""
    dialog.countdown.tick()  # the wait of one second after the first failure
    clock.now += timedelta(seconds=1)
    qtbot.keyClicks(dialog.password, "desk-pass-1")
    assert outcome(qtbot, dialog.sign_in()) is True
    assert (ctx.user, ctx.role) == ("desk", Role.WARD_STAFF)


def test_a_role_that_may_not_record_infusions_gets_a_plain_message(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    add_accounts(ctx)
    users.sign_in(ctx, "desk", "desk-pass-1")
    window = MainWindow(ctx, events)
    show(window)
    assert window.user_label.text() == "User: desk (ward staff)"
    page = window.open_infusion("K-0001", started.id).run_page
    refusal = "Not allowed for your role: ward staff may not record infusions."
    assert not page.entry_widget.isEnabled()
    assert page.entry_widget.toolTip() == refusal
    assert not page.vitals_button.isEnabled() and page.vitals_button.toolTip() == refusal
    assert page.add_vitals() is None  # the shortcut says why instead of opening the form
    assert page.message.text() == f"⚠ {refusal}"
    # The service still refuses if the disabled entry is reached some other way.
    page.rate.setText("10")
    assert outcome(qtbot, page.add_step()) is False
    assert page.step_message.text() == (
        "⚠ Not allowed for your role: ward staff may not record infusions. "
        "Nothing was saved; what you typed is still here."
    )
    assert page.rate.text() == "10"


def test_the_user_name_is_offered_only_when_the_computer_login_names_an_account(qtbot, ctx, show):
    # Before: "os:root" stood in the field (never a user name) with the focus on the password,
    # so typing a password and Enter was a failed sign-in every time.
    add_accounts(ctx)
    for login, offered in (("os:desk", "desk"), ("os:root", ""), ("os:unknown", "")):
        ctx.act_as(login, None)
        dialog = SignInDialog(ctx)
        show(dialog)
        assert dialog.username.text() == offered, login
        expected_focus = dialog.password if offered else dialog.username
        assert expected_focus.hasFocus(), login
        dialog.close()
