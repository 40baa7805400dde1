"""The handover sheet: what the next shift must know now, read from the stored state.

Patients infusing now with their rate and the plan's next step, the open alerts, the high-risk
patients with their reasons, and the follow-up checks overdue, due now or due within the next
hours. Everything comes from the state every write keeps current (open checks, open alerts,
stored risks, running infusions), so the sheet costs what it shows, not the history behind it;
it is the ward as it stands now, never a replay of the past.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ivigmon.domain.codes import CheckStatus, RiskLevel
from ivigmon.domain.models import Infusion, RiskFactor
from ivigmon.domain.plan_progress import NextStep
from ivigmon.domain.roles import Permission
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services import alerts, infusions, patients, worklist
from ivigmon.services.alerts import AlertRow
from ivigmon.services.assessment import DISCLAIMER
from ivigmon.services.bedside import PlanPosition, infusion_rules, plan_position
from ivigmon.services.context import Context
from ivigmon.services.state.screen_state import assess_stale
from ivigmon.services.worklist import WorklistRow
from ivigmon.storage import screen_state as state

# Checks due within this many hours are listed (a shift and its handover, with room to spare).
WINDOW_H = 12
# Why a running infusion has no next step, and why a patient is listed (the sheet translates).
NO_PLAN_PRODUCT = QT_TRANSLATE_NOOP("handover", "no rate plan: the product is not in the catalogue")
NO_PLAN_NOTES = QT_TRANSLATE_NOOP("handover", "no rate plan: {notes}")
ALL_GIVEN = QT_TRANSLATE_NOOP("handover", "the whole volume is given by the recorded rates")
LAST_SETTING = QT_TRANSLATE_NOOP("handover", "at the plan's last setting")
INFUSING_NOW = QT_TRANSLATE_NOOP("handover", "infusing now")
FOLLOW_UP_AFTER = QT_TRANSLATE_NOOP("handover", "follow-up after infusion {id}")


@dataclass(frozen=True)
class RunningRow:
    """An infusion running now: the rate on the pump, and the plan's next setting."""

    infusion: Infusion
    patient_name: str
    product_name: str
    # The latest recorded pump rate (0: paused) and when it was set; None before any step.
    rate_ml_per_h: float | None
    rate_since: datetime | None
    next_step: NextStep | None
    # Why there is no next step (no plan, the plan's last setting, the volume given); "" with one.
    no_next_step: str
    risk_level: RiskLevel
    risk_factors: tuple[RiskFactor, ...]
    open_alerts: int


@dataclass(frozen=True)
class HighRiskRow:
    """A patient under the ward's watch (infusing now, or with an open check) whose infusion
    is assessed high, with the reasons."""

    mrn: str
    patient_name: str
    infusion_id: str
    listed_for: str  # "infusing now" or "follow-up after infusion inf-12"
    factors: tuple[RiskFactor, ...]


@dataclass(frozen=True)
class Handover:
    """Everything the printed handover shows, at `at`."""

    at: datetime
    database: str  # the database file: which ward's record this is
    printed_by: str
    window_h: int
    running: tuple[RunningRow, ...]
    alerts: tuple[AlertRow, ...]  # urgent first, then by time (SPEC 12)
    high_risk: tuple[HighRiskRow, ...]
    overdue: tuple[WorklistRow, ...]
    due_now: tuple[WorklistRow, ...]
    due_soon: tuple[WorklistRow, ...]  # upcoming, due within `window_h` hours
    later: int  # open checks due after the window (counted, not listed)
    alert_names: Mapping[str, str]  # the name of each patient with an open alert, by MRN
    disclaimer: str = DISCLAIMER


