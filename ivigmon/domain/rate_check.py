"""The one rate rule (SPEC 4, RAPID_RATE): which label limit a step passes, for risk and bedside."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ivigmon.domain.codes import FactorCode, RateUnit
from ivigmon.domain.dosing import StepRate, pump_ml_per_h, step_rate
from ivigmon.domain.local_brand import LOCAL_BRAND
from ivigmon.domain.models import RateStep
from ivigmon.domain.numbers import fmt
from ivigmon.domain.products import LocalField, Product
from ivigmon.domain.settings import RiskSettings

# What a step of a product without any rate limit in force says wherever its check is shown:
# nothing was compared, and "within label" would pretend otherwise.
NOT_CHECKED = "not checked: no limits for this product"

# Factors that lower a product's rate cap to its at-risk maximum (SPEC section 4, RAPID_RATE).
AT_RISK_FOR_RATE: frozenset[FactorCode] = frozenset(
    {
        FactorCode.KIDNEY_FAILURE,
        FactorCode.DIABETES,
        FactorCode.ADVANCED_AGE,
        FactorCode.THROMBOSIS_RISK,
    }
)


class LimitKind(StrEnum):
    """Which label limit a step passes, in the order they are checked."""

    MAXIMUM = "maximum"
    AT_RISK_MAXIMUM = "at_risk_maximum"
    INITIAL = "initial"


@dataclass(frozen=True)
class Breach:
    """A step above a limit: its value and the limit, both in the label's unit."""

    kind: LimitKind
    value: float
    limit: float
    unit: RateUnit
    # The indication when an indication-specific limit applies; the at-risk factor codes.
    scope: str = ""
    # The source note when the limit is the ward's local value (SPEC 11.1), else empty.
    local_note: str = ""

    @property
    def local(self) -> str:
        """`local limit: NOTE` when the limit rests on a local value, else empty."""
        return f"local limit: {self.local_note}" if self.local_note else ""


@dataclass(frozen=True)
class StepCheck:
    """One rate step: the pump rate, the same rate per kg, and what it passes (if anything).

    `checked` is False when the product has no rate limit in force: the step was compared with
    nothing, and says so (`NOT_CHECKED`) instead of passing for "within label".
    """

    at: datetime
    rate: StepRate
    breach: Breach | None = None
    product_name: str = ""
    checked: bool = True
    # What the step was checked against (Product.limits_basis): label, local limits or both.
    basis: str = "label"

    @property
    def warning(self) -> str:
        """Why this step passes a label limit, in bedside words, or an empty text."""
        return describe_for_bedside(self.breach, self.product_name)

    @property
    def result(self) -> str:
        """The check in words: the warning, "within label" (or local limits), or
        `NOT_CHECKED`."""
        if not self.checked:
            return NOT_CHECKED
        return self.warning or f"within {self.basis}"

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
    def initial(self) -> float | None:
        return self.product.initial_rate_for(self.indication)

    @property
    def at_risk_maximum(self) -> float | None:
        return self.product.at_risk_max_rate if self.at_risk_codes else None


def at_risk_codes(codes: Collection[FactorCode]) -> tuple[str, ...]:
    """The factors that lower a product's cap to its at-risk maximum (SPEC 4, RAPID_RATE)."""
    return tuple(sorted(c.value for c in codes if c in AT_RISK_FOR_RATE))


def label_rates(rules: RateRules) -> LabelRates:
    """The initial, maximum and at-risk maximum rates as pump settings for this child."""
    product = rules.product
    if not product.has_rate_limits:
        return LabelRates((), note=f"Rates are {NOT_CHECKED} ({no_limits_reason(product)})")
    conc = product.concentration_mg_per_ml
    unit = product.rate_unit
    limits: list[LabelLimit] = []

    def add(name: str, field: LocalField, rate: float | None, why: str = "") -> None:
        if rate is not None:
            pump = pump_ml_per_h(rate, unit, rules.weight_kg, conc)
            local = product.local_note(field, rate)
            why = "; ".join(
                part for part in (why, f"local limit: {local}" if local else "") if part
            )
            limits.append(LabelLimit(name, rate, unit, pump, why))

    indication = rules.indication
    own_initial = indication in product.initial_rate_by_indication
    add(
        "Initial rate",
        LocalField.INITIAL_RATE,
        rules.initial,
        f"for {indication}" if own_initial else "",
    )
    specific = product.has_indication_max(indication)
    add("Maximum", LocalField.MAX_RATE, rules.maximum, f"for {indication}" if specific else "")
    add(
        "At-risk maximum",
        LocalField.AT_RISK_MAX_RATE,
        rules.at_risk_maximum,
        ", ".join(rules.at_risk_codes),
    )
    note = ""
    if label_data_matters(product):
        note = f"label rates are {product.label_data}" + (
            f": {product.label_note}" if product.label_note else ""
        )
    return LabelRates(tuple(limits), note)


def label_data_matters(product: Product) -> bool:
    """Whether the state of the label data (partial, missing) is worth a note: not for a
    confirmed label, a local brand, or missing label rates replaced by local limits."""
    if product.label_data in ("confirmed", LOCAL_BRAND):
        return False
    return not (product.label_data.startswith("missing") and product.has_rate_limits)


