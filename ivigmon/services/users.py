"""User accounts: the first administrator, adding and disabling users, signing in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ivigmon.domain.roles import ROLE_NAMES, Permission, Role
from ivigmon.domain.validation import ValidationError, require_code
from ivigmon.services.context import Context
from ivigmon.storage import users as rows

MIN_PASSWORD_LENGTH = 8
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
_HASHER = PasswordHasher()


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: str
    created_by: str


def accounts_exist(ctx: Context) -> bool:
    with ctx.store.read() as conn:
        return rows.count_users(conn) > 0


def _check_new(username: str, display_name: str, role: str, password: str) -> Role:
    record = f"user {username}"
    if not USERNAME_RE.match(username):
        raise ValidationError(
            record, "username", "use 2-40 lower-case letters, digits, '.', '_' or '-'"
        )
    if not display_name.strip():
        raise ValidationError(record, "display_name", "a name to show is required")
    checked = require_code(record, "role", role, Role)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            record, "password", f"must be at least {MIN_PASSWORD_LENGTH} characters"
        )
    return checked


def add_user(ctx: Context, *, username: str, display_name: str, role: str, password: str) -> User:
    """Administrators add users; the very first account must be an administrator."""
    checked = _check_new(username, display_name, role, password)
    first = not accounts_exist(ctx)
    if first and checked is not Role.ADMIN:
        raise ValidationError(
            f"user {username}", "role", "the first account must be an administrator (admin)"
        )
    if not first:
        ctx.require(Permission.MANAGE_USERS)
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        if rows.get_user(conn, username) is not None:
            raise ValidationError(f"user {username}", "username", "already exists")
        rows.insert_user(
            conn,
            rows.UserRow(
                username=username,
                display_name=display_name.strip(),
                role=checked.value,
                password_hash=_HASHER.hash(password),
                active=True,
                created_at=stamp.at,
                created_by=stamp.by,
            ),
        )
    if first:
        ctx.accounts = True
        ctx.act_as(username, Role.ADMIN)
    return User(username, display_name.strip(), checked, True, stamp.at, stamp.by)


def list_users(ctx: Context) -> list[User]:
    ctx.require(Permission.MANAGE_USERS)
    with ctx.store.read() as conn:
        found = rows.list_users(conn)
    return [
        User(u.username, u.display_name, Role(u.role), u.active, u.created_at, u.created_by)
        for u in found
    ]


def set_active(ctx: Context, username: str, active: bool) -> None:
    ctx.require(Permission.MANAGE_USERS)
    if username == ctx.user and not active:
        raise ValidationError(f"user {username}", "active", "you cannot disable yourself")
    with ctx.store.write() as conn:
        if rows.set_active(conn, username, active) == 0:
            raise ValidationError(f"user {username}", "username", "no such user")


def sign_in(ctx: Context, username: str, password: str) -> User:
    """Check the password; the context then acts as this user. One message for every failure."""
    with ctx.store.read() as conn:
        row = rows.get_user(conn, username)
    failure = ValidationError(f"user {username}", "password", "wrong user name or password")
    if row is None:
        _HASHER.hash(password)  # the same work as a real check, so timing tells nothing
        raise failure
    try:
        _HASHER.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise failure from None
    if not row.active:
        raise ValidationError(f"user {username}", "active", "this account is disabled")
    if _HASHER.check_needs_rehash(row.password_hash):
        with ctx.store.write() as conn:
            rows.set_password_hash(conn, username, _HASHER.hash(password))
    ctx.accounts = True
    ctx.act_as(username, Role(row.role))
    return User(
        row.username, row.display_name, Role(row.role), row.active, row.created_at, row.created_by
    )


def signed_in_text(ctx: Context) -> str:
    """`Anna Kowalska (anna, nurse)`: who the app acts as, for the lock screen."""
    with ctx.store.read() as conn:
        row = rows.get_user(conn, ctx.user)
    details = ctx.user if ctx.role is None else f"{ctx.user}, {ROLE_NAMES[ctx.role]}"
    if row is None:
        return details
    return f"{row.display_name} ({details})"
