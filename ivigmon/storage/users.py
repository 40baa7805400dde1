"""User accounts: names, roles, password hashes, failed sign-ins and whether they may sign in."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from ivigmon.domain.validation import is_storable_text
from ivigmon.storage.engine import on_server
from ivigmon.storage.pg.audit_sql import SIGN_IN_FAILURE_FUNCTION
from ivigmon.storage.schema import NO_ACCOUNT

_COLUMNS = """username, display_name, role, password_hash, active, created_at, created_by,
    failed_sign_ins, last_failed_at, locked_at"""


@dataclass(frozen=True)
class UserRow:
    username: str
    display_name: str
    role: str
    password_hash: str
    active: bool
    created_at: str
    created_by: str
    # Failed sign-ins in a row (a successful one sets it back to 0), the last one's time, and
    # when the account locked (None: not locked).
    failed_sign_ins: int = 0
    last_failed_at: str | None = None
    locked_at: str | None = None


def count_users(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM users").fetchone()[0])


def get_user(conn: sqlite3.Connection, username: str) -> UserRow | None:
    if not is_storable_text(username):
        return None  # a name typed as bytes that are not text (`--user $'\xff'`) names nobody
    row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE username = ?", (username,)).fetchone()
    return _row(row) if row else None


def list_users(conn: sqlite3.Connection) -> list[UserRow]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM users ORDER BY username")
    return [_row(r) for r in rows]


def insert_user(conn: sqlite3.Connection, user: UserRow) -> None:
    conn.execute(
        """INSERT INTO users (username, display_name, role, password_hash, active, created_at,
               created_by) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (
            user.username,
            user.display_name,
            user.role,
            user.password_hash,
            int(user.active),
            user.created_at,
            user.created_by,
        ),
    )


def set_active(conn: sqlite3.Connection, username: str, active: bool) -> int:
    cursor = conn.execute("UPDATE users SET active = ? WHERE username = ?", (int(active), username))
    return cursor.rowcount


def set_password_hash(conn: sqlite3.Connection, username: str, password_hash: str) -> None:
    conn.execute("UPDATE users SET password_hash = ? WHERE username = ?", (password_hash, username))


def record_failed_sign_in(
    conn: sqlite3.Connection, username: str, *, at: str, lock_after: int | None
) -> UserRow | None:
    """Count one more failure in a row (one audited update of the row), locking the account
    when the count reaches `lock_after` (None: never); the row as it now stands."""
    conn.execute(
        """UPDATE users SET failed_sign_ins = failed_sign_ins + 1, last_failed_at = ?,
               locked_at = CASE
                   WHEN locked_at IS NULL AND ? IS NOT NULL AND failed_sign_ins + 1 >= ?
                   THEN ? ELSE locked_at END
           WHERE username = ?""",
        (at, lock_after, lock_after, at, username),
    )
    return get_user(conn, username)


def record_failed_sign_in_without_account(
    conn: sqlite3.Connection, shown_name: str, *, at: str, by: str
) -> None:
    """One audit entry for a failed sign-in under `shown_name`, a name no account has (shown
    as `domain.typed_names` makes it safe to read). It is sealed with the transaction."""
    after = {"username": shown_name, "failed_at": at, "account": None}
    if on_server(conn):
        # The workstations' roles may not insert into the trail: the server's function does.
        conn.execute(
            f"SELECT {SIGN_IN_FAILURE_FUNCTION}(?, ?)",
            (shown_name, json.dumps(after, separators=(",", ":"))),
        )
        return
    conn.execute(
        """INSERT INTO audit_log (at, "user", table_name, row_key, action, before, after)
           VALUES (?, ?, ?, ?, 'insert', NULL, ?)""",
        (at, by, NO_ACCOUNT, shown_name, json.dumps(after, separators=(",", ":"))),
    )


@dataclass(frozen=True)
class NameWithoutAccount:
    """A name without an account that sign-ins failed under: how often and when last."""

    name: str
    failures: int
    last_failed_at: str


def names_without_account(
    conn: sqlite3.Connection, limit: int
) -> tuple[list[NameWithoutAccount], int]:
    """The `limit` names most recently tried without an account, newest first, and how many
    such names there are in all (the audit_by_row index holds both)."""
    rows = conn.execute(
        """SELECT row_key, count(*) AS failures, max(at) AS last_at FROM audit_log
           WHERE table_name = ? GROUP BY row_key ORDER BY last_at DESC, row_key LIMIT ?""",
        (NO_ACCOUNT, limit),
    )
    found = [
        NameWithoutAccount(str(r["row_key"]), int(r["failures"]), str(r["last_at"])) for r in rows
    ]
    total = conn.execute(
        "SELECT count(DISTINCT row_key) FROM audit_log WHERE table_name = ?", (NO_ACCOUNT,)
    ).fetchone()[0]
    return found, int(total)


def clear_failed_sign_ins(conn: sqlite3.Connection, username: str) -> int:
    """Back to no failures and not locked (after a sign-in, or an administrator's unlock)."""
    cursor = conn.execute(
        """UPDATE users SET failed_sign_ins = 0, last_failed_at = NULL, locked_at = NULL
           WHERE username = ?""",
        (username,),
    )
    return cursor.rowcount


def other_unlocked_admins(conn: sqlite3.Connection, username: str) -> int:
    """Active administrators other than `username` who are not locked (who could unlock)."""
    row = conn.execute(
        """SELECT count(*) FROM users WHERE role = 'admin' AND active = 1
               AND locked_at IS NULL AND username != ?""",
        (username,),
    ).fetchone()
    return int(row[0])


def _row(row: sqlite3.Row) -> UserRow:
    return UserRow(
        username=str(row["username"]),
        display_name=str(row["display_name"]),
        role=str(row["role"]),
        password_hash=str(row["password_hash"]),
        active=bool(row["active"]),
        created_at=str(row["created_at"]),
        created_by=str(row["created_by"]),
        failed_sign_ins=int(row["failed_sign_ins"]),
        last_failed_at=row["last_failed_at"],
        locked_at=row["locked_at"],
    )
