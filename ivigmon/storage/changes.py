"""Other workstations' committed changes, where the engine can tell them: a ward server can (its
sessions are told on commit); a database file cannot, and its screens refresh on a timer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ivigmon.storage.database import Store
from ivigmon.storage.engine import is_server

# The kinds of record a committed write changed (the tables it wrote); None when anything may
# have changed (the write named none, or the server was away and changes were not heard).
Kinds = frozenset[str] | None


class Listener(Protocol):
    """Listening to one ward database: asked to check the server at once, or to stop."""

    def check_now(self) -> None: ...

    def close(self) -> None: ...


def listen(
    store: Store,
    *,
    on_change: Callable[[Kinds], None],
    on_reachable: Callable[[bool], None],
) -> Listener | None:
    """Start listening to the changes committed to `store`'s database by anyone; None for a
    database file. The callbacks run on the listener's own thread."""
    if not is_server(store.path):
        return None
    from ivigmon.storage.pg.store import ServerStore

    if not isinstance(store, ServerStore):
        return None
    # The store's own: its session follows the signed-in person's login.
    return store.listen(on_change=on_change, on_reachable=on_reachable)
