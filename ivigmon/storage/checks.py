"""Follow-up checks: scheduled rows, their completion, and the open ones for the worklist."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from ivigmon.domain.codes import CheckMode, CheckOutcome
from ivigmon.domain.models import Check
from ivigmon.domain.timefmt import parse_stored, to_stored
from ivigmon.storage.sqlutil import in_json
from ivigmon.storage.stamp import Stamp

_COLUMNS = """id, infusion_id, offset_h, due_at, done_at, done_by, mode, outcome, symptoms,
    notes"""

_READ = ", ".join(f"checks.{c.strip()}" for c in _COLUMNS.split(","))


def insert_checks(conn: sqlite3.Connection, checks: Iterable[Check], stamp: Stamp) -> None:
    conn.executemany(
        f"""INSERT INTO checks ({_COLUMNS.replace("id, ", "", 1)}, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [(*_values(c), stamp.at, stamp.by) for c in checks],
    )


def open_check_ids(
    conn: sqlite3.Connection, infusion_ids: Sequence[str]
) -> dict[tuple[str, int], int]:
    """(infusion id, offset) -> row id of the checks of these infusions not done yet."""
    clause, arg = in_json("infusion_id", list(infusion_ids))
    rows = conn.execute(
        f"""SELECT id, infusion_id, offset_h FROM checks
            WHERE {clause} AND done_at IS NULL""",
        (arg,),
    )
    return {(r["infusion_id"], int(r["offset_h"])): int(r["id"]) for r in rows}


def complete_check(conn: sqlite3.Connection, check: Check) -> int:
    """Record the outcome of an open check; returns the number of rows changed (0 if done)."""
    cursor = conn.execute(
        """UPDATE checks SET done_at = ?, done_by = ?, mode = ?, outcome = ?, symptoms = ?,
               notes = ?, error_at = NULL, error_by = NULL, error_reason = NULL
           WHERE infusion_id = ? AND offset_h = ? AND done_at IS NULL""",
        (*_values(check)[3:], check.infusion_id, check.offset_h),
    )
    return cursor.rowcount


def load_checks(
    conn: sqlite3.Connection, infusion_ids: Sequence[str], *, open_at: str | None = None
) -> dict[str, list[Check]]:
    """The checks of these infusions by infusion id; with `open_at`, only those not done by
    then (stored time text)."""
    clause, arg = in_json("infusion_id", list(infusion_ids))
    still_open = "" if open_at is None else "AND (done_at IS NULL OR done_at > ?)"
    args = (arg,) if open_at is None else (arg, open_at)
    result: dict[str, list[Check]] = {}
    for row in conn.execute(
        f"""SELECT {_READ} FROM checks WHERE {clause} {still_open}
            ORDER BY infusion_id, offset_h""",
        args,
    ):
        check = _row_to_check(row)
        result.setdefault(check.infusion_id, []).append(check)
    return result


# A check superseded by `at` is left out here (domain.followup.is_superseded: a later infusion
# of the patient, started by `at`, started strictly before the check fell due), by the index of
# each patient's starts. Superseded checks are never done, so in a service's history they are
# most of the checks not done: at a million infusions 870,000 candidates of 65,000 patients
# (3.2 GB of histories to replay) became a few thousand.
OPEN_AT_SQL = f"""SELECT {_READ}
    FROM checks JOIN infusions i ON i.id = checks.infusion_id
        JOIN patients p ON p.id = i.patient_id
    WHERE (checks.done_at IS NULL OR checks.done_at > :at) AND i.ended_at <= :at
        AND i.error_at IS NULL AND p.error_at IS NULL
        AND NOT EXISTS (
            SELECT 1 FROM infusions later
            WHERE later.patient_id = i.patient_id AND later.error_at IS NULL
                AND later.started_at > i.started_at AND later.started_at < checks.due_at
                AND later.started_at <= :at AND later.id != i.id)
    ORDER BY checks.due_at, checks.offset_h"""


def open_checks_at(conn: sqlite3.Connection, at: str) -> list[Check]:
    """Checks not done by `at` (stored time text) of infusions that had ended by `at`, less
    those a later infusion had superseded by then."""
    rows = conn.execute(OPEN_AT_SQL, {"at": at}).fetchall()
    return [_row_to_check(r) for r in rows]


def _values(c: Check) -> tuple[object, ...]:
    return (
        c.infusion_id,
        c.offset_h,
        to_stored(c.due_at),
        to_stored(c.done_at) if c.done_at else None,
        c.done_by,
        c.mode.value if c.mode else None,
        c.outcome.value if c.outcome else None,
        json.dumps(list(c.symptoms)),
        c.notes,
    )


def _row_to_check(row: sqlite3.Row) -> Check:
    return Check(
        id=int(str(row["id"])),
        infusion_id=str(row["infusion_id"]),
        offset_h=int(str(row["offset_h"])),
        due_at=parse_stored(str(row["due_at"])),
        done_at=parse_stored(str(row["done_at"])) if row["done_at"] else None,
        done_by=str(row["done_by"]) if row["done_by"] else None,
        mode=CheckMode(str(row["mode"])) if row["mode"] else None,
        outcome=CheckOutcome(str(row["outcome"])) if row["outcome"] else None,
        symptoms=tuple(json.loads(str(row["symptoms"]))),
        notes=str(row["notes"]),
    )


def reopen_check(conn: sqlite3.Connection, check_id: int, *, at: str, by: str, reason: str) -> int:
    """A completion entered in error: the check is open again; the audit trail keeps the old."""
    cursor = conn.execute(
        """UPDATE checks SET done_at = NULL, done_by = NULL, mode = NULL, outcome = NULL,
               symptoms = '[]', notes = '', error_at = ?, error_by = ?, error_reason = ?
           WHERE id = ? AND done_at IS NOT NULL""",
        (at, by, reason, check_id),
    )
    return cursor.rowcount
