"""Pump rate steps of a demo infusion (SPEC section 3), with rate slips, reactions and pauses."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ivigmon.demo.arithmetic import weighted
from ivigmon.demo.plan import PlannedInfusion, PlannedPatient, Ward
from ivigmon.domain.codes import RateUnit
from ivigmon.domain.dosing import pump_ml_per_h

# Ward protocol for products whose label rates are missing (catalogue: "enter local limits").
LOCAL_INITIAL_MG_KG_MIN = 0.5
LOCAL_MAX_MG_KG_MIN = 5.0
# Rates are raised every 30 minutes, doubling from the label's initial rate (labels: "increase
# gradually if tolerated") up to the ward's cap, a share of the label maximum.
STEP_MINUTES = 30
CAP_SHARE = (0.75, 1.0)
AT_RISK_CAP_SHARE = (0.8, 0.95)
# The ward's own ceiling, below most label maxima: 2.4 mL/kg/h (4 mg/kg/min of a 10 % product),
# so that 1 g/kg runs over about 5 h and a 2 g/kg Kawasaki dose over about 10 h.
WARD_CEILING_ML_KG_H = 2.4
# About 7 % of infusions have a step above the label maximum (10-30 % over), for RAPID_RATE.
OVER_LIMIT_SHARE = 0.07
OVER_LIMIT_FACTOR = (1.1, 1.3)
SLIP_PRONE_MAX_ML_KG_H = 5.0
# Reactions during the infusion (paper: "several to a dozen or so percent", mostly mild).
REACTION_SHARE = 0.07
PAUSE_SHARE = 0.04
REACTIONS: tuple[tuple[str, int, str], ...] = (
    ("flushing", 25, "rate_reduced"),
    ("headache", 25, "rate_reduced"),
    ("chills", 20, "paused"),
    ("fever", 15, "treated"),
    ("rash", 15, "treated"),
)


def _floor_rate(ml_per_h: float) -> float:
    """Pump rates are set to 0.1 mL/h, rounding down so that a label limit is never crossed."""
    return max(0.1, math.floor(ml_per_h * 10 + 1e-9) / 10)


def choose_incidents(ward: Ward, infusions: list[PlannedInfusion]) -> None:
    """Exact shares of the ended infusions, so that every ward shows each kind of incident."""
    rng = ward.rng
    ended = [i for i in infusions if not i.running]
    rated = [i for i in ended if i.product.has_rate_limits]
    # A step over the label is a plausible slip where the maximum is modest and the infusion long
    # enough for the ramp to reach it.
    prone = [i for i in rated if _slip_prone(i)] or rated

    def share(
        pool: list[PlannedInfusion], of: int, fraction: float, at_least: int
    ) -> list[PlannedInfusion]:
        wanted = max(at_least, math.floor(of * fraction + 0.5)) if pool else 0
        return rng.sample(pool, min(wanted, len(pool)))

    for infusion in share(prone, len(infusions), OVER_LIMIT_SHARE, 1):
        infusion.over_limit = True
    for infusion in share(ended, len(infusions), REACTION_SHARE, 1):
        infusion.reaction = True
    for infusion in share(ended, len(infusions), PAUSE_SHARE, 0):
        infusion.pause = True


def _slip_prone(infusion: PlannedInfusion) -> bool:
    product = infusion.product
    maximum = product.max_rate_for(infusion.patient.diagnosis)
    if maximum is None:
        return False
    per_kg_h = (
        maximum
        if product.rate_unit is RateUnit.ML_KG_H
        else maximum * 60 / product.concentration_mg_per_ml
    )
    return per_kg_h <= SLIP_PRONE_MAX_ML_KG_H and infusion.dose_g / infusion.weight_kg >= 0.8


Plan = list[tuple[int, float]]  # (minutes after the start, pump mL/h)


def _at_risk(person: PlannedPatient) -> bool:
    """Comorbidities that lower a product's rate cap to its at-risk maximum (labels)."""
    return any(
        c in person.comorbidities
        for c in (
            "kidney_failure",
            "diabetes",
            "thrombosis_history",
            "hypercoagulable",
            "estrogens",
            "immobilised",
            "central_line",
            "hyperviscosity",
        )
    )


def _rate_limits(infusion: PlannedInfusion) -> tuple[float, float, float, RateUnit]:
    """Initial rate, the ward's limit and the label maximum, in the label's unit."""
    product = infusion.product
    indication = infusion.patient.diagnosis
    maximum = product.max_rate_for(indication)
    if product.initial_rate is None or maximum is None:
        return LOCAL_INITIAL_MG_KG_MIN, LOCAL_MAX_MG_KG_MIN, LOCAL_MAX_MG_KG_MIN, RateUnit.MG_KG_MIN
    limit = maximum
    if _at_risk(infusion.patient) and product.at_risk_max_rate is not None:
        limit = min(limit, product.at_risk_max_rate)
    return product.initial_rate, limit, maximum, product.rate_unit


