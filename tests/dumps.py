"""Every row of a ward database, as text, on either engine: to show that nothing changed."""

from __future__ import annotations

from typing import Any

from ivigmon.storage.engine import on_server


def table_names(conn: Any) -> list[str]:
    """The ward's tables (on a server, those of its own schema), by name."""
    if on_server(conn):
        query = (
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        )
    else:
        query = (
            "SELECT name FROM sqlite_schema WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    return [r[0] for r in conn.execute(query)]


def dump(conn: Any) -> list[str]:
    """Each table's rows in a fixed order (what `iterdump` shows of an SQLite file)."""
    lines: list[str] = []
    for table in table_names(conn):
        rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
        lines.extend(sorted(f"{table}: {tuple(row)!r}" for row in rows))
    return lines


class Dumper:
    """`dump` of one database whose tables stay the same, made fast for many calls: on a
    server every table's rows come as text in one query (a round trip costs far more than
    the rows); a file is read in-process, where `dump` is already cheap."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.query: str | None = None
        if on_server(conn):
            tables = " UNION ALL ".join(
                f"SELECT '{table}' AS t,"
                f" coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '') AS rows"
                f' FROM "{table}" r'
                for table in table_names(conn)
            )
            # (A UNION ALL comes in no particular order.)
            self.query = f"SELECT t, rows FROM ({tables}) AS every_table ORDER BY t"

    def __call__(self) -> list[str]:
        if self.query is None:
            return dump(self.conn)
        rows = self.conn.execute(self.query).fetchall()
        # One line a row, for a readable difference (a line break within a value splits it too).
        return [f"{table}: {line}" for table, text in rows for line in text.split("\n")]
