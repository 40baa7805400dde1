"""Whole patient records (patient, infusions, checks) read together in one snapshot."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ivigmon.domain.models import Check, Infusion, Patient
from ivigmon.storage.checks import load_checks
from ivigmon.storage.infusions import load_infusions
from ivigmon.storage.patients import load_patients

Record = tuple[Patient, list[Infusion], list[Check]]


def load_records(
    conn: sqlite3.Connection, patient_ids: Sequence[int] | None = None
) -> dict[int, Record]:
    """By patient id; every patient when `patient_ids` is None."""
    patients = load_patients(conn, patient_ids)
    infusions = load_infusions(conn, patient_ids=patient_ids)
    checks = load_checks(conn, [i.id for items in infusions.values() for i in items])
    result: dict[int, Record] = {}
    for pid, patient in patients.items():
        own = infusions.get(pid, [])
        result[pid] = (patient, own, [c for i in own for c in checks.get(i.id, [])])
    return result