def handover(ctx: Context) -> Handover:
    """The ward as it stands now, for the next shift."""
    ctx.require(Permission.VIEW)
    now = ctx.now()
    open_alerts = alerts.open_alerts(ctx)
    checks = worklist.worklist(ctx)
    running = _running(ctx, now, open_alerts)
    horizon = now + timedelta(hours=WINDOW_H)
    overdue = tuple(r for r in checks if r.status is CheckStatus.OVERDUE)
    due_now = tuple(r for r in checks if r.status is CheckStatus.DUE)
    upcoming = [r for r in checks if r.status is CheckStatus.UPCOMING]
    due_soon = tuple(r for r in upcoming if r.due_at <= horizon)
    return Handover(
        at=now,
        database=ctx.store.path,
        printed_by=ctx.user,
        window_h=WINDOW_H,
        running=tuple(running),
        alerts=tuple(open_alerts),
        high_risk=_high_risk(running, checks),
        overdue=overdue,
        due_now=due_now,
        due_soon=due_soon,
        later=len(upcoming) - len(due_soon),
        alert_names=patients.patient_names(ctx, sorted({a.mrn for a in open_alerts})),
    )


def _running(ctx: Context, now: datetime, open_alerts: Sequence[AlertRow]) -> list[RunningRow]:
    """Each running infusion with its stored risk (made again when stale) and where it stands
    against its plan; the plan's at-risk maximum follows that risk's factors."""
    found = [i for i in infusions.running_infusions(ctx) if i.start <= now]
    if not found:
        return []
    ids = [i.id for i in found]
    with ctx.store.read() as conn:
        rules = state.counter(conn, state.RULES)
        stored = state.stored_risks(conn, ids)
        risks = {i: state.decode_risk(stored[i], rules) if i in stored else None for i in ids}
        stale = [i for i, risk in risks.items() if risk is None]
        fresh = assess_stale(ctx, conn, stale) if stale else {}
    names = patients.patient_names(ctx, sorted({i.mrn for i in found}))
    products = ctx.products()
    alerted = [a.infusion_id for a in open_alerts]
    rows: list[RunningRow] = []
    for infusion in found:
        risk = risks[infusion.id]
        if risk is not None:
            level, factors, _notes = risk
        elif infusion.id in fresh:
            level, factors = fresh[infusion.id].level, fresh[infusion.id].factors
        else:
            continue  # entered in error meanwhile
        product = products.get(infusion.product_id)
        rate_rules = infusion_rules(ctx, infusion, product, [f.code for f in factors])
        position = plan_position(ctx, infusion, rate_rules, product, now)
        steps = sorted((s for s in infusion.rate_steps if s.at <= now), key=lambda s: s.at)
        latest = steps[-1] if steps else None
        rows.append(
            RunningRow(
                infusion=infusion,
                patient_name=names.get(infusion.mrn, ""),
                product_name=product.name if product is not None else infusion.product_id,
                rate_ml_per_h=latest.ml_per_h if latest is not None else None,
                rate_since=latest.at if latest is not None else None,
                next_step=position.next_step,
                no_next_step=_why_no_next_step(position),
                risk_level=level,
                risk_factors=factors,
                open_alerts=alerted.count(infusion.id),
            )
        )
    return rows


def _why_no_next_step(position: PlanPosition) -> str:
    if position.next_step is not None:
        return ""
    if position.plan is None:
        return NO_PLAN_PRODUCT
    if not position.plan.steps:
        return NO_PLAN_NOTES.format(notes="; ".join(position.plan.notes))
    if position.progress is not None and position.progress.left_ml <= 0:
        return ALL_GIVEN
    return LAST_SETTING


def _high_risk(
    running: Sequence[RunningRow], checks: Sequence[WorklistRow]
) -> tuple[HighRiskRow, ...]:
    """One row per high-risk patient, for the latest infusion the ward watches (running first,
    then the infusion of the open checks), in MRN order."""
    found: dict[str, HighRiskRow] = {}
    for row in running:
        if row.risk_level is RiskLevel.HIGH:
            found.setdefault(
                row.infusion.mrn,
                HighRiskRow(
                    row.infusion.mrn,
                    row.patient_name,
                    row.infusion.id,
                    INFUSING_NOW,
                    row.risk_factors,
                ),
            )
    for check in sorted(checks, key=lambda c: c.infusion_end, reverse=True):
        if check.risk_level is RiskLevel.HIGH:
            found.setdefault(
                check.mrn,
                HighRiskRow(
                    check.mrn,
                    check.patient_name,
                    check.infusion_id,
                    FOLLOW_UP_AFTER.format(id=check.infusion_id),
                    check.risk_factors,
                ),
            )
    return tuple(found[mrn] for mrn in sorted(found))
