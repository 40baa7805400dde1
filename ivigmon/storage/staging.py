"""A scratch database for one import: the file's items, findable by MRN and infusion id.

An import reads the file once, item by item, into this database; validation then takes the
file a group of patients at a time (each with its infusions and their checks), and the write
takes the validated groups. Memory holds one group, whatever the size of the file. The scratch
file lives beside the ward's database (`.<name>.import.<pid>.tmp`), is never synced (it can be
made again from the file) and is removed when the import ends; one left by a killed import is
tidied away when the database is next opened. Items are kept pickled: the file was made by this
import, owner-only, and is read by nobody else.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ivigmon.storage.sqlutil import in_json

# Rows written to the scratch database at a time.
FLUSH_ROWS = 5_000

_SCHEMA = (
    "CREATE TABLE patients (n INTEGER PRIMARY KEY, key TEXT, item BLOB NOT NULL)",
    "CREATE TABLE infusions (n INTEGER PRIMARY KEY, id TEXT, key TEXT, item BLOB NOT NULL)",
    "CREATE TABLE checks (n INTEGER PRIMARY KEY, infusion_id TEXT, item BLOB NOT NULL)",
    "CREATE TABLE groups (n INTEGER PRIMARY KEY, validated BLOB NOT NULL)",
)
# Made once every item is in: building an index at the end is faster than keeping it.
_INDEXES = (
    "CREATE INDEX patients_key ON patients(key)",
    "CREATE INDEX infusions_key ON infusions(key)",
    "CREATE INDEX infusions_id ON infusions(id)",
    "CREATE INDEX checks_infusion ON checks(infusion_id)",
)


def _storable(key: str | None) -> str | None:
    """`key` as SQLite can store it: a lone surrogate (a valid JSON escape, never a valid
    identifier, which validation refuses by name) written as its escape."""
    if key is None:
        return None
    try:
        key.encode("utf-8")
    except UnicodeEncodeError:
        return key.encode("utf-8", "backslashreplace").decode("utf-8")
    return key


@dataclass
class Group:
    """Items of the file that are validated together, each with its place in its list."""

    patients: list[tuple[int, Any]] = field(default_factory=list)
    infusions: list[tuple[int, Any]] = field(default_factory=list)
    checks: list[tuple[int, Any]] = field(default_factory=list)


class Staging:
    """The items of one file; `add` them in file order, then `finish`, then read `groups`."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        # A scratch copy of a file that is still there: nothing to journal or sync.
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        for statement in _SCHEMA:
            self.conn.execute(statement)
        self.counts = {"patients": 0, "infusions": 0, "checks": 0}
        self._waiting: dict[str, list[tuple[Any, ...]]] = {k: [] for k in self.counts}
        self._stored = 0

    def close(self) -> None:
        self.conn.close()

    # -- filling ---------------------------------------------------------------------------
    def add(self, kind: str, item: Any, *keys: str | None) -> None:
        """The next item of list `kind`, with its lookup keys: a patient's MRN key; an
        infusion's id and MRN key; a check's infusion id (None where the item has none)."""
        # Pickled first: an item nested too deeply to pickle (RecursionError) is not counted.
        pickled = pickle.dumps(item, pickle.HIGHEST_PROTOCOL)
        self.counts[kind] += 1
        row = (self.counts[kind], *map(_storable, keys), pickled)
        waiting = self._waiting[kind]
        waiting.append(row)
        if len(waiting) >= FLUSH_ROWS:
            self._flush(kind)

    def _flush(self, kind: str) -> None:
        rows = self._waiting[kind]
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            self.conn.execute("BEGIN")
            self.conn.executemany(f"INSERT INTO {kind} VALUES ({marks})", rows)
            self.conn.execute("COMMIT")
            rows.clear()

    def finish(self) -> None:
        for kind in self.counts:
            self._flush(kind)
        for statement in _INDEXES:
            self.conn.execute(statement)

    # -- reading ---------------------------------------------------------------------------
    def repeated_infusion_id(self) -> str | None:
        """An infusion id the file gives twice (the earliest such), if any."""
        row = self.conn.execute(
            """SELECT id FROM infusions WHERE id IS NOT NULL GROUP BY id HAVING count(*) > 1
               ORDER BY min(n) LIMIT 1"""
        ).fetchone()
        return None if row is None else str(row[0])

    def groups(self, patients_per_group: int) -> Iterator[Group]:
        """The whole file in groups: first the items that name no patient or infusion (they
        cannot be valid), then the file's patients by MRN key with their infusions and those
        infusions' checks, then infusions of patients not in the file (by MRN key), then
        checks of infusions not in the file."""
        unnamed = Group(
            self._items("patients", "key IS NULL"),
            self._items("infusions", "key IS NULL OR id IS NULL"),
            self._items("checks", "infusion_id IS NULL"),
        )
        if unnamed.patients or unnamed.infusions or unnamed.checks:
            yield unnamed
        yield from self._by_key("patients", patients_per_group)
        yield from self._by_key("infusions", patients_per_group)
        orphans = self._items(
            "checks",
            "infusion_id IS NOT NULL AND infusion_id NOT IN "
            "(SELECT id FROM infusions WHERE id IS NOT NULL AND key IS NOT NULL)",
        )
        if orphans:
            yield Group(checks=orphans)

    def _by_key(self, table: str, size: int) -> Iterator[Group]:
        """Groups of `size` MRN keys from `table`; for infusions, only keys no patient has."""
        alone = (
            ""
            if table == "patients"
            else "AND key NOT IN (SELECT key FROM patients WHERE key IS NOT NULL)"
        )
        after: str | None = None  # none yet: the empty key '' comes first
        while True:
            keys = [
                str(r[0])
                for r in self.conn.execute(
                    f"""SELECT DISTINCT key FROM {table}
                        WHERE key IS NOT NULL AND (?1 IS NULL OR key > ?1) {alone}
                        ORDER BY key LIMIT ?2""",
                    (after, size),
                )
            ]
            if not keys:
                return
            after = keys[-1]
            clause, arg = in_json("key", keys)
            group = Group(
                self._items("patients", clause, arg) if table == "patients" else [],
                self._items("infusions", f"{clause} AND id IS NOT NULL", arg),
            )
            infusion_ids = self.conn.execute(
                f"SELECT id FROM infusions WHERE {clause} AND id IS NOT NULL", (arg,)
            ).fetchall()
            ids, ids_arg = in_json("infusion_id", [str(r[0]) for r in infusion_ids])
            group.checks = self._items("checks", ids, ids_arg)
            yield group

    def _items(self, table: str, where: str, *args: Any) -> list[tuple[int, Any]]:
        rows = self.conn.execute(f"SELECT n, item FROM {table} WHERE {where} ORDER BY n", args)
        return [(int(n), pickle.loads(item)) for n, item in rows]

    # -- validated groups ------------------------------------------------------------------
    def keep(self, validated: object) -> None:
        """A validated group, for the write to take once all are validated."""
        self._stored += 1
        self.conn.execute(
            "INSERT INTO groups VALUES (?, ?)",
            (self._stored, pickle.dumps(validated, pickle.HIGHEST_PROTOCOL)),
        )

    def validated(self) -> Iterator[Any]:
        after = 0
        while True:
            row = self.conn.execute(
                "SELECT n, validated FROM groups WHERE n > ? ORDER BY n LIMIT 1", (after,)
            ).fetchone()
            if row is None:
                return
            after = int(row[0])
            yield pickle.loads(row[1])
