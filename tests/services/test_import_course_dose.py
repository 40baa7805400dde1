"""A course above 2.5 g/kg is flagged on import (SPEC 11.3), naming its infusions and grams."""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

import pytest

from ivigmon.services.importing import import_document
from tests.factories import make_patient, start_infusion

from ..spec_example import SPEC_EXAMPLE


def _infusion(infusion_id: str, start: str, dose_g: float) -> dict[str, Any]:
    item = copy.deepcopy(SPEC_EXAMPLE["infusions"][0])
    item.update(id=infusion_id, start=start, end=None, dose_g=dose_g, rate_steps=[], events=[])
    item.update(vitals=[], premedications=[])
    return item


def _course_flags(result) -> list[str]:
    return [str(f) for f in result.flags if f.field == "course_dose"]


@pytest.mark.parametrize(
    ("second_g", "third_start", "flagged"),
    [
        # 28 g + 7.5 g for 14.2 kg = 2.5 g/kg exactly: not above.
        (7.5, None, False),
        (7.6, None, True),
        # A third infusion 121 h after the first is another course.
        (7.5, "2026-03-06T10:00", False),
        # ...and 120 h after it is in the course: 28 + 7.5 + 1 g = 2.57 g/kg.
        (7.5, "2026-03-06T09:00", True),
    ],
)
def test_a_course_of_the_file_above_2_5_g_per_kg_is_flagged_once(
    ctx, second_g, third_start, flagged
):
    document = copy.deepcopy(SPEC_EXAMPLE)
    document["checks"] = []
    document["infusions"] = [
        _infusion("inf-1", "2026-03-01T09:00", 28.0),
        _infusion("inf-2", "2026-03-02T09:00", second_g),
    ]
    if third_start is not None:
        document["infusions"].append(_infusion("inf-3", third_start, 1.0))
    result = import_document(ctx, document)
    flags = _course_flags(result)
    assert len(flags) == (1 if flagged else 0), flags
    if flagged and third_start is None:
        assert flags[0].startswith("infusion inf-2: course_dose: the course would hold 2.51 g/kg")
        assert "inf-1 28 g, this infusion 7.6 g, for 14.2 kg" in flags[0]
    if flagged and third_start is not None:
        assert flags[0].startswith("infusion inf-3: course_dose:")
        assert "inf-1 28 g, inf-2 7.5 g, this infusion 1 g" in flags[0]


def test_a_file_infusion_joining_a_stored_course_is_flagged(ctx):
    make_patient(ctx)
    # Stored: Privigen 28 g for 14.2 kg yesterday at 09:00 (tests.factories.infusion).
    stored = start_infusion(ctx, start=datetime(2026, 3, 9, 9, 0), end=datetime(2026, 3, 9, 19, 0))
    document = {
        "format": "ivigmon/1",
        "patients": [],
        "infusions": [_infusion("inf-new", "2026-03-10T09:00", 8.0)],
        "checks": [],
    }
    result = import_document(ctx, document)
    (flag,) = _course_flags(result)
    assert flag.startswith("infusion inf-new: course_dose: the course would hold 2.54 g/kg")
    assert f"{stored.id} 28 g, this infusion 8 g" in flag
