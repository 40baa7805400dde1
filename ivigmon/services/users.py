"""User accounts: the first administrator, adding, disabling and unlocking users, signing in."""

from __future__ import annotations

import functools
import logging
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ivigmon.domain.identifiers import hidden_character, identifier_key
from ivigmon.domain.passwords import require_strong_password
from ivigmon.domain.roles import ROLE_NAMES, Permission, Role
from ivigmon.domain.sign_in_wait import FIRST_WAIT_S, retry_wait, seconds_to_wait
from ivigmon.domain.timefmt import TimeFormatError, parse_local
from ivigmon.domain.typed_names import USER_NAME_SHAPE, typed_name
from ivigmon.domain.validation import ValidationError, require_code, shown_identifier
from ivigmon.services.context import Context
from ivigmon.services.settings import failed_sign_in_limit
from ivigmon.storage import logins
from ivigmon.storage import users as rows
from ivigmon.storage.errors import LoginRefused
from ivigmon.storage.users import NameWithoutAccount as NameWithoutAccount

log = logging.getLogger("ivigmon.users")

USERNAME_RE = USER_NAME_SHAPE
WRONG = "wrong user name or password"
SERVER_PASSWORD = (
    "on the ward server a person's password is their server login's: they change it"
    " themselves, or the server's administrator sets it (packaging/server-setup --login NAME"
    " --role ROLE --password)"
)
# Names without an account that sign-ins failed under, as many as the Users page lists.
NAMES_SHOWN = 20
_HASHER = PasswordHasher()


@dataclass(frozen=True)
class NamesWithoutAccount:
    """The names without an account most recently tried, newest first, and how many in all."""

    names: list[NameWithoutAccount]
    total: int


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: str
    created_by: str
    failed_sign_ins: int = 0
    last_failed_at: str | None = None
    locked_at: str | None = None


class SignInFailed(ValidationError):
    """A wrong user name or password; the next try is accepted after `wait_s` seconds."""

    def __init__(self, username: str, wait_s: int) -> None:
        super().__init__(f"user {shown_identifier(username)}", "password", WRONG)
        self.username = username
        self.wait_s = wait_s

    def __reduce__(self) -> tuple[type[SignInFailed], tuple[str, int]]:
        return (type(self), (self.username, self.wait_s))


class SignInDelayed(ValidationError):
    """A try too soon after failed ones, refused before the password is looked at."""

    def __init__(self, username: str, wait_s: int) -> None:
        super().__init__(
            f"user {username}",
            "password",
            f"too many failed sign-ins: wait {wait_s} s before trying again",
        )
        self.username = username
        self.wait_s = wait_s

    def __reduce__(self) -> tuple[type[SignInDelayed], tuple[str, int]]:
        return (type(self), (self.username, self.wait_s))


class AccountLocked(ValidationError):
    """Locked after failed sign-ins in a row: refused, even with the right password, until an
    administrator unlocks it. `now` when this very try locked it."""

    def __init__(self, username: str, failures: int, now: bool = False) -> None:
        problem = (
            f"{WRONG} {failures} times in a row: this account is now locked;"
            " an administrator must unlock it"
            if now
            else f"this account is locked after {failures} failed sign-ins in a row;"
            " an administrator must unlock it"
        )
        super().__init__(f"user {username}", "locked", problem)
        self.username = username
        self.failures = failures
        self.now = now

    def __reduce__(self) -> tuple[type[AccountLocked], tuple[str, int, bool]]:
        return (type(self), (self.username, self.failures, self.now))


def accounts_exist(ctx: Context) -> bool:
    with ctx.store.read() as conn:
        return rows.count_users(conn) > 0


def _check_new(username: str, display_name: str, role: str, password: str) -> Role:
    record = f"user {shown_identifier(username)}"
    hidden = hidden_character(username)
    if hidden is not None:
        raise ValidationError(record, "username", f"contains {hidden}")
    if not USERNAME_RE.fullmatch(username):
        raise ValidationError(
            record, "username", "use 2-40 lower-case letters, digits, '.', '_' or '-'"
        )
    if not display_name.strip():
        raise ValidationError(record, "display_name", "a name to show is required")
    checked = require_code(record, "role", role, Role)
    require_strong_password(
        record,
        password,
        username=username,
        admin=checked is Role.ADMIN,
        hints=(display_name,),
    )
    return checked


def hash_password(password: str) -> str:
    """The stored form of a password: Argon2id, which takes 64 MiB and a fraction of a second,
    so it is made outside any transaction."""
    return _HASHER.hash(password)


def add_user(
    ctx: Context,
    *,
    username: str,
    display_name: str,
    role: str,
    password: str,
    hashed: str | None = None,
) -> User:
    """Administrators add users; the very first account must be an administrator. `hashed`:
    the password's `hash_password`, made earlier by a caller that must not hold Argon2's
    memory later (the demo service, whose writer is at its largest at the end)."""
    checked = _check_new(username, display_name, role, password)
    password_hash = hash_password(password) if hashed is None else hashed
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
                password_hash=password_hash,
                active=True,
                created_at=stamp.at,
                created_by=stamp.by,
            ),
        )
    if first:
        ctx.accounts = True
        ctx.act_as(username, Role.ADMIN)
    return User(username, display_name.strip(), checked, True, stamp.at, stamp.by)


