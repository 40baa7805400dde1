"""User accounts: names, roles, password hashes and whether they may still sign in."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class UserRow:
    username: str
    display_name: str
    role: str
    password_hash: str
    active: bool
    created_at: str
    created_by: str


def count_users(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM users").fetchone()[0])


def get_user(conn: sqlite3.Connection, username: str) -> UserRow | None:
    row = conn.execute(
        """SELECT username, display_name, role, password_hash, active, created_at, created_by
           FROM users WHERE username = ?""",
        (username,),
    ).fetchone()
    return _row(row) if row else None


def list_users(conn: sqlite3.Connection) -> list[UserRow]:
    rows = conn.execute(
        """SELECT username, display_name, role, password_hash, active, created_at, created_by
           FROM users ORDER BY username"""
    )
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


def _row(row: sqlite3.Row) -> UserRow:
    return UserRow(
        username=str(row["username"]),
        display_name=str(row["display_name"]),
        role=str(row["role"]),
        password_hash=str(row["password_hash"]),
        active=bool(row["active"]),
        created_at=str(row["created_at"]),
        created_by=str(row["created_by"]),
    )
