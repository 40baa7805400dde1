"""Every query a screen or a bedside entry issues reads through an index: none scans a table
that grows with the history (the cost follows what is shown, at any size)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from ivigmon.services.assessment import patient_risk
from ivigmon.services.bedside import bedside_state, start_defaults
from ivigmon.services.context import Context
from ivigmon.services.export_file import export_to_file
from ivigmon.services.handover import handover
from ivigmon.services.history import load_history
from ivigmon.services.infusions import add_rate_step, end_infusion
from ivigmon.services.lots import expiry_recall, lot_report
from ivigmon.services.patient_list import patient_list
from ivigmon.services.patient_overview import patient_overview
from ivigmon.services.worklist import worklist
from ivigmon.storage.engine import on_server
from tests.factories import NOW, make_patient, start_infusion

# Tables that grow with every infusion (the catalogue, settings and counters do not).
GROWING = {
    "patients",
    "measurements",
    "infusions",
    "infusion_lots",
    "rate_steps",
    "premedications",
    "vitals",
    "adverse_events",
    "checks",
    "check_state",
    "infusion_risk",
    "audit_log",
}
# A plan line that reads a whole table: `SCAN t` or `SCAN t AS x`, with no index named.
FULL_SCAN = re.compile(r"^SCAN (\w+)(?: AS \w+)?$")
# The one allowed: "N patients" for a search counts the patients whose MRN or name contains
# the text, which no index can answer; it reads the patients (never their history), off the GUI
# thread, while the first page (an index in MRN order, stopping at a page) is already shown.
COUNT_OF_A_SEARCH = "SELECT count(*) AS n FROM patients WHERE (mrn LIKE"


def _statements(ctx: Context, action: Callable[[], object]) -> list[str]:
    seen: list[str] = []
    conn = ctx.store.conn
    conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        conn.set_trace_callback(None)
    return [
        s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH", "UPDATE", "DELETE"))
    ]


def _full_scans(conn: sqlite3.Connection, sql: str) -> list[str]:
    if on_server(conn):
        return _server_full_scans(conn, sql)
    plan = [str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
    scans = []
    for line in plan:
        match = FULL_SCAN.match(line.strip())
        if match and match[1] in GROWING:
            scans.append(line)
    return scans


def _server_full_scans(conn: Any, sql: str) -> list[str]:
    """On the server: sequential scans of a growing table that remain when the planner is told
    to avoid them wherever an index can serve (a test database is too small for the planner to
    prefer an index of its own accord)."""
    conn.execute("BEGIN")
    try:
        conn.execute("SET LOCAL enable_seqscan = off")
        plan = conn.execute("EXPLAIN (FORMAT JSON) " + sql).fetchone()[0]
    finally:
        conn.execute("ROLLBACK")
    scans: list[str] = []
    nodes = [plan[0]["Plan"]]
    while nodes:
        node = nodes.pop()
        nodes.extend(node.get("Plans", []))
        if node["Node Type"] == "Seq Scan" and node.get("Relation Name") in GROWING:
            scans.append(f"Seq Scan on {node['Relation Name']}")
    return scans


@pytest.fixture
def ward(ctx: Context) -> Context:
    """Three patients: one with a finished infusion and open checks, one running, one new."""
    for number in (1, 2, 3):
        make_patient(ctx, f"K-000{number}")
    first = start_infusion(ctx, "K-0001", start=NOW - timedelta(hours=30))
    end_infusion(ctx, first.id, end=NOW - timedelta(hours=26))
    start_infusion(ctx, "K-0002", start=NOW - timedelta(hours=1))
    return ctx


ACTIONS: dict[str, Callable[[Context, Path], object]] = {
    "worklist": lambda ctx, _: worklist(ctx),
    "patient list, first page": lambda ctx, _: patient_list(ctx, "", limit=60),
    "patient list, next page": lambda ctx, _: patient_list(ctx, "", after="K-0001", limit=60),
    "patient list, a search": lambda ctx, _: patient_list(ctx, "k-00", limit=60),
    "a patient's risk": lambda ctx, _: patient_risk(ctx, "K-0001"),
    "a patient's page": lambda ctx, _: patient_overview(ctx, "K-0001"),
    "a patient's history": lambda ctx, _: load_history(ctx, "K-0001"),
    "a rate step at the bedside": lambda ctx, _: add_rate_step(
        ctx, load_history(ctx, "K-0002").infusions[-1].id, at=NOW, ml_per_h=30.0
    ),
    "who received a lot": lambda ctx, _: lot_report(ctx, "P123"),
    "a recall by product and expiry": lambda ctx, _: expiry_recall(
        ctx, "privigen", date(2027, 1, 1), date(2027, 1, 31)
    ),
    "the handover sheet": lambda ctx, _: handover(ctx),
    "the bedside": lambda ctx, _: bedside_state(
        ctx, "K-0002", load_history(ctx, "K-0002").infusions[-1].id
    ),
    "the start form": lambda ctx, _: start_defaults(ctx, "K-0001"),
    "export": lambda ctx, folder: export_to_file(ctx, folder / "out.json"),
}


@pytest.mark.parametrize("name", list(ACTIONS))
def test_no_query_of_a_screen_scans_a_growing_table(ward: Context, tmp_path: Path, name: str):
    statements = _statements(ward, lambda: ACTIONS[name](ward, tmp_path))
    assert statements, "nothing was read"
    scans = {
        sql: found
        for sql in statements
        if (found := _full_scans(ward.store.conn, sql)) and not sql.startswith(COUNT_OF_A_SEARCH)
    }
    assert not scans, scans


def test_a_scan_of_a_growing_table_is_found(ward: Context):
    """The check itself finds a query that no index can serve, on either engine."""
    sql = "SELECT count(*) FROM vitals WHERE spo2 < 90"
    assert _full_scans(ward.store.conn, sql)
