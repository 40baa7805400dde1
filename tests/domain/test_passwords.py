"""A new password: long enough for the role, not blank, not the user name, not easy to guess."""

from __future__ import annotations

import pytest

from ivigmon.domain.passwords import MAX_LENGTH, require_strong_password
from ivigmon.domain.validation import ValidationError

EASY = "is too easy to guess"


@pytest.mark.parametrize(
    ("password", "admin", "problem"),
    [
        # The passwords that were accepted: common ones and blanks.
        ("password", False, EASY),
        ("12345678", False, EASY),
        (" " * 8, False, "must not be only spaces"),
        (" " * 12, True, "must not be only spaces"),
        ("\t \u00a0" * 4, False, "must not be only spaces"),
        ("", False, "must not be empty"),
        # Length by role, at the boundaries (strong enough otherwise).
        ("k7#Qp2!", False, "must be at least 8 characters"),
        ("k7#Qp2!zX", True, "must be at least 10 characters for an administrator"),
        ("k" * (MAX_LENGTH + 1), False, f"must be at most {MAX_LENGTH} characters"),
        # The user name itself, whatever its case or outer spaces.
        ("nora.nurse", False, "must not be the user name"),
        ("NORA.NURSE ", False, "must not be the user name"),
        # Common passwords with the usual dressing.
        ("password1", False, EASY),
        ("Password1!", False, EASY),
        ("iloveyou123", False, EASY),
        ("qwertyuiop", True, EASY),
        ("abcd1234", False, EASY),
        ("11111111", False, EASY),
        ("welcome123", False, EASY),
        # The account's own names, and the words of the ward.
        ("nora.nurse1", False, EASY),
        ("Nurse2026", False, EASY),
        ("ivigmon2026", True, EASY),
        # The example the refusal gives.
        ("kettle harbour violet", True, EASY),
        # Good enough for a nurse (zxcvbn score 2), not for an administrator (3 needed).
        ("Summer2024!", True, EASY),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(password: str, admin: bool, problem: str):
    with pytest.raises(ValidationError) as err:
        require_strong_password(
            "user nora.nurse",
            password,
            username="nora.nurse",
            admin=admin,
            hints=("Nora Nurse",),
        )
    assert err.value.field == "password"
    assert err.value.problem.startswith(problem)


def test_the_display_name_counts_word_by_word():
    # Rated 4 when only the whole name "Anna Kowalska" is known to be the account's.
    with pytest.raises(ValidationError, match=EASY):
        require_strong_password(
            "user anna", "Kowalska2026", username="anna", admin=False, hints=("Anna Kowalska",)
        )


@pytest.mark.parametrize(
    ("password", "admin"),
    [
        ("k7#Qp2!z", False),  # 8 random characters: the shortest a nurse may have
        ("k7#Qp2!zX9", True),  # 10 random characters: the shortest an administrator may have
        ("Summer2024!", False),
        ("lantern-moss-42", False),
        ("orbit lantern moss", True),
        ("k" * 40 + " lantern moss orbit " + "q" * 60, True),  # longer than zxcvbn rates
    ],
)
def test_strong_passwords_are_accepted(password: str, admin: bool):
    require_strong_password(
        "user nora.nurse", password, username="nora.nurse", admin=admin, hints=("Nora Nurse",)
    )


def test_a_refusal_says_why_and_what_to_do_instead():
    with pytest.raises(ValidationError) as err:
        require_strong_password("user anna", "password", username="anna", admin=False)
    assert str(err.value) == (
        "user anna: password: is too easy to guess (this is a top-10 common password);"
        " use three or four unrelated words, e.g. 'kettle harbour violet'"
    )
