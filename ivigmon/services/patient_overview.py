"""One patient at a glance: age, BMI and percentile, the assessment, infusions, events, checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ivigmon.domain.age import add_months, age_in_months, completed_years
from ivigmon.domain.codes import CheckStatus, RiskLevel
from ivigmon.domain.followup import check_status
from ivigmon.domain.growth import bmi
from ivigmon.domain.models import AdverseEvent, Check, Infusion, Measurement, RiskFactor
from ivigmon.domain.replay import check_as_of, infusions_as_of
from ivigmon.services.assessment import PatientRisk, infusion_risk, risk_from_history
from ivigmon.services.bedside import DoseFigures, dose_figures
from ivigmon.services.context import Context
from ivigmon.services.earlier_reactions import EarlierReaction, earlier_reactions
from ivigmon.services.history import History, load_history

# CDC 2000 BMI-for-age covers 2 to 20 years (24 to 240.5 months).
CDC_FIRST_MONTH = 24.0
CDC_LAST_MONTH = 240.5


@dataclass(frozen=True)
class BodySize:
    """Latest measured weight and height, BMI and (ages 2-19) the CDC BMI-for-age percentile."""

    weight: Measurement | None
    height: Measurement | None
    bmi: float | None
    bmi_percentile: float | None
    note: str = ""


@dataclass(frozen=True)
class InfusionSummary:
    infusion: Infusion
    product_name: str
    dose: DoseFigures | None
    level: RiskLevel
    factors: tuple[RiskFactor, ...]


@dataclass(frozen=True)
class EventSummary:
    infusion_id: str
    product_name: str
    event: AdverseEvent


@dataclass(frozen=True)
class CheckSummary:
    check: Check
    status: CheckStatus


@dataclass(frozen=True)
class PatientOverview:
    history: History
    at: datetime
    age_years: int
    age_text: str
    body: BodySize
    risk: PatientRisk
    infusions: tuple[InfusionSummary, ...]  # newest first
    events: tuple[EventSummary, ...]  # newest first
    reactions: tuple[EarlierReaction, ...]  # worst first
    checks: tuple[CheckSummary, ...]  # latest due first
    running_infusion_id: str | None


def age_text(birth: date, at: datetime) -> str:
    """`6 y`, `1 y 4 mo`, `7 mo`, `12 days`: months matter for the youngest children."""
    years = completed_years(birth, at)
    day = at.date()
    months = (day.year - birth.year) * 12 + day.month - birth.month - (day.day < birth.day)
    if years >= 2:
        return f"{years} y"
    if months >= 12:
        return f"{years} y {months - 12 * years} mo"
    if months >= 1:
        return f"{months} mo"
    days = (at.date() - birth).days
    return f"{days} day{'s' if days != 1 else ''}"


def body_size(ctx: Context, history: History, at: datetime) -> BodySize:
    patient = history.patient
    weights = [m for m in patient.measurements if m.weight_kg is not None and m.at <= at]
    heights = [m for m in patient.measurements if m.height_cm is not None and m.at <= at]
    weight = max(weights, key=lambda m: m.at) if weights else None
    height = max(heights, key=lambda m: m.at) if heights else None
    if weight is None or height is None:
        return BodySize(weight, height, None, None, "BMI needs a measured weight and height")
    assert weight.weight_kg is not None and height.height_cm is not None
    value = bmi(weight.weight_kg, height.height_cm)
    years = completed_years(patient.birth_date, at)
    note = ""
    settings = ctx.risk_settings()
    if years < 18 and add_months(height.at, settings.height_valid_months) < at:
        note = f"height older than {settings.height_valid_months} months"
    months = age_in_months(patient.birth_date, at)
    percentile: float | None = None
    if 2 <= years < 20:
        percentile = ctx.growth.percentile(
            patient.sex, min(max(months, CDC_FIRST_MONTH), CDC_LAST_MONTH), value
        )
    elif years < 2:
        note = note or "no BMI-for-age percentile under 2 years"
    return BodySize(weight, height, value, percentile, note)


def patient_overview(ctx: Context, mrn: str, at: datetime | None = None) -> PatientOverview:
    moment = at or ctx.now()
    history = load_history(ctx, mrn)
    patient = history.patient
    products = ctx.products()
    known = infusions_as_of(history.infusions, moment)
    by_id = {i.id: i for i in known}

    def name_of(product_id: str) -> str:
        product = products.get(product_id)
        return product.name if product is not None else product_id

    infusions: list[InfusionSummary] = []
    events: list[EventSummary] = []
    for infusion in reversed(known):
        product = products.get(infusion.product_id)
        assessment = infusion_risk(ctx, history, infusion.id, at=moment)
        infusions.append(
            InfusionSummary(
                infusion=infusion,
                product_name=name_of(infusion.product_id),
                dose=(
                    dose_figures(infusion.dose_g, infusion.dosing_weight_kg, product)
                    if product is not None
                    else None
                ),
                level=assessment.level,
                factors=assessment.factors,
            )
        )
        events.extend(
            EventSummary(infusion.id, name_of(infusion.product_id), e) for e in infusion.events
        )
    events.sort(key=lambda e: e.event.onset, reverse=True)
    settings = ctx.check_settings()
    checks: list[CheckSummary] = []
    for check in history.checks:
        owner = by_id.get(check.infusion_id)
        if owner is None or owner.end is None:
            continue
        status = check_status(check_as_of(check, moment), owner, known, moment, settings)
        checks.append(CheckSummary(check_as_of(check, moment), status))
    checks.sort(key=lambda c: (c.check.due_at, c.check.offset_h), reverse=True)
    running = next((i.id for i in reversed(known) if i.end is None), None)
    return PatientOverview(
        history=history,
        at=moment,
        age_years=completed_years(patient.birth_date, moment),
        age_text=age_text(patient.birth_date, moment),
        body=body_size(ctx, history, moment),
        risk=risk_from_history(ctx, history, moment),
        infusions=tuple(infusions),
        events=tuple(events),
        reactions=earlier_reactions(known, moment, products),
        checks=tuple(checks),
        running_infusion_id=running,
    )
