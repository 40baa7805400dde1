"""The audit trail in storage: what a transaction seals, what it costs, heads and their text,
and the clock rule for entry times."""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from ivigmon.storage import audit
from ivigmon.storage.anchors import heads_in, read_anchors, write_sidecar
from ivigmon.storage.audit import (
    GENESIS,
    LAST_SEALED_SQL,
    UNSEALED_SINCE_SQL,
    Head,
    head,
)
from ivigmon.storage.audit_rows import row_findings
from ivigmon.storage.audit_verify import _ran_backwards, verify_chain
from ivigmon.storage.database import Store, open_store
from ivigmon.storage.engine import on_server
from ivigmon.storage.pg.connection import Cursor as ServerCursor


@pytest.fixture
def store(empty_target: str) -> Iterator[Store]:
    """A new ward database (a file, or a database on the test server) with an empty trail."""
    opened = open_store(empty_target)
    opened.clock = lambda: datetime(2026, 3, 10, 12, 0)
    yield opened
    opened.close()


@pytest.fixture
def file_store(tmp_path: Path) -> Iterator[Store]:
    """A new ward database file: for what SQLite alone has (its query plans)."""
    opened = open_store(tmp_path / "w.db")
    opened.clock = lambda: datetime(2026, 3, 10, 12, 0)
    yield opened
    opened.close()


def add_settings(store: Store, count: int, first: int = 0) -> None:
    """`count` audited rows (and entries) written by one ivigmon transaction."""
    with store.write() as conn:
        conn.execute(
            """WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?)
               INSERT INTO settings (key, value, updated_at, updated_by)
               SELECT 'k' || i, 'v', '2026-03-10T12:00:00', 'lead' FROM n""",
            (first, first + count - 1),
        )


def statements(store: Store, action: Callable[[], object]) -> list[str]:
    """The SQL statements `action()` runs on the store's connection, with the values bound in
    them (numbers, texts) left out."""
    seen: list[str] = []

    def record(sql: str) -> None:
        seen.append(re.sub(r"'[^']*'|\d+", "N", sql))

    if not on_server(store.conn):
        store.conn.set_trace_callback(record)
        try:
            action()
        finally:
            store.conn.set_trace_callback(None)
        return seen
    # The server's sessions: every statement passes through the driver shim's cursor.
    with pytest.MonkeyPatch.context() as patch:
        for name in ("execute", "executemany"):
            original = getattr(ServerCursor, name)

            def traced(self: ServerCursor, sql: str, *args: Any, _run: Any = original) -> Any:
                record(sql)
                return _run(self, sql, *args)

            patch.setattr(ServerCursor, name, traced)
        action()
    return seen


@pytest.mark.parametrize(
    ("sql", "plan"),
    [
        (UNSEALED_SINCE_SQL, "USING INDEX audit_unsealed (id>?)"),
        (LAST_SEALED_SQL, "USING INTEGER PRIMARY KEY (rowid<?)"),
        ("SELECT count(*) FROM audit_log WHERE hash IS NULL", "USING INDEX audit_unsealed"),
    ],
)
def test_sealing_reads_only_this_transactions_entries(file_store: Store, sql: str, plan: str):
    args = (1,) * sql.count("?")
    found = " ".join(str(r[3]) for r in file_store.conn.execute("EXPLAIN QUERY PLAN " + sql, args))
    assert plan in found, found


def test_a_write_costs_the_same_on_a_long_trail(store: Store):
    """Sealing runs the same statements whatever the length of the trail before it."""
    add_settings(store, 10)
    short = statements(store, lambda: add_settings(store, 3, first=100))
    add_settings(store, 5000, first=1000)
    long = statements(store, lambda: add_settings(store, 3, first=200))
    assert short == long


def test_verify_is_one_pass_whatever_the_length_of_the_trail(store: Store):
    add_settings(store, 20)
    small = statements(store, lambda: verify_chain(store.conn))
    add_settings(store, 20000, first=100)
    started = time.perf_counter()
    big = statements(store, lambda: verify_chain(store.conn))
    took = time.perf_counter() - started
    assert small == big and sum("ORDER BY id" in s for s in big) == 1
    assert verify_chain(store.conn).sealed > 20000
    assert took < 10, f"verify of 20000 entries took {took:.1f} s"
    rows = statements(store, lambda: row_findings(store.conn))
    assert row_findings(store.conn) == []
    assert len(rows) == len(statements(store, lambda: row_findings(store.conn)))


