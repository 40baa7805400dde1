"""Alert reviews (audited, never deleted) and the stored state of the alerts no review closed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from ivigmon.domain.codes import AlertKind, AlertSeverity
from ivigmon.domain.models import Alert, AlertKey, AlertReview
from ivigmon.domain.phrases import dumps, loads
from ivigmon.domain.timefmt import parse_stored, to_stored
from ivigmon.storage.sqlutil import in_json
from ivigmon.storage.stamp import Stamp

_REVIEW_COLUMNS = "id, kind, infusion_id, vital_at, offset_h, reviewed_at, reviewed_by, note"


def insert_reviews(conn: sqlite3.Connection, reviews: Iterable[AlertReview], stamp: Stamp) -> None:
    conn.executemany(
        """INSERT INTO alert_reviews (kind, infusion_id, vital_at, offset_h, reviewed_at,
               reviewed_by, note, recorded_at, recorded_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                r.kind.value,
                r.infusion_id,
                None if r.vital_at is None else to_stored(r.vital_at),
                r.offset_h,
                to_stored(r.reviewed_at),
                r.by,
                r.note,
                stamp.at,
                stamp.by,
            )
            for r in reviews
        ],
    )


def load_reviews(
    conn: sqlite3.Connection, infusion_ids: Sequence[str] | None = None
) -> list[AlertReview]:
    """The reviews of these infusions (every review when None), in the order entered."""
    if infusion_ids is None:
        rows = conn.execute(f"SELECT {_REVIEW_COLUMNS} FROM alert_reviews ORDER BY id")
    else:
        clause, arg = in_json("infusion_id", list(infusion_ids))
        rows = conn.execute(
            f"SELECT {_REVIEW_COLUMNS} FROM alert_reviews WHERE {clause} ORDER BY id", (arg,)
        )
    return [
        AlertReview(
            kind=AlertKind(r["kind"]),
            infusion_id=r["infusion_id"],
            reviewed_at=parse_stored(r["reviewed_at"]),
            by=r["reviewed_by"],
            note=r["note"],
            vital_at=None if r["vital_at"] is None else parse_stored(r["vital_at"]),
            offset_h=r["offset_h"],
            id=r["id"],
        )
        for r in rows
    ]


def forget_alerts(
    conn: sqlite3.Connection, patient_ids: Sequence[int], from_start: datetime | None
) -> None:
    """These patients' stored alerts of the infusions starting at or after `from_start` (all
    when None), and every unended one, are made again by the caller (derived state)."""
    clause, arg = in_json("patient_id", list(patient_ids))
    if from_start is None:
        conn.execute(f"DELETE FROM alert_state WHERE {clause}", (arg,))
        return
    conn.execute(
        f"""DELETE FROM alert_state WHERE {clause}
            AND (infusion_start >= ? OR kind = 'unended')""",
        (arg, to_stored(from_start)),
    )


def store_alerts(conn: sqlite3.Connection, alerts: Iterable[tuple[int, datetime, Alert]]) -> None:
    """(patient id, the infusion's start, alert) for each alert no review has closed."""
    conn.executemany(
        """INSERT INTO alert_state (patient_id, infusion_id, infusion_start, kind, severity, at,
               vital_at, offset_h, reason, phrases) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                pid,
                a.infusion_id,
                to_stored(start),
                a.kind.value,
                a.severity.value,
                to_stored(a.at),
                None if a.vital_at is None else to_stored(a.vital_at),
                a.offset_h,
                a.reason,
                dumps(a.phrases),
            )
            for pid, start, a in alerts
        ],
    )


_STORED_ALERTS = """
    SELECT a.kind AS kind, a.severity AS severity, p.mrn AS mrn, a.infusion_id AS infusion_id,
           a.at AS at, a.reason AS reason, a.vital_at AS vital_at, a.offset_h AS offset_h,
           a.infusion_start AS infusion_start, a.phrases AS phrases
    FROM alert_state a JOIN patients p ON p.id = a.patient_id"""
# The open alerts at a moment: the stored ones whose time has come (an unended alert is stored
# from the infusion's start, timed when it opens), each with its patient's MRN.
OPEN_ALERTS_SQL = _STORED_ALERTS + " WHERE a.at <= ?"


class StoredAlert(NamedTuple):
    """An open alert as stored, and the start of its infusion."""

    alert: Alert
    infusion_start: datetime


def open_alerts(conn: sqlite3.Connection, at: datetime) -> list[StoredAlert]:
    """The stored alerts timed at or before `at`, in no particular order."""
    return _stored(conn.execute(OPEN_ALERTS_SQL, (to_stored(at),)))


def unreviewed_alerts(conn: sqlite3.Connection, patient_ids: Sequence[int]) -> list[StoredAlert]:
    """Every stored alert of these patients (none reviewed), whenever it opens."""
    clause, arg = in_json("a.patient_id", list(patient_ids))
    return _stored(conn.execute(f"{_STORED_ALERTS} WHERE {clause}", (arg,)))


def forget_closed(conn: sqlite3.Connection, closed: Iterable[tuple[int, AlertKey]]) -> None:
    """(patient id, key) of alerts a review just closed: they leave the stored state."""
    conn.executemany(
        """DELETE FROM alert_state WHERE patient_id = ? AND kind = ? AND infusion_id = ?
               AND vital_at IS NOT DISTINCT FROM ? AND offset_h IS NOT DISTINCT FROM ?""",
        [
            (
                pid,
                key.kind.value,
                key.infusion_id,
                None if key.vital_at is None else to_stored(key.vital_at),
                key.offset_h,
            )
            for pid, key in closed
        ],
    )


def _stored(rows: Iterable[sqlite3.Row]) -> list[StoredAlert]:
    return [
        StoredAlert(
            Alert(
                kind=AlertKind(r["kind"]),
                severity=AlertSeverity(r["severity"]),
                mrn=r["mrn"],
                infusion_id=r["infusion_id"],
                at=parse_stored(r["at"]),
                reason=r["reason"],
                vital_at=None if r["vital_at"] is None else parse_stored(r["vital_at"]),
                offset_h=r["offset_h"],
                # NULL: stored before reasons were kept as phrases (shown in English).
                phrases=() if r["phrases"] is None else loads(r["phrases"]),
            ),
            parse_stored(r["infusion_start"]),
        )
        for r in rows
    ]
