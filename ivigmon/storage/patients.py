"""Patients and their dated measurements: rows to records and back."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ivigmon.domain.codes import Comorbidity, Diagnosis, Sex
from ivigmon.domain.identifiers import identifier_key
from ivigmon.domain.models import Measurement, Patient
from ivigmon.domain.timefmt import parse_date, parse_stored, to_stored
from ivigmon.domain.validation import ambiguous_mrn, is_storable_text
from ivigmon.storage.sqlutil import in_json
from ivigmon.storage.stamp import Stamp


def insert_patient(conn: sqlite3.Connection, patient: Patient, stamp: Stamp) -> int:
    cursor = conn.execute(
        """INSERT INTO patients (mrn, mrn_key, name, sex, birth_date, blood_group, diagnoses,
               comorbidities, prior_ivig_last_date, recorded_at, recorded_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
        (
            patient.mrn,
            identifier_key(patient.mrn),
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
    patient_id = int(cursor.fetchone()[0])
    insert_measurements(conn, patient_id, patient.measurements, stamp)
    return patient_id


def update_patient(conn: sqlite3.Connection, patient_id: int, patient: Patient) -> None:
    """Amend the undated facts of a patient (measurements are added, never rewritten).

    An MRN that no longer looks like the one it clashed with (see `mrn_clashes`) leaves the
    clash behind and joins the unique index; an MRN that held its key in the index for rows
    that clash with it hands the key over to the first of them."""
    key = identifier_key(patient.mrn)
    old_key = conn.execute("SELECT mrn_key FROM patients WHERE id = ?", (patient_id,)).fetchone()
    conn.execute(
        """UPDATE patients SET mrn = ?, mrn_key = ?,
               mrn_clash_of = CASE WHEN mrn_key = ? THEN mrn_clash_of END,
               name = ?, sex = ?, birth_date = ?, blood_group = ?,
               diagnoses = ?, comorbidities = ?, prior_ivig_last_date = ?
           WHERE id = ?""",
        (
            patient.mrn,
            key,
            key,
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
    if old_key is not None and old_key["mrn_key"] != key:
        _hand_over_key(conn, patient_id)


def _hand_over_key(conn: sqlite3.Connection, holder_id: int) -> None:
    """The rows that clashed with `holder_id`, which has just taken another MRN: the first of
    them now holds the key in the unique index, and the others clash with it."""
    heirs = [
        int(r["id"])
        for r in conn.execute(
            "SELECT id FROM patients WHERE mrn_clash_of = ? ORDER BY id", (holder_id,)
        )
    ]
    if not heirs:
        return
    conn.execute("UPDATE patients SET mrn_clash_of = NULL WHERE id = ?", (heirs[0],))
    conn.execute(
        "UPDATE patients SET mrn_clash_of = ? WHERE mrn_clash_of = ?", (heirs[0], holder_id)
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


@dataclass(frozen=True)
class StoredMrn:
    """A stored patient's MRN, and whether the record is marked entered in error."""

    patient_id: int
    mrn: str
    in_error: bool


def look_alikes(conn: sqlite3.Connection, mrn: str) -> list[StoredMrn]:
    """Every stored MRN that looks the same as `mrn` (the same `identifier_key`), including
    records marked entered in error (MRNs stay unique), in the order they were registered."""
    if not is_storable_text(mrn):
        return []  # no stored MRN holds text that cannot be stored (a lone surrogate)
    rows = conn.execute(
        "SELECT id, mrn, error_at FROM patients WHERE mrn_key = ? ORDER BY id",
        (identifier_key(mrn),),
    )
    return [StoredMrn(int(r["id"]), str(r["mrn"]), r["error_at"] is not None) for r in rows]


def patient_id_for(conn: sqlite3.Connection, mrn: str) -> int | None:
    """The patient (not entered in error) whose MRN looks the same as `mrn`: `k-0001` finds
    `K-0001`. Where look-alikes registered before they were refused share the key, only the
    MRN typed exactly finds one of them; anything else names them all."""
    found = [m for m in look_alikes(conn, mrn) if not m.in_error]
    exact = [m for m in found if m.mrn == mrn]
    if exact:
        return exact[0].patient_id
    if len(found) > 1:
        raise ambiguous_mrn(mrn, [m.mrn for m in found])
    return found[0].patient_id if found else None


def mrn_clashes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(MRN, the MRN it looks the same as) for every patient kept out of the unique index
    because it was registered, before look-alikes were refused, beside an MRN like it."""
    rows = conn.execute(
        """SELECT p.mrn AS mrn, first.mrn AS first_mrn FROM patients p
           JOIN patients first ON first.id = p.mrn_clash_of ORDER BY p.id"""
    )
    return [(str(r["mrn"]), str(r["first_mrn"])) for r in rows]


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


# A search matches the MRN, its look-alike key or the name, among patients not in error.
_SEARCH_WHERE = """(mrn LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR mrn_key LIKE ? ESCAPE '\\')
    AND error_at IS NULL"""


def _search_args(text: str) -> tuple[str, str, str]:
    pattern = _like_pattern(text.strip())
    return pattern, pattern, _like_pattern(identifier_key(text))


def count_matching(conn: sqlite3.Connection, text: str) -> int:
    """How many patients match `text` (as search_patient_ids finds them)."""
    row = conn.execute(
        f"SELECT count(*) AS n FROM patients WHERE {_SEARCH_WHERE}", _search_args(text)
    ).fetchone()
    return int(row["n"])


def search_patient_ids(
    conn: sqlite3.Connection, text: str, limit: int, *, after: str | None = None
) -> list[int]:
    """Patients whose MRN (or its look-alike key) or name contains `text` (case-insensitive),
    in MRN order: the first `limit`, or the `limit` after the MRN `after`. Read along the MRN
    index, so a page costs the rows it passes, not the whole table."""
    rows = conn.execute(
        f"""SELECT id FROM patients WHERE {_SEARCH_WHERE} AND mrn > ?
            ORDER BY mrn LIMIT ?""",
        (*_search_args(text), after or "", limit),
    ).fetchall()
    return [int(r["id"]) for r in rows]


def patient_ids_by_mrn(conn: sqlite3.Connection, after: str, limit: int) -> list[tuple[int, str]]:
    """(row id, MRN) of the next `limit` patients (not in error) after the MRN `after`."""
    rows = conn.execute(
        "SELECT id, mrn FROM patients WHERE mrn > ? AND error_at IS NULL ORDER BY mrn LIMIT ?",
        (after, limit),
    ).fetchall()
    return [(int(r["id"]), str(r["mrn"])) for r in rows]


def names_by_mrn(conn: sqlite3.Connection, mrns: Sequence[str]) -> dict[str, str]:
    """The name of each of these patients, by MRN (one indexed read, not their records)."""
    clause, arg = in_json("mrn", list(mrns))
    rows = conn.execute(f"SELECT mrn, name FROM patients WHERE {clause}", (arg,))
    return {r["mrn"]: r["name"] for r in rows}


def patient_ids_for(conn: sqlite3.Connection, mrns: Sequence[str], search: str = "") -> list[int]:
    """Row ids of these patients (not in error, and matching `search`), in MRN order."""
    clause, arg = in_json("mrn", list(mrns))
    rows = conn.execute(
        f"SELECT id FROM patients WHERE {clause} AND {_SEARCH_WHERE} ORDER BY mrn",
        (arg, *_search_args(search)),
    ).fetchall()
    return [int(r["id"]) for r in rows]


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


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


def count_patients(conn: sqlite3.Connection) -> int:
    """Every patient row ever added (rows are never deleted, those in error included)."""
    return int(conn.execute("SELECT count(*) FROM patients").fetchone()[0])
