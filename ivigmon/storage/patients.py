"""Patients and their dated measurements: rows to records and back."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from ivigmon.domain.codes import Comorbidity, Diagnosis, Sex
from ivigmon.domain.models import Measurement, Patient
from ivigmon.domain.timefmt import parse_date, parse_stored, to_stored
from ivigmon.storage.sqlutil import in_json
from ivigmon.storage.stamp import Stamp


def insert_patient(conn: sqlite3.Connection, patient: Patient, stamp: Stamp) -> int:
    cursor = conn.execute(
        """INSERT INTO patients (mrn, name, sex, birth_date, blood_group, diagnoses,
               comorbidities, prior_ivig_last_date, recorded_at, recorded_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            patient.mrn,
            patient.name,
            patient.sex.value,
            patient.birth_date.isoformat(),
            patient.blood_group,
            _codes_json(patient.diagnoses),
            _codes_json(sorted(patient.comorbidities)),
            _date_or_none(patient),
            stamp.at,
            stamp.by,
        ),
    )
    patient_id = int(cursor.lastrowid or 0)
    insert_measurements(conn, patient_id, patient.measurements, stamp)
    return patient_id


def update_patient(conn: sqlite3.Connection, patient_id: int, patient: Patient) -> None:
    """Amend the undated facts of a patient (measurements are added, never rewritten)."""
    conn.execute(
        """UPDATE patients SET mrn = ?, name = ?, sex = ?, birth_date = ?, blood_group = ?,
               diagnoses = ?, comorbidities = ?, prior_ivig_last_date = ?
           WHERE id = ?""",
        (
            patient.mrn,
            patient.name,
            patient.sex.value,
            patient.birth_date.isoformat(),
            patient.blood_group,
            _codes_json(patient.diagnoses),
            _codes_json(sorted(patient.comorbidities)),
            _date_or_none(patient),
            patient_id,
        ),
    )


def insert_measurements(
    conn: sqlite3.Connection, patient_id: int, items: Iterable[Measurement], stamp: Stamp
) -> None:
    conn.executemany(
        """INSERT INTO measurements (patient_id, at, weight_kg, height_cm, recorded_at,
               recorded_by) VALUES (?, ?, ?, ?, ?, ?)""",
        [
            (patient_id, to_stored(m.at), m.weight_kg, m.height_cm, stamp.at, stamp.by)
            for m in items
        ],
    )


def mrn_in_error(conn: sqlite3.Connection, mrn: str) -> bool:
    """The MRN belongs to a patient record marked entered-in-error (MRNs stay unique)."""
    row = conn.execute(
        "SELECT 1 FROM patients WHERE mrn = ? AND error_at IS NOT NULL", (mrn,)
    ).fetchone()
    return row is not None


def patient_id_for(conn: sqlite3.Connection, mrn: str) -> int | None:
    row = conn.execute(
        "SELECT id FROM patients WHERE mrn = ? AND error_at IS NULL", (mrn,)
    ).fetchone()
    return int(row["id"]) if row else None


def load_patients(
    conn: sqlite3.Connection, patient_ids: Sequence[int] | None = None
) -> dict[int, Patient]:
    """Patients with their measurements, by id (all of them when `patient_ids` is None)."""
    where, args = _id_filter("id", patient_ids)
    rows = conn.execute(
        f"""SELECT id, mrn, name, sex, birth_date, blood_group, diagnoses, comorbidities,
                   prior_ivig_last_date FROM patients {where} {"AND" if where else "WHERE"}
            error_at IS NULL ORDER BY mrn""",
        args,
    ).fetchall()
    mwhere, margs = _id_filter("patient_id", patient_ids)
    measures: dict[int, list[Measurement]] = {}
    for row in conn.execute(
        f"""SELECT id, patient_id, at, weight_kg, height_cm FROM measurements {mwhere}
            {"AND" if mwhere else "WHERE"} error_at IS NULL ORDER BY patient_id, at, id""",
        margs,
    ):
        measures.setdefault(row["patient_id"], []).append(
            Measurement(
                at=parse_stored(row["at"]),
                weight_kg=row["weight_kg"],
                height_cm=row["height_cm"],
                id=row["id"],
            )
        )
    return {
        row["id"]: Patient(
            id=row["id"],
            mrn=row["mrn"],
            name=row["name"],
            sex=Sex(row["sex"]),
            birth_date=parse_date(row["birth_date"]),
            blood_group=row["blood_group"],
            diagnoses=tuple(Diagnosis(c) for c in json.loads(row["diagnoses"])),
            comorbidities=frozenset(Comorbidity(c) for c in json.loads(row["comorbidities"])),
            prior_ivig_last_date=(
                parse_date(row["prior_ivig_last_date"]) if row["prior_ivig_last_date"] else None
            ),
            measurements=tuple(measures.get(row["id"], ())),
        )
        for row in rows
    }


def _search_pattern(text: str) -> str:
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def count_matching(conn: sqlite3.Connection, text: str) -> int:
    """How many patients' MRN or name contains `text` (as search_patient_ids finds them)."""
    pattern = _search_pattern(text)
    row = conn.execute(
        """SELECT count(*) AS n FROM patients
           WHERE (mrn LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\') AND error_at IS NULL""",
        (pattern, pattern),
    ).fetchone()
    return int(row["n"])


def search_patient_ids(conn: sqlite3.Connection, text: str, limit: int = 500) -> list[int]:
    """Patients whose MRN or name contains `text` (case-insensitive), MRN order."""
    pattern = _search_pattern(text)
    rows = conn.execute(
        """SELECT id FROM patients
           WHERE (mrn LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\') AND error_at IS NULL
           ORDER BY mrn LIMIT ?""",
        (pattern, pattern, limit),
    ).fetchall()
    return [int(r["id"]) for r in rows]


def _codes_json(codes: Iterable[str]) -> str:
    return json.dumps([str(c) for c in codes])


def _date_or_none(patient: Patient) -> str | None:
    return patient.prior_ivig_last_date.isoformat() if patient.prior_ivig_last_date else None


def _id_filter(column: str, ids: Sequence[int] | None) -> tuple[str, list[str]]:
    if ids is None:
        return "", []
    clause, arg = in_json(column, list(ids))
    return f"WHERE {clause}", [arg]


def active_mrns(conn: sqlite3.Connection) -> list[str]:
    return [r["mrn"] for r in conn.execute("SELECT mrn FROM patients WHERE error_at IS NULL")]


def taken_mrns(conn: sqlite3.Connection, mrns: Sequence[str]) -> dict[str, bool]:
    """Which of `mrns` a patient row already holds: MRN -> whether that row is in error."""
    clause, arg = in_json("mrn", list(mrns))
    rows = conn.execute(
        f"SELECT mrn, error_at IS NOT NULL AS in_error FROM patients WHERE {clause}", (arg,)
    )
    return {r["mrn"]: bool(r["in_error"]) for r in rows}


def patient_ids_for_mrns(conn: sqlite3.Connection, mrns: Sequence[str]) -> dict[str, int]:
    """The row ids of the patients (not in error) with these MRNs."""
    clause, arg = in_json("mrn", list(mrns))
    rows = conn.execute(f"SELECT mrn, id FROM patients WHERE {clause} AND error_at IS NULL", (arg,))
    return {r["mrn"]: int(r["id"]) for r in rows}


def count_patients(conn: sqlite3.Connection) -> int:
    """Every patient row ever added (rows are never deleted, those in error included)."""
    return int(conn.execute("SELECT count(*) FROM patients").fetchone()[0])
