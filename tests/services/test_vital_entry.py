"""Levels of a vital-sign entry before it is saved: per sign, with its limit and source."""

from __future__ import annotations

from datetime import datetime

import pytest

from ivigmon.domain.codes import VitalLevel, VitalSign
from ivigmon.domain.models import VitalSigns
from ivigmon.services.vital_entry import typed_levels
from tests.factories import infusion, patient

# Ada is 6 y 11 m (83 completed months) at a start of 2026-03-10 08:00: the 4-12 y band.
START = datetime(2026, 3, 10, 8, 0)
LATER = datetime(2026, 3, 10, 9, 0)


@pytest.mark.parametrize(
    ("sign", "value", "level", "limit"),
    [
        (VitalSign.HR, 109, VitalLevel.NONE, ""),
        (VitalSign.HR, 110, VitalLevel.WATCH, ">= 110/min, age 4-12 y"),
        (VitalSign.HR, 130, VitalLevel.ALERT, ">= 130/min, age 4-12 y"),
        (VitalSign.HR, 151, VitalLevel.URGENT, ">= 151/min, age 4-12 y"),
        (VitalSign.TEMP_C, 37.9, VitalLevel.NONE, ""),
        (VitalSign.TEMP_C, 38.0, VitalLevel.ALERT, "CTCAE v5 fever"),
        (VitalSign.SPO2, 92, VitalLevel.ALERT, "< 93 %"),
        (VitalSign.SPO2, 84, VitalLevel.URGENT, "< 85 %"),
        (VitalSign.SBP, 82, VitalLevel.WATCH, "<= 90 mmHg, age 4-12 y"),
        (VitalSign.SBP, 81, VitalLevel.URGENT, "< 82 mmHg: hypotension"),
    ],
)
def test_each_typed_sign_has_its_level_limit_and_source(
    sign: VitalSign, value: float, level: VitalLevel, limit: str
) -> None:
    record = VitalSigns(at=LATER, **{sign.value: value})  # type: ignore[arg-type]
    levels = typed_levels(patient(), infusion(start=START), record)
    assert levels is not None
    [found] = levels.signs
    assert found.level is level
    assert limit in "; ".join(found.limits)
    if level is not VitalLevel.NONE:
        assert any(source in found.text for source in ("Parshuram", "CTCAE", "BMJ", "Sampson"))


def test_an_alert_already_there_at_baseline_counts_as_watch() -> None:
    started = infusion(start=START, vitals=(VitalSigns(at=START, hr=140),))
    levels = typed_levels(patient(), started, VitalSigns(at=LATER, hr=135))
    assert levels is not None
    assert levels.level is VitalLevel.WATCH
    assert "baseline 140/min was already alert" in levels.reason


@pytest.mark.parametrize("at", [START, datetime(2026, 3, 10, 7, 59)])
def test_a_reading_at_or_before_the_start_is_baseline_and_not_compared(at: datetime) -> None:
    assert typed_levels(patient(), infusion(start=START), VitalSigns(at=at, hr=160)) is None
