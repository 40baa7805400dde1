"""The command line with user accounts: unlocking, new passwords, a password typed into
--user kept out of the log, and MRNs found by any look-alike."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from ivigmon import paths
from ivigmon.cli import PASSWORD_ENV, main
from ivigmon.domain.validation import ValidationError
from ivigmon.logging_setup import LOG_NAME
from ivigmon.services import users
from ivigmon.services.context import open_context
from tests.factories import NOW, Clock, make_patient

# Cheap argon2 parameters: what is tested does not depend on the cost of one check.
pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def ward(tmp_path: Path) -> Path:
    """A database with a patient K-0001, an administrator (lead) and a nurse (nora)."""
    path = tmp_path / "w.db"
    ctx = open_context(path, clock=Clock(NOW), user="setup")
    try:
        make_patient(ctx, "K-0001")
        users.add_user(
            ctx, username="lead", display_name="Lena Lead", role="admin", password="lead-pass-1"
        )
        users.add_user(
            ctx, username="nora", display_name="Nora Nurse", role="nurse", password="nora-pass-1"
        )
    finally:
        ctx.store.close()
    return path


def run(capsys, monkeypatch, password: str, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv(PASSWORD_ENV, password)
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def lock_nora(path: Path) -> None:
    clock = Clock(NOW)
    ctx = open_context(path, clock=clock)
    ctx.sleep = lambda _seconds: None
    try:
        for _ in range(5):
            with pytest.raises(ValidationError) as err:
                users.sign_in(ctx, "nora", "wrong-password")
            clock.now += timedelta(seconds=getattr(err.value, "wait_s", 0))
        assert isinstance(err.value, users.AccountLocked)
    finally:
        ctx.store.close()


def log_text() -> str:
    return (paths.data_dir() / LOG_NAME).read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def data_folder() -> None:
    """A command given --db writes its log only into a data folder that exists: made here, so
    that the log tests do not depend on an earlier test having made it (in any order, on any
    worker)."""
    paths.data_dir().mkdir(parents=True, exist_ok=True)


def test_a_password_typed_into_user_never_reaches_the_log(ward: Path, capsys, monkeypatch):
    code, _, err = run(
        capsys, monkeypatch, "lead-pass-1", "--db", str(ward), "--user", "s3cret-pass", "due"
    )
    assert code == 2 and "wrong user name or password" in err
    code, _, _ = run(capsys, monkeypatch, "wrong-pass", "--db", str(ward), "--user", "nora", "due")
    assert code == 2
    text = log_text()
    assert "s3cret-pass" not in text
    assert "ivigmon due refused: user ***: password:" in text
    # A real user name is kept: it tells whoever reads the log which account was tried.
    assert "ivigmon due refused: user nora: password:" in text


def test_an_administrator_unlocks_a_locked_user(ward: Path, capsys, monkeypatch):
    lock_nora(ward)
    code, _, err = run(
        capsys, monkeypatch, "nora-pass-1", "--db", str(ward), "--user", "nora", "due"
    )
    assert code == 2
    assert err.strip() == (
        "ivigmon due: user nora: locked: this account is locked after 5 failed sign-ins in a"
        " row; an administrator must unlock it"
    )
    code, out, _ = run(
        capsys, monkeypatch, "lead-pass-1", "--db", str(ward), "--user", "lead", "user", "list"
    )
    assert code == 0
    assert "nora                 nurse       locked    Nora Nurse (5 failed sign-ins)" in out
    code, out, _ = run(
        capsys,
        monkeypatch,
        "lead-pass-1",
        "--db",
        str(ward),
        "--user",
        "lead",
        "user",
        "unlock",
        "nora",
    )
    assert (code, out) == (0, "user nora unlocked\n")
    code, _, _ = run(capsys, monkeypatch, "nora-pass-1", "--db", str(ward), "--user", "nora", "due")
    assert code == 0
    code, _, err = run(
        capsys,
        monkeypatch,
        "nora-pass-1",
        "--db",
        str(ward),
        "--user",
        "nora",
        "user",
        "unlock",
        "lead",
    )
    assert code == 2 and "nurses may not manage user accounts" in err


def test_user_list_names_the_failed_sign_ins_under_names_without_an_account(
    ward: Path, capsys, monkeypatch
):
    for typed in ("ghost", "gh\x1b]0;owned\x07ost", "ghost"):
        code, _, err = run(capsys, monkeypatch, "x", "--db", str(ward), "--user", typed, "due")
        assert code == 2 and "wrong user name or password" in err
    code, out, err = run(
        capsys, monkeypatch, "lead-pass-1", "--db", str(ward), "--user", "lead", "user", "list"
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 5 and lines[2] == "failed sign-ins under names without an account:"
    # A name not shaped like a user name is kept by its length only: it may be a password.
    assert sorted(line.split(", last ")[0] for line in lines[3:]) == [
        "  *** (15 characters)  1 failed sign-ins",
        "  ghost                2 failed sign-ins",
    ]
    assert "\x1b" not in out


def test_a_new_password_must_be_strong(ward: Path, capsys, monkeypatch):
    monkeypatch.setenv("IVIGMON_NEW_PASSWORD", "12345678")
    code, _, err = run(
        capsys,
        monkeypatch,
        "lead-pass-1",
        "--db",
        str(ward),
        "--user",
        "lead",
        "user",
        "password",
        "nora",
    )
    assert code == 2 and "password: is too easy to guess" in err
    monkeypatch.setenv("IVIGMON_NEW_PASSWORD", "lantern-moss-42")
    code, out, _ = run(
        capsys,
        monkeypatch,
        "lead-pass-1",
        "--db",
        str(ward),
        "--user",
        "lead",
        "user",
        "password",
        "nora",
    )
    assert (code, out) == (0, "password of nora changed\n")
    assert (
        run(capsys, monkeypatch, "lantern-moss-42", "--db", str(ward), "--user", "nora", "due")[0]
        == 0
    )


@pytest.mark.parametrize("typed", ["k-0001", "K\u20100001", "\uff2b-0001", "K\u22120001"])
def test_risk_finds_the_patient_by_a_look_alike_mrn(ward: Path, capsys, monkeypatch, typed: str):
    code, out, _ = run(
        capsys,
        monkeypatch,
        "nora-pass-1",
        "--db",
        str(ward),
        "--user",
        "nora",
        "risk",
        typed,
        "--json",
    )
    assert code == 0
    assert json.loads(out)["mrn"] == "K-0001"


def test_an_mrn_with_an_invisible_character_is_named(ward: Path, capsys, monkeypatch):
    code, _, err = run(
        capsys,
        monkeypatch,
        "nora-pass-1",
        "--db",
        str(ward),
        "--user",
        "nora",
        "risk",
        "K-0001\u200b",
    )
    assert code == 2
    assert "contains an invisible character U+200B (ZERO WIDTH SPACE)" in err


def test_a_user_name_that_is_not_text_is_refused_like_an_unknown_one(
    ward: Path, capsys, monkeypatch
):
    # Bytes that are not UTF-8 reach Python's argv as lone surrogates.
    code, _, err = run(capsys, monkeypatch, "x", "--db", str(ward), "--user", "n\udcffra", "due")
    assert code == 2 and "wrong user name or password" in err
    assert "\udcff" not in log_text() and "n\\udcffra" not in log_text()
