"""Live changes from the other workstations of a ward server, and whether the server answers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ivigmon.services.context import Context
from ivigmon.storage import changes
from ivigmon.storage.changes import Kinds, Listener

# The ward's configuration: the settings, the catalogue and its local values. Every cached copy
# (Context.products, the settings) and every assessment may be out of date after they change.
SETTINGS_KINDS = frozenset({"settings", "products", "product_local"})
# Accounts change at every sign-in (the last sign-in, failed attempts): no screen of records
# shows them.
ACCOUNT_KINDS = frozenset({"users", "sign_in_no_account"})

# Listening to a ward server's changes: `check_now()` after a failure, `close()` to stop.
Subscription = Listener


@dataclass(frozen=True)
class Change:
    """What was changed elsewhere: the kinds of record written, or None when anything may have
    been (missed while the server was away)."""

    kinds: Kinds

    @property
    def settings(self) -> bool:
        """The settings or the catalogue may have changed (cached copies are out of date)."""
        return self.kinds is None or bool(self.kinds & SETTINGS_KINDS)

    @property
    def records(self) -> bool:
        """Something a screen shows may have changed (not only accounts)."""
        return self.kinds is None or bool(self.kinds - ACCOUNT_KINDS)

    def merged(self, other: Change) -> Change:
        """This change and `other`, as one (a burst of changes is shown once)."""
        if self.kinds is None or other.kinds is None:
            return Change(None)
        return Change(self.kinds | other.kinds)


def subscribe(
    ctx: Context,
    *,
    on_change: Callable[[Change], None],
    on_reachable: Callable[[bool], None],
) -> Subscription | None:
    """Hear every change committed to `ctx`'s ward database (by any workstation), and whether
    the server answers; None for a database file, whose screens refresh on their timer.

    The callbacks run on the listener's own thread, never the caller's."""
    return changes.listen(
        ctx.store,
        on_change=lambda kinds: on_change(Change(kinds)),
        on_reachable=on_reachable,
    )