def change_password(ctx: Context, username: str, password: str) -> None:
    """A new password for one's own account, or (administrators) for anyone's; it must be as
    strong as a new account's.

    Signed in on a ward server with one's own login, the password is that login's: it changes
    on the server in the same transaction as ivigmon's copy, and another person's cannot be
    changed from here (a workstation's login may change no other login; the server's
    administrator sets it, and the person's next sign-in brings ivigmon's copy along)."""
    if ctx.role is None or username != ctx.user:
        ctx.require(Permission.MANAGE_USERS)
    row = _existing(ctx, username)
    own_login = logins.signed_in_login(ctx.store)
    if own_login is not None and username != own_login:
        raise ValidationError(f"user {username}", "password", SERVER_PASSWORD)
    require_strong_password(
        f"user {username}",
        password,
        username=username,
        admin=row.role == Role.ADMIN,
        hints=(row.display_name,),
    )
    new_hash = _HASHER.hash(password)  # slow: outside the transaction
    with ctx.store.write() as conn:
        rows.set_password_hash(conn, username, new_hash)
        if own_login is not None:
            logins.set_login_password(conn, own_login, password)
    if own_login is not None:
        logins.remember_password(ctx.store, password)


def list_users(ctx: Context) -> list[User]:
    ctx.require(Permission.MANAGE_USERS)
    with ctx.store.read() as conn:
        found = rows.list_users(conn)
    return [_user(u) for u in found]


def user_exists(ctx: Context, username: str) -> bool:
    """Whether `username` names an account (the CLI logs only names that do)."""
    with ctx.store.read() as conn:
        return rows.get_user(conn, identifier_key(username)) is not None


def set_active(ctx: Context, username: str, active: bool) -> None:
    ctx.require(Permission.MANAGE_USERS)
    if username == ctx.user and not active:
        raise ValidationError(f"user {username}", "active", "you cannot disable yourself")
    with ctx.store.write() as conn:
        if rows.set_active(conn, username, active) == 0:
            raise ValidationError(f"user {username}", "username", "no such user")


def unlock_user(ctx: Context, username: str) -> bool:
    """An administrator lets a locked account sign in again (its failures back to 0); an
    audited update of the account. False when it was not locked (only the failures cleared)."""
    ctx.require(Permission.MANAGE_USERS)
    with ctx.store.write() as conn:
        row = rows.get_user(conn, username)
        if row is None:
            raise ValidationError(f"user {username}", "username", "no such user")
        if row.locked_at is not None or row.failed_sign_ins:
            rows.clear_failed_sign_ins(conn, username)
    return row.locked_at is not None


def sign_in(ctx: Context, username: str, password: str) -> User:
    """Check the password; the context then acts as this user.

    Every wrong user name or password gives one message and takes the same time: an unknown
    name is checked against a dummy hash, and a failure answers no sooner than FIRST_WAIT_S
    after the try began, so neither the hash nor what is written tells whether the name
    exists. After a failure the account takes its next try only after `retry_wait`; after the
    limit of failures in a row (a setting) it is locked until an administrator unlocks it. A
    failure under a name without an account is written to the audit trail under that name
    (escaped and cut short), where administrators see it beside the accounts' failures.
    User names are no secret (every record names who made it): an account's state (locked,
    waiting, disabled) is said outright.
    """
    started = time.monotonic()
    dummy = _dummy_hash()
    with ctx.store.read() as conn:
        row = rows.get_user(conn, identifier_key(username))
    if row is not None:
        _refuse_locked_or_early(ctx, row)
    own = row is not None and logins.per_person(ctx.store)
    login = _own_login(ctx, row.username, password) if row is not None and own else None
    matched = _verify(row.password_hash if row is not None else dummy, password)
    # Whoever asks for the password checks it: the server, when it asked for the login's.
    # A login the server refused proves nothing.
    proven = (login.password_checked or matched) if login is not None else (matched and not own)
    if row is None or not proven:
        if login is not None:
            login.discard()
        # Counted through the session that was open: the refused login has none.
        failure = _record_failure(ctx, username, row)
        ctx.sleep(max(FIRST_WAIT_S - (time.monotonic() - started), 0.0))
        raise failure
    if not row.active:
        if login is not None:
            login.discard()
        raise ValidationError(f"user {username}", "active", "this account is disabled")
    if login is None:
        _after_success(ctx, row, password)
    else:
        _take_over(ctx, row, login, password, renew=not matched)
    ctx.accounts = True
    ctx.act_as(row.username, Role(row.role))
    return _user(row)


def _own_login(ctx: Context, username: str, password: str) -> logins.PersonLogin | None:
    """The account's own server login opened with the typed password; None when the server
    refused it (a wrong password, as far as anyone is told)."""
    try:
        return logins.open_login(ctx.store, username, password)
    except LoginRefused:
        log.info("the ward server refused the login %s", username)
        return None


