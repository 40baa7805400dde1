"""One adverse event found by its stored id, and who recorded the events of some patients."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from ivigmon.storage.sqlutil import in_json


@dataclass(frozen=True)
class StoredEvent:
    """Where an adverse event belongs, who recorded it and when, and which of its records (the
    event, its infusion, its patient) is marked entered in error, if any."""

    event_id: int
    patient_id: int
    infusion_id: str
    recorded_at: str
    recorded_by: str
    in_error: str | None  # "adverse event", "infusion" or "patient"; None: none of them


def stored_event(conn: sqlite3.Connection, event_id: int) -> StoredEvent | None:
    """The event with this row id (the id the history shows), or None."""
    row = conn.execute(
        """SELECT e.id, e.patient_id, e.infusion_id, e.recorded_at, e.recorded_by,
                  e.error_at AS event_error, i.error_at AS infusion_error,
                  p.error_at AS patient_error
           FROM adverse_events e JOIN infusions i ON i.id = e.infusion_id
           JOIN patients p ON p.id = e.patient_id WHERE e.id = ?""",
        (event_id,),
    ).fetchone()
    if row is None:
        return None
    in_error = None
    for column, name in (
        ("event_error", "adverse event"),
        ("infusion_error", "infusion"),
        ("patient_error", "patient"),
    ):
        if row[column] is not None:
            in_error = name
            break
    return StoredEvent(
        event_id=int(row["id"]),
        patient_id=int(row["patient_id"]),
        infusion_id=str(row["infusion_id"]),
        recorded_at=str(row["recorded_at"]),
        recorded_by=str(row["recorded_by"]),
        in_error=in_error,
    )


def event_recorders(conn: sqlite3.Connection, patient_ids: Sequence[int]) -> dict[int, str]:
    """Who recorded each adverse event (not in error) of these patients, by event id."""
    clause, arg = in_json("patient_id", list(patient_ids))
    rows = conn.execute(
        f"SELECT id, recorded_by FROM adverse_events WHERE {clause} AND error_at IS NULL",
        (arg,),
    )
    return {int(r["id"]): str(r["recorded_by"]) for r in rows}
