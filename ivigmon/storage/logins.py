"""A person's own login on a ward server: opening the store's sessions with it, and its password.

A database file has no logins (these say so with None or False). On a server each person signs
in with their own login, named as their ivigmon account, and the sessions that record are that
login's; a session of the schema's owner (or a superuser) administers and keeps ivigmon's own
sign-in, as on a file.
"""

from __future__ import annotations

from typing import Any, Protocol

from ivigmon.storage.database import Store
from ivigmon.storage.engine import is_server, on_server


class PersonLogin(Protocol):
    """A session opened with a person's login and typed password, not yet the store's."""

    login: str
    # The server asked for the password and accepted it (no certificate, Kerberos or trust).
    password_checked: bool

    def adopt(self) -> None: ...

    def discard(self) -> None: ...


def _server_store(store: Store) -> Any:
    if not is_server(store.path):
        return None
    from ivigmon.storage.pg.store import ServerStore

    return store if isinstance(store, ServerStore) else None


def per_person(store: Store) -> bool:
    """Whether signing in opens the store's sessions with the person's own login: on a server,
    unless the sessions administer it (the schema's owner or a superuser)."""
    server = _server_store(store)
    return server is not None and not server.administers()


def open_login(store: Store, login: str, password: str) -> PersonLogin:
    """A new session as `login`, authenticated with `password` (LoginRefused when the server
    does not admit it, ServerUnavailable when it does not answer)."""
    server = _server_store(store)
    if server is None:
        raise TypeError("only a ward server has logins")
    opened: PersonLogin = server.open_login(login, password)
    return opened


def signed_in_login(store: Store) -> str | None:
    """The person whose own login the sessions are (None for a file, or before anyone signed
    in with their own login)."""
    server = _server_store(store)
    return None if server is None else server.person


def set_login_password(conn: Any, login: str, password: str) -> None:
    """The session's own server login takes `password`, in the caller's transaction. The
    password goes to the server as the verifier libpq makes of it (the server's hashing, SCRAM
    by default), never as text a statement log would keep."""
    if not on_server(conn):
        raise TypeError("only a ward server has logins")
    verifier = conn.raw.pgconn.encrypt_password(password.encode(), login.encode())
    conn.execute("ALTER ROLE CURRENT_USER PASSWORD ?", (verifier.decode(),))


def remember_password(store: Store, password: str) -> None:
    """After the signed-in person's new password is committed: new sessions use it."""
    server = _server_store(store)
    if server is not None:
        server.remember_password(password)
