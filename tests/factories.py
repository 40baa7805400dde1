"""Records and stored records for service and GUI tests: one child, one infusion, a fixed clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ivigmon.domain.codes import Diagnosis, LabelUse, Sex
from ivigmon.domain.models import Infusion, Lot, Measurement, Patient
from ivigmon.services import infusions, patients
from ivigmon.services.bulk.records_load import RecordBatch, load_batches
from ivigmon.services.context import Context

# The tests' "now": a Tuesday noon, 2026-03-10 12:00 (local wall clock).
NOW = datetime(2026, 3, 10, 12, 0)
# Where start_infusion() starts by default: this morning, four hours before NOW.
THIS_MORNING = datetime(2026, 3, 10, 8, 0)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


def patient(mrn: str = "K-0001", **overrides: object) -> Patient:
    """Ada, 6, with Kawasaki disease, 14.2 kg and 98 cm measured on 2026-03-01."""
    values: dict[str, object] = {
        "mrn": mrn,
        "name": "Ada Nowak",
        "sex": Sex.F,
        "birth_date": date(2019, 4, 2),
        "diagnoses": (Diagnosis.KD,),
        "blood_group": "A+",
        "measurements": (
            Measurement(at=datetime(2026, 3, 1, 8, 0), weight_kg=14.2, height_cm=98.0),
        ),
    }
    values.update(overrides)
    return Patient(**values)  # type: ignore[arg-type]


def infusion(mrn: str = "K-0001", **overrides: object) -> Infusion:
    """Privigen 2 g/kg for Kawasaki disease, started yesterday at 09:00, still running."""
    values: dict[str, object] = {
        "id": "",
        "mrn": mrn,
        "indication": Diagnosis.KD,
        "label_use": LabelUse.ON,
        "product_id": "privigen",
        "dosing_weight_kg": 14.2,
        "dose_g": 28.0,
        "start": datetime(2026, 3, 9, 9, 0),
        "lots": (Lot("P123", date(2027, 1, 31)),),
    }
    values.update(overrides)
    return Infusion(**values)  # type: ignore[arg-type]


def make_patient(ctx: Context, mrn: str = "K-0001", **overrides: object) -> Patient:
    """patient(), registered."""
    return patients.register_patient(ctx, patient(mrn, **overrides))


def make_patients(ctx: Context, count: int) -> list[str]:
    """`count` patients `K-0001`, `K-0002`... named `Child 1`, `Child 2`..., written at once
    (the bulk writer of an import: hundreds take a fraction of a second); their MRNs."""
    mrns = [f"K-{number:04}" for number in range(1, count + 1)]
    batch = RecordBatch(
        patients=[patient(mrn, name=f"Child {n}") for n, mrn in enumerate(mrns, start=1)]
    )
    load_batches(ctx, [batch], source="test patients")
    return mrns


def start_infusion(ctx: Context, mrn: str = "K-0001", **overrides: object) -> Infusion:
    """infusion(), started THIS_MORNING unless told otherwise, and stored."""
    overrides.setdefault("start", THIS_MORNING)
    started, _ = infusions.start_infusion(ctx, infusion(mrn, **overrides))
    return started
