"""The cohort report's queries use their indexes: the stored per-patient rows and totals are the
only tables read whole; checks, vital signs and the audit trail never are."""

from __future__ import annotations

from pathlib import Path

import pytest

from ivigmon.storage import report_facts, report_live, report_state
from ivigmon.storage.database import open_store

SCOPE = {"from": None, "before": None, "diagnosis": None, "now": "2026-03-10T12:00:00"}
# Tables far larger than anything a report shows: never scanned.
NEVER_SCANNED = ("checks", "vitals", "rate_steps", "audit_log", "premedications")


def _plan(tmp_path: Path, sql: str, params: object) -> list[str]:
    store = open_store(tmp_path / "w.db")
    try:
        return [str(r[3]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
    finally:
        store.close()


def _scans(plan: list[str]) -> list[str]:
    return [line for line in plan if line.startswith("SCAN") and "json_each" not in line]


@pytest.mark.parametrize(
    ("name", "sql"),
    [
        ("patients", report_facts.PATIENTS_SQL),
        ("measurements", report_facts.MEASUREMENTS_SQL),
        ("infusions", report_facts.INFUSIONS_SQL),
        ("lots", report_facts.LOTS_SQL),
        ("premedications", report_facts.PREMEDS_SQL),
        ("events", report_facts.EVENTS_SQL),
        ("checks", report_facts.CHECKS_SQL["sqlite"]),
        ("alert reviews", report_facts.REVIEWS_SQL),
    ],
)
def test_a_patients_facts_are_read_by_key(tmp_path: Path, name: str, sql: str):
    """What one write makes again costs that patient's record, not the service's."""
    plan = _plan(tmp_path, sql, {"ids": "[1]", "from": None, "before": None, "detail": None})
    assert _scans(plan) == [], plan
    assert any("patient_id=?" in line or "rowid=?" in line for line in plan), plan


def test_the_open_checks_come_from_their_partial_index(tmp_path: Path):
    plan = _plan(tmp_path, report_live.OPEN_CHECKS_SQL["sqlite"], SCOPE)
    assert plan[0] == "SCAN s USING INDEX check_state_open", plan
    assert _scans(plan[1:]) == [], plan


def test_open_alerts_come_from_the_stored_alerts_by_time(tmp_path: Path):
    plan = _plan(tmp_path, report_live.OPEN_ALERTS_SQL["sqlite"], SCOPE)
    assert plan[0].startswith("SEARCH a USING INDEX alert_state_by_at"), plan
    assert _scans(plan) == [], plan


@pytest.mark.parametrize(
    ("sql", "table"),
    [
        (report_live.STORED_RISKS_SQL["sqlite"], "r"),  # the stored risks: those the worklist shows
        (report_state.PATIENTS_SQL, "report_patient"),  # a row per patient
    ],
)
def test_whole_cohort_reads_scan_only_their_small_stored_table(
    tmp_path: Path, sql: str, table: str
):
    plan = _plan(tmp_path, sql, {**SCOPE, "rules": 1})
    assert _scans(plan) == [f"SCAN {table}"], plan
    for big in NEVER_SCANNED:
        assert not any(big in line and line.startswith("SCAN") for line in plan), plan


def test_the_totals_of_a_diagnosis_are_read_by_key(tmp_path: Path):
    plan = _plan(tmp_path, report_state.TOTALS_SQL, ("*",))
    assert plan == ["SEARCH report_total USING PRIMARY KEY (diagnosis=?)"], plan


def test_reactions_of_the_assessed_infusions_are_looked_up_by_infusion(tmp_path: Path):
    plan = _plan(tmp_path, report_live.REACTIONS_SQL, {"ids": "[]"})
    assert _scans(plan) == [], plan
    assert sum("adverse_events_by_infusion" in line for line in plan) == 2, plan


def test_a_date_range_finds_its_patients_in_the_index_of_infusions_alone(tmp_path: Path):
    params = {"after": 0, "limit": 10, "from": "2026-01-01T00:00:00", "before": None}
    plan = _plan(tmp_path, report_facts.PATIENTS_IN_RANGE_SQL["sqlite"], params)
    assert plan == ["SEARCH infusions USING COVERING INDEX infusions_by_patient (patient_id>?)"]
