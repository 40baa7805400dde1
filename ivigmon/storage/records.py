"""Patient records (patient, infusions, checks) read together in one snapshot: whole, or
only what an assessment at a moment needs."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ivigmon.domain.models import Check, Infusion, Patient
from ivigmon.domain.timefmt import to_stored
from ivigmon.storage.checks import load_checks
from ivigmon.storage.infusions import infusion_ids_from, latest_infusion_ids, load_infusions
from ivigmon.storage.patients import load_patients

Record = tuple[Patient, list[Infusion], list[Check]]


@dataclass(frozen=True)
class Needed:
    """What of the records an assessment at `at` reads, so that its cost follows one infusion
    and the open checks, not a patient's years of history.

    Every infusion comes with its adverse events (earlier reactions count in the risk of later
    infusions); lots, rate steps, premedications and vital signs only for those starting at or
    after `detail_from`, or when it is None for each patient's latest infusion starting by
    `at`. Checks: only those not done by `at`.
    """

    at: datetime
    detail_from: datetime | None = None
    checks: bool = True  # False: no checks at all (they are read from the stored state)


def load_records(
    conn: sqlite3.Connection,
    patient_ids: Sequence[int] | None = None,
    needed: Needed | None = None,
) -> dict[int, Record]:
    """By patient id; every patient when `patient_ids` is None; whole records unless
    `needed` says what is enough."""
    patients = load_patients(conn, patient_ids)
    if needed is None or patient_ids is None:
        infusions = load_infusions(conn, patient_ids=patient_ids)
        checks = load_checks(conn, [i.id for items in infusions.values() for i in items])
    else:
        ids = list(patient_ids)
        detailed = (
            latest_infusion_ids(conn, ids, to_stored(needed.at))
            if needed.detail_from is None
            else infusion_ids_from(conn, ids, to_stored(needed.detail_from))
        )
        infusions = load_infusions(conn, patient_ids=ids, detailed=detailed)
        checks = (
            load_checks(
                conn,
                [i.id for items in infusions.values() for i in items],
                open_at=to_stored(needed.at),
            )
            if needed.checks
            else {}
        )
    result: dict[int, Record] = {}
    for pid, patient in patients.items():
        own = infusions.get(pid, [])
        result[pid] = (patient, own, [c for i in own for c in checks.get(i.id, [])])
    return result
