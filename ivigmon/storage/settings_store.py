"""Stored settings: one JSON value per key, with who changed it and when."""

from __future__ import annotations

import json
import sqlite3
from typing import Any


def load_settings(conn: sqlite3.Connection) -> dict[str, Any]:
    return {
        key: json.loads(value) for key, value in conn.execute("SELECT key, value FROM settings")
    }


def save_setting(conn: sqlite3.Connection, key: str, value: Any, at: str, by: str) -> None:
    conn.execute(
        """INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET value = excluded.value,
               updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
        (key, json.dumps(value), at, by),
    )
