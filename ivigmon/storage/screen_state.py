"""The stored state the screens read: open checks in due order, each infusion's risk, counters."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple

from ivigmon.domain.codes import FactorCode, RiskLevel
from ivigmon.domain.models import RiskAssessment, RiskFactor
from ivigmon.domain.phrases import from_json, to_json
from ivigmon.domain.risk import SOURCES
from ivigmon.domain.timefmt import parse_stored
from ivigmon.storage.sqlutil import in_json

INFUSION_NUMBER = "infusion_number"
RULES = "rules"
# The rules generation the shown risks were last all made with: opening compares two counters,
# and reads the state only after the rules changed without them (an upgrade).
SHOWN_RISKS_RULES = "shown_risks_rules"
STATE_BUILT = "state_built"


def counter(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
    return int(row["value"]) if row is not None else 0


def set_counter(conn: sqlite3.Connection, name: str, value: int) -> None:
    conn.execute(
        """INSERT INTO counters (name, value) VALUES (?, ?)
           ON CONFLICT (name) DO UPDATE SET value = excluded.value""",
        (name, value),
    )


def bump_counter(conn: sqlite3.Connection, name: str) -> int:
    """One more than before (inside the caller's write transaction)."""
    row = conn.execute(
        "UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value", (name,)
    ).fetchone()
    if row is None:
        set_counter(conn, name, 1)
        return 1
    return int(row["value"])


def note_infusion_number(conn: sqlite3.Connection, infusion_id: str) -> None:
    """Keep the counter above every `inf-N` id stored, so a new number is always free."""
    prefix, _, digits = infusion_id.partition("-")
    if prefix == "inf" and digits.isdigit() and digits.isascii():
        conn.execute(
            # Standard SQL: SQLite's two-argument max() is GREATEST on PostgreSQL.
            "UPDATE counters SET value = ?1 WHERE name = ?2 AND value < ?1",
            (int(digits), INFUSION_NUMBER),
        )


@dataclass(frozen=True)
class CheckState:
    """A check as the worklist keeps it (its infusion is named for the caller, not stored)."""

    check_id: int
    patient_id: int
    due_at: str
    open: bool
    infusion_id: str = ""


def close_patient_checks(conn: sqlite3.Connection, patient_ids: Sequence[int]) -> None:
    """Every check of these patients leaves the worklist (the open ones are stored again)."""
    clause, arg = in_json("patient_id", list(patient_ids))
    conn.execute(f"UPDATE check_state SET open = 0 WHERE {clause} AND open = 1", (arg,))


def store_check_states(conn: sqlite3.Connection, states: Iterable[CheckState]) -> None:
    conn.executemany(
        """INSERT INTO check_state (check_id, patient_id, due_at, open) VALUES (?, ?, ?, ?)
           ON CONFLICT (check_id) DO UPDATE SET patient_id = excluded.patient_id,
               due_at = excluded.due_at, open = excluded.open""",
        [(s.check_id, s.patient_id, s.due_at, int(s.open)) for s in states],
    )


# A rules generation no assessment is made with (the counter starts at 1 and only goes up).
OUT_OF_DATE = 0


def forget_risks(conn: sqlite3.Connection, infusion_ids: Sequence[str]) -> None:
    """These infusions' stored risk is out of date: marked so, the next reader makes it again
    (as for a risk made under older rules)."""
    if infusion_ids:
        clause, arg = in_json("infusion_id", list(infusion_ids))
        conn.execute(f"UPDATE infusion_risk SET rules = ? WHERE {clause}", (OUT_OF_DATE, arg))


def store_risks(
    conn: sqlite3.Connection,
    risks: Iterable[tuple[str, int, RiskAssessment]],
    *,
    rules: int,
) -> None:
    """Each infusion's assessment: (infusion id, patient id, assessment)."""
    conn.executemany(
        """INSERT INTO infusion_risk (infusion_id, patient_id, level, factors, notes, rules)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (infusion_id) DO UPDATE SET patient_id = excluded.patient_id,
               level = excluded.level, factors = excluded.factors, notes = excluded.notes,
               rules = excluded.rules""",
        [
            (
                infusion_id,
                patient_id,
                a.level.value,
                json.dumps(
                    [[f.code.value, f.reason, to_json(f.phrases)] for f in a.factors],
                    ensure_ascii=False,
                    separators=(",", ":"),
                ),
                json.dumps(list(a.notes), ensure_ascii=False),
                rules,
            )
            for infusion_id, patient_id, a in risks
        ],
    )


# Decoded once and remembered: the worklist reads the same few thousand risks at every refresh.
@lru_cache(maxsize=65_536)
def _factors(text: str) -> tuple[RiskFactor, ...]:
    """[[code, English reason, phrases], ...]; a risk stored before phrases has no third item
    and is shown in English."""
    return tuple(_factor(*item) for item in json.loads(text))


def _factor(code: str, reason: str, phrases: list[Any] | None = None) -> RiskFactor:
    factor = FactorCode(code)
    return RiskFactor(factor, reason, SOURCES[factor], from_json(phrases or ()))


@lru_cache(maxsize=65_536)
def _notes(text: str) -> tuple[str, ...]:
    return tuple(str(note) for note in json.loads(text))


# The worklist: open checks in due order (overdue ones are the oldest), then MRN, then offset,
# each with its infusion's stored risk.
OPEN_CHECKS_SQL = """
    SELECT c.infusion_id AS infusion_id, c.offset_h AS offset_h, c.due_at AS due_at,
           i.product_id AS product_id, i.ended_at AS ended_at, p.mrn AS mrn, p.name AS name,
           r.level AS level, r.factors AS factors, r.notes AS notes, r.rules AS rules
    FROM check_state s
        JOIN checks c ON c.id = s.check_id
        JOIN infusions i ON i.id = c.infusion_id
        JOIN patients p ON p.id = s.patient_id
        LEFT JOIN infusion_risk r ON r.infusion_id = c.infusion_id
    WHERE s.open = 1
    ORDER BY s.due_at, p.mrn, c.offset_h"""


_LEVELS = {level.value: level for level in RiskLevel}


class OpenCheck(NamedTuple):
    """A worklist row as stored: the check, its infusion and patient, and the infusion's stored
    risk (level and factors as stored text, and the rules generation they were made with)."""

    infusion_id: str
    offset_h: int
    due_at: str
    product_id: str
    ended_at: str
    mrn: str
    name: str
    level: str | None
    factors: str | None
    notes: str | None
    rules: int | None

    def risk(self, rules: int) -> tuple[RiskLevel, tuple[RiskFactor, ...], tuple[str, ...]] | None:
        """The stored risk (level, factors, notes) when it was made with these rules; None when
        it must be made again."""
        if self.rules != rules or self.level is None or self.factors is None:
            return None
        return _LEVELS[self.level], _factors(self.factors), _notes(self.notes or "[]")


def open_checks(conn: sqlite3.Connection) -> list[OpenCheck]:
    cursor = conn.cursor()
    cursor.execute(OPEN_CHECKS_SQL)
    # Read by name: the query's column names are the record's fields (checked here), so each
    # row becomes a record in one step instead of a name lookup per column.
    names = tuple(d[0] for d in cursor.description)
    if names != OpenCheck._fields:
        raise AssertionError(f"the worklist query's columns {names} are not {OpenCheck._fields}")
    return [OpenCheck._make(row) for row in cursor.fetchall()]


def stored_risks(
    conn: sqlite3.Connection, infusion_ids: Sequence[str]
) -> dict[str, tuple[str, str, str, int]]:
    """The stored risk of each of these infusions that has one: (level, factors, notes, rules
    generation), decoded by `decode_risk`."""
    clause, arg = in_json("infusion_id", list(infusion_ids))
    rows = conn.execute(
        f"SELECT infusion_id, level, factors, notes, rules FROM infusion_risk WHERE {clause}",
        (arg,),
    )
    return {r["infusion_id"]: (r["level"], r["factors"], r["notes"], int(r["rules"])) for r in rows}


def decode_risk(
    stored: tuple[str, str, str, int], rules: int
) -> tuple[RiskLevel, tuple[RiskFactor, ...], tuple[str, ...]] | None:
    """A stored risk (level, factors, notes) when it was made with these rules; None when it
    must be made again."""
    level, factors, notes, made_with = stored
    if made_with != rules:
        return None
    return _LEVELS[level], _factors(factors), _notes(notes)


def first_open_due(conn: sqlite3.Connection, patient_ids: Sequence[int]) -> dict[int, datetime]:
    """Each patient's earliest open check's due time (patients without one are left out)."""
    clause, arg = in_json("patient_id", list(patient_ids))
    rows = conn.execute(
        f"""SELECT patient_id, min(due_at) AS due_at FROM check_state
            WHERE {clause} AND open = 1 GROUP BY patient_id""",
        (arg,),
    )
    return {int(r["patient_id"]): parse_stored(r["due_at"]) for r in rows}


def patient_ids_after(conn: sqlite3.Connection, after: int, limit: int) -> list[int]:
    """Patient ids above `after`, in order, for rebuilding the state in batches."""
    rows = conn.execute(
        "SELECT id FROM patients WHERE id > ? ORDER BY id LIMIT ?", (after, limit)
    ).fetchall()
    return [int(r["id"]) for r in rows]


def patients_with_stale_risks(conn: sqlite3.Connection) -> list[int]:
    """Patients with an infusion the screens show now (an open check, or running) whose stored
    risk is missing or was made under an earlier rules generation, and those with a stored
    alert from before alerts were kept as phrases."""
    rows = conn.execute(
        """WITH shown(infusion_id, patient_id) AS (
               SELECT k.infusion_id, s.patient_id FROM check_state s
               JOIN checks k ON k.id = s.check_id WHERE s.open = 1
               UNION
               SELECT id, patient_id FROM infusions WHERE ended_at IS NULL AND error_at IS NULL)
           SELECT DISTINCT shown.patient_id AS id FROM shown
           LEFT JOIN infusion_risk r ON r.infusion_id = shown.infusion_id
           WHERE r.rules IS NULL OR r.rules < (SELECT value FROM counters WHERE name = ?)
           UNION
           SELECT patient_id FROM alert_state WHERE phrases IS NULL""",
        (RULES,),
    ).fetchall()
    return sorted(int(r["id"]) for r in rows)


def patients_with_open_or_running(conn: sqlite3.Connection) -> list[int]:
    """Patients whose risk the screens show now: an open check or a running infusion."""
    rows = conn.execute(
        """SELECT patient_id AS id FROM check_state WHERE open = 1
           UNION SELECT patient_id FROM infusions WHERE ended_at IS NULL AND error_at IS NULL"""
    ).fetchall()
    return sorted(int(r["id"]) for r in rows)
