"""Demo accounts for a demo database: one per role, each with a password drawn at random."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ivigmon.domain.passwords import require_strong_password
from ivigmon.domain.validation import ValidationError
from ivigmon.services import users
from ivigmon.services.context import Context

# The administrator first: the first account of a database must be one.
DEMO_ACCOUNTS = (
    ("demo.admin", "Demo administrator", "admin"),
    ("demo.nurse", "Demo nurse", "nurse"),
    ("demo.staff", "Demo ward staff", "ward_staff"),
)
# No look-alikes (0/o, 1/l/i), so a password read off the screen is typed right.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_GROUPS = 3
_GROUP_LENGTH = 5  # 15 characters from 31: about 74 bits, above every rule of passwords.py


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    password: str  # shown once, when the account is made; only its hash is stored


@dataclass(frozen=True)
class DrawnAccount:
    """A demo account before it is stored: its password and that password's hash."""

    username: str
    display_name: str
    role: str
    password: str
    hashed: str


def new_password(choose: Callable[[Sequence[str]], str] = secrets.choice) -> str:
    """`kx7mp-2hq9t-wr4ne`: random groups, easy to read and type."""
    return "-".join(
        "".join(choose(_ALPHABET) for _ in range(_GROUP_LENGTH)) for _ in range(_GROUPS)
    )


def _strong_password(username: str, display_name: str, admin: bool) -> str:
    while True:  # a random draw that the rules refuse (vanishingly rare) is drawn again
        password = new_password()
        try:
            require_strong_password(
                f"user {username}", password, username=username, admin=admin, hints=[display_name]
            )
        except ValidationError:
            continue
        return password


def draw_demo_accounts() -> tuple[DrawnAccount, ...]:
    """The demo accounts' passwords, drawn and hashed (Argon2 takes 64 MiB while it hashes):
    the demo service draws them before it writes, when the process is small."""
    drawn = []
    for username, display_name, role in DEMO_ACCOUNTS:
        password = _strong_password(username, display_name, admin=role == "admin")
        drawn.append(
            DrawnAccount(username, display_name, role, password, users.hash_password(password))
        )
    return tuple(drawn)


def add_demo_accounts(
    ctx: Context, drawn: Sequence[DrawnAccount] | None = None
) -> tuple[DemoAccount, ...]:
    """One account per role on a database without accounts; () when it has some already.

    Only for a demo database: the demo command refuses a database with the ward's records
    before it comes here.
    """
    if users.accounts_exist(ctx):
        return ()
    made = []
    for account in draw_demo_accounts() if drawn is None else drawn:
        users.add_user(
            ctx,
            username=account.username,
            display_name=account.display_name,
            role=account.role,
            password=account.password,
            hashed=account.hashed,
        )
        made.append(DemoAccount(account.username, account.role, account.password))
    return tuple(made)
