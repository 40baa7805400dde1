"""Whether this workstation may change the database, and why not, in words for the banner."""

from __future__ import annotations

import os

from ivigmon.services.context import Context


def read_only_reason(ctx: Context) -> str | None:
    """None when the database can be changed; otherwise why it cannot."""
    if not ctx.store.read_only:
        return None
    if not os.access(ctx.store.path, os.W_OK):
        return "this workstation has no permission to write the file"
    return "it was opened for viewing only"
