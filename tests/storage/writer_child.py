"""A separate ivigmon process that writes infusions and reports each one after it commits.

Run as `python writer_child.py DB MRN [SECONDS GO_FILE]` by the durability tests. Without
SECONDS it writes until it is killed; with SECONDS it waits for GO_FILE to exist (so that two
writers begin together however slowly each started), then also ends each infusion, pauses a
moment between infusions as a workstation would, writes for that long and exits. Lines on
stdout: `ready` once the database is open, `started ID START` after each infusion's commit has
returned, `ended ID` after its end was committed, `error TEXT` for any
exception (timed mode carries on), `done` at the end of timed mode.
"""

from __future__ import annotations

import sys

# sqlite-utils imports pandas and numpy whenever they are installed (about 1 s); this process
# never needs them, and start-up time is most of the kill test's cost.
sys.modules["pandas"] = None  # type: ignore[assignment]
sys.modules["numpy"] = None  # type: ignore[assignment]

import contextlib  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from datetime import date, datetime, timedelta  # noqa: E402

from ivigmon.domain.codes import Diagnosis, LabelUse, PremedClass, Sex  # noqa: E402
from ivigmon.domain.models import (  # noqa: E402
    Infusion,
    Lot,
    Measurement,
    Patient,
    Premedication,
    RateStep,
    VitalSigns,
)
from ivigmon.domain.validation import ValidationError  # noqa: E402
from ivigmon.services import infusions, patients  # noqa: E402
from ivigmon.services.context import open_context  # noqa: E402

# A fixed clock, as in the service tests: every start lies in its past, going back an hour at
# a time (60,000 infusions before the patient's birth).
NOW = datetime(2026, 3, 10, 12, 0)
FIRST_START = datetime(2026, 3, 1, 8, 0)
# Between two timed-mode infusions: a workstation never writes back to back, and without a gap
# a second writer's busy wait can miss every moment the lock is free (SQLite has no queue).
PAUSE_S = (0.005, 0.02)
RATES = (4.3, 8.5, 17.0)  # mL/h for 14.2 kg: 0.3, 0.6, 1.2 mL/kg/h


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def patient(mrn: str) -> Patient:
    return Patient(
        mrn=mrn,
        name="Durability Test",
        sex=Sex.F,
        birth_date=date(2019, 4, 2),
        diagnoses=(Diagnosis.KD,),
        blood_group="A+",
        measurements=(Measurement(at=datetime(2026, 2, 1, 8, 0), weight_kg=14.2, height_cm=98),),
    )


def infusion(mrn: str, start: datetime) -> Infusion:
    """A running infusion with every part a nurse records at its start (one transaction)."""
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
        rate_steps=tuple(
            RateStep(at=start + timedelta(minutes=30 * n), ml_per_h=rate)
            for n, rate in enumerate(RATES)
        ),
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


def main(argv: list[str]) -> int:
    db_path, mrn = argv[0], argv[1]
    seconds = float(argv[2]) if len(argv) > 2 else None
    go_file = argv[3] if len(argv) > 3 else None
    ctx = open_context(db_path, user="writer.child", clock=lambda: NOW)
    with contextlib.suppress(ValidationError):  # registered by an earlier child
        patients.register_patient(ctx, patient(mrn))
    say("ready")
    while go_file is not None and not os.path.exists(go_file):
        time.sleep(0.01)
    # Starts need not be unique; spreading them keeps the records realistic.
    start = FIRST_START + timedelta(minutes=random.randrange(0, 10_000))
    deadline = None if seconds is None else time.monotonic() + seconds
    while deadline is None or time.monotonic() < deadline:
        start -= timedelta(hours=1)
        try:
            started, _ = infusions.start_infusion(ctx, infusion(mrn, start))
            say(f"started {started.id} {started.start.isoformat()}")
            if deadline is not None:
                infusions.end_infusion(ctx, started.id, end=start + timedelta(hours=4))
                say(f"ended {started.id}")
                time.sleep(random.uniform(*PAUSE_S))
        except Exception as exc:  # reported to the parent, which fails the test
            say(f"error {type(exc).__name__}: {exc}")
            if deadline is None:
                raise
    say("done")
    ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
