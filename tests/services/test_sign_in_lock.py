"""Failed sign-ins: a growing wait, a lock after N in a row, an administrator's unlock, all
audited; an unknown user name costs what a wrong password costs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest

from ivigmon.domain.sign_in_wait import retry_wait
from ivigmon.domain.validation import ValidationError
from ivigmon.services import audit, settings, users
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import NotPermitted
from ivigmon.services.users import AccountLocked, SignInDelayed, SignInFailed
from tests.factories import Clock

PASSWORDS = {"lead": "lead-pass-1", "nora": "nora-pass-1", "boss": "boss-pass-12"}


# Cheap argon2 parameters: what is tested does not depend on the cost of one check.
pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def accounts(ctx: Context) -> Context:
    """An administrator (lead) and a nurse (nora); `ctx` acts as lead."""
    users.add_user(
        ctx, username="lead", display_name="Lena Lead", role="admin", password=PASSWORDS["lead"]
    )
    users.add_user(
        ctx, username="nora", display_name="Nora Nurse", role="nurse", password=PASSWORDS["nora"]
    )
    return ctx


@pytest.fixture
def pauses() -> list[float]:
    return []


@pytest.fixture
def desk(accounts: Context, db_target: str, clock: Clock, pauses: list[float]) -> Iterator[Context]:
    """A second workstation where people sign in; its pauses are recorded, not slept."""
    other = open_context(db_target, clock=clock)
    other.sleep = pauses.append
    yield other
    other.store.close()


def fail(ctx: Context, clock: Clock, name: str = "nora") -> ValidationError:
    """One wrong password, then the clock moves on past the wait it asks for."""
    with pytest.raises(ValidationError) as err:
        users.sign_in(ctx, name, "wrong-password")
    clock.now += timedelta(seconds=getattr(err.value, "wait_s", 0))
    return err.value


def stored(ctx: Context, name: str = "nora") -> tuple[int, str | None]:
    with ctx.store.read() as conn:
        row = conn.execute(
            "SELECT failed_sign_ins, locked_at FROM users WHERE username = ?", (name,)
        ).fetchone()
    return int(row["failed_sign_ins"]), row["locked_at"]


def test_four_failures_then_the_right_password_signs_in_and_starts_the_count_again(
    desk: Context, clock: Clock
):
    for _ in range(4):
        assert isinstance(fail(desk, clock), SignInFailed)
    assert stored(desk) == (4, None)
    assert users.sign_in(desk, "nora", PASSWORDS["nora"]).username == "nora"
    assert stored(desk) == (0, None)
    for _ in range(4):  # four more in a row do not lock: the count started again
        assert isinstance(fail(desk, clock), SignInFailed)
    assert stored(desk) == (4, None)


def test_the_fifth_failure_in_a_row_locks_and_the_right_password_is_then_refused(
    desk: Context, clock: Clock
):
    for _ in range(4):
        fail(desk, clock)
    fifth = fail(desk, clock)
    assert isinstance(fifth, AccountLocked)
    assert str(fifth) == (
        "user nora: locked: wrong user name or password 5 times in a row: this account is now"
        " locked; an administrator must unlock it"
    )
    count, locked_at = stored(desk)
    assert count == 5 and locked_at is not None
    clock.now += timedelta(hours=8)  # a lock does not wear off with time
    with pytest.raises(AccountLocked) as err:
        users.sign_in(desk, "nora", PASSWORDS["nora"])
    assert err.value.field == "locked"
    assert err.value.problem == (
        "this account is locked after 5 failed sign-ins in a row; an administrator must unlock it"
    )
    assert desk.user != "nora"
    assert stored(desk) == (5, locked_at)  # tries on a locked account change nothing


def test_an_administrator_unlocks_and_the_trail_shows_every_failure_the_lock_and_the_unlock(
    accounts: Context, desk: Context, clock: Clock
):
    for _ in range(5):
        fail(desk, clock)
    with pytest.raises(NotPermitted):
        users.unlock_user(desk, "nora")  # nobody signed in at the desk
    assert users.unlock_user(accounts, "nora") is True
    assert stored(desk) == (0, None)
    assert users.sign_in(desk, "nora", PASSWORDS["nora"]).username == "nora"
    with accounts.store.read() as conn:
        trail = [
            (r["user"], json.loads(r["after"]))
            for r in conn.execute(
                "SELECT \"user\", after FROM audit_log WHERE table_name = 'users'"
                " AND row_key = 'nora' AND action = 'update' ORDER BY id"
            )
        ]
    assert [after["failed_sign_ins"] for _, after in trail] == [1, 2, 3, 4, 5, 0]
    assert [after["locked_at"] is not None for _, after in trail] == [False] * 4 + [True, False]
    assert trail[-1][0] == "lead"  # who unlocked
    assert all(after["password_hash"] == "(hidden)" for _, after in trail)
    assert users.unlock_user(accounts, "nora") is False  # nothing left to unlock
    with pytest.raises(ValidationError, match="no such user"):
        users.unlock_user(accounts, "nobody")


@pytest.mark.parametrize("failures", range(1, 9))
def test_the_wait_grows_with_each_failure_and_stops_at_the_cap(
    accounts: Context, desk: Context, clock: Clock, failures: int
):
    settings.save_workstation_settings(
        accounts, lock_minutes=10, keep_days=7, max_failed_sign_ins=20
    )
    for _ in range(failures - 1):
        fail(desk, clock)
    with pytest.raises(SignInFailed) as err:
        users.sign_in(desk, "nora", "wrong-password")
    assert err.value.wait_s == retry_wait(failures) == [1, 2, 4, 8, 16, 30, 30, 30][failures - 1]
    # One second before the wait ends, even the right password is not looked at.
    clock.now += timedelta(seconds=err.value.wait_s - 1)
    if err.value.wait_s > 1:
        with pytest.raises(SignInDelayed) as early:
            users.sign_in(desk, "nora", PASSWORDS["nora"])
        assert early.value.problem == "too many failed sign-ins: wait 1 s before trying again"
        assert stored(desk) == (failures, None)  # a refused early try is not a failure
    clock.now += timedelta(seconds=1)
    assert users.sign_in(desk, "nora", PASSWORDS["nora"]).username == "nora"


def test_every_failure_answers_after_the_same_pause_known_name_or_not(
    desk: Context, clock: Clock, pauses: list[float]
):
    fail(desk, clock, "nora")
    fail(desk, clock, "nobody-of-that-name")
    # Each pause makes up the rest of one second, however long the check itself took.
    assert len(pauses) == 2 and all(0.0 < p <= 1.0 for p in pauses)
    users.sign_in(desk, "nora", PASSWORDS["nora"])
    assert len(pauses) == 2  # a sign-in that succeeds does not pause


class CountingHasher:
    """The real hasher, counting the hashes it makes and checks."""

    def __init__(self, real: object) -> None:
        self.real = real
        self.checked: list[str] = []
        self.made = 0

    def verify(self, password_hash: str, password: str) -> bool:
        self.checked.append(password_hash)
        return self.real.verify(password_hash, password)  # type: ignore[attr-defined]

    def hash(self, password: str) -> str:
        self.made += 1
        return self.real.hash(password)  # type: ignore[attr-defined]

    def check_needs_rehash(self, password_hash: str) -> bool:
        return self.real.check_needs_rehash(password_hash)  # type: ignore[attr-defined]


def test_an_unknown_user_name_is_checked_against_a_dummy_hash_like_a_wrong_password(
    desk: Context, clock: Clock, monkeypatch: pytest.MonkeyPatch
):
    dummy = users._dummy_hash()  # made once per program, before any sign-in's own work
    spy = CountingHasher(users._HASHER)
    monkeypatch.setattr(users, "_HASHER", spy)
    fail(desk, clock, "nobody-of-that-name")
    fail(desk, clock, "nora")
    with desk.store.read() as conn:
        nora_hash = conn.execute("SELECT password_hash FROM users WHERE username = 'nora'")
        nora = nora_hash.fetchone()[0]
    assert spy.checked == [dummy, nora]  # one check each, of a hash of the same cost
    assert spy.made == 0
    assert dummy.split("$")[:4] == nora.split("$")[:4]  # same algorithm and parameters


def test_the_last_administrator_who_could_unlock_is_slowed_down_but_never_locked(
    accounts: Context, desk: Context, clock: Clock
):
    for _ in range(8):
        failure = fail(desk, clock, "lead")
        assert isinstance(failure, SignInFailed)
    assert failure.wait_s == 30
    assert stored(desk, "lead") == (8, None)
    assert users.sign_in(desk, "lead", PASSWORDS["lead"]).username == "lead"
    # With a second administrator, the first one locks like anyone.
    users.add_user(
        accounts, username="boss", display_name="Bo Boss", role="admin", password=PASSWORDS["boss"]
    )
    for _ in range(4):
        fail(desk, clock, "lead")
    assert isinstance(fail(desk, clock, "lead"), AccountLocked)
    assert users.unlock_user(accounts, "lead") is True


@pytest.mark.parametrize(
    ("limit", "ok"), [(2, False), (3, True), (5, True), (20, True), (21, False)]
)
def test_the_lock_after_setting_is_kept_within_its_bounds(accounts: Context, limit: int, ok: bool):
    save = lambda: settings.save_workstation_settings(  # noqa: E731
        accounts, lock_minutes=10, keep_days=7, max_failed_sign_ins=limit
    )
    if ok:
        save()
        assert settings.failed_sign_in_limit(accounts) == limit
    else:
        with pytest.raises(ValidationError) as err:
            save()
        assert err.value.field == "max_failed_sign_ins"
        assert settings.failed_sign_in_limit(accounts) == settings.DEFAULT_FAILED_SIGN_IN_LIMIT


def test_the_setting_decides_when_an_account_locks(accounts: Context, desk: Context, clock: Clock):
    assert settings.failed_sign_in_limit(accounts) == 5
    settings.save_workstation_settings(
        accounts, lock_minutes=10, keep_days=7, max_failed_sign_ins=3
    )
    fail(desk, clock)
    fail(desk, clock)
    assert isinstance(fail(desk, clock), AccountLocked)
    # Saving the other workstation settings without it keeps the stored limit.
    settings.save_workstation_settings(accounts, lock_minutes=15, keep_days=7)
    assert settings.failed_sign_in_limit(accounts) == 3


def test_a_database_open_for_viewing_refuses_a_wrong_password_and_writes_nothing(
    accounts: Context, db_target: str, clock: Clock
):
    viewer = open_context(db_target, clock=clock, read_only=True)
    viewer.sleep = lambda _seconds: None
    try:
        with pytest.raises(SignInFailed):
            users.sign_in(viewer, "nora", "wrong-password")
        assert users.sign_in(viewer, "nora", PASSWORDS["nora"]).username == "nora"
    finally:
        viewer.store.close()
    assert stored(accounts) == (0, None)


@pytest.mark.parametrize(
    ("name", "role", "password", "problem"),
    [
        ("anna", "nurse", "password", "is too easy to guess"),
        ("anna", "nurse", "12345678", "is too easy to guess"),
        ("anna", "nurse", " " * 8, "must not be only spaces"),
        ("anna", "nurse", "k7#Qp2!", "must be at least 8 characters"),
        ("anna.k", "nurse", "anna.k", "must be at least 8 characters"),
        ("anna.kowalska", "nurse", "Anna.Kowalska", "must not be the user name"),
        ("boss", "admin", "k7#Qp2!zX", "must be at least 10 characters for an administrator"),
        ("boss", "admin", "Summer2024!", "is too easy to guess"),
    ],
)
def test_adding_a_user_with_a_weak_password_is_refused(
    accounts: Context, name: str, role: str, password: str, problem: str
):
    with pytest.raises(ValidationError) as err:
        users.add_user(
            accounts, username=name, display_name="Someone", role=role, password=password
        )
    assert err.value.field == "password"
    assert err.value.problem.startswith(problem)
    assert [u.username for u in users.list_users(accounts)] == ["lead", "nora"]


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("anna\u200b", "contains an invisible character U+200B (ZERO WIDTH SPACE)"),
        ("\u202eanna", "contains a bidirectional control character U+202E"),
        ("anna\n", "contains a control character U+000A"),
        ("Anna", "use 2-40 lower-case letters"),
        ("ａｎｎａ", "use 2-40 lower-case letters"),
    ],
)
def test_a_user_name_that_looks_like_another_is_refused(accounts: Context, name: str, problem: str):
    with pytest.raises(ValidationError) as err:
        users.add_user(
            accounts, username=name, display_name="Anna", role="nurse", password="anna-pass-1"
        )
    assert err.value.field == "username"
    assert err.value.problem.startswith(problem)


def test_a_new_password_is_checked_like_a_new_accounts(
    accounts: Context, desk: Context, clock: Clock
):
    with pytest.raises(ValidationError, match="too easy to guess"):
        users.change_password(accounts, "nora", "password")
    with pytest.raises(ValidationError, match="must not be only spaces"):
        users.change_password(accounts, "nora", " " * 10)
    users.change_password(accounts, "nora", "lantern-moss-42")  # an administrator resets it
    assert users.sign_in(desk, "nora", "lantern-moss-42").username == "nora"
    users.change_password(desk, "nora", "orbit-fern-77")  # nora changes her own
    with pytest.raises(NotPermitted):
        users.change_password(desk, "lead", "orbit-fern-77")  # but nobody else's
    with pytest.raises(ValidationError, match="at least 10 characters for an administrator"):
        users.change_password(accounts, "lead", "k7#Qp2!zX")
    assert users.sign_in(desk, "nora", "orbit-fern-77").username == "nora"


def no_account_trail(ctx: Context) -> list[tuple[str, str, dict[str, object], bool]]:
    """The audit entries of failed sign-ins under names without an account: (row key, who was
    acting, the entry's image, sealed)."""
    with ctx.store.read() as conn:
        return [
            (r["row_key"], r["user"], json.loads(r["after"]), r["hash"] is not None)
            for r in conn.execute(
                'SELECT row_key, "user", after, hash FROM audit_log'
                " WHERE table_name = 'sign_in_no_account' ORDER BY id"
            )
        ]


def accounts_state(ctx: Context) -> list[tuple[str, int, str | None]]:
    with ctx.store.read() as conn:
        return [
            (r["username"], r["failed_sign_ins"], r["locked_at"])
            for r in conn.execute(
                "SELECT username, failed_sign_ins, locked_at FROM users ORDER BY username"
            )
        ]


def test_a_failed_sign_in_under_a_name_without_an_account_is_in_the_audit_trail(
    accounts: Context, desk: Context, clock: Clock, pauses: list[float]
):
    before = accounts_state(accounts)
    for _ in range(6):  # more than the lock limit: there is nothing to lock
        failure = fail(desk, clock, "ghost")
        assert isinstance(failure, SignInFailed) and failure.wait_s == retry_wait(1)
    fail(desk, clock, "nora")
    fail(desk, clock, "nobody")
    # The same pause as a wrong password of an account, every time.
    assert len(pauses) == 8 and all(0.0 < p <= 1.0 for p in pauses)
    assert accounts_state(accounts) == [
        (name, 1 if name == "nora" else count, locked) for name, count, locked in before
    ]  # no account made, none locked
    trail = no_account_trail(accounts)
    assert [key for key, *_ in trail] == ["ghost"] * 6 + ["nobody"]
    assert all(who == desk.user and sealed for _, who, _, sealed in trail)
    assert trail[0][2] == {"username": "ghost", "failed_at": "2026-03-10T12:00:00", "account": None}
    found = users.names_without_account(accounts)
    assert [(n.name, n.failures) for n in found.names] == [("nobody", 1), ("ghost", 6)]
    assert found.total == 2
    assert audit.verify(accounts).intact  # sealed in the chain, and no row is missing


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("gh\x1b]0;owned\x07ost", "*** (15 characters)"),  # would retitle a terminal
        ("ghost\u202e", "*** (6 characters)"),  # would reorder what follows it
        ("x" * 40, "x" * 40),
        ("x" * 41, "*** (41 characters)"),
        ("Secret Pass 1!", "*** (14 characters)"),  # a password in the name field
    ],
)
def test_only_a_name_shaped_like_a_user_name_is_kept(
    accounts: Context, desk: Context, clock: Clock, typed: str, kept: str
):
    assert isinstance(fail(desk, clock, typed), SignInFailed)
    [(key, _, image, _)] = no_account_trail(accounts)
    assert key == image["username"] == kept
    assert key.isprintable()
    [shown] = users.names_without_account(accounts).names
    assert (shown.name, shown.failures) == (kept, 1)


def test_only_administrators_see_the_names_and_a_viewer_records_none(
    accounts: Context, desk: Context, db_target: str, clock: Clock
):
    viewer = open_context(db_target, clock=clock, read_only=True)
    viewer.sleep = lambda _seconds: None
    try:
        with pytest.raises(SignInFailed):
            users.sign_in(viewer, "ghost", "wrong-password")
    finally:
        viewer.store.close()
    assert no_account_trail(accounts) == []  # a file open for viewing keeps nothing
    users.sign_in(desk, "nora", PASSWORDS["nora"])
    with pytest.raises(NotPermitted):
        users.names_without_account(desk)
