"""Pump rate steps of a service infusion: the label's ramp under the ward's caps, and slips."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from ivigmon.demo.pump import LOCAL_INITIAL_MG_KG_MIN, LOCAL_MAX_MG_KG_MIN
from ivigmon.demo.service_draw import chance, uniform
from ivigmon.domain.codes import RateUnit
from ivigmon.domain.dosing import pump_ml_per_h
from ivigmon.domain.products import Product

# Ward ceiling for every product: 240 mL/h (SPEC 11.2; RCH Melbourne IVIg guideline).
WARD_CEILING_ML_H = 240.0
# Kawasaki disease: 2 g/kg over 10-12 h (AHA 2017), i.e. at most about 2.2 mL/kg/h of a 10 %
# product once the ramp is done.
KD_CEILING_ML_KG_H = 2.2
# The rate doubles every 30 minutes from the label's initial rate (every label's interval in
# ivig_titration.csv is 30 min or less), in at most 5 steps.
STEP_MINUTES = 30
MAX_STEPS = 5
# A patient's first infusion runs slower (labels: start slowly in patients new to IVIG).
FIRST_INFUSION_PACE = 0.75
# Label maxima by indication missing from the catalogue (ivig_titration.csv
# extra_max_by_indication: Octagam 10 % in dermatomyositis at most 4 mg/kg/min).
EXTRA_MAX: dict[tuple[str, str], float] = {("octagam_10", "JDM"): 4.0}
# About 2.5 % of infusions of products with label rates have a step above a label limit: a
# last step 10-30 % above the maximum for the patient, or a first step at 1.5-2 x the initial
# rate (the RAPID_RATE factor).
SLIP_SHARE = 0.025
SLIP_AT_START_SHARE = 0.4
SLIP_FACTOR = (1.1, 1.3)
SLIP_AT_START_FACTOR = (1.5, 2.0)
# After a reaction, the rate goes back up to 3/4 of the planned cap at most.
RESUME_SHARE = 0.75

Plan = list[tuple[int, float]]  # (minutes after the start, pump mL/h)


def floor_rate(ml_per_h: float) -> float:
    """Pumps are set to 0.1 mL/h, rounding down so that a limit is never crossed."""
    return max(0.1, math.floor(ml_per_h * 10 + 1e-9) / 10)


@dataclass(frozen=True, slots=True)
class RateRule:
    """A product's limits for an indication and patient, per kg of dosing weight (mL/kg/h)."""

    initial: float
    top: float
    # Label rates only: the patient's maximum (slips go above it); 0 without label rates.
    maximum: float


class RateRules:
    """The rate rule of each (product, indication, at risk), worked out once."""

    def __init__(self) -> None:
        self._rules: dict[tuple[str, str, bool], RateRule] = {}

    def rule(self, product: Product, indication: str, at_risk: bool) -> RateRule:
        key = (product.id, indication, at_risk)
        found = self._rules.get(key)
        if found is None:
            found = self._rules[key] = _rule(product, indication, at_risk)
        return found


def _rule(product: Product, indication: str, at_risk: bool) -> RateRule:
    conc = product.concentration_mg_per_ml
    maximum = product.max_rate_for(indication)
    initial = product.initial_rate
    if initial is None or maximum is None:  # no label rates: the ward's local limits
        unit = RateUnit.MG_KG_MIN
        return RateRule(
            pump_ml_per_h(LOCAL_INITIAL_MG_KG_MIN, unit, 1.0, conc),
            pump_ml_per_h(LOCAL_MAX_MG_KG_MIN, unit, 1.0, conc),
            0.0,
        )
    unit = product.rate_unit
    maximum = min(maximum, EXTRA_MAX.get((product.id, indication), maximum))
    if at_risk and product.at_risk_max_rate is not None:
        maximum = min(maximum, product.at_risk_max_rate)
    per_kg = pump_ml_per_h(maximum, unit, 1.0, conc)
    return RateRule(pump_ml_per_h(initial, unit, 1.0, conc), per_kg, per_kg)


