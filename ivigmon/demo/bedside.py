"""What a nurse charts around a demo infusion: premedication before it, vital signs during it."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from ivigmon.demo.arithmetic import after_minutes, iso, round_to
from ivigmon.demo.plan import PlannedInfusion, Ward
from ivigmon.demo.pump import Reaction

# Normal ranges by age, inside the Bedside PEWS "watch" limits: an uneventful infusion raises
# no vital-sign alert (before: adult respiratory rates for 12-year-olds alerted on every infusion).
from ivigmon.demo.service_bedside import VITAL_RANGES


def _premed(at: datetime, drug: str, kind: str, dose: str, route: str) -> dict[str, str]:
    return {"at": iso(at), "drug": drug, "class": kind, "dose": dose, "route": route}


def _antihistamine_mg(age: float) -> float:
    """Cetirizine / chlorphenamine by age band (BNF for Children)."""
    if age < 2:
        return 1.0
    if age < 6:
        return 2.5
    if age < 12:
        return 5.0
    return 10.0


def _mg(value: float) -> str:
    return f"{value:g} mg"


def premedications(
    rng: random.Random, infusion: PlannedInfusion, age: float
) -> list[dict[str, str]]:
    """Paper: antihistamines, NSAIDs and glucocorticoids prevent reactions; given 30 min before."""
    habits = infusion.patient.habits
    if rng.random() >= (0.95 if habits.premedicated else 0.15):
        return []
    at = after_minutes(infusion.start, -30)
    weight = infusion.weight_kg
    # Paracetamol 15 mg/kg (max 1 g), ibuprofen 10 mg/kg (max 400 mg), hydrocortisone 4 mg/kg
    # (max 100 mg): usual paediatric doses (BNF for Children).
    given = [
        _premed(at, "paracetamol", "antipyretic", _mg(min(1000, round_to(15 * weight, 10))), "po")
    ]
    if habits.antihistamine and age >= 1:
        route = "iv" if habits.antihistamine == "chlorphenamine" else "po"
        drug = habits.antihistamine if age >= 2 else "chlorphenamine"
        given.append(_premed(at, drug, "antihistamine", _mg(_antihistamine_mg(age)), route))
    if habits.steroid:
        dose = _mg(min(100, round_to(4 * weight, 5)))
        given.append(_premed(at, "hydrocortisone", "glucocorticoid", dose, "iv"))
    if habits.nsaid:
        given.append(
            _premed(at, "ibuprofen", "nsaid", _mg(min(400, round_to(10 * weight, 10))), "po")
        )
    return given


def _vital_signs(
    rng: random.Random, age: float, at: datetime, temp_c: float, extra_hr: int = 0
) -> dict[str, Any]:
    _, hr, rr, sbp = next(row for row in VITAL_RANGES if age < row[0])
    systolic = rng.randint(*sbp)
    fever_hr = max(0, round((temp_c - 37.0) * 10))  # about 10/min per degree of fever
    return {
        "at": iso(at),
        "temp_c": round(temp_c, 1),
        "hr": rng.randint(*hr) + fever_hr + extra_hr,
        "sbp": systolic,
        "dbp": round(systolic * rng.uniform(0.55, 0.68)),
        "rr": rng.randint(*rr),
        "spo2": rng.randint(96, 100),
    }


def _normal_temp(rng: random.Random) -> float:
    return rng.uniform(36.4, 37.3)


def vitals_series(
    ward: Ward,
    infusion: PlannedInfusion,
    age: float,
    feverish: bool,
    seen_until: datetime,
    reaction: Reaction | None,
) -> list[dict[str, Any]]:
    """A baseline before the start, a few during (30 and 90 min, then every 2 h), one at the end."""
    rng = ward.rng
    start = infusion.start
    baseline_temp = rng.uniform(38.0, 39.6) if feverish else _normal_temp(rng)
    series = [_vital_signs(rng, age, after_minutes(start, -15), baseline_temp)]
    minute = 30
    while after_minutes(start, minute) < seen_until and len(series) < 5:
        temp = baseline_temp - 0.3 if feverish else _normal_temp(rng)
        series.append(_vital_signs(rng, age, after_minutes(start, minute), temp))
        minute = 90 if minute == 30 else minute + 120
    if reaction is not None:
        at = after_minutes(start, reaction.minute + 5)
        hot = reaction.term in ("fever", "chills")
        temp = rng.uniform(38.1, 38.8) if hot else _normal_temp(rng)
        extra = 15 if reaction.term in ("flushing", "chills") else 5
        series.append(_vital_signs(rng, age, at, temp, extra_hr=extra))
    if not infusion.running:
        series.append(_vital_signs(rng, age, seen_until, _normal_temp(rng)))
    return sorted(
        (v for v in series if str(v["at"]) <= iso(seen_until)), key=lambda v: str(v["at"])
    )
