"""Demo accounts: one per role, random passwords that pass the password rules and sign in."""

from __future__ import annotations

import pytest

from ivigmon.demo.accounts import add_demo_accounts, new_password
from ivigmon.domain.passwords import require_strong_password
from ivigmon.domain.roles import Role
from ivigmon.services import users


def test_each_role_gets_an_account_whose_password_signs_in(ctx):
    made = add_demo_accounts(ctx)
    assert [(a.username, a.role) for a in made] == [
        ("demo.admin", "admin"),
        ("demo.nurse", "nurse"),
        ("demo.staff", "ward_staff"),
    ]
    for account in made:
        assert users.sign_in(ctx, account.username, account.password).role is Role(account.role)


def test_a_database_with_accounts_gets_none(ctx):
    users.add_user(
        ctx, username="lead", display_name="Lena Lead", role="admin", password="copper lantern q"
    )
    assert add_demo_accounts(ctx) == ()
    assert not users.user_exists(ctx, "demo.nurse")


@pytest.mark.parametrize("draw", range(20))
def test_a_drawn_password_passes_the_administrator_rules(draw: int) -> None:
    password = new_password()
    assert len(password) == 17
    require_strong_password("user demo.admin", password, username="demo.admin", admin=True)


def test_passwords_are_drawn_anew_each_time() -> None:
    assert len({new_password() for _ in range(50)}) == 50
