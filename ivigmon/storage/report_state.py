"""The stored state the cohort report reads: each patient's figures and share of the safety
counts, and those counts added up by primary diagnosis."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from ivigmon.domain.report_facts import (
    PatientFacts,
    Settled,
    Tally,
    TallyKey,
    sum_tallies,
    tally_changes,
)
from ivigmon.domain.timefmt import parse_stored, to_stored

# The version of what the stored facts hold and the course window they were made with; the
# state is current only when both match (otherwise it is built again).
FACTS_VERSION = "report_facts"
WINDOW_S = "report_window_s"

# The totals of every diagnosis together are kept too, under this name (no diagnosis code):
# the whole cohort's counts are then read as they are, not added up at each report.
EVERY_DIAGNOSIS = "*"

# The columns of report_patient, in the order PatientFacts gives them.
PATIENT_COLUMNS = (
    "patient_id",
    "diagnosis",
    "boy",
    "age_years",
    "weight_kg",
    "height_cm",
    "infusions",
    "on_label",
    "off_label",
    "g_per_kg",
    "courses",
    "course_g_per_kg",
    "good",
    "moderate",
    "poor",
    "no_outcome",
    "events",
)

_UPSERT_PATIENT = f"""
    INSERT INTO report_patient ({", ".join(PATIENT_COLUMNS)})
    VALUES ({", ".join("?" for _ in PATIENT_COLUMNS)})
    ON CONFLICT (patient_id) DO UPDATE SET
    {", ".join(f"{c} = excluded.{c}" for c in PATIENT_COLUMNS[1:])}"""
_UPSERT_TALLIES = """
    INSERT INTO report_tallies (patient_id, diagnosis, settled_before, settled, recent)
    VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (patient_id) DO UPDATE SET
        diagnosis = excluded.diagnosis, settled_before = excluded.settled_before,
        settled = excluded.settled, recent = excluded.recent"""
_UPDATE_RECENT = "UPDATE report_tallies SET recent = ? WHERE patient_id = ?"
_ADD_TOTAL = """
    INSERT INTO report_total (diagnosis, kind, key, infusions, immediate, followed, delayed)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (diagnosis, kind, key) DO UPDATE SET
        infusions = report_total.infusions + excluded.infusions,
        immediate = report_total.immediate + excluded.immediate,
        followed = report_total.followed + excluded.followed,
        delayed = report_total.delayed + excluded.delayed"""


def encode_tallies(tallies: Mapping[TallyKey, Tally]) -> str:
    nested: dict[str, dict[str, tuple[int, ...]]] = {}
    for (kind, key), tally in tallies.items():
        nested.setdefault(kind, {})[key] = tally
    return json.dumps(nested, separators=(",", ":"), ensure_ascii=False)


def decode_tallies(text: str) -> dict[TallyKey, Tally]:
    nested: dict[str, dict[str, list[int]]] = json.loads(text)
    return {
        (kind, key): Tally(*counts) for kind, keys in nested.items() for key, counts in keys.items()
    }


def store_facts(
    conn: sqlite3.Connection, facts: Sequence[PatientFacts], *, same_settled: bool = False
) -> None:
    """Store these patients' facts and move the totals by what changed (inside the caller's
    write transaction). `same_settled`: their settled shares are as stored, so only the
    recent ones are read, compared and written (a long record's settled share is most of
    it)."""
    if not facts:
        return
    ids = json.dumps([f.patient_id for f in facts])
    stored = {
        int(r["patient_id"]): r
        for r in conn.execute(
            """SELECT patient_id, diagnosis, settled, recent FROM report_tallies
               WHERE patient_id IN (SELECT value FROM json_each(?))""",
            (ids,),
        )
    }
    changes: dict[tuple[str, str, str], Tally] = {}

    def move(dx: str, moved: Mapping[TallyKey, Tally]) -> None:
        for (kind, key), tally in moved.items():
            for where in ((dx, kind, key), (EVERY_DIAGNOSIS, kind, key)):
                changes[where] = changes.get(where, Tally()).plus(tally)

    for f in facts:
        row = stored.get(f.patient_id)
        if row is None:
            move(f.diagnosis, f.tallies)
        elif same_settled and row["diagnosis"] == f.diagnosis:
            move(f.diagnosis, tally_changes(decode_tallies(row["recent"]), f.recent))
        else:
            old = sum_tallies([decode_tallies(row["settled"]), decode_tallies(row["recent"])])
            if row["diagnosis"] == f.diagnosis:
                move(f.diagnosis, tally_changes(old, f.tallies))
            else:
                move(row["diagnosis"], tally_changes(old, {}))
                move(f.diagnosis, f.tallies)
    conn.executemany(
        _ADD_TOTAL, [(*where, *tally) for where, tally in changes.items() if any(tally)]
    )
    conn.executemany(_UPSERT_PATIENT, [patient_row(f) for f in facts])
    if same_settled:
        conn.executemany(_UPDATE_RECENT, [(encode_tallies(f.recent), f.patient_id) for f in facts])
    else:
        conn.executemany(_UPSERT_TALLIES, [_tallies_row(f) for f in facts])


def _tallies_row(f: PatientFacts) -> tuple[Any, ...]:
    settled = f.settled
    return (
        f.patient_id,
        f.diagnosis,
        to_stored(settled.before) if settled else None,
        encode_tallies(settled.tallies) if settled else "{}",
        encode_tallies(f.recent),
    )


def settled_of(conn: sqlite3.Connection, patient_id: int) -> Settled | None:
    """The patient's settled share, when one is stored."""
    row = conn.execute(
        "SELECT settled_before, settled FROM report_tallies WHERE patient_id = ?", (patient_id,)
    ).fetchone()
    if row is None or row["settled_before"] is None:
        return None
    return Settled(parse_stored(row["settled_before"]), decode_tallies(row["settled"]))


