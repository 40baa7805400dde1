"""Infusions with their lots, rate steps, premedications, vital signs and adverse events."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence

from ivigmon.domain.codes import (
    CourseOutcome,
    Diagnosis,
    EventAction,
    EventOutcome,
    LabelUse,
    PremedClass,
    Seriousness,
    WeightBasis,
)
from ivigmon.domain.models import (
    AdverseEvent,
    Infusion,
    Lot,
    Premedication,
    RateStep,
    VitalSigns,
)
from ivigmon.domain.timefmt import parse_date, parse_stored, to_stored
from ivigmon.storage.screen_state import INFUSION_NUMBER, bump_counter, note_infusion_number
from ivigmon.storage.sqlutil import in_json
from ivigmon.storage.stamp import Stamp

_COLUMNS = """i.id, p.mrn, i.indication, i.label_use, i.product_id, i.dosing_weight_kg,
    i.dosing_weight_basis, i.dose_g, i.started_at, i.ended_at, i.active_infection,
    i.course_outcome, i.notes, i.recorded_by, i.patient_id"""


def insert_infusion(
    conn: sqlite3.Connection, patient_id: int, infusion: Infusion, stamp: Stamp
) -> None:
    """The infusion and every part it already has."""
    insert_infusions(conn, [(patient_id, infusion)], stamp)


def insert_infusions(
    conn: sqlite3.Connection, items: Sequence[tuple[int, Infusion]], stamp: Stamp
) -> None:
    """New infusions (patient row id, infusion) with every part: one statement per table."""
    conn.executemany(
        """INSERT INTO infusions (id, patient_id, indication, label_use, product_id,
               dosing_weight_kg, dosing_weight_basis, dose_g, started_at, ended_at,
               active_infection, course_outcome, notes, recorded_at, recorded_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                infusion.id,
                patient_id,
                infusion.indication.value,
                infusion.label_use.value,
                infusion.product_id,
                infusion.dosing_weight_kg,
                infusion.dosing_weight_basis.value,
                infusion.dose_g,
                to_stored(infusion.start),
                to_stored(infusion.end) if infusion.end else None,
                int(infusion.active_infection),
                infusion.course_outcome.value if infusion.course_outcome else None,
                infusion.notes,
                stamp.at,
                infusion.recorded_by or stamp.by,
            )
            for patient_id, infusion in items
        ],
    )
    for _, infusion in items:
        note_infusion_number(conn, infusion.id)
    conn.executemany(
        "INSERT INTO infusion_lots (infusion_id, position, lot, expiry) VALUES (?, ?, ?, ?)",
        [
            (infusion.id, n, lot.lot, lot.expiry.isoformat() if lot.expiry else None)
            for _, infusion in items
            for n, lot in enumerate(infusion.lots)
        ],
    )
    conn.executemany(
        """INSERT INTO rate_steps (infusion_id, at, ml_per_h, recorded_at, recorded_by)
           VALUES (?, ?, ?, ?, ?)""",
        [
            (infusion.id, to_stored(step.at), step.ml_per_h, stamp.at, stamp.by)
            for _, infusion in items
            for step in infusion.rate_steps
        ],
    )
    insert_premedications(conn, [(i.id, p) for _, i in items for p in i.premedications], stamp)
    insert_vitals(conn, [(i.id, v) for _, i in items for v in i.vitals], stamp)
    insert_events(conn, [(pid, i.id, e) for pid, i in items for e in i.events], stamp)


def insert_rate_steps(
    conn: sqlite3.Connection, infusion_id: str, steps: Iterable[RateStep], stamp: Stamp
) -> list[int]:
    ids = []
    for step in steps:
        cursor = conn.execute(
            """INSERT INTO rate_steps (infusion_id, at, ml_per_h, recorded_at, recorded_by)
               VALUES (?, ?, ?, ?, ?) RETURNING id""",
            (infusion_id, to_stored(step.at), step.ml_per_h, stamp.at, stamp.by),
        )
        ids.append(int(cursor.fetchone()[0]))
    return ids


def insert_premedications(
    conn: sqlite3.Connection, items: Iterable[tuple[str, Premedication]], stamp: Stamp
) -> None:
    """(infusion id, premedication) pairs."""
    conn.executemany(
        """INSERT INTO premedications (infusion_id, at, drug, drug_class, dose, route,
               recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                infusion_id,
                to_stored(p.at),
                p.drug,
                p.drug_class.value,
                p.dose,
                p.route,
                stamp.at,
                stamp.by,
            )
            for infusion_id, p in items
        ],
    )


def insert_vitals(
    conn: sqlite3.Connection, items: Iterable[tuple[str, VitalSigns]], stamp: Stamp
) -> None:
    """(infusion id, vital signs) pairs."""
    conn.executemany(
        """INSERT INTO vitals (infusion_id, at, temp_c, hr, sbp, dbp, rr, spo2, recorded_at,
               recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                infusion_id,
                to_stored(v.at),
                v.temp_c,
                v.hr,
                v.sbp,
                v.dbp,
                v.rr,
                v.spo2,
                stamp.at,
                stamp.by,
            )
            for infusion_id, v in items
        ],
    )