def ramp(
    rng: random.Random, rule: RateRule, *, weight_kg: float, pace: float, kawasaki: bool
) -> tuple[Plan, bool]:
    """The steps the nurse plans, and whether one of them passes a label limit (a slip)."""
    first = floor_rate(rule.initial * weight_kg)
    ceiling = WARD_CEILING_ML_H
    if kawasaki:
        ceiling = min(ceiling, KD_CEILING_ML_KG_H * weight_kg)
    cap = max(first, floor_rate(min(rule.top * weight_kg * pace, ceiling)))
    rates = [first]
    rate = first
    while len(rates) < MAX_STEPS - 1 and rate * 2 < cap:
        rate = math.floor(rate * 20 + 1e-9) / 10  # doubled, to 0.1 mL/h
        rates.append(rate)
    if cap > rate:
        rates.append(cap)
    slip = rule.maximum > 0 and rng.random() < SLIP_SHARE
    if slip:
        if chance(rng, SLIP_AT_START_SHARE):
            start = floor_rate(rule.initial * weight_kg * uniform(rng, *SLIP_AT_START_FACTOR))
            rates = [start, *(rate for rate in rates[1:] if rate > start)]
        else:
            rates[-1] = floor_rate(rule.maximum * weight_kg * uniform(rng, *SLIP_FACTOR))
    return [(index * STEP_MINUTES, r) for index, r in enumerate(rates)], slip


def run(plan: Plan, volume_ml: float) -> tuple[Plan, int]:
    """The steps actually given and the minute the bag runs empty (the plan's last rate runs on)."""
    given = 0.0
    used: Plan = []
    last = len(plan) - 1
    for index, (minute, rate) in enumerate(plan):
        used.append((minute, rate))
        if rate <= 0:
            continue
        needed = (volume_ml - given) / rate * 60
        following = plan[index + 1][0] if index < last else None
        if following is None or minute + needed <= following:
            return used, max(minute + 1, math.ceil(minute + needed - 1e-9))
        given += rate * (following - minute) / 60
    raise ValueError("a pump plan must end with a running rate")


def given_ml(plan: Plan, until: int) -> float:
    """The volume the steps deliver from the start until minute `until`."""
    total = 0.0
    for index, (minute, rate) in enumerate(plan):
        if minute >= until:
            break
        following = plan[index + 1][0] if index + 1 < len(plan) else until
        total += rate * (min(following, until) - minute) / 60
    return total


def rate_at(plan: Plan, minute: int) -> float:
    rate = plan[0][1]
    for at, value in plan:
        if at > minute:
            break
        rate = value
    return rate


def after_reaction(plan: Plan, onset: int, action: str) -> Plan:
    """The nurse halves the rate (or pauses 30 min and resumes at half, or treats and holds the
    rate); 30 min after, the rate goes up again as tolerated, to 3/4 of the planned cap (labels:
    resume at a lower rate once symptoms subside)."""
    if action == "none":
        return plan
    kept = [(at, rate) for at, rate in plan if at <= onset]
    if action == "stopped":
        return kept
    current = rate_at(plan, onset)
    target = max(current, floor_rate(plan[-1][1] * RESUME_SHARE))
    if action == "rate_reduced":
        rate = floor_rate(current / 2)
        steps = [(onset + 5, rate)]
    elif action == "paused":
        rate = floor_rate(current / 2)
        steps = [(onset + 2, 0.0), (onset + 32, rate)]
    else:  # treated: the rate is held
        rate = current
        steps = [(onset, current)]
    at = steps[-1][0] + STEP_MINUTES
    while rate < target:
        rate = min(target, floor_rate(rate * 2))
        steps.append((at, rate))
        at += STEP_MINUTES
    return kept + [step for step in steps if step[0] > onset]
