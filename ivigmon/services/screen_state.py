"""Keeps what the screens read current: each patient's open checks and each infusion's risk.

Every change to a patient's record calls `refresh_patients` inside its own transaction, so the
worklist reads stored rows whose number follows what it shows, not the history behind them.
The state is derived from the clinical tables and can be rebuilt from them at any time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from ivigmon.domain.followup import superseded_in
from ivigmon.domain.models import Check, Infusion, RiskAssessment
from ivigmon.domain.risk import RiskContext, assess_infusion
from ivigmon.domain.timefmt import to_stored
from ivigmon.storage import screen_state as state
from ivigmon.storage.infusions import patient_ids_for_infusions
from ivigmon.storage.records import Needed, Record, load_records

if TYPE_CHECKING:  # the context opens a database by building its state (an import cycle)
    from ivigmon.services.context import Context

# Patients per transaction when the whole state is built: short enough that a workstation
# saving meanwhile waits well under a second.
REBUILD_BATCH = 300


def refresh_patients(
    ctx: Context,
    conn: sqlite3.Connection,
    patient_ids: Collection[int],
    *,
    from_start: datetime | None = None,
) -> None:
    """Recompute these patients' open checks, and the risk of their infusions that start at or
    after `from_start` (all of them when None), inside the caller's write transaction."""
    ids = sorted(set(patient_ids))
    if not ids:
        return
    # Only the infusions to assess again are read whole (with the open checks): a bedside
    # entry costs the same for a patient with a hundred infusions as for a new one.
    needed = None if from_start is None else Needed(at=ctx.now(), detail_from=from_start)
    records = load_records(conn, ids, needed)
    _store(conn, ids, records, ctx.risk_context(), from_start)


def store_loaded(ctx: Context, conn: sqlite3.Connection, records: dict[int, Record]) -> None:
    """The state of patients just written in bulk (their records as written, checks with their
    row ids): every open check, and the risk of the infusions the screens show now (an open
    check, or running). The risk of the rest is made when something first reads it."""
    _store(conn, sorted(records), records, ctx.risk_context(), None)


def _store(
    conn: sqlite3.Connection,
    ids: Sequence[int],
    records: dict[int, Record],
    rules: RiskContext,
    from_start: datetime | None,
) -> None:
    """Store the open checks of these patients, and the risk of their infusions from
    `from_start` that the worklist shows (an open check, or running); the stored risk of the
    others in that span is forgotten, to be made again when something reads it. Assessing
    every later infusion of a patient again after each entry cost N x N for a record of N."""
    generation = state.counter(conn, state.RULES)
    state.close_patient_checks(conn, ids)
    opened: list[state.CheckState] = []
    risks: list[tuple[str, int, RiskAssessment]] = []
    forgotten: list[str] = []
    for pid in ids:
        record = records.get(pid)
        if record is None:
            continue  # entered in error: nothing of this patient is open any more
        patient, infusions, checks = record
        open_here = _open_checks(pid, infusions, checks)
        opened += open_here
        shown = {c.infusion_id for c in open_here} | {i.id for i in infusions if i.end is None}
        for infusion in infusions:
            if from_start is not None and infusion.start < from_start:
                continue
            if infusion.id in shown:
                risks.append(
                    (infusion.id, pid, assess_infusion(patient, infusions, infusion.id, rules))
                )
            else:
                forgotten.append(infusion.id)
    state.forget_risks(conn, forgotten)
    state.store_check_states(conn, opened)
    state.store_risks(conn, risks, rules=generation)


def _open_checks(
    patient_id: int, infusions: Sequence[Infusion], checks: Sequence[Check]
) -> list[state.CheckState]:
    """The checks that are neither done nor superseded by a later infusion (SPEC 5)."""
    by_id = {i.id: i for i in infusions}
    starts = sorted(i.start for i in infusions)
    opened: list[state.CheckState] = []
    for check in checks:
        if check.is_done:
            continue
        assert check.id is not None  # stored checks have their row id
        if not superseded_in(check, by_id[check.infusion_id], starts):
            opened.append(
                state.CheckState(
                    check.id, patient_id, to_stored(check.due_at), True, check.infusion_id
                )
            )
    return opened


def assess_stale(
    ctx: Context, conn: sqlite3.Connection, infusion_ids: Collection[str]
) -> dict[str, RiskAssessment]:
    """Assessments made now (not stored) for infusions whose stored one is missing or older
    than the current rules: a read never waits for a rebuild."""
    owners = patient_ids_for_infusions(conn, sorted(infusion_ids))
    records = load_records(conn, sorted(set(owners.values())))
    rules = ctx.risk_context()
    result: dict[str, RiskAssessment] = {}
    for infusion_id, pid in owners.items():
        record = records.get(pid)
        if record is not None:
            patient, infusions, _ = record
            result[infusion_id] = assess_infusion(patient, infusions, infusion_id, rules)
    return result


def rules_changed(ctx: Context, conn: sqlite3.Connection) -> None:
    """Settings or the catalogue changed: a new rules generation; the risks the screens show
    now (open checks, running infusions) are made again at once, the rest when read."""
    state.bump_counter(conn, state.RULES)
    refresh_patients(ctx, conn, state.patients_with_open_or_running(conn))


def ensure_built(ctx: Context, progress: Callable[[int], None] | None = None) -> int:
    """Build the stored state of every patient once (a new or upgraded database), in short
    transactions; returns the number of patients done (0 when it was already built)."""
    with ctx.store.read() as conn:
        if state.counter(conn, state.STATE_BUILT):
            return 0
    done = 0
    last = 0
    while True:
        with ctx.store.write() as conn:
            ids = state.patient_ids_after(conn, last, REBUILD_BATCH)
            if not ids:
                state.set_counter(conn, state.STATE_BUILT, 1)
                break
            refresh_patients(ctx, conn, ids)
        last = ids[-1]
        done += len(ids)
        if progress is not None:
            progress(done)
    return done
