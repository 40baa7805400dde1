"""A user name typed at a failed sign-in, as kept: a name shaped like a user name as typed,
anything else (it may be a password) only by its length."""

from __future__ import annotations

import pytest

from ivigmon.domain.typed_names import typed_name


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("ghost", "ghost"),
        ("nurse.anna", "nurse.anna"),
        ("a" * 40, "a" * 40),
        ("gh", "gh"),  # the shortest user name
        ("g", "*** (1 characters)"),
        ("", "*** (0 characters)"),
        ("a" * 41, "*** (41 characters)"),
        ("Ghost", "*** (5 characters)"),  # a capital: user names have none, passwords often
        ("Tr0ub4dor&3", "*** (11 characters)"),
        (" nora", "*** (5 characters)"),
        ("gh\x1b[2Jost", "*** (9 characters)"),  # a control sequence
        ("Zoë.Łukasik", "*** (11 characters)"),
        ("n\udcffra", "*** (4 characters)"),  # bytes that were not text
        ("z" * 100_000, "*** (100000 characters)"),
    ],
)
def test_only_a_name_shaped_like_a_user_name_is_kept(typed: str, kept: str):
    assert typed_name(typed) == kept
    assert kept.isprintable()
