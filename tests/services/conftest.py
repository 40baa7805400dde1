"""Fixtures for service tests: a fresh database with a fixed clock, and record builders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ivigmon.domain.codes import Diagnosis, LabelUse, Sex
from ivigmon.domain.models import Infusion, Lot, Measurement, Patient
from ivigmon.services.context import Context
from ivigmon.services.setup import open_context

NOW = datetime(2026, 3, 10, 12, 0)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ward.db"


@pytest.fixture
def ctx(db_path: Path, clock: Clock) -> Iterator[Context]:
    context = open_context(db_path, clock=clock, user="nurse.test")
    yield context
    context.store.close()


def patient(mrn: str = "K-0001", **overrides: object) -> Patient:
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


def hours(n: float) -> timedelta:
    return timedelta(hours=n)