def insert_events(
    conn: sqlite3.Connection, items: Iterable[tuple[int, str, AdverseEvent]], stamp: Stamp
) -> None:
    """(patient row id, infusion id, event) triples."""
    conn.executemany(
        """INSERT INTO adverse_events (patient_id, infusion_id, check_offset_h, onset, term,
               grade, ctcae_version, serious, action, outcome, notes, seriousness, recorded_at,
               recorded_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                patient_id,
                infusion_id,
                e.check_offset_h,
                to_stored(e.onset),
                e.term,
                e.grade,
                e.ctcae_version,
                int(e.serious),
                e.action.value,
                e.outcome.value,
                e.notes,
                json.dumps([c.value for c in e.seriousness]),
                stamp.at,
                stamp.by,
            )
            for patient_id, infusion_id, e in items
        ],
    )


def set_end(conn: sqlite3.Connection, infusion_id: str, end_stored: str) -> None:
    conn.execute("UPDATE infusions SET ended_at = ? WHERE id = ?", (end_stored, infusion_id))


def set_course_outcome(
    conn: sqlite3.Connection, infusion_id: str, outcome: CourseOutcome | None
) -> None:
    conn.execute(
        "UPDATE infusions SET course_outcome = ? WHERE id = ?",
        (outcome.value if outcome else None, infusion_id),
    )


def existing_infusion_ids(conn: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    clause, arg = in_json("id", list(ids))
    return {r["id"] for r in conn.execute(f"SELECT id FROM infusions WHERE {clause}", (arg,))}


def count_infusions(conn: sqlite3.Connection) -> int:
    """Every infusion row ever added (rows are never deleted, those in error included)."""
    return int(conn.execute("SELECT count(*) FROM infusions").fetchone()[0])


def next_infusion_id(conn: sqlite3.Connection) -> str:
    """`inf-000123`: one more than the largest number used so far (inside the write lock).

    A stored counter, kept above every `inf-N` id ever inserted: no scan of the ids."""
    return f"inf-{bump_counter(conn, INFUSION_NUMBER):06d}"


def patient_ids_for_infusions(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, int]:
    clause, arg = in_json("id", list(ids))
    return {
        r["id"]: int(r["patient_id"])
        for r in conn.execute(f"SELECT id, patient_id FROM infusions WHERE {clause}", (arg,))
    }


def load_infusions(
    conn: sqlite3.Connection,
    *,
    patient_ids: Sequence[int] | None = None,
    infusion_ids: Sequence[str] | None = None,
    detailed: Collection[str] | None = None,
) -> dict[int, list[Infusion]]:
    """Infusions grouped by patient id, each list ordered by start then id: fully loaded, or
    with `detailed` given, only those with their lots, rate steps, premedications and vital
    signs (the others with their adverse events alone)."""
    where = ""
    args: list[str] = []
    if patient_ids is not None:
        clause, arg = in_json("i.patient_id", list(patient_ids))
        where, args = f"WHERE {clause}", [arg]
    elif infusion_ids is not None:
        clause, arg = in_json("i.id", list(infusion_ids))
        where, args = f"WHERE {clause}", [arg]
    rows = conn.execute(
        f"""SELECT {_COLUMNS} FROM infusions i JOIN patients p ON p.id = i.patient_id
            {where} {"AND" if where else "WHERE"} i.error_at IS NULL AND p.error_at IS NULL
            ORDER BY i.patient_id, i.started_at, i.id""",
        args,
    ).fetchall()
    ids = [r["id"] for r in rows]
    parts = _load_parts(conn, ids, ids if detailed is None else [i for i in ids if i in detailed])
    grouped: dict[int, list[Infusion]] = {}
    for row in rows:
        lots, steps, premeds, vitals, events = parts.get(row["id"], ([], [], [], [], []))
        grouped.setdefault(int(row["patient_id"]), []).append(
            Infusion(
                id=row["id"],
                mrn=row["mrn"],
                indication=Diagnosis(row["indication"]),
                label_use=LabelUse(row["label_use"]),
                product_id=row["product_id"],
                dosing_weight_kg=row["dosing_weight_kg"],
                dosing_weight_basis=WeightBasis(row["dosing_weight_basis"]),
                dose_g=row["dose_g"],
                start=parse_stored(row["started_at"]),
                end=parse_stored(row["ended_at"]) if row["ended_at"] else None,
                active_infection=bool(row["active_infection"]),
                course_outcome=(
                    CourseOutcome(row["course_outcome"]) if row["course_outcome"] else None
                ),
                notes=row["notes"],
                recorded_by=row["recorded_by"],
                lots=tuple(lots),
                rate_steps=tuple(steps),
                premedications=tuple(premeds),
                vitals=tuple(vitals),
                events=tuple(events),
            )
        )
    return grouped


_Parts = tuple[list[Lot], list[RateStep], list[Premedication], list[VitalSigns], list[AdverseEvent]]


def _load_parts(conn: sqlite3.Connection, ids: list[str], detailed: list[str]) -> dict[str, _Parts]:
    """The adverse events of every infusion of `ids`; the other parts of those `detailed`."""
    parts: dict[str, _Parts] = {i: ([], [], [], [], []) for i in ids}
    if not ids:
        return parts
    _load_events(conn, ids, parts)
    if not detailed:
        return parts
    clause, arg = in_json("infusion_id", detailed)
    for row in conn.execute(
        f"SELECT infusion_id, lot, expiry FROM infusion_lots WHERE {clause} "
        "ORDER BY infusion_id, position",
        (arg,),
    ):
        expiry = row["expiry"]
        parts[row["infusion_id"]][0].append(
            Lot(lot=row["lot"], expiry=parse_date(expiry) if expiry else None)
        )
    for row in conn.execute(
        f"""SELECT id, infusion_id, at, ml_per_h FROM rate_steps WHERE {clause}
            AND error_at IS NULL ORDER BY at, id""",
        (arg,),
    ):
        parts[row["infusion_id"]][1].append(
            RateStep(at=parse_stored(row["at"]), ml_per_h=row["ml_per_h"], id=row["id"])
        )
    for row in conn.execute(
        f"""SELECT id, infusion_id, at, drug, drug_class, dose, route FROM premedications
            WHERE {clause} AND error_at IS NULL ORDER BY at, id""",
        (arg,),
    ):
        parts[row["infusion_id"]][2].append(
            Premedication(
                at=parse_stored(row["at"]),
                drug=row["drug"],
                drug_class=PremedClass(row["drug_class"]),
                dose=row["dose"],
                route=row["route"],
                id=row["id"],
            )
        )
    for row in conn.execute(
        f"""SELECT id, infusion_id, at, temp_c, hr, sbp, dbp, rr, spo2 FROM vitals
            WHERE {clause} AND error_at IS NULL ORDER BY at, id""",
        (arg,),
    ):
        parts[row["infusion_id"]][3].append(
            VitalSigns(
                at=parse_stored(row["at"]),
                temp_c=row["temp_c"],
                hr=row["hr"],
                sbp=row["sbp"],
                dbp=row["dbp"],
                rr=row["rr"],
                spo2=row["spo2"],
                id=row["id"],
            )
        )
    return parts


def _load_events(conn: sqlite3.Connection, ids: list[str], parts: dict[str, _Parts]) -> None:
    clause, arg = in_json("infusion_id", ids)
    for row in conn.execute(
        f"""SELECT id, infusion_id, check_offset_h, onset, term, grade, ctcae_version, serious,
                   action, outcome, notes, seriousness FROM adverse_events WHERE {clause}
            AND error_at IS NULL ORDER BY onset, id""",
        (arg,),
    ):
        parts[row["infusion_id"]][4].append(
            AdverseEvent(
                id=row["id"],
                check_offset_h=row["check_offset_h"],
                onset=parse_stored(row["onset"]),
                term=row["term"],
                grade=row["grade"],
                ctcae_version=row["ctcae_version"],
                serious=bool(row["serious"]),
                action=EventAction(row["action"]),
                outcome=EventOutcome(row["outcome"]),
                notes=row["notes"],
                seriousness=tuple(Seriousness(c) for c in json.loads(row["seriousness"])),
            )
        )


def latest_infusion_ids(conn: sqlite3.Connection, patient_ids: Sequence[int], at: str) -> set[str]:
    """Each patient's latest infusion (not in error) starting at or before `at`."""
    clause, arg = in_json("i.patient_id", list(patient_ids))
    rows = conn.execute(
        f"""SELECT i.id FROM infusions i JOIN (
                SELECT patient_id, max(started_at) AS started_at FROM infusions i
                WHERE {clause} AND started_at <= ? AND error_at IS NULL GROUP BY patient_id
            ) latest USING (patient_id, started_at)
            WHERE i.error_at IS NULL""",
        (arg, at),
    )
    return {r["id"] for r in rows}


def infusion_ids_from(conn: sqlite3.Connection, patient_ids: Sequence[int], start: str) -> set[str]:
    """The infusions of these patients starting at or after `start`."""
    clause, arg = in_json("patient_id", list(patient_ids))
    rows = conn.execute(
        f"SELECT id FROM infusions WHERE {clause} AND started_at >= ?", (arg, start)
    )
    return {r["id"] for r in rows}


def running_infusion_ids(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        """SELECT id FROM infusions WHERE ended_at IS NULL AND error_at IS NULL
           ORDER BY started_at, id"""
    )
    return [r["id"] for r in rows]
