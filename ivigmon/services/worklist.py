"""The follow-up worklist: open checks at a moment, with status and the infusion's risk."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from ivigmon.domain.codes import CheckStatus, RiskLevel
from ivigmon.domain.followup import OPEN_STATUSES, STATUS_RANK, StatusWindow, check_status
from ivigmon.domain.models import Infusion, RiskFactor
from ivigmon.domain.replay import check_as_of, infusions_as_of
from ivigmon.domain.risk import assess_infusion
from ivigmon.domain.timefmt import parse_stored, to_iso, to_stored
from ivigmon.services.context import Context
from ivigmon.services.history import load_histories
from ivigmon.services.state.screen_state import assess_stale
from ivigmon.storage import screen_state as state
from ivigmon.storage.checks import open_checks_at
from ivigmon.storage.infusions import patient_ids_for_infusions


class WorklistRow(NamedTuple):
    """One open check as the worklist shows it (a tuple: thousands are made at each refresh)."""

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
    # What the assessment says beside its factors (a rate not checked, a factor not assessed).
    risk_notes: tuple[str, ...] = ()


def worklist(ctx: Context, at: datetime | None = None) -> list[WorklistRow]:
    """Open checks: overdue first, then by due time, MRN and offset (SPEC 5a).

    Now (no `at`): read from the stored open checks and risks, at a cost that follows the
    number of open checks. At a past moment: the record is replayed as it stood then.
    """
    now = ctx.now()
    if at is not None:
        return worklist_as_of(ctx, at)
    settings = ctx.check_settings()
    with ctx.store.read() as conn:
        if not state.counter(conn, state.STATE_BUILT):
            # A database opened read-only before its state was ever built: replay it.
            return worklist_as_of(ctx, now)
        stored = state.open_checks(conn)
        rules = state.counter(conn, state.RULES)
        risks = {}
        for check in stored:
            if check.infusion_id not in risks:
                risks[check.infusion_id] = check.risk(rules)
        stale = {infusion_id for infusion_id, risk in risks.items() if risk is None}
        fresh = assess_stale(ctx, conn, stale) if stale else {}
    window = StatusWindow.at(now, settings)  # the status follows from the due time alone
    result: list[WorklistRow] = []
    for check in stored:
        risk = risks[check.infusion_id]
        if risk is not None:
            level, factors, notes = risk
        elif check.infusion_id in fresh:
            made = fresh[check.infusion_id]
            level, factors, notes = made.level, made.factors, made.notes
        else:
            continue  # its patient or infusion was entered in error meanwhile
        due_at = parse_stored(check.due_at)
        result.append(
            WorklistRow(
                mrn=check.mrn,
                patient_name=check.name,
                infusion_id=check.infusion_id,
                product_id=check.product_id,
                infusion_end=parse_stored(check.ended_at),
                offset_h=check.offset_h,
                due_at=due_at,
                status=window.status(due_at),
                risk_level=level,
                risk_factors=factors,
                risk_notes=notes,
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
    risk_cache: dict[str, tuple[RiskLevel, tuple[RiskFactor, ...], tuple[str, ...]]] = {}
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
            risk_cache[infusion.id] = (assessment.level, assessment.factors, assessment.notes)
        level, factors, notes = risk_cache[infusion.id]
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
                risk_notes=notes,
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
