"""A ward database on the test server set up as a ward has it (packaging/server-setup): the
owner, and a login of their own for each person, named as their ivigmon account.

The test server admits every login without a password (trust): what a server that asks for
passwords does with a wrong one cannot happen here, so ivigmon's own check of the password is
what refuses it (see services.users.sign_in), and a login the server does not admit (no such
login) stands for a refused authentication.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from ivigmon.services import users
from ivigmon.services.context import open_context
from tests import pg_server
from tests.factories import NOW, Clock

SETUP = Path(__file__).resolve().parents[1] / "packaging" / "server-setup"
PASSWORDS = {"anna": "anna-pass-12345", "ben": "ben-pass-12345", "lead": "lead-pass-12345"}
# An account whose person has no server login (the administrator did not make one).
NO_LOGIN = "carl"


@dataclass(frozen=True)
class Ward:
    """A ward database on the test server; `names[person]` is that person's login/account."""

    base: str
    database: str
    names: dict[str, str]

    def url(self, login: str) -> str:
        parts = conninfo_to_dict(self.base)
        host = parts.get("host", "localhost")
        port = parts.get("port", "5432")
        return f"postgresql://{login}@{host}:{port}/{self.database}"

    def sessions(self) -> list[tuple[str, str]]:
        """(login, application name) of every session open on the ward database."""
        with psycopg.connect(self.base, autocommit=True) as conn:
            found = conn.execute(
                "SELECT usename, application_name FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid() ORDER BY usename",
                (self.database,),
            ).fetchall()
        return [(str(u), str(a)) for u, a in found]

    def login_password_is(self, person: str, password: str) -> bool:
        """Whether the server login's stored SCRAM verifier is that of `password`."""
        with psycopg.connect(self.base, autocommit=True) as conn:
            row = conn.execute(
                "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (self.names[person],)
            ).fetchone()
        return row is not None and row[0] is not None and _scram_matches(str(row[0]), password)


def _scram_matches(verifier: str, password: str) -> bool:
    """RFC 5802/7677: SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>."""
    method, rest = verifier.split("$", 1)
    if method != "SCRAM-SHA-256":
        return False
    head, keys = rest.split("$")
    iterations, salt = head.split(":")
    stored = keys.split(":")[0]
    salted = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), base64.b64decode(salt), int(iterations)
    )
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    return base64.b64encode(hashlib.sha256(client_key).digest()).decode() == stored


def _setup(base: str, *args: str) -> None:
    done = subprocess.run(
        [str(SETUP), *args, base], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr


@contextmanager
def ward_with_logins() -> Iterator[Ward]:
    """anna and ben (nurses) and lead (administrator), each with their own login; carl has an
    account but no login. Skips without a test server (or psql)."""
    base = pg_server.server_url()
    if base is None:
        pytest.skip(f"no test PostgreSQL server ({pg_server.ENV} is not set)")
    if shutil.which("psql") is None:
        pytest.skip("needs psql")
    tag = uuid.uuid4().hex[:8]
    owner = f"ivt_owner_{tag}"
    names = {person: f"{person}-{tag}" for person in (*PASSWORDS, NO_LOGIN)}
    roles = {"anna": "nurse", "ben": "nurse", "lead": "admin"}
    ward = Ward(base, pg_server.new_name("ivigmon_logins"), names)
    try:
        _setup(base, "--database", ward.database, "--owner", owner)
        for person, role in roles.items():
            _setup(base, "--database", ward.database, "--login", names[person], "--role", role)
        keeper = open_context(ward.url(owner), clock=Clock(NOW))
        try:
            users.add_user(
                keeper,
                username=names["lead"],
                display_name="Lead",
                role="admin",
                password=PASSWORDS["lead"],
            )
            for person in ("anna", "ben", NO_LOGIN):
                users.add_user(
                    keeper,
                    username=names[person],
                    display_name=person.title(),
                    role="nurse",
                    password=PASSWORDS.get(person, "carl-pass-12345"),
                )
        finally:
            keeper.store.close()
        yield ward
    finally:
        pg_server.drop_database(base, ward.database)
        with psycopg.connect(base, autocommit=True) as conn:
            for name in [*names.values(), owner]:
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
