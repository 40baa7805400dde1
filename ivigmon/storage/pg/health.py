"""What a ward server can tell of its own storage: data checksums, where the cluster has them.

SQLite's quick_check reads a file's pages; a server's pages are the server's, checked as it
reads them when its cluster was made with data checksums (initdb --data-checksums), and each
failure counted in pg_stat_database. Without checksums there is nothing of the kind to ask.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Checksums:
    """Whether the server checks its pages, and how many failed in this database."""

    enabled: bool
    failures: int


def checksums(conn: Any) -> Checksums:
    row = conn.execute(
        "SELECT current_setting('data_checksums') = 'on' AS enabled,"
        " coalesce(checksum_failures, 0) AS failures"
        " FROM pg_stat_database WHERE datname = current_database()"
    ).fetchone()
    return Checksums(bool(row["enabled"]), int(row["failures"]))