def _ramp(initial: float, cap: float) -> Plan:
    """Double the rate every 30 minutes from the initial rate until the cap."""
    rates: list[float] = []
    rate = initial
    while rate < cap:
        rates.append(rate)
        rate = _floor_rate(rate * 2)
    rates.append(cap)
    return [(index * STEP_MINUTES, r) for index, r in enumerate(rates)]


def _run(plan: Plan, volume: float) -> tuple[Plan, int]:
    """The steps actually given and the minute the bag runs empty."""
    given = 0.0
    used: Plan = []
    for index, (minute, rate) in enumerate(plan):
        used.append((minute, rate))
        following = plan[index + 1][0] if index + 1 < len(plan) else None
        if rate <= 0:
            continue
        needed = (volume - given) / rate * 60
        if following is None or minute + needed <= following:
            return used, max(minute + 1, math.ceil(minute + needed - 1e-9))
        given += rate * (following - minute) / 60
    raise ValueError("a pump plan must end with a running rate")


def _rate_at(plan: Plan, minute: int) -> float:
    return [rate for at, rate in plan if at <= minute][-1]


def _with_reaction(plan: Plan, onset: int, action: str) -> Plan:
    """The nurse halves the rate, or pauses 30 minutes and resumes at half."""
    lower = _floor_rate(_rate_at(plan, onset) / 2)
    kept = [(at, rate) for at, rate in plan if at <= onset]
    if action == "rate_reduced":
        return [*kept, (onset + 5, lower)]
    if action == "paused":
        return [*kept, (onset + 2, 0.0), (onset + 32, lower)]
    return plan


def _with_pause(plan: Plan, at: int, length: int) -> Plan:
    """A pause (0 mL/h, e.g. a cannula re-sited), then the same rate; later steps shift."""
    resume = _rate_at(plan, at)
    before = [(m, rate) for m, rate in plan if m < at]
    after = [(m + length, rate) for m, rate in plan if m > at]
    return [*before, (at, 0.0), (at + length, resume), *after]


@dataclass(frozen=True)
class Reaction:
    """A reaction during the infusion: when (minutes after the start), what, what was done."""

    minute: int
    term: str
    action: str


def pump_plan(
    ward: Ward, infusion: PlannedInfusion, volume: float, *, slow: int = 0
) -> tuple[Plan, int, Reaction | None]:
    """Rate steps, the end (minutes after the start) and any reaction during the infusion.

    `slow` caps a running infusion at 2x (1) or 1x (2) the initial rate, so that it is still
    running at `now`.
    """
    rng = ward.rng
    initial_rate, limit, maximum, unit = _rate_limits(infusion)
    conc = infusion.product.concentration_mg_per_ml

    def pump(rate: float) -> float:
        return pump_ml_per_h(rate, unit, infusion.weight_kg, conc)

    initial = _floor_rate(pump(initial_rate))
    share = AT_RISK_CAP_SHARE if limit < maximum else CAP_SHARE
    ceiling = min(pump(limit), WARD_CEILING_ML_KG_H * infusion.weight_kg)
    cap = max(initial, _floor_rate(ceiling * rng.uniform(*share)))
    if slow:
        cap = min(cap, _floor_rate(initial * (3 - slow)))
    plan = _ramp(initial, cap)
    if infusion.over_limit:
        # RAPID_RATE: a step 10-30 % above the label maximum (the ramp reaches it, or a jump).
        over = _floor_rate(pump(maximum * rng.uniform(*OVER_LIMIT_FACTOR)))
        plan = _ramp(initial, over)
        if _run(plan, volume)[0][-1][1] < over:
            plan = [(0, initial), (STEP_MINUTES, over)]
    used, end = _run(plan, volume)
    reaction = None
    if infusion.reaction:
        term = weighted(rng, [(t, w) for t, w, _ in REACTIONS])
        action = next(a for t, _, a in REACTIONS if t == term)
        earliest = used[-1][0] if infusion.over_limit else 0  # at the fast rate
        minute = earliest + max(5, round((end - earliest) * rng.uniform(0.2, 0.7)))
        minute = min(minute, end - 1)
        plan = _with_reaction(plan, minute, action)
        reaction = Reaction(minute, term, action)
    if infusion.pause:
        at = max(STEP_MINUTES + 7, round(end * rng.uniform(0.3, 0.8)))
        if at < end:
            plan = _with_pause(plan, at, rng.randrange(15, 45, 5))
    used, end = _run(plan, volume)
    return used, end, reaction
