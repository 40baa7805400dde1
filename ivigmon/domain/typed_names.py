"""A user name typed at a failed sign-in, as the audit trail keeps it: only a name shaped like a
user name; anything else may be a password typed in the wrong field, so only its length."""

from __future__ import annotations

import re

# An account's user name (services.users): 2-40 lower-case letters, digits, dots, dashes and
# underscores, beginning with a letter or digit.
USER_NAME_SHAPE = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")


def typed_name(typed: str) -> str:
    """`typed` when it is shaped like a user name (a mistyped or retired name, or a probe of
    likely names); otherwise `*** (N characters)`: the audit trail can never be edited, so
    text that may be a password (a capital, a space, a symbol, a control character, more than
    40 characters) is never kept, as the log never keeps a `--user` that names no account."""
    if USER_NAME_SHAPE.fullmatch(typed):
        return typed
    return f"*** ({len(typed)} characters)"