def no_limits_reason(product: Product) -> str:
    """Why a product has no rate limits in force, and who can give it some."""
    return (
        f"{product.name} has no confirmed label rates; "
        "an administrator enters local limits in the catalogue"
    )


def is_above(value: float, limit: float, tolerance_pct: float) -> bool:
    """SPEC 4: "above" means more than 1 % over; rounded so float noise never tips it over."""
    return round(value, 6) > round(limit * (1.0 + tolerance_pct / 100.0), 6)


def step_breach(rules: RateRules, rate: StepRate, *, first: bool) -> Breach | None:
    """The first limit this step passes (maximum, then at-risk maximum, then for the first
    step the initial rate), or None. Pauses and products without label rates pass none."""
    product = rules.product
    if rate.ml_per_h <= 0 or not product.has_rate_limits:
        return None  # pauses are never above a limit (SPEC 5a)
    unit = product.rate_unit
    value = rate.in_unit(unit)
    tolerance = rules.tolerance_pct
    maximum = rules.maximum
    indication = rules.indication
    if maximum is not None and is_above(value, maximum, tolerance):
        scope = indication if product.has_indication_max(indication) else ""
        local = product.local_note(LocalField.MAX_RATE, maximum)
        return Breach(LimitKind.MAXIMUM, value, maximum, unit, scope, local)
    at_risk = rules.at_risk_maximum
    if at_risk is not None and is_above(value, at_risk, tolerance):
        local = product.local_note(LocalField.AT_RISK_MAX_RATE, at_risk)
        codes = ", ".join(rules.at_risk_codes)
        return Breach(LimitKind.AT_RISK_MAXIMUM, value, at_risk, unit, codes, local)
    initial = rules.initial
    if first and initial is not None and is_above(value, initial, tolerance):
        scope = indication if indication in product.initial_rate_by_indication else ""
        local = product.local_note(LocalField.INITIAL_RATE, initial)
        return Breach(LimitKind.INITIAL, value, initial, unit, scope, local)
    return None


def describe_for_bedside(breach: Breach | None, product_name: str) -> str:
    """`above the maximum: 9.97 mg/kg/min > 8 mg/kg/min (Privigen)`, or an empty text."""
    if breach is None:
        return ""
    shown = f"{fmt(breach.value)} {breach.unit}"
    limit = f"{fmt(breach.limit)} {breach.unit}"
    scope = f" for {breach.scope}" if breach.scope else ""
    if breach.kind is LimitKind.MAXIMUM:
        why = "; ".join(part for part in (product_name, breach.local) if part)
        return f"above the maximum: {shown} > {limit}{scope} ({why})"
    if breach.kind is LimitKind.AT_RISK_MAXIMUM:
        why = "; ".join(part for part in (breach.scope, breach.local) if part)
        return f"above the at-risk maximum: {shown} > {limit} ({why})"
    local = f" ({breach.local})" if breach.local else ""
    return f"first step above the initial rate: {shown} > {limit}{scope}{local}"


def describe_for_risk(breach: Breach) -> str:
    """`above the maximum 8 mg/kg/min for ITP`: the tail of a RAPID_RATE reason."""
    limit = f"{fmt(breach.limit)} {breach.unit}"
    scope = f" for {breach.scope}" if breach.scope else ""
    local = f" ({breach.local})" if breach.local else ""
    if breach.kind is LimitKind.MAXIMUM:
        return f"above the maximum {limit}{scope}{local}"
    if breach.kind is LimitKind.AT_RISK_MAXIMUM:
        why = "; ".join(part for part in (breach.scope, breach.local) if part)
        return f"above the at-risk maximum {limit} ({why})"
    return f"above the initial rate {limit}{scope}{local}"


def check_steps(rules: RateRules, steps: Sequence[RateStep]) -> tuple[StepCheck, ...]:
    """Every step in time order; "the first step" is the earliest (SPEC 5a)."""
    conc = rules.product.concentration_mg_per_ml
    ordered = sorted(steps, key=lambda s: (s.at, s.id or 0))
    result = []
    for index, step in enumerate(ordered):
        rate = step_rate(step.ml_per_h, rules.weight_kg, conc)
        breach = step_breach(rules, rate, first=index == 0)
        result.append(_step_check(rules, step.at, rate, breach))
    return tuple(result)


def check_new_step(
    rules: RateRules, steps: Sequence[RateStep], *, at: datetime, ml_per_h: float
) -> StepCheck:
    """A step being typed, checked as if it were already recorded."""
    rate = step_rate(ml_per_h, rules.weight_kg, rules.product.concentration_mg_per_ml)
    first = all(s.at > at for s in steps)
    return _step_check(rules, at, rate, step_breach(rules, rate, first=first))


def _step_check(rules: RateRules, at: datetime, rate: StepRate, breach: Breach | None) -> StepCheck:
    product = rules.product
    return StepCheck(at, rate, breach, product.name, product.has_rate_limits, product.limits_basis)
