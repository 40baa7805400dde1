"""One ward workstation in its own process, doing a nurse's work through the services for a while.

Run as `python workstation_child.py TARGET NAME SECONDS GO_FILE` by the concurrency test:
TARGET is the ward database (a file or a `postgresql://` URL) that every workstation shares,
NAME tells this workstation's patients apart. Once the database is open it says `ready`, waits
for GO_FILE (so that every workstation begins together however slowly each started), then for
SECONDS it registers a patient now and then, and for each infusion: starts it (a first rate
step, a premedication, vital signs), adds two rate steps and two sets of vital signs, ends it
and records its 24-hour check, each a user action of its own (one transaction), with a short
pause between actions as at a bedside. The clock is the computer's.

Lines on stdout, each after the action's commit has returned, ending with how long the action
took in milliseconds:
    patient MRN MS
    infusion ID MRN MS
    step INFUSION_ID AT MS        (AT as stored: 2026-03-01T08:00:00)
    vitals INFUSION_ID AT MS
    end INFUSION_ID MS
    check INFUSION_ID OFFSET_H MS
and `error CLASS: MESSAGE` for any error an action raised (the workstation carries on), `done`
at the end.
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TypeVar

from ivigmon.domain.codes import (
    CheckMode,
    CheckOutcome,
    Diagnosis,
    LabelUse,
    PremedClass,
    Sex,
)
from ivigmon.domain.models import (
    Infusion,
    Lot,
    Measurement,
    Patient,
    Premedication,
    RateStep,
    VitalSigns,
)
from ivigmon.domain.timefmt import to_stored
from ivigmon.services import checks, infusions, patients
from ivigmon.services.context import Context, open_context

# Between two actions of one workstation: a nurse never saves back to back (and SQLite has no
# queue: without a gap, another writer's busy wait could miss every moment the lock is free).
PAUSE_S = (0.005, 0.02)
INFUSIONS_PER_PATIENT = 4
RATES = (4.3, 8.5, 17.0)  # mL/h for 14.2 kg: 0.3, 0.6, 1.2 mL/kg/h, 30 minutes apart
CHECK_OFFSET_H = 24
# Every infusion is documented afterwards, the latest first, 6 hours apart: all in the past.
FIRST_START_BACK = timedelta(days=5)
INFUSION_GAP = timedelta(hours=6)

T = TypeVar("T")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def timed(action: Callable[[], T]) -> tuple[T, str]:
    """The action's result and how long it took (ms), as the line's last field."""
    began = time.perf_counter()
    result = action()
    return result, f"{(time.perf_counter() - began) * 1000:.2f}"


def patient(mrn: str, first_start: datetime) -> Patient:
    return Patient(
        mrn=mrn,
        name="Workstation Test",
        sex=Sex.F,
        birth_date=date(2019, 4, 2),
        diagnoses=(Diagnosis.KD,),
        blood_group="A+",
        measurements=(
            Measurement(at=first_start - timedelta(days=400), weight_kg=14.2, height_cm=98),
        ),
    )


def infusion(mrn: str, start: datetime) -> Infusion:
    """A running infusion with what a nurse records at its start (one transaction)."""
    return Infusion(
        id="",
        mrn=mrn,
        indication=Diagnosis.KD,
        label_use=LabelUse.ON,
        product_id="privigen",
        dosing_weight_kg=14.2,
        dose_g=28.0,
        start=start,
        lots=(Lot("P123", date(2027, 1, 31)),),
        rate_steps=(RateStep(at=start, ml_per_h=RATES[0]),),
        premedications=(
            Premedication(
                at=start - timedelta(minutes=30),
                drug="paracetamol",
                drug_class=PremedClass.ANTIPYRETIC,
                dose="210 mg",
                route="po",
            ),
        ),
        vitals=(VitalSigns(at=start - timedelta(minutes=15), temp_c=37.1, hr=112, spo2=98),),
    )


def document(ctx: Context, mrn: str, start: datetime) -> None:
    """One infusion from start to its 24-hour check, as the actions of a nurse."""
    started, ms = timed(lambda: infusions.start_infusion(ctx, infusion(mrn, start))[0])
    say(f"infusion {started.id} {mrn} {ms}")
    say(f"step {started.id} {to_stored(start)} -")  # stored by the start itself
    say(f"vitals {started.id} {to_stored(start - timedelta(minutes=15))} -")
    pause()
    for number, rate in enumerate(RATES[1:], start=1):
        at = start + timedelta(minutes=30 * number)
        _, ms = timed(
            lambda at=at, rate=rate: infusions.add_rate_step(ctx, started.id, at=at, ml_per_h=rate)
        )
        say(f"step {started.id} {to_stored(at)} {ms}")
        pause()
        seen = at + timedelta(minutes=10)
        vitals = VitalSigns(at=seen, temp_c=37.2, hr=110 + number, sbp=98, dbp=60, spo2=98)
        _, ms = timed(lambda vitals=vitals: infusions.add_vital_signs(ctx, started.id, vitals))
        say(f"vitals {started.id} {to_stored(seen)} {ms}")
        pause()
    end = start + timedelta(hours=3)
    _, ms = timed(lambda: infusions.end_infusion(ctx, started.id, end=end))
    say(f"end {started.id} {ms}")
    pause()
    done_at = end + timedelta(hours=CHECK_OFFSET_H, minutes=5)
    _, ms = timed(
        lambda: checks.record_check(
            ctx,
            started.id,
            CHECK_OFFSET_H,
            done_at=done_at,
            mode=CheckMode.PHONE,
            outcome=CheckOutcome.NO_SYMPTOMS,
        )
    )
    say(f"check {started.id} {CHECK_OFFSET_H} {ms}")
    pause()


def pause() -> None:
    time.sleep(random.uniform(*PAUSE_S))


def main(argv: list[str]) -> int:
    target, name, seconds, go_file = argv[0], argv[1], float(argv[2]), argv[3]
    ctx = open_context(target, user=f"{name}.nurse")
    say("ready")
    while not os.path.exists(go_file):
        time.sleep(0.01)
    first_start = (datetime.now() - FIRST_START_BACK).replace(second=0, microsecond=0)
    deadline = time.monotonic() + seconds
    number = 0
    mrn = ""
    while time.monotonic() < deadline:
        start = first_start - INFUSION_GAP * number
        try:
            if number % INFUSIONS_PER_PATIENT == 0:
                candidate = f"{name.upper()}-{number // INFUSIONS_PER_PATIENT + 1:04}"
                _, ms = timed(
                    lambda candidate=candidate: patients.register_patient(
                        ctx, patient(candidate, first_start)
                    )
                )
                mrn = candidate
                say(f"patient {mrn} {ms}")
                pause()
            document(ctx, mrn, start)
        except Exception as exc:  # reported to the parent, which fails the test
            say(f"error {type(exc).__name__}: {exc}")
        number += 1
    say("done")
    ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
