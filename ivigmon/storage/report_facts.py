"""Reads what the cohort report counts of a group of patients: their infusions with lots,
premedication classes, adverse events and follow-up checks, and their measurements, with
everything entered in error left out."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ivigmon.domain.report_facts import (
    FactCheck,
    FactEvent,
    FactInfusion,
    FactMeasurement,
    FactPatient,
)
from ivigmon.domain.timefmt import parse_stored
from ivigmon.storage.dialect import both, pick, seconds_between
from ivigmon.storage.engine import POSTGRESQL, SQLITE

PATIENTS_SQL = """
    SELECT id, sex, birth_date, diagnoses FROM patients
    WHERE id IN (SELECT value FROM json_each(:ids)) AND error_at IS NULL"""
MEASUREMENTS_SQL = """
    SELECT patient_id, at, weight_kg, height_cm FROM measurements
    WHERE patient_id IN (SELECT value FROM json_each(:ids)) AND error_at IS NULL"""
# Infusions by start date: `from` and `before` are stored times (text of one fixed shape).
INFUSIONS_SQL = """
    SELECT id, patient_id, started_at, product_id, label_use, dose_g, dosing_weight_kg,
           course_outcome, ended_at IS NULL AS running
    FROM infusions
    WHERE patient_id IN (SELECT value FROM json_each(:ids)) AND error_at IS NULL
        AND (:from IS NULL OR started_at >= :from)
        AND (:before IS NULL OR started_at < :before)"""
LOTS_SQL = """
    SELECT l.infusion_id AS infusion_id, l.lot AS lot
    FROM infusions i JOIN infusion_lots l ON l.infusion_id = i.id
    WHERE i.patient_id IN (SELECT value FROM json_each(:ids)) AND i.error_at IS NULL
        AND (:detail IS NULL OR i.started_at >= :detail)
        AND (:from IS NULL OR i.started_at >= :from)
        AND (:before IS NULL OR i.started_at < :before)
    ORDER BY l.infusion_id, l.position"""
PREMEDS_SQL = """
    SELECT DISTINCT m.infusion_id AS infusion_id, m.drug_class AS drug_class
    FROM infusions i JOIN premedications m ON m.infusion_id = i.id
    WHERE i.patient_id IN (SELECT value FROM json_each(:ids))
        AND i.error_at IS NULL AND m.error_at IS NULL
        AND (:detail IS NULL OR i.started_at >= :detail)
        AND (:from IS NULL OR i.started_at >= :from)
        AND (:before IS NULL OR i.started_at < :before)"""
EVENTS_SQL = """
    SELECT infusion_id, term, check_offset_h IS NOT NULL AS delayed FROM adverse_events
    WHERE patient_id IN (SELECT value FROM json_each(:ids)) AND error_at IS NULL"""
# The worklist keeps a row for each open check (check_state): a check not done without one
# is superseded by a later infusion (SPEC 5).
CHECKS_SQL = both(
    """
    SELECT c.infusion_id AS infusion_id, <<late>> AS done_after_s,
           c.outcome AS outcome, coalesce(s.open, 0) AS open
    FROM infusions i JOIN checks c ON c.infusion_id = i.id
        LEFT JOIN check_state s ON s.check_id = c.id
    WHERE i.patient_id IN (SELECT value FROM json_each(:ids)) AND i.error_at IS NULL
        AND (:detail IS NULL OR i.started_at >= :detail)
        AND (:from IS NULL OR i.started_at >= :from)
        AND (:before IS NULL OR i.started_at < :before)""",
    late=seconds_between("c.done_at", "c.due_at"),
)


# An alert reviewed more than once counts once.
REVIEWS_SQL = """
    SELECT DISTINCT r.infusion_id AS infusion_id, r.kind AS kind, r.vital_at AS vital_at,
           r.offset_h AS offset_h
    FROM infusions i JOIN alert_reviews r ON r.infusion_id = i.id
    WHERE i.patient_id IN (SELECT value FROM json_each(:ids)) AND i.error_at IS NULL
        AND (:detail IS NULL OR i.started_at >= :detail)
        AND (:from IS NULL OR i.started_at >= :from)
        AND (:before IS NULL OR i.started_at < :before)"""


# Patients with an infusion starting in [:from, :before), after :after in id order: one pass
# over the index of infusions by patient and start, nothing else read.
PATIENTS_IN_RANGE_SQL = both(
    """
    SELECT DISTINCT patient_id FROM infusions <<by_patient>>
    WHERE patient_id > :after
        AND (:from IS NULL OR started_at >= :from)
        AND (:before IS NULL OR started_at < :before)
    ORDER BY patient_id LIMIT :limit""",
    # SQLite's planner is told; PostgreSQL's chooses the same index by itself.
    by_patient={SQLITE: "INDEXED BY infusions_by_patient", POSTGRESQL: ""},
)


def patients_in_range(
    conn: sqlite3.Connection,
    after: int,
    limit: int,
    *,
    started_from: str | None,
    started_before: str | None,
) -> list[int]:
    """Up to `limit` patient ids above `after` with an infusion starting in the range (one
    entered in error too: the caller reads the records, which leave it out)."""
    rows = conn.execute(
        pick(conn, PATIENTS_IN_RANGE_SQL),
        {"after": after, "limit": limit, "from": started_from, "before": started_before},
    )
    return [int(r[0]) for r in rows]


@dataclass
class PatientRecords:
    """One patient as the report reads it."""

    patient: FactPatient
    infusions: list[FactInfusion] = field(default_factory=list)
    measurements: list[FactMeasurement] = field(default_factory=list)


def read_patients(
    conn: sqlite3.Connection,
    patient_ids: Sequence[int],
    *,
    started_from: str | None = None,
    started_before: str | None = None,
    detail_from: str | None = None,
) -> dict[int, PatientRecords]:
    """These patients (those entered in error left out) with their infusions that start in
    [`started_from`, `started_before`) (stored times; None: no bound); the lots,
    premedications, checks and reviews only of those starting at or after `detail_from`
    (None: of all)."""
    arg = {
        "ids": json.dumps(list(patient_ids)),
        "detail": detail_from,
        "from": started_from,
        "before": started_before,
    }
    # Plain tuples, read by position: a national build reads millions of rows.
    cursor = conn.cursor()
    cursor.row_factory = None
    records = {
        int(pid): PatientRecords(
            FactPatient(
                id=int(pid),
                sex=sex,
                birth_date=date.fromisoformat(born),
                diagnoses=tuple(_json_list(diagnoses)),
            )
        )
        for pid, sex, born, diagnoses in cursor.execute(PATIENTS_SQL, arg)
    }
    for pid, at, weight, height in cursor.execute(MEASUREMENTS_SQL, arg):
        record = records.get(int(pid))
        if record is not None:
            record.measurements.append(FactMeasurement(parse_stored(at), weight, height))
    rows = cursor.execute(INFUSIONS_SQL, arg).fetchall()
    if not rows:
        return records
    lots = _grouped(cursor, LOTS_SQL, arg)
    classes = _grouped(cursor, PREMEDS_SQL, arg)
    events: dict[str, list[FactEvent]] = {}
    for infusion_id, term, delayed in cursor.execute(EVENTS_SQL, arg):
        events.setdefault(infusion_id, []).append(FactEvent(term, bool(delayed)))
    checks: dict[str, list[FactCheck]] = {}
    for infusion_id, done_after_s, outcome, is_open in cursor.execute(pick(conn, CHECKS_SQL), arg):
        checks.setdefault(infusion_id, []).append(FactCheck(done_after_s, outcome, bool(is_open)))
    reviewed: dict[str, list[str]] = {}
    for infusion_id, kind, _, _ in cursor.execute(REVIEWS_SQL, arg):
        reviewed.setdefault(infusion_id, []).append(kind)
    for key, pid, start, product, label, dose, weight, outcome, running in rows:
        record = records.get(int(pid))
        if record is None:
            continue  # the patient is entered in error: nothing of it counts
        record.infusions.append(
            FactInfusion(
                id=key,
                start=parse_stored(start),
                product_id=product,
                label_use=label,
                dose_g=float(dose),
                weight_kg=float(weight),
                course_outcome=outcome,
                lots=tuple(lots.get(key, ())),
                premed_classes=frozenset(classes.get(key, ())),
                events=tuple(events.get(key, ())),
                checks=tuple(checks.get(key, ())),
                reviewed_alerts=tuple(reviewed.get(key, ())),
                running=bool(running),
            )
        )
    return records


def _grouped(cursor: sqlite3.Cursor, sql: str, arg: dict[str, str | None]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for infusion_id, value in cursor.execute(sql, arg):
        found.setdefault(infusion_id, []).append(value)
    return found


def _json_list(text: str) -> list[str]:
    value = json.loads(text)
    return [str(item) for item in value] if isinstance(value, list) else []
