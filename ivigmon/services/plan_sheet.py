"""The printed rate plan: the plan with the patient, the dosing weight and its basis, the sources,
and when and by whom it was printed (the ui lays it out on a page)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ivigmon.domain.codes import Diagnosis, WeightBasis
from ivigmon.domain.models import Patient
from ivigmon.domain.numbers import fmt
from ivigmon.domain.products import LocalField, Product
from ivigmon.domain.rate_plan import RatePlan
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.assessment import DISCLAIMER
from ivigmon.services.context import Context
from ivigmon.services.history import load_history
from ivigmon.services.rate_plan import PlanRequest, plan_for
from ivigmon.storage.records import Needed

# Where the default ward ceiling comes from (domain.settings.RiskSettings.max_pump_ml_per_h).
CEILING_SOURCE = QT_TRANSLATE_NOOP(
    "plan_sheet", "RCH Melbourne IVIg guideline: a maximum of 240 mL/h for every product"
)
# Each source line as a template (the printed sheet translates it, then fills it in).
LABEL_SOURCE = QT_TRANSLATE_NOOP("plan_sheet", "Label rates: {source}")
TITRATION_SOURCE = QT_TRANSLATE_NOOP("plan_sheet", "Titration: {source}")
CEILING_LINE = QT_TRANSLATE_NOOP(
    "plan_sheet", "Ward ceiling {rate} mL/h: a ward setting (default from the {source})"
)
LOCAL_SOURCES = {
    LocalField.INITIAL_RATE: QT_TRANSLATE_NOOP("plan_sheet", "Local initial rate: {source}"),
    LocalField.MAX_RATE: QT_TRANSLATE_NOOP("plan_sheet", "Local maximum: {source}"),
    LocalField.AT_RISK_MAX_RATE: QT_TRANSLATE_NOOP("plan_sheet", "Local at-risk maximum: {source}"),
    LocalField.FIRST_STEP_MINUTES: QT_TRANSLATE_NOOP(
        "plan_sheet", "Local first-step minutes: {source}"
    ),
    LocalField.STEP_MINUTES: QT_TRANSLATE_NOOP("plan_sheet", "Local later-step minutes: {source}"),
    LocalField.STEPS: QT_TRANSLATE_NOOP("plan_sheet", "Local steps: {source}"),
}


@dataclass(frozen=True)
class Source:
    """One line of the sheet's sources: a marked template, and what fills it in (`source`: the
    ward's or the label's own text, as written; `rate`: a figure)."""

    template: str
    source: str
    rate: str = ""

    def text(self, template: str | None = None) -> str:
        """The line in English, or in the (translated) `template`."""
        return (template or self.template).format(source=self.source, rate=self.rate)


@dataclass(frozen=True)
class PlanSheet:
    """Everything a printed plan shows; `patient` when it is printed for one."""

    plan: RatePlan
    product_name: str
    concentration_pct: float
    basis: WeightBasis | None  # None: the weight as given on the command line
    indication: Diagnosis | None
    patient: Patient | None
    sources: tuple[Source, ...]
    printed_at: datetime
    printed_by: str
    disclaimer: str = DISCLAIMER


def plan_sheet(
    ctx: Context,
    plan: RatePlan,
    *,
    basis: WeightBasis | None,
    indication: Diagnosis | None,
    patient: Patient | None = None,
) -> PlanSheet:
    """The sheet of a plan already made (the start form's, the bedside's), printed now."""
    product = ctx.products().get(plan.product_id)
    return PlanSheet(
        plan=plan,
        product_name=plan.product_name,
        concentration_pct=product.concentration_pct if product is not None else 0.0,
        basis=basis,
        indication=indication,
        patient=patient,
        sources=sources(ctx, product),
        printed_at=ctx.now(),
        printed_by=ctx.user,
    )


def sheet_for(ctx: Context, request: PlanRequest, *, basis: WeightBasis | None) -> PlanSheet:
    """The plan of `ivigmon plan` as a sheet, with the patient of `--mrn`."""
    plan = plan_for(ctx, request)
    patient = None
    if request.mrn is not None:
        patient = load_history(ctx, request.mrn, Needed(at=request.start)).patient
    indication = request.indication
    if indication is None and patient is not None:
        indication = patient.primary_diagnosis
    return plan_sheet(ctx, plan, basis=basis, indication=indication, patient=patient)


def sources(ctx: Context, product: Product | None) -> tuple[Source, ...]:
    """Where each number of the plan comes from: the label, the titration, the ward's local
    values with their notes, and the ward ceiling."""
    found: list[Source] = []
    if product is not None:
        if product.source:
            found.append(Source(LABEL_SOURCE, product.source))
        if product.titration_source:
            found.append(Source(TITRATION_SOURCE, product.titration_source))
        local = product.local
        if local is not None:
            found += [
                Source(LOCAL_SOURCES[name], local.note(name))
                for name in local.given
                if local.note(name)
            ]
    ceiling = ctx.risk_settings().max_pump_ml_per_h
    found.append(Source(CEILING_LINE, CEILING_SOURCE, fmt(ceiling, 1)))
    return tuple(found)
