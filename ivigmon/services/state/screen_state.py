"""Keeps what the screens read current: each patient's open checks and alerts, and each
infusion's risk.

Every change to a patient's record calls `refresh_patients` inside its own transaction, so the
worklist reads stored rows whose number follows what it shows, not the history behind them.
The state is derived from the clinical tables and can be rebuilt from them at any time.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from ivigmon.domain.alert_reviews import with_reviews
from ivigmon.domain.alerts import red_flag_alerts, unended_alerts, vital_sign_alerts
from ivigmon.domain.followup import superseded_in
from ivigmon.domain.models import Alert, Check, Infusion, Patient, RiskAssessment
from ivigmon.domain.risk import RiskContext, assess_infusion
from ivigmon.domain.timefmt import to_stored
from ivigmon.services.state import report_state
from ivigmon.storage import alerts as alert_store
from ivigmon.storage import screen_state as state
from ivigmon.storage.checks import load_checks
from ivigmon.storage.database import Connection
from ivigmon.storage.infusions import patient_ids_for_infusions
from ivigmon.storage.records import Needed, Record, load_records
from ivigmon.storage.reference_files import vital_sign_limits

if TYPE_CHECKING:  # the context opens a database by building its state (an import cycle)
    from ivigmon.services.context import Context

# Patients per transaction when the whole state is built: short enough that another program
# saving meanwhile waits well under a second.
REBUILD_BATCH = 300


def refresh_patients(
    ctx: Context,
    conn: Connection,
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
    _store_alerts(ctx, conn, ids, records, from_start, whole=needed is None)
    report_state.refresh(ctx, conn, ids, from_start=from_start)


def store_loaded(
    ctx: Context,
    conn: Connection,
    records: dict[int, Record],
    open_alerts: Sequence[Alert] | None = None,
) -> None:
    """The state of patients just written in bulk (their records as written, checks with their
    row ids): every open check and alert, and the risk of the infusions the screens show now
    (an open check, or running). The risk of the rest is made when something first reads it.
    `open_alerts`: these records' alerts that no review closes, when the caller has them
    (worked out under the database's alert settings); otherwise they are worked out here."""
    _store(conn, sorted(records), records, ctx.risk_context(), None)
    report_state.refresh(ctx, conn, list(records))
    if open_alerts is None:
        _store_alerts(ctx, conn, sorted(records), records, None, whole=True)
        return
    owner = {i.id: (pid, i.start) for pid, (_, infusions, _) in records.items() for i in infusions}
    alert_store.store_alerts(conn, [(*owner[a.infusion_id], a) for a in open_alerts])


def _store_alerts(
    ctx: Context,
    conn: Connection,
    ids: Sequence[int],
    records: dict[int, Record],
    from_start: datetime | None,
    *,
    whole: bool,
) -> None:
    """Store the alerts no review has closed, of these patients' infusions from `from_start`
    (all when None), and every unended one: an alert of years ago stays open until reviewed.

    Each alert is stored as the records raise it at some time; a reader takes those whose
    `at` has come, so an unended alert opens by itself when its infusion passes the limit.
    `whole`: the records hold every check (otherwise only the open ones, and the done checks
    of the infusions concerned are read here for their red flags)."""
    alert_store.forget_alerts(conn, ids, from_start)
    settings = ctx.alert_settings()
    raised: list[tuple[int, datetime, Alert]] = []
    for pid in ids:
        record = records.get(pid)
        if record is None:
            continue  # entered in error: its alerts are gone
        patient, infusions, checks = record
        # Records just written in bulk name the patient as the file spelled the MRN (perhaps a
        # look-alike of the registered one): the alerts are of the registered patient.
        infusions = [i if i.mrn == patient.mrn else replace(i, mrn=patient.mrn) for i in infusions]
        concerned = [i for i in infusions if from_start is None or i.start >= from_start]
        if not whole and concerned:
            loaded = load_checks(conn, [i.id for i in concerned])
            checks = [c for i in concerned for c in loaded.get(i.id, [])]
        starts = {i.id: i.start for i in infusions}
        alerts = _raised(patient, concerned, checks)
        alerts += unended_alerts(
            [i for i in infusions if i.end is None], None, settings.max_running_h
        )
        raised += [(pid, starts[a.infusion_id], a) for a in alerts]
    reviews = alert_store.load_reviews(conn, sorted({a.infusion_id for _, _, a in raised}))
    closed = {
        r.alert.key
        # Any review closes its alert: none is timed before its alert or in the future.
        for r in with_reviews([a for _, _, a in raised], reviews, datetime.max)
        if not r.is_open
    }
    alert_store.store_alerts(conn, [item for item in raised if item[2].key not in closed])


def _raised(
    patient: Patient,
    infusions: Sequence[Infusion],
    checks: Sequence[Check],
) -> list[Alert]:
    """The vital-sign and red-flag alerts these infusions raise at some time (SPEC 10.2)."""
    limits = vital_sign_limits()
    # Each infusion's own checks: passing every check to every infusion cost N x N.
    by_infusion: dict[str, list[Check]] = {}
    for check in checks:
        by_infusion.setdefault(check.infusion_id, []).append(check)
    alerts: list[Alert] = []
    for infusion in infusions:
        alerts += vital_sign_alerts(patient, infusion, None, limits)
        alerts += red_flag_alerts(infusion, by_infusion.get(infusion.id, ()), None)
    return alerts


def _store(
    conn: Connection,
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
    ctx: Context, conn: Connection, infusion_ids: Collection[str]
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


def refresh_stale(ctx: Context) -> int:
    """Make again, in short transactions, the stored risks the screens show that earlier rules
    made (an upgrade that changed the rules bumps the generation without them); otherwise each
    worklist read assesses them again. Returns the number of patients done."""
    with ctx.store.read() as conn:
        rules = state.counter(conn, state.RULES)
        if state.counter(conn, state.SHOWN_RISKS_RULES) == rules:
            return 0
        ids = state.patients_with_stale_risks(conn)
    for first in range(0, len(ids), REBUILD_BATCH):
        with ctx.store.write() as conn:
            refresh_patients(ctx, conn, ids[first : first + REBUILD_BATCH])
    with ctx.store.write() as conn:
        state.set_counter(conn, state.SHOWN_RISKS_RULES, rules)
    return len(ids)


def rules_changed(ctx: Context, conn: Connection) -> None:
    """Settings or the catalogue changed: a new rules generation; the risks the screens show
    now (open checks, running infusions) are made again at once, the rest when read."""
    rules = state.bump_counter(conn, state.RULES)
    refresh_patients(ctx, conn, state.patients_with_open_or_running(conn))
    state.set_counter(conn, state.SHOWN_RISKS_RULES, rules)


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