def _take_over(
    ctx: Context, row: rows.UserRow, login: logins.PersonLogin, password: str, *, renew: bool
) -> None:
    """Every session becomes the person's own login (the previous person's are closed), then
    what a success writes is written by it. `renew`: the server accepted a password that
    ivigmon's stored copy does not match (set on the server since), which it then follows."""
    before = (ctx.user, ctx.role)
    login.adopt()
    # From here on nothing can be written under the previous person's login; what the new
    # login writes names its own account.
    ctx.act_as(row.username, Role(row.role))
    try:
        _after_success(ctx, row, password, renew=renew)
    except BaseException:
        ctx.act_as(*before)  # refused: the login's sessions record nothing as the previous one
        raise


def _refuse_locked_or_early(ctx: Context, row: rows.UserRow) -> None:
    if row.locked_at is not None:
        raise AccountLocked(row.username, row.failed_sign_ins)
    wait = seconds_to_wait(row.failed_sign_ins, _stored_time(row.last_failed_at), ctx.now())
    if wait > 0:
        raise SignInDelayed(row.username, wait)


def _record_failure(ctx: Context, username: str, row: rows.UserRow | None) -> ValidationError:
    """Count the failure on the account (an audited update) and say what follows from it; a
    name without an account gets an audit entry of its own (no account is made or locked)."""
    if row is None:
        if not ctx.store.read_only:
            stamp = ctx.stamp()
            with ctx.store.write() as conn:
                rows.record_failed_sign_in_without_account(
                    conn, typed_name(username), at=stamp.at, by=stamp.by
                )
        return SignInFailed(username, retry_wait(1))
    if ctx.store.read_only:
        # A file open for viewing keeps no count; the wait still applies on this screen.
        return SignInFailed(username, retry_wait(row.failed_sign_ins + 1))
    limit = failed_sign_in_limit(ctx)
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        # The last administrator who could unlock the others is slowed down, never locked:
        # otherwise anyone could shut every administrator out by typing wrong passwords.
        last_admin = (
            row.role == Role.ADMIN
            and row.active
            and rows.other_unlocked_admins(conn, row.username) == 0
        )
        counted = rows.record_failed_sign_in(
            conn, row.username, at=stamp.at, lock_after=None if last_admin else limit
        )
    if counted is None:
        return SignInFailed(username, retry_wait(1))
    if counted.locked_at is not None:
        return AccountLocked(row.username, counted.failed_sign_ins, now=True)
    return SignInFailed(username, retry_wait(counted.failed_sign_ins))


def names_without_account(ctx: Context, limit: int = NAMES_SHOWN) -> NamesWithoutAccount:
    """Failed sign-ins under names that no account has, by name (administrators only)."""
    ctx.require(Permission.MANAGE_USERS)
    with ctx.store.read() as conn:
        names, total = rows.names_without_account(conn, limit)
    return NamesWithoutAccount(names, total)


def _after_success(ctx: Context, row: rows.UserRow, password: str, *, renew: bool = False) -> None:
    """Failures in a row back to 0, and a hash made with older parameters (or, with `renew`,
    of another password) renewed."""
    rehash = renew or _HASHER.check_needs_rehash(row.password_hash)
    if ctx.store.read_only or not (row.failed_sign_ins or rehash):
        return
    new_hash = _HASHER.hash(password) if rehash else None
    with ctx.store.write() as conn:
        current = rows.get_user(conn, row.username)
        if current is not None and current.locked_at is not None:
            # Locked by another ivigmon window or user since this try began.
            raise AccountLocked(row.username, current.failed_sign_ins)
        if current is not None and current.failed_sign_ins:
            rows.clear_failed_sign_ins(conn, row.username)
        if new_hash is not None:
            rows.set_password_hash(conn, row.username, new_hash)


@functools.cache
def _dummy_hash() -> str:
    """A hash of a random secret, made once with the current parameters, that an unknown user
    name is checked against: the same work as checking a real password."""
    return _HASHER.hash(secrets.token_urlsafe(24))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _stored_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return parse_local(text)
    except TimeFormatError:
        return None


def _existing(ctx: Context, username: str) -> rows.UserRow:
    with ctx.store.read() as conn:
        row = rows.get_user(conn, username)
    if row is None:
        raise ValidationError(f"user {username}", "username", "no such user")
    return row


def _user(row: rows.UserRow) -> User:
    return User(
        row.username,
        row.display_name,
        Role(row.role),
        row.active,
        row.created_at,
        row.created_by,
        failed_sign_ins=row.failed_sign_ins,
        last_failed_at=row.last_failed_at,
        locked_at=row.locked_at,
    )


def signed_in_text(ctx: Context, role_names: Mapping[Role, str] = ROLE_NAMES) -> str:
    """`Anna Kowalska (anna, nurse)`: who the app acts as, for the lock screen (the role in
    `role_names`: the screen's own language)."""
    with ctx.store.read() as conn:
        row = rows.get_user(conn, ctx.user)
    details = ctx.user if ctx.role is None else f"{ctx.user}, {role_names[ctx.role]}"
    if row is None:
        return details
    return f"{row.display_name} ({details})"
