"""The worklist, per-patient and lot queries use their indexes (no full table scans)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ivigmon.storage.alerts import OPEN_ALERTS_SQL
from ivigmon.storage.audit import HISTORY_PARTS_SQL, PATIENT_HISTORY_SQL
from ivigmon.storage.checks import OPEN_AT_SQL
from ivigmon.storage.database import open_store
from ivigmon.storage.dialect import pick
from ivigmon.storage.engine import POSTGRESQL, SQLITE
from ivigmon.storage.lots import BY_EXPIRY_SQL, BY_LOT_SQL, COUNT_BY_EXPIRY_SQL
from ivigmon.storage.screen_state import OPEN_CHECKS_SQL


@pytest.mark.parametrize(
    ("sql", "index"),
    [
        (OPEN_AT_SQL.replace(":at", "'2026-03-01T08:00:00'"), "checks_by_done"),
        (
            "SELECT * FROM infusions WHERE patient_id = 1 ORDER BY started_at",
            "infusions_by_patient",
        ),
        ("SELECT * FROM infusion_lots WHERE lot = 'P1'", "infusion_lots_by_lot"),
        ("SELECT * FROM rate_steps WHERE infusion_id = 'x'", "rate_steps_by_infusion"),
        ("SELECT * FROM measurements WHERE patient_id = 1", "measurements_by_patient"),
        ("SELECT * FROM adverse_events WHERE infusion_id = 'x'", "adverse_events_by_infusion"),
        ("SELECT * FROM infusions WHERE ended_at IS NULL", "infusions_running"),
    ],
)
def test_query_uses_index(tmp_path: Path, sql: str, index: str):
    store = open_store(tmp_path / "w.db")
    plan = " ".join(str(r[3]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql))
    store.close()
    assert index in plan, plan
    # A scan of a partial index reads only its rows (the running infusions).
    assert "SCAN" not in plan or f"USING INDEX {index}" in plan, plan


def test_the_worklist_reads_only_the_open_checks(tmp_path: Path):
    """The open checks come from their partial index; every other table is looked up by key,
    so the cost follows the open checks, not the history behind them."""
    store = open_store(tmp_path / "w.db")
    plan = [str(r[3]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + OPEN_CHECKS_SQL)]
    store.close()
    assert plan[0] == "SCAN s USING INDEX check_state_open", plan
    for line in plan[1:]:
        assert not line.startswith("SCAN"), plan


def test_a_patients_history_reads_only_its_own_entries(tmp_path: Path):
    """Each part of the history is looked up on its index: no scan of the whole audit trail."""
    store = open_store(tmp_path / "w.db")
    sql = PATIENT_HISTORY_SQL[SQLITE]
    plan = [str(r[3]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, ("1", 1))]
    store.close()
    searches = [line for line in plan if line.startswith(("SEARCH", "SCAN"))]
    assert searches and all(line.startswith("SEARCH") for line in searches), plan
    assert any("audit_by_infusion" in line for line in searches), plan


@pytest.mark.parametrize("engine", ["postgresql"])
def test_a_patients_history_on_the_server_reads_the_trail_by_its_indexes(db_target: str):
    """The server's JSON indexes are over the field as text: the history compares it so."""
    store = open_store(db_target)
    try:
        with store.read() as conn:
            # A small trail is cheaper to scan: the plan is asked what it can use.
            conn.execute("SET LOCAL enable_seqscan = off")
            history = PATIENT_HISTORY_SQL[POSTGRESQL]
            parts = pick(conn, HISTORY_PARTS_SQL)
            plans = [
                "\n".join(str(r[0]) for r in conn.execute("EXPLAIN " + sql, args))
                for sql, args in ((history, ("1", 1)), (parts, ("inf-1",)))
            ]
    finally:
        store.close()
    assert "audit_by_patient" in plans[0] and "audit_by_infusion" in plans[0], plans[0]
    assert "audit_by_infusion" in plans[1], plans[1]


def test_open_alerts_read_only_the_stored_alerts_by_time(tmp_path: Path):
    """Open alerts come from the alert state's time index; the patient by its key: the cost
    follows the open alerts, not the vital signs and checks behind them."""
    store = open_store(tmp_path / "w.db")
    plan = [
        str(r[3])
        for r in store.conn.execute(
            "EXPLAIN QUERY PLAN " + OPEN_ALERTS_SQL, ("2026-03-01T08:00:00",)
        )
    ]
    store.close()
    assert plan[0] == "SEARCH a USING INDEX alert_state_by_at (at<?)", plan
    for line in plan[1:]:
        assert not line.startswith("SCAN"), plan


@pytest.mark.parametrize(
    ("sql", "args", "index"),
    [
        (BY_LOT_SQL, ("P123", 5001), "infusion_lots_by_lot (lot=?)"),
        (
            BY_EXPIRY_SQL,
            ("2027-01-01", "2027-01-31", "privigen", 5001),
            "infusion_lots_by_expiry (expiry>? AND expiry<?)",
        ),
        (
            COUNT_BY_EXPIRY_SQL,
            ("2027-01-01", "2027-01-31", "privigen", 5001),
            "infusion_lots_by_expiry (expiry>? AND expiry<?)",
        ),
    ],
)
def test_a_recall_reads_the_lots_on_their_index_and_no_infusion_scan(
    tmp_path: Path, sql: str, args: tuple[object, ...], index: str
):
    """A recall by lot, or by a product's expiry range, searches the lots on an index and looks
    each infusion and patient up by key: never a scan of every infusion of the product."""
    store = open_store(tmp_path / "w.db")
    plan = [str(r[3]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, args)]
    store.close()
    reads = [line for line in plan if line.startswith(("SEARCH", "SCAN"))]
    assert reads[0] == f"SEARCH l USING INDEX {index}", plan
    # The count reads its own subquery's rows; no table is read whole.
    for line in reads[1:]:
        # `found`: the counted subquery (it needs a name on PostgreSQL).
        assert line.startswith(("SEARCH", "SCAN (subquery", "SCAN found")), plan


def test_the_worklist_at_a_past_moment_finds_later_infusions_by_the_patients_index(
    tmp_path: Path,
):
    """Superseded checks are left out in the query, each by a search of the patient's own
    starts: a scan there would read every infusion for every check not done."""
    store = open_store(tmp_path / "w.db")
    sql = OPEN_AT_SQL.replace(":at", "'2026-03-01T08:00:00'")
    plan = [str(r[3]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
    store.close()
    assert any(
        "later USING INDEX infusions_by_patient" in line or "later USING COVERING INDEX" in line
        for line in plan
    ), plan
    assert not any(line.startswith("SCAN later") for line in plan), plan
