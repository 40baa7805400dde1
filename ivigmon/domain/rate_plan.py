"""The rate plan of SPEC 11.4: the patient's maximum and the steps in force as pump settings.

The product is the one with the limits in force (`local_limits.in_force`): the label's values, or
the ward's local ones where the label has none, and a lower local maximum as well. Every pump
rate is rounded DOWN to 0.1 mL/h (a pump setting never crosses the limit it was computed from);
the per-kg figures and the volumes are those of the rounded setting. The plan never invents a
step: where neither the label nor the ward names steps or an interval it says so.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from ivigmon.domain.codes import RateUnit
from ivigmon.domain.dosing import StepRate, pump_ml_per_h, step_rate, volume_ml
from ivigmon.domain.numbers import fmt
from ivigmon.domain.phrase import Phrase
from ivigmon.domain.products import LocalField, Product
from ivigmon.domain.rate_check import no_limits_reason
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP


class MaxSource(StrEnum):
    """What sets the patient's maximum (the lowest of them; on a tie the first listed)."""

    MAXIMUM = "maximum"  # the label's general maximum
    INDICATION_MAXIMUM = "indication_maximum"  # the label's maximum for this indication
    AT_RISK_MAXIMUM = "at_risk_maximum"  # kidney failure, diabetes, age 65+, thrombosis risk
    LOCAL_MAXIMUM = "local_maximum"  # the ward's own, entered in the catalogue (Product.local)
    WARD_CEILING = "ward_ceiling"  # the setting max_pump_ml_per_h, for every product


class Shape(StrEnum):
    """How much of the titration the label gives (SPEC 11.4)."""

    STEPS = "steps"  # listed steps, each for an interval
    INTERVAL = "interval"  # an interval but no list: raise as tolerated
    OPEN = "open"  # neither: the initial rate, then the maximum
    NONE = "none"  # no rates at all: no plan


@dataclass(frozen=True)
class PlanMaximum:
    """The patient's maximum as a pump setting, and what sets it."""

    rate: StepRate
    set_by: MaxSource
    reason: str  # e.g. "Octagam 10% maximum for JDM: 4 mg/kg/min (label)"


@dataclass(frozen=True)
class PlanStep:
    """One pump setting: from when, until when, and the volume it gives. Open times (None)
    where the label gives no interval; `as_tolerated` when the nurse raises by judgement."""

    start: datetime | None
    end: datetime | None
    rate: StepRate
    volume_ml: float | None
    as_tolerated: bool = False


@dataclass(frozen=True)
class RatePlan:
    """The whole plan; no steps (and the reason in `notes`) when the product has no rates."""

    product_id: str
    product_name: str
    weight_kg: float
    dose_g: float
    volume_ml: float
    shape: Shape
    maximum: PlanMaximum | None = None
    steps: tuple[PlanStep, ...] = ()
    expected_end: datetime | None = None
    notes: tuple[str, ...] = ()


def floor_tenth(ml_per_h: float) -> float:
    """Down to 0.1 mL/h; rounded first so that float noise (4.7999...) never loses a tenth."""
    return math.floor(round(ml_per_h * 10.0, 6)) / 10.0


