"""A user name typed at a failed sign-in, as kept: visible text as typed, the rest escaped, at
most 40 characters (the longest user name) and the length it had."""

from __future__ import annotations

import pytest

from ivigmon.domain.typed_names import TYPED_NAME_KEPT, typed_name


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("ghost", "ghost"),
        ("Zoë.Łukasik", "Zoë.Łukasik"),  # letters of every language stay as they are
        ("", "''"),  # nothing typed is still named
        (" nora", "' nora'"),  # an outer space is seen
        ("nora ", "'nora '"),
        ("gh\x1b[2Jost", "'gh\\x1b[2Jost'"),
        ("gh\x9bost", "'gh\\x9bost'"),  # a C1 control sequence introducer
        ("gh\u200bost", "'gh\\u200bost'"),  # zero-width space
        ("n\udcffra", "'n\\udcffra'"),  # bytes that were not text (a lone surrogate)
        ("a" * 39, "a" * 39),
        ("a" * 40, "a" * 40),
        ("a" * 41, "a" * 40 + "... (41 characters)"),
        ("a" * 39 + "\x1b" + "b", "'" + "a" * 39 + "\\x1b'... (41 characters)"),
        ("a" * 40 + "\x1b", "a" * 40 + "... (41 characters)"),  # what is cut is not kept
        ("z" * 100_000, "z" * 40 + "... (100000 characters)"),
    ],
)
def test_a_typed_name_is_kept_readable_and_short(typed: str, kept: str):
    assert TYPED_NAME_KEPT == 40
    assert typed_name(typed) == kept
    assert typed_name(typed).isprintable()
