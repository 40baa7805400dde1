"""The follow-up worklist: open checks at a moment, with status and the infusion's risk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ivigmon.domain.codes import CheckStatus, RiskLevel
from ivigmon.domain.followup import OPEN_STATUSES, STATUS_RANK, check_status, open_status
from ivigmon.domain.models import Infusion, RiskFactor
from ivigmon.domain.replay import check_as_of, infusions_as_of
from ivigmon.domain.risk import assess_infusion
from ivigmon.domain.timefmt import parse_local, to_iso, to_stored
from ivigmon.services.context import Context
from ivigmon.services.history import load_histories
from ivigmon.services.screen_state import assess_stale
from ivigmon.storage import screen_state as state
from ivigmon.storage.checks import open_checks_at
from ivigmon.storage.infusions import patient_ids_for_infusions


@dataclass(frozen=True)
class WorklistRow:
    mrn: str
    patient_name: str
    infusion_id: str
    product_id: str
    infusion_end: datetime
    offset_h: int
    due_at: datetime
    status: CheckStatus
    risk_level: RiskLevel
    risk_factors: tuple[RiskFactor, ...]


def worklist(ctx: Context, at: datetime | None = None) -> list[WorklistRow]:
    """Open checks: overdue first, then by due time, MRN and offset (SPEC 5a).

    Now (no `at`): read from the stored open checks and risks, at a cost that follows the
    number of open checks. At a past moment: the record is replayed as it stood then.
    """
    now = ctx.now()
    with ctx.store.read() as conn:
        built = state.counter(conn, state.STATE_BUILT)
    if at is not None or not built:
        # A past moment, or a database opened read-only before its state was ever built.
        return worklist_as_of(ctx, at or now)
    settings = ctx.check_settings()
    with ctx.store.read() as conn:
        rows = state.open_check_rows(conn)
        ids = sorted({r["infusion_id"] for r in rows})
        stored = state.stored_risks(conn, ids)
        generation = state.counter(conn, state.RULES)
        stale = [i for i in ids if i not in stored or stored[i].rules != generation]
        fresh = assess_stale(ctx, conn, stale) if stale else {}
    risks: dict[str, tuple[RiskLevel, tuple[RiskFactor, ...]]] = {}
    for infusion_id in ids:
        if infusion_id in fresh:
            risks[infusion_id] = (fresh[infusion_id].level, fresh[infusion_id].factors)
        elif infusion_id in stored:
            risks[infusion_id] = (stored[infusion_id].level, stored[infusion_id].factors)
    result: list[WorklistRow] = []
    for row in rows:
        if row["infusion_id"] not in risks:
            continue  # its patient or infusion was entered in error after the row was read
        level, factors = risks[row["infusion_id"]]
        due_at = parse_local(row["due_at"])
        result.append(
            WorklistRow(
                mrn=row["mrn"],
                patient_name=row["name"],
                infusion_id=row["infusion_id"],
                product_id=row["product_id"],
                infusion_end=parse_local(row["ended_at"]),
                offset_h=int(row["offset_h"]),
                due_at=due_at,
                status=open_status(due_at, now, settings),
                risk_level=level,
                risk_factors=factors,
            )
        )
    return result


def worklist_as_of(ctx: Context, at: datetime) -> list[WorklistRow]:
    """The worklist as the record stood at `at` (SPEC 5a), replayed from the history."""
    moment = at
    with ctx.store.read() as conn:
        candidates = open_checks_at(conn, to_stored(moment))
        owners = patient_ids_for_infusions(conn, sorted({c.infusion_id for c in candidates}))
    histories = load_histories(ctx, sorted(set(owners.values())))
    rules = ctx.risk_context()
    settings = ctx.check_settings()
    rows: list[WorklistRow] = []
    known_cache: dict[int, list[Infusion]] = {}
    risk_cache: dict[str, tuple[RiskLevel, tuple[RiskFactor, ...]]] = {}
    for check in candidates:
        pid = owners[check.infusion_id]
        history = histories[pid]
        if pid not in known_cache:
            known_cache[pid] = infusions_as_of(history.infusions, moment)
        known = known_cache[pid]
        infusion = next(i for i in known if i.id == check.infusion_id)
        status = check_status(check_as_of(check, moment), infusion, known, moment, settings)
        if status not in OPEN_STATUSES:
            continue
        if infusion.id not in risk_cache:
            assessment = assess_infusion(
                history.patient, history.infusions, infusion.id, rules, at=moment
            )
            risk_cache[infusion.id] = (assessment.level, assessment.factors)
        level, factors = risk_cache[infusion.id]
        assert infusion.end is not None
        rows.append(
            WorklistRow(
                mrn=history.patient.mrn,
                patient_name=history.patient.name,
                infusion_id=infusion.id,
                product_id=infusion.product_id,
                infusion_end=infusion.end,
                offset_h=check.offset_h,
                due_at=check.due_at,
                status=status,
                risk_level=level,
                risk_factors=factors,
            )
        )
    rows.sort(key=lambda r: (STATUS_RANK[r.status], r.due_at, r.mrn, r.offset_h))
    return rows


def row_json(row: WorklistRow) -> dict[str, object]:
    """SPEC section 6 keys, plus the patient's name and the risk reasons."""
    return {
        "mrn": row.mrn,
        "infusion_id": row.infusion_id,
        "offset_h": row.offset_h,
        "due_at": to_iso(row.due_at),
        "status": row.status.value,
        "risk_level": row.risk_level.value,
        "name": row.patient_name,
        "risk_reasons": [{"code": f.code.value, "reason": f.reason} for f in row.risk_factors],
    }