def rate_plan(
    product: Product,
    *,
    weight_kg: float,
    dose_g: float,
    start: datetime,
    indication: str | None = None,
    at_risk_codes: Collection[str] = (),
    ceiling_ml_per_h: float | None = None,
) -> RatePlan:
    """The plan for this product (with its limits in force), dosing weight, dose and
    indication; `at_risk_codes` are the patient's factors that lower the cap (SPEC 4,
    RAPID_RATE) at the planned start."""
    conc = product.concentration_mg_per_ml
    total = volume_ml(dose_g, conc)
    base = RatePlan(product.id, product.name, weight_kg, dose_g, total, Shape.NONE)

    def note(text: str) -> RatePlan:
        return replace(base, notes=(text,))

    initial = product.initial_rate_for(indication)
    if not product.has_rate_limits:
        return note(
            _phrase(
                QT_TRANSLATE_NOOP("rate_plan", "no plan: {reason}"),
                reason=no_limits_reason(product),
            )
        )
    if initial is None:
        return note(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "rate_plan",
                    "no plan: {product} has no initial rate; an administrator enters a local"
                    " initial rate in the catalogue",
                ),
                product=product.name,
            )
        )
    maximum = patient_maximum(
        product,
        weight_kg=weight_kg,
        indication=indication,
        at_risk_codes=at_risk_codes,
        ceiling_ml_per_h=ceiling_ml_per_h,
    )
    if maximum is None:
        return note(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "rate_plan",
                    "no plan: {product} has no maximum and the ward has no ceiling; an"
                    " administrator enters a local maximum in the catalogue",
                ),
                product=product.name,
            )
        )
    first_pump = floor_tenth(
        min(pump_ml_per_h(initial, product.rate_unit, weight_kg, conc), maximum.rate.ml_per_h)
    )
    if first_pump <= 0:
        return note(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "rate_plan",
                    "no plan: the initial rate for {kg} kg is below 0.1 mL/h, less than"
                    " a pump can be set to",
                ),
                kg=fmt(weight_kg),
            )
        )
    notes: list[str] = []
    if indication is None and (
        product.max_rate_by_indication
        or product.extra_max_by_indication
        or product.initial_rate_by_indication
    ):
        notes.append(
            _phrase(
                QT_TRANSLATE_NOOP("rate_plan", "no indication given: the general label rates apply")
            )
        )
    notes.extend(_local_notes(product, initial))
    first_minutes = product.first_step_minutes or product.step_minutes
    later_minutes = product.step_minutes or product.first_step_minutes
    top = maximum.rate.ml_per_h
    if first_minutes is None or later_minutes is None:
        return _open_plan(base, maximum, first_pump, start, notes, weight_kg, conc)
    settings: list[tuple[float, int | None, bool]] = [(first_pump, first_minutes, False)]
    shape = Shape.STEPS if product.steps else Shape.INTERVAL
    for listed in product.steps:  # in the product's own rate unit
        pump = floor_tenth(min(pump_ml_per_h(listed, product.rate_unit, weight_kg, conc), top))
        if pump > settings[-1][0]:
            settings.append((pump, later_minutes, False))
    if top > settings[-1][0]:
        settings.append((top, None, shape is Shape.INTERVAL))
    else:
        settings[-1] = (settings[-1][0], None, False)  # the last step runs to the end
    steps = _timed_steps(settings, start=start, total_ml=total, weight_kg=weight_kg, conc=conc)
    if shape is Shape.INTERVAL and len(steps) > 1:
        notes.append(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "rate_plan",
                    "no steps are given: raise as tolerated every {minutes} min up to"
                    " {rate}; the end shown is the earliest, at the maximum after the first"
                    " interval",
                ),
                minutes=str(later_minutes),
                rate=_shown(maximum.rate, product.rate_unit),
            )
        )
    notes.append(_sets_maximum(maximum))
    return replace(
        base,
        shape=shape,
        maximum=maximum,
        steps=steps,
        expected_end=steps[-1].end,
        notes=tuple(notes),
    )


def patient_maximum(
    product: Product,
    *,
    weight_kg: float,
    indication: str | None,
    at_risk_codes: Collection[str] = (),
    ceiling_ml_per_h: float | None = None,
) -> PlanMaximum | None:
    """The lowest of the indication or general maximum, the at-risk maximum (with an at-risk
    factor), the local maximum and the ward ceiling, as a pump setting rounded down; None when
    there is none. The limits in force already hold a lower local maximum: it is named as
    `local_maximum` when the maximum in force is the ward's own (`Product.local_note`)."""
    conc = product.concentration_mg_per_ml
    unit = product.rate_unit
    candidates: list[tuple[float, MaxSource, str]] = []

    def limit(rate: float | None, source: MaxSource, reason: str) -> None:
        if rate is not None:
            pump = pump_ml_per_h(rate, unit, weight_kg, conc)
            candidates.append(
                (
                    pump,
                    source,
                    _phrase(
                        QT_TRANSLATE_NOOP("rate_plan", "{reason}: {rate} {unit}"),
                        reason=reason,
                        rate=fmt(rate),
                        unit=str(unit),
                    ),
                )
            )

    general = product.max_rate_for(indication)
    local = product.local_note(LocalField.MAX_RATE, general)
    if local:
        limit(
            general,
            MaxSource.LOCAL_MAXIMUM,
            _phrase(QT_TRANSLATE_NOOP("rate_plan", "local limit ({note})"), note=local),
        )
    elif indication is not None and product.has_indication_max(indication):
        limit(
            general,
            MaxSource.INDICATION_MAXIMUM,
            _phrase(
                QT_TRANSLATE_NOOP("rate_plan", "label maximum for {indication}"),
                indication=indication,
            ),
        )
    else:
        limit(general, MaxSource.MAXIMUM, _phrase(QT_TRANSLATE_NOOP("rate_plan", "label maximum")))
    if at_risk_codes:
        codes = ", ".join(sorted(at_risk_codes))
        at_risk = product.at_risk_max_rate
        local = product.local_note(LocalField.AT_RISK_MAX_RATE, at_risk)
        why = (
            _phrase(
                QT_TRANSLATE_NOOP("rate_plan", "{codes}; local limit: {note}"),
                codes=codes,
                note=local,
            )
            if local
            else codes
        )
        limit(
            at_risk,
            MaxSource.AT_RISK_MAXIMUM,
            _phrase(QT_TRANSLATE_NOOP("rate_plan", "at-risk maximum ({why})"), why=why),
        )
    if ceiling_ml_per_h is not None:
        candidates.append(
            (
                ceiling_ml_per_h,
                MaxSource.WARD_CEILING,
                _phrase(
                    QT_TRANSLATE_NOOP("rate_plan", "ward ceiling: {rate} mL/h for every product"),
                    rate=fmt(ceiling_ml_per_h, 1),
                ),
            )
        )
    if not candidates:
        return None
    pump, source, reason = min(candidates, key=lambda c: c[0])  # the first on a tie
    return PlanMaximum(step_rate(floor_tenth(pump), weight_kg, conc), source, reason)


