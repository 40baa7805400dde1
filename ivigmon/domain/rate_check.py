"""The one rate rule (SPEC 4 and 11.2, RAPID_RATE): which limit a step passes (the rate limits in
force, the ward ceiling, the titration intervals), for risk and bedside."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ivigmon.domain.codes import FactorCode, RateUnit
from ivigmon.domain.dosing import StepRate, pump_ml_per_h, step_rate
from ivigmon.domain.local_brand import LOCAL_BRAND
from ivigmon.domain.models import RateStep
from ivigmon.domain.numbers import fmt
from ivigmon.domain.phrases import Num, Phrase, Value, say
from ivigmon.domain.products import LocalField, Product
from ivigmon.domain.settings import RiskSettings
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP

# What a step of a product without any rate limit in force says wherever its check is shown:
# "within label" would pretend to a comparison that was not made. The ward ceiling (and a
# titration interval, where one is in force) is still checked, and the words say exactly that.
NO_LIMITS = "no rate limits for this product"
CEILING_ONLY = f"checked against the ward ceiling only: {NO_LIMITS}"
# Only without a ward ceiling (RateRules.ceiling_ml_per_h None) is nothing compared at all.
NOT_CHECKED = f"not checked: {NO_LIMITS}"

# Factors that lower a product's rate cap to its at-risk maximum (SPEC section 4, RAPID_RATE).
AT_RISK_FOR_RATE: frozenset[FactorCode] = frozenset(
    {
        FactorCode.KIDNEY_FAILURE,
        FactorCode.DIABETES,
        FactorCode.ADVANCED_AGE,
        FactorCode.THROMBOSIS_RISK,
    }
)


# The unit of the ward ceiling: a pump setting.
PUMP_UNIT = "mL/h"

# The `label_data` of a product the catalogue in hand does not hold (one added by another
# window or user since this program read the catalogue): nothing is known of it but its id,
# and its steps are checked against the ward ceiling, which holds for every product (SPEC 11.2).
NOT_IN_CATALOGUE = "not in the catalogue"


class LimitKind(StrEnum):
    """Which limit a step passes, in the order they are checked."""

    MAXIMUM = "maximum"
    AT_RISK_MAXIMUM = "at_risk_maximum"
    CEILING = "ward_ceiling"
    INITIAL = "initial"
    TITRATION = "titration"


class Interval(StrEnum):
    """Which titration interval a raise came too soon for (SPEC 12, Titration)."""

    FIRST = "first"  # the first raise: how long the initial rate runs at least
    LATER = "later"  # every later raise


@dataclass(frozen=True)
class Breach:
    """A step above a limit: its value and the limit, both in the label's unit (mL/h for the
    ward ceiling; for a titration the limit is the interval in minutes)."""

    kind: LimitKind
    value: float
    limit: float
    unit: str
    # The indication when an indication-specific limit applies; the at-risk factor codes;
    # for a titration, which interval (`Interval`).
    scope: str = ""
    # The source note when the limit is the ward's local value (SPEC 11.1), else empty.
    local_note: str = ""
    # A titration only: the rate raised from (label's unit) and the minutes since it was set.
    previous: float | None = None
    minutes: float | None = None

    @property
    def local(self) -> str:
        """`local limit: NOTE` when the limit rests on a local value, else empty."""
        return f"local limit: {self.local_note}" if self.local_note else ""


@dataclass(frozen=True)
class StepCheck:
    """One rate step: the pump rate, the same rate per kg, and what it passes (if anything).

    `limited` is False when the product has no rate limit in force: the step was compared with
    the ward ceiling (and an interval in force) only, and says so (`basis`, e.g.
    `CEILING_ONLY`) instead of passing for "within label".
    """

    at: datetime
    rate: StepRate
    breach: Breach | None = None
    product_name: str = ""
    limited: bool = True
    # What the step was checked against: with rate limits, Product.limits_basis (label, local
    # limits or both); without, what alone was checked, in words (`without_limits`).
    basis: str = "label"

    @property
    def warning(self) -> str:
        """Why this step passes a limit, in bedside words, or an empty text."""
        return describe_for_bedside(self.breach, self.product_name)

    @property
    def result(self) -> str:
        """The check in words: the warning, "within label" (or local limits), or for a product
        without rate limits what alone was checked (`CEILING_ONLY`)."""
        if self.warning:
            return self.warning
        return f"within {self.basis}" if self.limited else self.basis

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
class CeilingLimit:
    """The ward ceiling beside the label limits; `binding` when it is the lowest of them (it
    then sets this child's maximum: a heavy child, a fast label maximum)."""

    ml_per_h: float
    binding: bool = False

    def describe(self) -> str:
        lowest = " - the lowest limit for this child" if self.binding else ""
        return f"Ward ceiling (every product): {fmt(self.ml_per_h, 1)} mL/h{lowest}"


@dataclass(frozen=True)
class LabelRates:
    """The product's label limits for this indication, weight and patient, and the ward
    ceiling (None without one, or when `note` names it already: a product without limits)."""

    limits: tuple[LabelLimit, ...]
    note: str = ""
    ceiling: CeilingLimit | None = None

    def lines(self) -> list[str]:
        """Each limit as pump settings for this child, the ward ceiling last."""
        lines = [limit.describe() for limit in self.limits]
        if self.ceiling is not None:
            lines.append(self.ceiling.describe())
        return lines


@dataclass(frozen=True)
class RateRules:
    """What the step checks need: the product (its limits in force), the infusion's facts, the
    tolerance and the ward ceiling (pump mL/h; None: no ceiling)."""

    product: Product
    indication: str
    weight_kg: float
    at_risk_codes: tuple[str, ...] = ()
    tolerance_pct: float = RiskSettings().rate_tolerance_pct
    ceiling_ml_per_h: float | None = RiskSettings().max_pump_ml_per_h

    @property
    def maximum(self) -> float | None:
        return self.product.max_rate_for(self.indication)

    @property
    def initial(self) -> float | None:
        return self.product.initial_rate_for(self.indication)

    @property
    def at_risk_maximum(self) -> float | None:
        return self.product.at_risk_max_rate if self.at_risk_codes else None


INITIAL_RATE = "Initial rate"


def at_risk_codes(codes: Collection[FactorCode]) -> tuple[str, ...]:
    """The factors that lower a product's cap to its at-risk maximum (SPEC 4, RAPID_RATE)."""
    return tuple(sorted(c.value for c in codes if c in AT_RISK_FOR_RATE))


def label_rates(rules: RateRules) -> LabelRates:
    """The initial, maximum and at-risk maximum rates as pump settings for this child."""
    product = rules.product
    if not product.has_rate_limits:
        ceiling = rules.ceiling_ml_per_h
        shown = f"; ward ceiling {fmt(ceiling, 1)} mL/h" if ceiling is not None else ""
        note = f"Rates are {without_limits(rules)} ({no_limits_reason(product)}){shown}"
        return LabelRates((), note=note)
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
        INITIAL_RATE,
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
    return LabelRates(tuple(limits), note, _ceiling(rules, limits))


def _ceiling(rules: RateRules, limits: Sequence[LabelLimit]) -> CeilingLimit | None:
    """The ward ceiling, binding when below every maximum in force (on a tie the label's
    maximum is named, as the rate plan names it)."""
    ceiling = rules.ceiling_ml_per_h
    if ceiling is None:
        return None
    maxima = [limit.pump_ml_per_h for limit in limits if limit.name != INITIAL_RATE]
    return CeilingLimit(ceiling, binding=not maxima or ceiling < min(maxima))


def label_data_matters(product: Product) -> bool:
    """Whether the state of the label data (partial, missing) is worth a note: not for a
    confirmed label, a local brand, or missing label rates replaced by local limits."""
    if product.label_data in ("confirmed", LOCAL_BRAND):
        return False
    return not (product.label_data.startswith("missing") and product.has_rate_limits)


def without_limits(rules: RateRules) -> str:
    """What alone a step of a product without rate limits is checked against, in words."""
    checked = [
        name
        for name, applies in (
            ("the ward ceiling", rules.ceiling_ml_per_h is not None),
            (
                "the titration intervals",
                rules.product.first_step_minutes is not None
                or rules.product.step_minutes is not None,
            ),
        )
        if applies
    ]
    if not checked:
        return NOT_CHECKED
    if checked == ["the ward ceiling"]:
        return CEILING_ONLY
    return f"checked against {' and '.join(checked)} only: {NO_LIMITS}"


def no_limits_reason(product: Product) -> str:
    """Why a product has no rate limits in force, and who can give it some."""
    if product.label_data == NOT_IN_CATALOGUE:
        return f"{product.id!r} is not in the catalogue as this program read it"
    return (
        f"{product.name} has no confirmed label rates; "
        "an administrator enters local limits in the catalogue"
    )


def unknown_product(product_id: str) -> Product:
    """Stands for a product the catalogue does not hold: no rate limits, no concentration (so
    no mg/kg/min: NaN, shown as unknown), and the ward ceiling still applies to its steps."""
    return Product(
        id=product_id,
        name=product_id,
        maker="",
        concentration_pct=math.nan,
        sugar="",
        iga_ug_per_ml="",
        rate_unit=RateUnit.MG_KG_MIN,
        label_data=NOT_IN_CATALOGUE,
    )


def is_above(value: float, limit: float, tolerance_pct: float) -> bool:
    """SPEC 4: "above" means more than 1 % over; rounded so float noise never tips it over."""
    return round(value, 6) > round(limit * (1.0 + tolerance_pct / 100.0), 6)


@dataclass(frozen=True)
class Pace:
    """Where the titration stands after the steps so far (SPEC 12, Titration)."""

    rate: float | None = None  # the previous non-zero pump rate (mL/h)
    set_at: datetime | None = None  # when the current rate was set
    raised: bool = False  # the first raise has happened: later raises use `step_minutes`

    def after(self, at: datetime, ml_per_h: float, tolerance_pct: float) -> Pace:
        """The pace once this step is set. A pause changes nothing; a step within the
        tolerance of the previous rate keeps the time the current rate was set."""
        if ml_per_h <= 0:
            return self
        if self.rate is None or self.set_at is None:
            return Pace(ml_per_h, at, raised=False)
        if is_above(ml_per_h, self.rate, tolerance_pct):
            return Pace(ml_per_h, at, raised=True)
        if is_below(ml_per_h, self.rate, tolerance_pct):
            return Pace(ml_per_h, at, raised=self.raised)
        return Pace(ml_per_h, self.set_at, raised=self.raised)


def pace_before(rules: RateRules, ordered: Sequence[RateStep]) -> Pace:
    """The pace after these steps (in time order)."""
    pace = Pace()
    for step in ordered:
        pace = pace.after(step.at, step.ml_per_h, rules.tolerance_pct)
    return pace


def is_below(value: float, limit: float, tolerance_pct: float) -> bool:
    """A fall of more than the tolerance (SPEC 12: a fall of more than 1 % restarts the time)."""
    return round(value, 6) < round(limit * (1.0 - tolerance_pct / 100.0), 6)


def step_breach(
    rules: RateRules,
    rate: StepRate,
    *,
    first: bool,
    at: datetime | None = None,
    pace: Pace = Pace(),
) -> Breach | None:
    """The first limit this step passes, or None: the maximum, the at-risk maximum, the ward
    ceiling, for the first step the initial rate, then the titration interval (from `pace`, the
    steps before it). Pauses pass none; a product without rate limits only the ward ceiling and
    an interval in force."""
    if rate.ml_per_h <= 0:
        return None  # pauses are never above a limit (SPEC 5a)
    product = rules.product
    unit = product.rate_unit
    value = rate.in_unit(unit)
    tolerance = rules.tolerance_pct
    rated = product.has_rate_limits
    maximum = rules.maximum
    indication = rules.indication
    if rated and maximum is not None and is_above(value, maximum, tolerance):
        scope = indication if product.has_indication_max(indication) else ""
        local = product.local_note(LocalField.MAX_RATE, maximum)
        return Breach(LimitKind.MAXIMUM, value, maximum, unit, scope, local)
    at_risk = rules.at_risk_maximum
    if rated and at_risk is not None and is_above(value, at_risk, tolerance):
        local = product.local_note(LocalField.AT_RISK_MAX_RATE, at_risk)
        codes = ", ".join(rules.at_risk_codes)
        return Breach(LimitKind.AT_RISK_MAXIMUM, value, at_risk, unit, codes, local)
    above_ceiling = ceiling_breach(rate.ml_per_h, rules.ceiling_ml_per_h, tolerance)
    if above_ceiling is not None:
        return above_ceiling
    initial = rules.initial
    if rated and first and initial is not None and is_above(value, initial, tolerance):
        scope = indication if indication in product.initial_rate_by_indication else ""
        local = product.local_note(LocalField.INITIAL_RATE, initial)
        return Breach(LimitKind.INITIAL, value, initial, unit, scope, local)
    return titration_breach(rules, rate, at, pace)


def ceiling_breach(ml_per_h: float, ceiling: float | None, tolerance_pct: float) -> Breach | None:
    """SPEC 11.2: a pump rate above the ward ceiling (more than 1 % over), whatever the product,
    with rate limits or without, in the catalogue or not."""
    if ceiling is None or not is_above(ml_per_h, ceiling, tolerance_pct):
        return None
    return Breach(LimitKind.CEILING, ml_per_h, ceiling, PUMP_UNIT)


def titration_breach(
    rules: RateRules, rate: StepRate, at: datetime | None, pace: Pace
) -> Breach | None:
    """SPEC 11.2 and 12: a raise of more than the tolerance over the previous non-zero rate,
    less than the interval in force after the current rate was set."""
    if at is None or pace.rate is None or pace.set_at is None:
        return None
    if not is_above(rate.ml_per_h, pace.rate, rules.tolerance_pct):
        return None
    product = rules.product
    which = Interval.LATER if pace.raised else Interval.FIRST
    field = LocalField.STEP_MINUTES if pace.raised else LocalField.FIRST_STEP_MINUTES
    interval = product.step_minutes if pace.raised else product.first_step_minutes
    if interval is None:
        return None
    minutes = (at - pace.set_at).total_seconds() / 60.0
    if minutes >= interval:
        return None
    unit = product.rate_unit
    previous = step_rate(pace.rate, rules.weight_kg, product.concentration_mg_per_ml)
    return Breach(
        LimitKind.TITRATION,
        rate.in_unit(unit),
        float(interval),
        unit,
        which.value,
        local_note=product.local_note(field, interval),
        previous=previous.in_unit(unit),
        minutes=minutes,
    )


def describe_titration(breach: Breach) -> str:
    """`raised to 4 mg/kg/min 10 min after 2 mg/kg/min (label: each step at least 30 min)`; an
    interval of the ward's own says `local limit` and its source note instead of `label`:
    `(each step at least 20 min; local limit: NOTE)`."""
    return titration_phrase(breach).english


def titration_phrase(breach: Breach) -> Phrase:
    """`describe_titration` as a phrase, for the screens to say in their language."""
    first = breach.scope == Interval.FIRST.value
    if breach.local_note:
        template = (
            QT_TRANSLATE_NOOP(
                "reasons",
                "raised to {value} {unit} {minutes} min after {previous} {unit} (the initial rate"
                " for at least {limit} min; local limit: {note})",
            )
            if first
            else QT_TRANSLATE_NOOP(
                "reasons",
                "raised to {value} {unit} {minutes} min after {previous} {unit} (each step at"
                " least {limit} min; local limit: {note})",
            )
        )
    else:
        template = (
            QT_TRANSLATE_NOOP(
                "reasons",
                "raised to {value} {unit} {minutes} min after {previous} {unit} (label: the"
                " initial rate for at least {limit} min)",
            )
            if first
            else QT_TRANSLATE_NOOP(
                "reasons",
                "raised to {value} {unit} {minutes} min after {previous} {unit} (label: each"
                " step at least {limit} min)",
            )
        )
    return say(
        template,
        value=breach.value,
        unit=breach.unit,
        minutes=Num(breach.minutes or 0.0, 1),
        previous=breach.previous or 0.0,
        limit=breach.limit,
        note=breach.local_note,
    )


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
    if breach.kind is LimitKind.CEILING:
        return f"above the ward ceiling: {shown} > {limit} (all products)"
    if breach.kind is LimitKind.TITRATION:
        return describe_titration(breach)
    local = f" ({breach.local})" if breach.local else ""
    return f"first step above the initial rate: {shown} > {limit}{scope}{local}"


def describe_for_risk(breach: Breach) -> str:
    """`above the maximum 8 mg/kg/min for ITP`: the tail of a RAPID_RATE reason."""
    return risk_breach_phrase(breach).english


def risk_breach_phrase(breach: Breach) -> Phrase:
    """`describe_for_risk` as a phrase, for the screens to say in their language."""
    if breach.kind is LimitKind.TITRATION:
        return titration_phrase(breach)
    limit: dict[str, Value] = {"limit": breach.limit, "unit": breach.unit}
    if breach.kind is LimitKind.CEILING:
        return say(
            QT_TRANSLATE_NOOP("reasons", "above the ward ceiling {limit} {unit} (all products)"),
            **limit,
        )
    if breach.kind is LimitKind.AT_RISK_MAXIMUM:
        if breach.scope and breach.local_note:
            template = QT_TRANSLATE_NOOP(
                "reasons", "above the at-risk maximum {limit} {unit} ({codes}; local limit: {note})"
            )
        elif breach.local_note:
            template = QT_TRANSLATE_NOOP(
                "reasons", "above the at-risk maximum {limit} {unit} (local limit: {note})"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "reasons", "above the at-risk maximum {limit} {unit} ({codes})"
            )
        return say(template, codes=breach.scope, note=breach.local_note, **limit)
    maximum = breach.kind is LimitKind.MAXIMUM
    if breach.scope and breach.local_note:
        template = (
            QT_TRANSLATE_NOOP(
                "reasons", "above the maximum {limit} {unit} for {scope} (local limit: {note})"
            )
            if maximum
            else QT_TRANSLATE_NOOP(
                "reasons", "above the initial rate {limit} {unit} for {scope} (local limit: {note})"
            )
        )
    elif breach.scope:
        template = (
            QT_TRANSLATE_NOOP("reasons", "above the maximum {limit} {unit} for {scope}")
            if maximum
            else QT_TRANSLATE_NOOP("reasons", "above the initial rate {limit} {unit} for {scope}")
        )
    elif breach.local_note:
        template = (
            QT_TRANSLATE_NOOP("reasons", "above the maximum {limit} {unit} (local limit: {note})")
            if maximum
            else QT_TRANSLATE_NOOP(
                "reasons", "above the initial rate {limit} {unit} (local limit: {note})"
            )
        )
    else:
        template = (
            QT_TRANSLATE_NOOP("reasons", "above the maximum {limit} {unit}")
            if maximum
            else QT_TRANSLATE_NOOP("reasons", "above the initial rate {limit} {unit}")
        )
    return say(template, scope=breach.scope, note=breach.local_note, **limit)


def check_steps(rules: RateRules, steps: Sequence[RateStep]) -> tuple[StepCheck, ...]:
    """Every step in time order; "the first step" is the earliest (SPEC 5a)."""
    conc = rules.product.concentration_mg_per_ml
    ordered = sorted(steps, key=lambda s: (s.at, s.id or 0))
    result = []
    pace = Pace()
    for index, step in enumerate(ordered):
        rate = step_rate(step.ml_per_h, rules.weight_kg, conc)
        breach = step_breach(rules, rate, first=index == 0, at=step.at, pace=pace)
        result.append(_step_check(rules, step.at, rate, breach))
        pace = pace.after(step.at, step.ml_per_h, rules.tolerance_pct)
    return tuple(result)


def check_new_step(
    rules: RateRules, steps: Sequence[RateStep], *, at: datetime, ml_per_h: float
) -> StepCheck:
    """A step being typed, checked as if it were already recorded (after any step at the same
    time: it will have the larger id)."""
    rate = step_rate(ml_per_h, rules.weight_kg, rules.product.concentration_mg_per_ml)
    before = sorted((s for s in steps if s.at <= at), key=lambda s: (s.at, s.id or 0))
    breach = step_breach(rules, rate, first=not before, at=at, pace=pace_before(rules, before))
    return _step_check(rules, at, rate, breach)


def _step_check(rules: RateRules, at: datetime, rate: StepRate, breach: Breach | None) -> StepCheck:
    product = rules.product
    limited = product.has_rate_limits
    basis = product.limits_basis if limited else without_limits(rules)
    return StepCheck(at, rate, breach, product.name, limited, basis)