def test_the_head_counts_sealed_entries_and_names_the_newest(store: Store):
    assert head(store.conn) == Head(0, "-", GENESIS)
    add_settings(store, 4)
    newest = store.conn.execute("SELECT at, hash FROM audit_log ORDER BY id DESC").fetchone()
    assert head(store.conn) == Head(4, newest["at"], newest["hash"])


KEYED = "hmac-sha256:0123456789abcdef:" + "ab" * 32


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            Head(7, "2026-03-10T12:00:00", "ab" * 32).text(),
            [Head(7, "2026-03-10T12:00:00", "ab" * 32)],
        ),
        (
            f"on paper: ivigmon-audit-head entries=12 at=2026-03-10T12:00:00 hash={KEYED} (ok)",
            [Head(12, "2026-03-10T12:00:00", KEYED)],
        ),
        ("ivigmon-audit-head entries=7 at=2026-03-10T12:00:00 hash=" + "ab" * 31, []),
        ("ivigmon-audit-head entries=7 at=2026-03-10T12:00:00 hash=" + "ab" * 33, []),
        ("ivigmon-audit-head entries=x at=2026-03-10T12:00:00 hash=" + "ab" * 32, []),
        ("", []),
    ],
)
def test_a_head_is_read_back_from_its_text_only(text: str, expected: list[Head]):
    assert heads_in(text) == expected


def test_a_sidecar_is_read_only_and_read_back_as_an_anchor(tmp_path: Path):
    copy = tmp_path / "ivigmon-20260310-120000.db"
    copy.write_bytes(b"")
    given = Head(3, "2026-03-10T12:00:00", "cd" * 32)
    side = write_sidecar(copy, f"2026-03-10T12:00:00 backup {given.text()}\n")
    again = write_sidecar(copy, f"2026-03-10T12:00:00 backup {given.text()}\n")  # a new copy
    assert side == again
    if os.name == "posix":
        assert side.stat().st_mode & 0o777 == 0o400
    anchors, ignored = read_anchors(tmp_path)
    assert [(a.head, a.source) for a in anchors] == [(given, side.name)]
    assert ignored == []


@contextlib.contextmanager
def local_zone(zone: str) -> Iterator[None]:
    """The machine's time zone set to `zone` for a while."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
@pytest.mark.parametrize(
    ("earlier", "later", "backwards"),
    [
        ("2026-03-10T12:00:00", "2026-03-10T12:00:00", False),
        ("2026-03-10T12:05:00", "2026-03-10T12:00:00", False),
        ("2026-03-10T12:05:01", "2026-03-10T12:00:00", True),
        ("2026-03-10T12:00:00", "2026-03-09T12:00:00", True),
        # The hour from 02:00 to 03:00 happens twice: 02:50 then 02:10 is 20 min later.
        ("2026-10-25T02:50:00", "2026-10-25T02:10:00", False),
        ("2026-10-25T03:30:00", "2026-10-25T02:10:00", True),
        ("2026-03-10T12:00:00", "yesterday", True),
    ],
)
def test_time_runs_backwards_beyond_clock_differences_and_the_autumn_change(
    earlier: str, later: str, backwards: bool
):
    # Berlin's clocks go back from 03:00 to 02:00 on 2026-10-25.
    with local_zone("Europe/Berlin"):
        assert _ran_backwards(earlier, later) is backwards


def test_sealing_goes_in_rounds_and_chains_across_them(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    # Before: every entry of the transaction was read at once (19 MB for a 2,000-infusion
    # import); now a round at a time, chained as one.
    monkeypatch.setattr(audit, "SEAL_ROUND", 3)
    with store.write() as conn:
        for number in range(7):
            conn.execute(
                "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)",
                (f"round.{number}", "1", "2026-03-10T12:00:00", "nurse.test"),
            )
    rows = store.conn.execute("SELECT id, prev_hash, hash FROM audit_log ORDER BY id").fetchall()
    assert len(rows) >= 7 and all(r["hash"] for r in rows)
    assert all(b["prev_hash"] == a["hash"] for a, b in itertools.pairwise(rows))
