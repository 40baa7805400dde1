"""The alerts migration: events gain seriousness, reviews are audited, stored risks are remade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from ivigmon.storage import screen_state as state
from ivigmon.storage.audit_triggers import trigger_findings
from ivigmon.storage.database import open_store
from ivigmon.storage.migrations import MIGRATIONS


@pytest.fixture
def upgraded(tmp_path: Path):
    """A file at the schema before m005, whose screen state was built under rules 1."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("ivigmon_user", 0, lambda: "old-version")
    conn.create_function("ivigmon_now", 0, lambda: "2026-03-01T08:00")
    MIGRATIONS.apply(Database(conn), stop_before="m005_alerts")
    conn.execute("UPDATE counters SET value = 1 WHERE name = 'state_built'")
    conn.close()
    store = open_store(path)
    yield store
    store.close()


def test_stored_risks_of_the_first_rules_are_made_again(upgraded):
    # Risk v2 puts PRIOR_SEVERE_REACTION in the high set: a risk stored under rules 1 is stale,
    # and the state (now with alerts) is built again.
    assert state.counter(upgraded.conn, state.RULES) > 1
    assert state.counter(upgraded.conn, state.STATE_BUILT) == 0


def test_events_have_seriousness_and_reviews_are_audited_and_never_deleted(upgraded):
    columns = {
        r["name"]: r["dflt_value"]
        for r in upgraded.conn.execute("SELECT * FROM pragma_table_info('adverse_events')")
    }
    assert columns["seriousness"] == "'[]'"
    triggers = {
        r["name"]
        for r in upgraded.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
    }
    assert {
        "audit_alert_reviews_insert",
        "audit_alert_reviews_update",
        "no_delete_alert_reviews",
        "audit_adverse_events_insert",
    } <= triggers
    assert trigger_findings(upgraded.conn) == []
