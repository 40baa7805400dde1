"""Each rate step in every unit, and a plain warning when it passes a label limit (SPEC 4)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from ivigmon.domain.codes import FactorCode, RateUnit
from ivigmon.domain.dosing import StepRate, pump_ml_per_h, step_rate
from ivigmon.domain.models import RateStep
from ivigmon.domain.numbers import fmt
from ivigmon.domain.products import Product
from ivigmon.domain.risk import AT_RISK_FOR_RATE
from ivigmon.domain.settings import RiskSettings


@dataclass(frozen=True)
class StepCheck:
    """One rate step: the pump rate, the same rate per kg, and what it passes (if anything)."""

    at: datetime
    rate: StepRate
    warning: str = ""

    @property
    def ml_per_h(self) -> float:
        return self.rate.ml_per_h


@dataclass(frozen=True)
class LabelLimit:
    """A label rate and the pump setting that delivers it to this child."""

    name: str
    rate: float
    unit: RateUnit
    pump_ml_per_h: float
    why: str = ""

    def describe(self) -> str:
        why = f" ({self.why})" if self.why else ""
        return f"{self.name}{why}: {fmt(self.rate)} {self.unit} = {fmt(self.pump_ml_per_h, 1)} mL/h"


@dataclass(frozen=True)
class LabelRates:
    """The product's label limits for this indication, weight and patient."""

    limits: tuple[LabelLimit, ...]
    note: str = ""


@dataclass(frozen=True)
class RateRules:
    """What the step checks need: the product, the infusion's facts and the tolerance."""

    product: Product
    indication: str
    weight_kg: float
    at_risk_codes: tuple[str, ...] = ()
    tolerance_pct: float = RiskSettings().rate_tolerance_pct

    @property
    def maximum(self) -> float | None:
        return self.product.max_rate_for(self.indication)

    @property
    def at_risk_maximum(self) -> float | None:
        return self.product.at_risk_max_rate if self.at_risk_codes else None


def at_risk_codes(codes: Collection[FactorCode]) -> tuple[str, ...]:
    """The factors that lower a product's cap to its at-risk maximum (SPEC 4, RAPID_RATE)."""
    return tuple(sorted(c.value for c in codes if c in AT_RISK_FOR_RATE))


def label_rates(rules: RateRules) -> LabelRates:
    """The initial, maximum and at-risk maximum rates as pump settings for this child."""
    product = rules.product
    if not product.has_label_rates:
        return LabelRates(
            (), note=f"{product.name} has no confirmed label rates: rates are not checked"
        )
    conc = product.concentration_mg_per_ml
    unit = product.rate_unit
    limits: list[LabelLimit] = []

    def add(name: str, rate: float | None, why: str = "") -> None:
        if rate is not None:
            pump = pump_ml_per_h(rate, unit, rules.weight_kg, conc)
            limits.append(LabelLimit(name, rate, unit, pump, why))

    add("Initial rate", product.initial_rate)
    specific = rules.indication in product.max_rate_by_indication
    add("Maximum", rules.maximum, f"for {rules.indication}" if specific else "")
    add("At-risk maximum", rules.at_risk_maximum, ", ".join(rules.at_risk_codes))
    note = ""
    if product.label_data != "confirmed":
        note = f"label rates are {product.label_data}" + (
            f": {product.label_note}" if product.label_note else ""
        )
    return LabelRates(tuple(limits), note)


def _above(value: float, limit: float, tolerance_pct: float) -> bool:
    # SPEC 4: "above" means more than 1 % over; rounded so float noise never tips it over.
    return round(value, 6) > round(limit * (1.0 + tolerance_pct / 100.0), 6)


def step_warning(rules: RateRules, rate: StepRate, *, first: bool) -> str:
    """Why this step passes a label limit, or an empty text (the same order as the risk rule)."""
    product = rules.product
    if rate.ml_per_h <= 0 or not product.has_label_rates:
        return ""  # pauses are never above a limit (SPEC 5a)
    unit = product.rate_unit
    value = rate.in_unit(unit)
    shown = f"{fmt(value)} {unit}"
    maximum = rules.maximum
    if maximum is not None and _above(value, maximum, rules.tolerance_pct):
        scope = (
            f" for {rules.indication}" if rules.indication in product.max_rate_by_indication else ""
        )
        return f"above the maximum: {shown} > {fmt(maximum)} {unit}{scope} ({product.name})"
    at_risk = rules.at_risk_maximum
    if at_risk is not None and _above(value, at_risk, rules.tolerance_pct):
        return (
            f"above the at-risk maximum: {shown} > {fmt(at_risk)} {unit} "
            f"({', '.join(rules.at_risk_codes)})"
        )
    initial = product.initial_rate
    if first and initial is not None and _above(value, initial, rules.tolerance_pct):
        return f"first step above the initial rate: {shown} > {fmt(initial)} {unit}"
    return ""


def check_steps(rules: RateRules, steps: Sequence[RateStep]) -> tuple[StepCheck, ...]:
    """Every step in time order; "the first step" is the earliest (SPEC 5a)."""
    conc = rules.product.concentration_mg_per_ml
    ordered = sorted(steps, key=lambda s: (s.at, s.id or 0))
    result = []
    for index, step in enumerate(ordered):
        rate = step_rate(step.ml_per_h, rules.weight_kg, conc)
        result.append(StepCheck(step.at, rate, step_warning(rules, rate, first=index == 0)))
    return tuple(result)


def check_new_step(
    rules: RateRules, steps: Sequence[RateStep], *, at: datetime, ml_per_h: float
) -> StepCheck:
    """A step being typed, checked as if it were already recorded."""
    rate = step_rate(ml_per_h, rules.weight_kg, rules.product.concentration_mg_per_ml)
    first = all(s.at > at for s in steps)
    return StepCheck(at, rate, step_warning(rules, rate, first=first))
