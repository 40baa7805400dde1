"""One demo infusion as an `ivigmon/1` record: product, lots, rate steps, vitals, events."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from ivigmon.demo.arithmetic import after_minutes, age_years, iso, weighted
from ivigmon.demo.bedside import premedications, vitals_series
from ivigmon.demo.plan import HISTORY_DAYS, PlannedInfusion, Ward
from ivigmon.demo.pump import Reaction, pump_plan
from ivigmon.domain.dosing import volume_ml

RECORDED_BY = "demo"
CTCAE_VERSION = "5.0"

# Paper: KD and ITP were treated per registration / protocol (on-label), all others off-label.
ON_LABEL = ("KD", "ITP")

# The letter each product's lot numbers start with.
LOT_PREFIX: dict[str, str] = {
    "privigen": "P",
    "octagam_10": "K",
    "gamunex_c": "G",
    "panzyga": "Z",
    "gammagard_liquid": "L",
    "flebogamma_dif_10": "F",
    "intratect_10": "B",
}

# Lots: each product gets fresh lots every 120 days, with 5-20 months of shelf life left.
LOT_BLOCK_DAYS = 120
LOT_SHELF_DAYS = (150, 600)


def render_infusion(ward: Ward, infusion: PlannedInfusion) -> None:
    """The infusion's record: pump steps, lots, premedication, vitals (events are added last)."""
    rng = ward.rng
    person = infusion.patient
    age = age_years(person.birth, infusion.start.date())
    volume = volume_ml(infusion.dose_g, infusion.product.concentration_mg_per_ml)
    used, end_minute, reaction = pump_plan(ward, infusion, volume)
    for slow in (1, 2):
        if not infusion.running or after_minutes(infusion.start, end_minute) > ward.now:
            break
        used, end_minute, reaction = pump_plan(ward, infusion, volume, slow=slow)
    end = after_minutes(infusion.start, end_minute)
    infusion.end = None if infusion.running else end
    seen_until = ward.now if infusion.running else end
    infection = person.diagnosis != "KD" and rng.random() < 0.03
    # Paper: KD children are given IVIG while febrile (on average on day 9 of fever).
    feverish = infection or rng.random() < (0.7 if person.diagnosis == "KD" else 0.015)
    vitals = vitals_series(ward, infusion, age, feverish, seen_until, reaction)
    if reaction is not None:
        infusion.events.append(_reaction_event(rng, infusion, reaction))
    infusion.record = {
        "id": infusion.id,
        "mrn": person.mrn,
        "indication": person.diagnosis,
        "label_use": "on" if person.diagnosis in ON_LABEL else "off",
        "product": infusion.product.id,
        "lots": _lots(ward, infusion),
        "dosing_weight_kg": infusion.weight_kg,
        "dosing_weight_basis": infusion.basis,
        "dose_g": infusion.dose_g,
        "start": iso(infusion.start),
        "end": iso(infusion.end) if infusion.end is not None else None,
        "active_infection": infection,
        "rate_steps": [
            {"at": iso(after_minutes(infusion.start, minute)), "ml_per_h": rate}
            for minute, rate in used
            if after_minutes(infusion.start, minute) <= seen_until
        ],
        "premedications": premedications(rng, infusion, age),
        "vitals": vitals,
        "events": [],
        "course_outcome": None,
        "notes": _infusion_notes(infusion),
        "recorded_by": RECORDED_BY,
    }


def _infusion_notes(infusion: PlannedInfusion) -> str:
    notes: list[str] = []
    days = infusion.patient.courses[infusion.course_no].days
    if days > 1:
        notes.append(f"day {infusion.day_no + 1} of {days}")
    if infusion.pause:
        notes.append("paused to re-site the cannula")
    return "; ".join(notes)


def _lots(ward: Ward, infusion: PlannedInfusion) -> list[dict[str, str]]:
    """One or two lots from the product's current delivery (larger doses need more vials)."""
    rng = ward.rng
    epoch = ward.now.date() - timedelta(days=HISTORY_DAYS + 180)
    block = (infusion.start.date() - epoch).days // LOT_BLOCK_DAYS
    key = (infusion.product.id, block)
    if key not in ward.lots:
        delivered = epoch + timedelta(days=block * LOT_BLOCK_DAYS)
        ward.lots[key] = [
            (
                _new_lot_number(ward, infusion.product.id),
                _month_end(
                    delivered + timedelta(days=LOT_BLOCK_DAYS + rng.randint(*LOT_SHELF_DAYS))
                ),
            )
            for _ in range(2)
        ]
    pool = ward.lots[key]
    count = 2 if (infusion.dose_g >= 20 and rng.random() < 0.5) or rng.random() < 0.1 else 1
    first = rng.randrange(len(pool))
    chosen = [pool[(first + k) % len(pool)] for k in range(count)]
    return [{"lot": lot, "expiry": expiry.isoformat()} for lot, expiry in chosen]


def _new_lot_number(ward: Ward, product_id: str) -> str:
    prefix = LOT_PREFIX.get(product_id, product_id[:1].upper())
    while True:
        number = f"{prefix}{ward.rng.randrange(100000, 1000000)}"
        if number not in ward.lot_numbers:
            ward.lot_numbers.add(number)
            return number


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def mark_expired_lot(ward: Ward, infusions: list[PlannedInfusion]) -> None:
    """One old infusion documents a lot that had already expired (the import flags it)."""
    cutoff = ward.now - timedelta(days=30)
    old = [i for i in infusions if i.end is not None and i.start < cutoff]
    if len(infusions) < 10 or not old:
        return
    infusion = ward.rng.choice(old)
    expired = infusion.start.date() - timedelta(days=ward.rng.randint(3, 25))
    infusion.record["lots"][0] = {
        "lot": _new_lot_number(ward, infusion.product.id),
        "expiry": expired.isoformat(),
    }


def event_record(
    onset: datetime, term: str, grade: int, action: str, outcome: str
) -> dict[str, Any]:
    """An adverse event as the interchange file writes it (CTCAE v5.0, not serious)."""
    return {
        "onset": iso(onset),
        "term": term,
        "grade": grade,
        "ctcae_version": CTCAE_VERSION,
        "serious": False,
        "action": action,
        "outcome": outcome,
    }


def _reaction_event(
    rng: random.Random, infusion: PlannedInfusion, reaction: Reaction
) -> dict[str, Any]:
    """CTCAE v5.0 infusion-related reaction: mostly grade 1-2, rarely 3."""
    grade = weighted(rng, [("1", 60), ("2", 37), ("3", 3)])
    onset = after_minutes(infusion.start, reaction.minute)
    return event_record(onset, reaction.term, int(grade), reaction.action, "resolved")
