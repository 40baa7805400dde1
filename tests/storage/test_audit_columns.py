"""The chain hashes what each entry holds, on both engines: the recorded user, never the
database session's own name (`user` alone means the session's role on PostgreSQL)."""

from __future__ import annotations

from ivigmon.services.context import Context
from ivigmon.storage.audit import ENTRY_FIELDS, GENESIS, Check, entry_hash
from ivigmon.storage.audit_verify import verify_chain
from tests.factories import make_patient

STORED = 'id, at, "user", table_name, row_key, action, before, after, prev_hash, hash'


def test_each_seal_covers_the_user_stored_in_its_entry(ctx: Context):
    make_patient(ctx)
    with ctx.store.read() as conn:
        rows = conn.execute(f"SELECT {STORED} FROM audit_log ORDER BY id").fetchall()
    assert rows[-1]["user"] == "nurse.test"
    prev = GENESIS
    for row in rows:
        assert row["hash"] == entry_hash(prev, tuple(row[f] for f in ENTRY_FIELDS)), row["id"]
        prev = row["hash"]


def test_verify_checks_each_entry_against_the_user_stored_in_it(ctx: Context):
    """An entry copied from elsewhere, sealed over its own user, continues the chain."""
    make_patient(ctx)
    with ctx.store.read() as conn:
        last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    fields = (last["id"] + 1, "2026-03-10T12:00:00", "someone.else", "settings", "k", "insert")
    fields += (None, '{"key": "k"}')
    with ctx.store.write() as conn:
        conn.execute(
            f"INSERT INTO audit_log ({STORED}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*fields, last["hash"], entry_hash(last["hash"], fields)),
        )
    with ctx.store.read() as conn:
        report = verify_chain(conn)
    assert [f.text for f in report.findings if f.check is Check.CHAIN] == []
    assert report.sealed == fields[0]
