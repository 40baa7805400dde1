"""What the bedside window shows: an infusion with its figures, step checks, risk and checks."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from ivigmon.domain.codes import AlertKind, Diagnosis, FactorCode, LabelUse
from ivigmon.domain.dosing import dose_g_per_kg, volume_ml
from ivigmon.domain.dosing_weight import AdjustedWeight, NoAdjustedWeight, adjusted_weight
from ivigmon.domain.fluid_volume import FluidVolume, fluid_codes, fluid_volume
from ivigmon.domain.models import Check, Infusion, Lot, RiskAssessment
from ivigmon.domain.plan_progress import NextStep, next_step
from ivigmon.domain.products import Product
from ivigmon.domain.rate_check import (
    LabelRates,
    RateRules,
    StepCheck,
    at_risk_codes,
    check_new_step,
    check_steps,
    label_rates,
    unknown_product,
)
from ivigmon.domain.rate_plan import RatePlan
from ivigmon.domain.record_validation import infusion_flags, latest_weight
from ivigmon.domain.start_flags import (
    course_dose_flag,
    is_stale_weight,
    prior_severe_flag,
    stale_weight_flag,
)
from ivigmon.domain.validation import Flag
from ivigmon.domain.volume_given import InfusionProgress, infusion_progress
from ivigmon.services.alerts import AlertRow, open_alerts
from ivigmon.services.assessment import infusion_risk, risk_from_history
from ivigmon.services.context import Context
from ivigmon.services.earlier_reactions import EarlierReaction, earlier_reactions
from ivigmon.services.errors import UnknownRecord
from ivigmon.services.history import History, load_history
from ivigmon.services.rate_plan import plan_from
from ivigmon.services.settings import alert_protocols, weight_max_age_days


@dataclass(frozen=True)
class DoseFigures:
    """SPEC 3: g/kg, volume and volume per kg of one dose."""

    dose_g: float
    weight_kg: float
    g_per_kg: float
    volume_ml: float
    ml_per_kg: float


def dose_figures(dose_g: float, weight_kg: float, product: Product) -> DoseFigures:
    volume = volume_ml(dose_g, product.concentration_mg_per_ml)
    return DoseFigures(
        dose_g=dose_g,
        weight_kg=weight_kg,
        g_per_kg=dose_g_per_kg(dose_g, weight_kg),
        volume_ml=volume,
        ml_per_kg=volume / weight_kg,
    )


@dataclass(frozen=True)
class BedsideState:
    """One infusion as the bedside window shows it (reloaded after every entry)."""

    history: History
    infusion: Infusion
    product: Product | None
    assessment: RiskAssessment
    rules: RateRules  # for a product not in the catalogue: `unknown_product`, the ceiling only
    steps: tuple[StepCheck, ...]
    label: LabelRates
    dose: DoseFigures | None
    checks: tuple[Check, ...]
    alerts: tuple[AlertRow, ...] = ()  # this infusion's open alerts, urgent first
    # The ward's protocol text for each kind of those alerts ("" where none was entered).
    protocols: Mapping[AlertKind, str] = field(default_factory=dict)
    progress: InfusionProgress | None = None  # volume given and left; None without the product
    plan: RatePlan | None = None  # SPEC 11.4, from the infusion's start; None without the product
    next_step: NextStep | None = None  # the plan's next setting while the infusion runs


def bedside_state(ctx: Context, mrn: str, infusion_id: str) -> BedsideState:
    history = load_history(ctx, mrn)
    try:
        infusion = history.infusion(infusion_id)
    except KeyError:
        raise UnknownRecord("infusion", "id", f"no infusion {infusion_id!r} for {mrn}") from None
    product = ctx.products().get(infusion.product_id)
    assessment = infusion_risk(ctx, history, infusion_id)
    rules = infusion_rules(ctx, infusion, product, assessment.codes)
    dose = dose_figures(infusion.dose_g, infusion.dosing_weight_kg, product) if product else None
    position = plan_position(ctx, infusion, rules, product, ctx.now())
    alerts = tuple(a for a in open_alerts(ctx) if a.infusion_id == infusion_id)
    return BedsideState(
        history=history,
        infusion=infusion,
        product=product,
        assessment=assessment,
        rules=rules,
        steps=check_steps(rules, infusion.rate_steps),
        label=label_rates(rules),
        dose=dose,
        checks=tuple(
            sorted(
                (c for c in history.checks if c.infusion_id == infusion_id),
                key=lambda c: c.offset_h,
            )
        ),
        alerts=alerts,
        protocols=alert_protocols(ctx) if alerts else {},
        progress=position.progress,
        plan=position.plan,
        next_step=position.next_step,
    )


def infusion_rules(
    ctx: Context, infusion: Infusion, product: Product | None, codes: Collection[FactorCode]
) -> RateRules:
    """The rate rules of an infusion whose assessment has these factor codes."""
    # A product not in the catalogue as this program read it (added since by another window
    # or user) is known by its id alone: its steps are still shown, and checked against the
    # ward ceiling (SPEC 11.2, every product).
    return RateRules(
        product=product if product is not None else unknown_product(infusion.product_id),
        indication=infusion.indication.value,
        weight_kg=infusion.dosing_weight_kg,
        at_risk_codes=at_risk_codes(codes),
        tolerance_pct=ctx.risk_settings().rate_tolerance_pct,
        ceiling_ml_per_h=ctx.risk_settings().max_pump_ml_per_h,
    )


@dataclass(frozen=True)
class PlanPosition:
    """An infusion against its rate plan at a moment: the plan (None without the product), the
    volume given so far, and the next setting while it runs (None at the last one, once the
    whole volume is given, or once it has ended)."""

    plan: RatePlan | None
    progress: InfusionProgress | None
    next_step: NextStep | None


def plan_position(
    ctx: Context,
    infusion: Infusion,
    rules: RateRules,
    product: Product | None,
    moment: datetime,
) -> PlanPosition:
    """Where the infusion stands against the plan made from its start (SPEC 11.4)."""
    if product is None:
        return PlanPosition(None, None, None)
    plan = plan_from(
        ctx,
        product,
        weight_kg=infusion.dosing_weight_kg,
        dose_g=infusion.dose_g,
        start=infusion.start,
        indication=infusion.indication,
        codes=rules.at_risk_codes,
    )
    dose = dose_figures(infusion.dose_g, infusion.dosing_weight_kg, product)
    progress = progress_at(infusion, dose, moment)
    # Once the recorded rates have given the whole volume there is no next step to take.
    upcoming: NextStep | None = None
    if infusion.end is None and progress is not None and progress.left_ml > 0:
        upcoming = next_step(plan, rules, infusion.rate_steps, moment)
    return PlanPosition(plan, progress, upcoming)


def progress_at(
    infusion: Infusion, dose: DoseFigures | None, moment: datetime
) -> InfusionProgress | None:
    """The volume given up to the end (or `moment` while running) against the prescribed one."""
    if dose is None:
        return None
    return infusion_progress(
        infusion.rate_steps,
        start=infusion.start,
        end=infusion.end,
        prescribed_ml=dose.volume_ml,
        now=moment,
    )


@dataclass(frozen=True)
class StartDefaults:
    """What a new infusion form starts with for this patient."""

    history: History
    assessment: RiskAssessment
    latest_weight: tuple[datetime, float] | None
    previous_product_id: str | None
    indication: Diagnosis | None
    running_infusion_id: str | None
    reactions: tuple[EarlierReaction, ...] = ()  # worst first
    weight_max_age_days: int = 30
    # The latest weight is a child's and older than the setting: not offered as the dose weight.
    weight_is_stale: bool = False
    # With OBESITY: the adjusted weight offered (never chosen for the nurse), or why there is
    # none; None without OBESITY.
    adjusted: AdjustedWeight | NoAdjustedWeight | None = None


def start_defaults(ctx: Context, mrn: str) -> StartDefaults:
    history = load_history(ctx, mrn)
    now = ctx.now()
    risk = risk_from_history(ctx, history, now)
    previous = history.infusions[-1] if history.infusions else None
    running = next((i.id for i in reversed(history.infusions) if i.end is None), None)
    measured = latest_weight(history.patient.measurements, now)
    max_age = weight_max_age_days(ctx)
    offer = adjusted_weight(
        history.patient,
        now,
        codes=risk.patient.codes,
        growth=ctx.growth,
        height_valid_months=ctx.risk_settings().height_valid_months,
        weight_max_age_days=max_age,
    )
    return StartDefaults(
        history=history,
        assessment=risk.patient,
        latest_weight=measured,
        weight_max_age_days=max_age,
        weight_is_stale=measured is not None
        and is_stale_weight(history.patient, measured[0], now=now, max_age_days=max_age),
        previous_product_id=previous.product_id if previous else None,
        indication=previous.indication if previous else history.patient.primary_diagnosis,
        running_infusion_id=running,
        reactions=earlier_reactions(history.infusions, now, ctx.products()),
        adjusted=offer,
    )


@dataclass(frozen=True)
class StartPreview:
    """What the start form shows as it is filled in, before anything is stored."""

    product: Product | None
    dose: DoseFigures | None = None
    flags: tuple[Flag, ...] = ()
    label: LabelRates | None = None
    first_step: StepCheck | None = None
    plan: RatePlan | None = None  # once the product, the weight and the dose are known
    fluid: FluidVolume | None = None  # the volume per kg, with YOUNG_CHILD or KAWASAKI_CARDIAC


def start_preview(
    ctx: Context,
    defaults: StartDefaults,
    *,
    product_id: str | None,
    indication: Diagnosis,
    weight_kg: float | None,
    dose_g: float | None,
    first_rate_ml_per_h: float | None = None,
    lots: tuple[Lot, ...] = (),
) -> StartPreview:
    """Dose figures, flags, the label rates as pump settings and the first step's check.

    Each part needs the product and a positive weight; the figures and flags also the dose.
    """
    product = ctx.products().get(product_id) if product_id else None
    if product is None or weight_kg is None or weight_kg <= 0:
        return StartPreview(product)
    dose: DoseFigures | None = None
    flags: tuple[Flag, ...] = ()
    fluid: FluidVolume | None = None
    now = ctx.now()
    if dose_g is not None and dose_g > 0:
        dose = dose_figures(dose_g, weight_kg, product)
        patient = defaults.history.patient
        fluid = fluid_volume(
            product,
            dose_g=dose_g,
            weight_kg=weight_kg,
            codes=fluid_codes(
                defaults.assessment.codes,
                indication=indication,
                comorbidities=patient.comorbidities,
            ),
            catalogue=ctx.products().values(),
        )
        flags = start_flags(
            ctx,
            defaults,
            Infusion(
                id="",
                mrn=defaults.history.patient.mrn,
                indication=indication,
                label_use=LabelUse.ON,
                product_id=product.id,
                dosing_weight_kg=weight_kg,
                dose_g=dose_g,
                start=now,
                lots=lots,
            ),
        )
    rules = RateRules(
        product=product,
        indication=indication.value,
        weight_kg=weight_kg,
        at_risk_codes=at_risk_codes(defaults.assessment.codes),
        tolerance_pct=ctx.risk_settings().rate_tolerance_pct,
        ceiling_ml_per_h=ctx.risk_settings().max_pump_ml_per_h,
    )
    first = (
        check_new_step(rules, [], at=now, ml_per_h=first_rate_ml_per_h)
        if first_rate_ml_per_h is not None
        else None
    )
    plan = (
        plan_from(
            ctx,
            product,
            weight_kg=weight_kg,
            dose_g=dose_g,
            start=now.replace(second=0, microsecond=0),
            indication=indication,
            codes=rules.at_risk_codes,
        )
        if dose_g is not None and dose_g > 0
        else None
    )
    return StartPreview(product, dose, flags, label_rates(rules), first, plan, fluid)


def start_flags(ctx: Context, defaults: StartDefaults, infusion: Infusion) -> tuple[Flag, ...]:
    """Every flag a new infusion raises, before it is stored: an expired lot, the dose, the
    course dose, the dosing weight against the measured one, an old weight, an earlier severe
    reaction. The nurse confirms them all at once."""
    patient = defaults.history.patient
    now = ctx.now()
    found = list(infusion_flags(infusion, patient))
    extra = (
        course_dose_flag(
            defaults.history.infusions,
            infusion,
            window_h=ctx.risk_settings().course_window_h,
        ),
        stale_weight_flag(patient, infusion, now=now, max_age_days=defaults.weight_max_age_days),
        prior_severe_flag(infusion, defaults.assessment),
    )
    found += [flag for flag in extra if flag is not None]
    return tuple(found)
