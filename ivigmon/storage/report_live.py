"""The parts of the cohort report that follow the clock or the stored risks, read as they stand:
open checks, assessed infusions with their reactions, open alerts. Each query starts from a small
stored set (open checks, stored risks, alerts) and looks the rest up by key."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from ivigmon.storage.dialect import both, pick
from ivigmon.storage.engine import POSTGRESQL, SQLITE

# The infusions a report counts: not entered in error, of a patient not entered in error,
# starting in [:from, :before) (stored times, either may be NULL), of a patient whose primary
# diagnosis is :diagnosis (NULL: any). `i` is the infusion, `p` its patient.
SCOPE = """
    i.error_at IS NULL AND p.error_at IS NULL
    AND (:from IS NULL OR i.started_at >= :from)
    AND (:before IS NULL OR i.started_at < :before)
    AND (:diagnosis IS NULL
         OR coalesce(<<primary>>, 'OTHER') = :diagnosis)"""
# A patient's primary diagnosis: the first code of the stored JSON list.
PRIMARY = {SQLITE: "json_extract(p.diagnoses, '$[0]')", POSTGRESQL: "(p.diagnoses::jsonb ->> 0)"}


@dataclass(frozen=True)
class Scope:
    """Which infusions count: stored times for the start bounds, a diagnosis code."""

    started_from: str | None = None
    started_before: str | None = None
    diagnosis: str | None = None

    def params(self, **more: Any) -> dict[str, Any]:
        return {
            "from": self.started_from,
            "before": self.started_before,
            "diagnosis": self.diagnosis,
            **more,
        }


OPEN_CHECKS_SQL = both(
    f"""
    SELECT count(*) AS open,
        coalesce(sum(CASE WHEN s.due_at <= :now THEN 1 ELSE 0 END), 0) AS past_due
    FROM check_state s
        JOIN checks c ON c.id = s.check_id
        JOIN infusions i ON i.id = c.infusion_id
        JOIN patients p ON p.id = i.patient_id
    WHERE s.open = 1 AND {SCOPE}""",
    primary=PRIMARY,
)

STORED_RISKS_SQL = both(
    f"""
    SELECT r.infusion_id AS infusion_id, r.level AS level, r.factors AS factors
    FROM infusion_risk r
        JOIN infusions i ON i.id = r.infusion_id
        JOIN patients p ON p.id = i.patient_id
    WHERE r.rules = :rules AND {SCOPE}""",
    primary=PRIMARY,
)

# Every infusion in scope without an assessment made under the current rules: a scan of the
# infusions, read only when few are missing (the caller knows how many from the totals).
UNASSESSED_SQL = both(
    f"""
    SELECT i.id AS infusion_id
    FROM infusions i
        JOIN patients p ON p.id = i.patient_id
        LEFT JOIN infusion_risk r ON r.infusion_id = i.id
    WHERE (r.rules IS NULL OR r.rules != :rules) AND {SCOPE}""",
    primary=PRIMARY,
)

REACTIONS_SQL = """
    SELECT i.id AS infusion_id,
        EXISTS (SELECT 1 FROM adverse_events e WHERE e.infusion_id = i.id
                AND e.error_at IS NULL AND e.check_offset_h IS NULL) AS immediate,
        EXISTS (SELECT 1 FROM adverse_events e WHERE e.infusion_id = i.id
                AND e.error_at IS NULL AND e.check_offset_h IS NOT NULL) AS delayed,
        EXISTS (SELECT 1 FROM checks c WHERE c.infusion_id = i.id AND c.done_at IS NOT NULL
                AND c.outcome IN ('no_symptoms', 'symptoms')) AS reached
    FROM infusions i WHERE i.id IN (SELECT value FROM json_each(:ids))"""

OPEN_ALERTS_SQL = both(
    f"""
    SELECT a.kind AS kind, a.severity AS severity, count(*) AS n
    FROM alert_state a
        JOIN infusions i ON i.id = a.infusion_id
        JOIN patients p ON p.id = i.patient_id
    WHERE a.at <= :now AND {SCOPE}
    GROUP BY a.kind, a.severity""",
    primary=PRIMARY,
)


def open_checks(conn: sqlite3.Connection, scope: Scope, now: str) -> tuple[int, int]:
    """(open checks, of which due by `now`) of the infusions in scope."""
    row = conn.execute(pick(conn, OPEN_CHECKS_SQL), scope.params(now=now)).fetchone()
    return int(row["open"]), int(row["past_due"])


class StoredRisk(NamedTuple):
    infusion_id: str
    level: str
    factors: tuple[str, ...]  # codes


def stored_risks(conn: sqlite3.Connection, scope: Scope, rules: int) -> list[StoredRisk]:
    """The assessments stored under the current rules (`rules`) of infusions in scope."""
    return [
        StoredRisk(r["infusion_id"], r["level"], tuple(str(f[0]) for f in json.loads(r["factors"])))
        for r in conn.execute(pick(conn, STORED_RISKS_SQL), scope.params(rules=rules))
    ]


def unassessed(conn: sqlite3.Connection, scope: Scope, rules: int) -> list[str]:
    return [
        r["infusion_id"]
        for r in conn.execute(pick(conn, UNASSESSED_SQL), scope.params(rules=rules))
    ]


class Reactions(NamedTuple):
    immediate: bool
    delayed: bool
    reached: bool


def reactions(conn: sqlite3.Connection, infusion_ids: Sequence[str]) -> dict[str, Reactions]:
    """Whether each infusion had an immediate or a delayed reaction, and a check that reached
    the family."""
    return {
        r["infusion_id"]: Reactions(bool(r["immediate"]), bool(r["delayed"]), bool(r["reached"]))
        for r in conn.execute(REACTIONS_SQL, {"ids": json.dumps(list(infusion_ids))})
    }


def open_alerts(conn: sqlite3.Connection, scope: Scope, now: str) -> dict[tuple[str, str], int]:
    """Open alerts of infusions in scope by (kind, severity)."""
    return {
        (r["kind"], r["severity"]): int(r["n"])
        for r in conn.execute(pick(conn, OPEN_ALERTS_SQL), scope.params(now=now))
    }
