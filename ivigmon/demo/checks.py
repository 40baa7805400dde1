"""The demo ward's follow-up checks (SPEC section 5) and the late symptoms they report."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ivigmon.demo.arithmetic import after_minutes, iso
from ivigmon.demo.infusions import event_record
from ivigmon.demo.plan import PlannedInfusion, Ward
from ivigmon.domain.settings import CheckSettings

# Late symptoms reported at follow-up checks (paper: fever, weakness, headache, nausea, vomiting,
# cough, rash, 24-72 h after the infusion).
LATE_SYMPTOMS: tuple[tuple[str, int], ...] = (
    ("headache", 35),
    ("fever", 15),
    ("weakness", 12),
    ("nausea", 12),
    ("vomiting", 8),
    ("rash", 10),
    ("cough", 8),
)

# Follow-up checks (SPEC section 5): done 0-6 h after due; mostly by phone.
CHECK_OFFSETS_H = CheckSettings().offsets_h
DONE_DELAY_MIN = 360
NOT_REACHED_SHARE = 0.04
SYMPTOMS_SHARE = 0.04


def done_checks(ward: Ward, infusions: list[PlannedInfusion]) -> list[dict[str, Any]]:
    """Done checks of ended infusions; superseded ones are left out, recent ones partly open."""
    starts: dict[int, list[datetime]] = {}
    for infusion in infusions:
        starts.setdefault(id(infusion.patient), []).append(infusion.start)
    last_start = {key: max(values) for key, values in starts.items()}
    done: list[dict[str, Any]] = []
    for infusion in infusions:
        if infusion.end is None:
            continue
        later = [s for s in starts[id(infusion.patient)] if s > infusion.start]
        due = [
            (offset, infusion.end + timedelta(hours=offset))
            for offset in CHECK_OFFSETS_H
            if not any(s < infusion.end + timedelta(hours=offset) for s in later)
        ]
        due = [(offset, at) for offset, at in due if at <= ward.now]
        is_recent = (
            infusion.patient.role == "recent" and infusion.start == last_start[id(infusion.patient)]
        )
        if is_recent:
            # Leave some recent checks open so the worklist shows overdue and due items.
            policy = infusion.patient.recent_rank % 3
            due = [] if policy == 0 else due[:1] if policy == 2 else due
        for offset, at in due:
            done_at = min(ward.now, after_minutes(at, ward.rng.randrange(0, DONE_DELAY_MIN + 1, 5)))
            done.append(_done_check(ward, infusion, offset, done_at))
    return sorted(done, key=lambda c: (str(c["infusion_id"]), int(c["offset_h"])))


def _done_check(
    ward: Ward, infusion: PlannedInfusion, offset: int, done_at: datetime
) -> dict[str, Any]:
    rng = ward.rng
    in_person = rng.random() < (0.6 if infusion.patient.diagnosis == "KD" else 0.2)
    check: dict[str, Any] = {
        "infusion_id": infusion.id,
        "offset_h": offset,
        "done_at": iso(done_at),
        "mode": "in_person" if in_person else "phone",
        "outcome": "no_symptoms",
        "symptoms": [],
        "notes": "",
    }
    roll = rng.random()
    if roll < NOT_REACHED_SHARE:
        check.update(mode="phone", outcome="not_reached", notes="no answer; message left")
    elif roll < NOT_REACHED_SHARE + SYMPTOMS_SHARE:
        terms = rng.sample([t for t, _ in LATE_SYMPTOMS], rng.choice((1, 1, 2)))
        check.update(outcome="symptoms", symptoms=terms, notes="advised paracetamol and fluids")
        for term in terms:
            grade = 1 if rng.random() < 0.75 else 2
            action = "treated" if grade == 2 else rng.choice(("none", "treated"))
            event = event_record(
                done_at, term, grade, action, rng.choice(("resolving", "resolved"))
            )
            event["check_offset_h"] = offset
            infusion.events.append(event)
    elif rng.random() < 0.15:
        check["notes"] = "seen on the ward" if in_person else "spoke with a parent"
    return check
