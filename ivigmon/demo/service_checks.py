"""The follow-up checks a service did after an infusion, and the symptoms they heard of."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from ivigmon.demo.service_clock import minutes
from ivigmon.demo.service_draw import chance
from ivigmon.demo.service_reactions import SYMPTOM_CHECK_OFFSETS, Graded
from ivigmon.domain.codes import CheckMode, CheckOutcome
from ivigmon.domain.models import AdverseEvent, Check
from ivigmon.domain.settings import CheckSettings

# The checks of SPEC section 5 at the default offsets (end + 24, 48 and 72 h).
OFFSETS_H = CheckSettings().offsets_h
_OFFSET_DELTAS = tuple((offset, timedelta(hours=offset)) for offset in OFFSETS_H)
# When a check is done, in minutes after its due time: 90 % from 1 h before to 6 h after (within
# the due window of SPEC 5: due - 4 h to due + 8 h), the rest up to a day late.
DONE_ON_TIME = 0.9
ON_TIME_MINUTES = (-60, 360)
LATE_MINUTES = (360, 1440)
# Over the last days before `now` the service is behind: some checks due then are still open.
BEHIND_DAYS = 4
BEHIND_SHARE = 0.08
NOT_REACHED_SHARE = 0.04
IN_PERSON_SHARE = 0.2
NOT_REACHED_NOTE = "no answer; message left"
SYMPTOMS_NOTE = "advised paracetamol and fluids"
SERIOUS_NOTE = "advised to attend hospital"


def follow_up(
    rng: random.Random,
    *,
    infusion_id: str,
    end: datetime,
    next_start: datetime | None,
    now: datetime,
    symptoms: Sequence[Graded],
    nurse: Callable[[random.Random], str],
) -> tuple[list[Check], list[AdverseEvent]]:
    """The done checks (superseded and not yet done ones are left out) and the events that one
    of them reports."""
    behind_from = now - timedelta(days=BEHIND_DAYS)
    done: list[tuple[int, datetime, datetime]] = []
    for offset, delta in _OFFSET_DELTAS:
        due = end + delta
        if next_start is not None and next_start < due:
            continue  # superseded: the later infusion's checks take over (SPEC 5)
        u = rng.random()
        if u < DONE_ON_TIME:
            low, high = ON_TIME_MINUTES
            u /= DONE_ON_TIME
        else:
            low, high = LATE_MINUTES
            u = (u - DONE_ON_TIME) / (1 - DONE_ON_TIME)
        delay = low + 5 * int(u * ((high - low) // 5 + 1))
        done_at = due + minutes(delay) if delay >= 0 else due - minutes(-delay)
        if done_at > now or (due >= behind_from and chance(rng, BEHIND_SHARE)):
            continue
        done.append((offset, due, done_at))
    if not done:
        return [], []
    reporting = -1
    if symptoms:
        wanted = SYMPTOM_CHECK_OFFSETS.pick(rng)
        offsets = [offset for offset, _, _ in done]
        reporting = offsets.index(wanted) if wanted in offsets else 0
    checks: list[Check] = []
    events: list[AdverseEvent] = []
    for number, (offset, due, done_at) in enumerate(done):
        mode = CheckMode.IN_PERSON if chance(rng, IN_PERSON_SHARE) else CheckMode.PHONE
        if number == reporting:
            terms = tuple(dict.fromkeys(s.term for s in symptoms))
            serious = any(s.serious for s in symptoms)
            checks.append(
                Check(
                    infusion_id,
                    offset,
                    due,
                    done_at,
                    nurse(rng),
                    mode,
                    CheckOutcome.SYMPTOMS,
                    terms,
                    SERIOUS_NOTE if serious else SYMPTOMS_NOTE,
                )
            )
            # The app records a symptom reported at a check with the check's time as its onset.
            events.extend(
                AdverseEvent(
                    onset=done_at,
                    term=s.term,
                    grade=s.grade,
                    serious=s.serious,
                    action=s.action,
                    outcome=s.outcome,
                    check_offset_h=offset,
                )
                for s in symptoms
            )
        elif chance(rng, NOT_REACHED_SHARE):
            checks.append(
                Check(
                    infusion_id,
                    offset,
                    due,
                    done_at,
                    nurse(rng),
                    CheckMode.PHONE,
                    CheckOutcome.NOT_REACHED,
                    (),
                    NOT_REACHED_NOTE,
                )
            )
        else:
            checks.append(
                Check(infusion_id, offset, due, done_at, nurse(rng), mode, CheckOutcome.NO_SYMPTOMS)
            )
    return checks, events
