"""Every row of a ward database, as text, on either engine: to show that nothing changed."""

from __future__ import annotations

from typing import Any

from ivigmon.storage.engine import on_server


def dump(conn: Any) -> list[str]:
    """Each table's rows in a fixed order (what `iterdump` shows of an SQLite file)."""
    if on_server(conn):
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                " ORDER BY tablename"
            )
        ]
    else:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
    lines: list[str] = []
    for table in tables:
        rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
        lines.extend(sorted(f"{table}: {tuple(row)!r}" for row in rows))
    return lines
