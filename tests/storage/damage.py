"""Ways to damage a database file on purpose, shared by the backup and restore tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def page_size(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def overwrite_page(path: Path, page: int) -> None:
    """Fill one whole page (numbered from 1) with bytes that are no valid b-tree page."""
    size = page_size(path)
    with path.open("r+b") as f:
        f.seek((page - 1) * size)
        f.write(bytes(range(7, 256)) * (size // 249) + b"\x07" * (size % 249))


def damage_the_middle(path: Path) -> None:
    """Garbage over the page in the middle of a file that has no free pages (so it is in use)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.close()
    assert free == 0, "a free page could be hit, which integrity_check would not notice"
    assert pages >= 8, "too small a file to have a middle"
    overwrite_page(path, pages // 2)


def damage_table(path: Path, table: str) -> None:
    """Garbage over a table's root page; the schema and the migration log stay readable."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    finally:
        conn.close()
    overwrite_page(path, int(root))
