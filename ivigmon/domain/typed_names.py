"""A user name typed at a failed sign-in, as the audit trail keeps it: escaped and cut short."""

from __future__ import annotations

from ivigmon.domain.validation import shown_identifier

# The longest user name an account can have (services.users: 2-40 characters). A longer name
# is nobody's; keeping more of it would only keep more of whatever was pasted there.
TYPED_NAME_KEPT = 40


def typed_name(typed: str) -> str:
    """`typed` as an administrator may safely read it: as typed when every character of it is
    visible, otherwise quoted with escapes (`'nora\\x1b[2J'`, `' nora'`); beyond TYPED_NAME_KEPT
    characters cut short, with the length it had (`... (300 characters)`)."""
    kept = typed[:TYPED_NAME_KEPT]
    shown = ascii(kept) if kept != kept.strip() else shown_identifier(kept)
    if len(typed) > TYPED_NAME_KEPT:
        shown += f"... ({len(typed)} characters)"
    return shown