def patient_row(f: PatientFacts) -> tuple[Any, ...]:
    """A patient's PATIENT_COLUMNS."""
    return (
        f.patient_id,
        f.diagnosis,
        int(f.boy),
        f.age_years,
        f.weight_kg,
        f.height_cm,
        f.infusions,
        f.on_label,
        f.off_label,
        f.g_per_kg,
        f.courses,
        f.course_g_per_kg,
        *f.outcomes,
        f.events,
    )


def forget_all(conn: sqlite3.Connection) -> None:
    """Before a build: no patient counts and every total is zero (rows are kept: derived
    counts are set, never removed)."""
    conn.execute(
        """UPDATE report_patient SET infusions = 0, on_label = 0, off_label = 0, g_per_kg = 0,
               courses = 0, course_g_per_kg = NULL, good = 0, moderate = 0, poor = 0,
               no_outcome = 0, events = 0"""
    )
    conn.execute("UPDATE report_tallies SET settled_before = NULL, settled = '{}', recent = '{}'")
    conn.execute("UPDATE report_total SET infusions = 0, immediate = 0, followed = 0, delayed = 0")


# The figures of each patient who counts whose mean, median and extremes the cohort tables
# show (the counts are in the totals, kind "cohort").
VALUE_COLUMNS = (
    "diagnosis",
    "age_years",
    "weight_kg",
    "height_cm",
    "infusions",
    "g_per_kg",
    "course_g_per_kg",
)
PATIENTS_SQL = f"""
    SELECT {", ".join(VALUE_COLUMNS)} FROM report_patient
    WHERE infusions > 0 AND (:diagnosis IS NULL OR diagnosis = :diagnosis)"""
TOTALS_SQL = """
    SELECT kind, key, infusions, immediate, followed, delayed FROM report_total
    WHERE diagnosis = ?"""


def _tuples(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """A cursor that gives plain tuples: the report reads a row per patient."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor


def stored_patients(conn: sqlite3.Connection, diagnosis: str | None) -> list[tuple[Any, ...]]:
    """Rows of VALUE_COLUMNS for the patients who count (read by position: checked here)."""
    cursor = _tuples(conn).execute(PATIENTS_SQL, {"diagnosis": diagnosis})
    names = tuple(d[0] for d in cursor.description)
    if names != VALUE_COLUMNS:
        raise AssertionError(f"the report's query columns {names} are not {VALUE_COLUMNS}")
    return cursor.fetchall()


def value_row(f: PatientFacts) -> tuple[Any, ...]:
    """A patient's VALUE_COLUMNS, as stored_patients gives them."""
    return (
        f.diagnosis,
        f.age_years,
        f.weight_kg,
        f.height_cm,
        f.infusions,
        f.g_per_kg,
        f.course_g_per_kg,
    )


COHORT_SQL = """
    SELECT diagnosis, key, infusions FROM report_total
    WHERE kind = 'cohort' AND diagnosis != :every
        AND (:diagnosis IS NULL OR diagnosis = :diagnosis)"""


def stored_cohort_counts(
    conn: sqlite3.Connection, diagnosis: str | None
) -> dict[str, dict[str, int]]:
    """Diagnosis -> the cohort counts of its patients (COHORT_KEYS)."""
    found: dict[str, dict[str, int]] = {}
    rows = conn.execute(COHORT_SQL, {"every": EVERY_DIAGNOSIS, "diagnosis": diagnosis})
    for r in rows:
        if r["infusions"]:
            found.setdefault(r["diagnosis"], {})[r["key"]] = int(r["infusions"])
    return {dx: counts for dx, counts in found.items() if counts.get("patients")}


def stored_totals(conn: sqlite3.Connection, diagnosis: str | None) -> dict[TallyKey, Tally]:
    """The counts of one diagnosis, or of every diagnosis together (None)."""
    rows = _tuples(conn).execute(TOTALS_SQL, (diagnosis or EVERY_DIAGNOSIS,))
    return {(kind, key): Tally(*counts) for kind, key, *counts in rows if any(counts)}


def stored_tallies(conn: sqlite3.Connection) -> dict[int, dict[TallyKey, Tally]]:
    """Every patient's stored share, settled and recent added up (for checking the totals)."""
    return {
        int(r["patient_id"]): sum_tallies(
            [decode_tallies(r["settled"]), decode_tallies(r["recent"])]
        )
        for r in conn.execute("SELECT patient_id, settled, recent FROM report_tallies")
    }