def _local_notes(product: Product, initial: float) -> list[str]:
    """Which of the values the plan uses are the ward's own, each with its source note."""
    used: list[tuple[str, LocalField, object]] = [
        (QT_TRANSLATE_NOOP("rate_plan", "initial rate"), LocalField.INITIAL_RATE, initial),
        (QT_TRANSLATE_NOOP("rate_plan", "steps"), LocalField.STEPS, product.steps),
        (
            QT_TRANSLATE_NOOP("rate_plan", "first-step minutes"),
            LocalField.FIRST_STEP_MINUTES,
            product.first_step_minutes,
        ),
        (
            QT_TRANSLATE_NOOP("rate_plan", "later-step minutes"),
            LocalField.STEP_MINUTES,
            product.step_minutes,
        ),
    ]
    return [
        _phrase(
            QT_TRANSLATE_NOOP("rate_plan", "{what}: local limit ({note})"),
            what=_phrase(what),
            note=note,
        )
        for what, name, value in used
        if (note := product.local_note(name, value))
    ]


def _timed_steps(
    settings: list[tuple[float, int | None, bool]],
    *,
    start: datetime,
    total_ml: float,
    weight_kg: float,
    conc: float,
) -> tuple[PlanStep, ...]:
    """Each setting for its minutes (None: until the volume is given); the plan ends when the
    whole volume is given, the last step rounded up to the minute."""
    steps: list[PlanStep] = []
    moment = start
    left = total_ml
    for ml_per_h, minutes, as_tolerated in settings:
        rate = step_rate(ml_per_h, weight_kg, conc)
        given = ml_per_h * minutes / 60.0 if minutes is not None else math.inf
        if given >= left - 1e-9:
            needed = math.ceil(round(left / ml_per_h * 60.0, 6))
            end = moment + timedelta(minutes=needed)
            steps.append(PlanStep(moment, end, rate, left, as_tolerated))
            break
        assert minutes is not None  # a timed setting: `given` is finite
        end = moment + timedelta(minutes=minutes)
        steps.append(PlanStep(moment, end, rate, given, as_tolerated))
        left -= given
        moment = end
    return tuple(steps)


def _open_plan(
    base: RatePlan,
    maximum: PlanMaximum,
    first_pump: float,
    start: datetime,
    notes: list[str],
    weight_kg: float,
    conc: float,
) -> RatePlan:
    """Neither steps nor an interval: the initial rate, then the maximum, untimed."""
    first = PlanStep(start, None, step_rate(first_pump, weight_kg, conc), None)
    steps: tuple[PlanStep, ...] = (first,)
    top = maximum.rate.ml_per_h
    if top > first_pump:
        steps += (PlanStep(None, None, maximum.rate, None, as_tolerated=True),)
    hours = base.volume_ml / top
    notes.append(
        _phrase(
            QT_TRANSLATE_NOOP(
                "rate_plan",
                "the label gives no steps and no interval: start at the initial rate and raise"
                " as tolerated up to the maximum; at the maximum the whole volume takes at"
                " least {duration} (the earliest end: {end})",
            ),
            duration=_duration(hours),
            end=(start + timedelta(hours=hours)).strftime("%Y-%m-%d %H:%M"),
        )
    )
    notes.append(_sets_maximum(maximum))
    return replace(base, shape=Shape.OPEN, maximum=maximum, steps=steps, notes=tuple(notes))


def _sets_maximum(maximum: PlanMaximum) -> str:
    return _phrase(
        QT_TRANSLATE_NOOP("rate_plan", "the maximum is set by the {reason}"),
        reason=maximum.reason,
    )


def _shown(rate: StepRate, unit: RateUnit) -> str:
    return f"{fmt(rate.ml_per_h, 1)} mL/h ({fmt(rate.in_unit(unit))} {unit})"


def _duration(hours: float) -> str:
    minutes = math.ceil(round(hours * 60.0, 6))
    return f"{minutes // 60} h {minutes % 60:02d} min"


def _phrase(template: str, **values: str) -> Phrase:
    """Words of the plan a screen shows in its own language (marked in the context
    "rate_plan")."""
    return Phrase("rate_plan", template, **values)
