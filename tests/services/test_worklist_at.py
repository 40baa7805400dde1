"""The worklist at a past moment leaves out the checks a later infusion had superseded by then,
at the rule's boundaries (SPEC 5a: a later start strictly before the due time)."""

from __future__ import annotations

from datetime import datetime

import pytest

from ivigmon.services import worklist
from tests.factories import make_patient, start_infusion

# The first infusion ends 2026-03-05 15:00: its checks fall due at 15:00 on the 6th, 7th, 8th.
FIRST_START = datetime(2026, 3, 5, 9, 0)
FIRST_END = datetime(2026, 3, 5, 15, 0)


@pytest.mark.parametrize(
    ("later_start", "at", "listed"),
    [
        # Started exactly when the 48 h check fell due: that check stands, the 72 h one not.
        (datetime(2026, 3, 7, 15, 0), datetime(2026, 3, 7, 16, 0), [24, 48]),
        # A minute before: the 48 h check is superseded too.
        (datetime(2026, 3, 7, 14, 59), datetime(2026, 3, 7, 16, 0), [24]),
        # Not yet started at the moment asked about: nothing is superseded then.
        (datetime(2026, 3, 7, 14, 59), datetime(2026, 3, 7, 14, 0), [24, 48, 72]),
        # Started a minute after the moment: still nothing then.
        (datetime(2026, 3, 6, 9, 1), datetime(2026, 3, 6, 9, 0), [24, 48, 72]),
        # Started at the moment: known then, so every later check is superseded.
        (datetime(2026, 3, 6, 9, 0), datetime(2026, 3, 6, 9, 0), []),
    ],
)
def test_a_later_infusion_supersedes_the_checks_due_after_its_start(
    ctx, later_start: datetime, at: datetime, listed: list[int]
):
    make_patient(ctx)
    first = start_infusion(ctx, start=FIRST_START, end=FIRST_END)
    start_infusion(ctx, start=later_start)
    rows = worklist.worklist_as_of(ctx, at)
    assert [r.offset_h for r in rows if r.infusion_id == first.id] == listed


def test_another_patients_later_infusion_supersedes_nothing(ctx):
    make_patient(ctx)
    make_patient(ctx, "K-0002", name="Ben Kowalski")
    first = start_infusion(ctx, start=FIRST_START, end=FIRST_END)
    start_infusion(ctx, "K-0002", start=datetime(2026, 3, 6, 9, 0))
    rows = worklist.worklist_as_of(ctx, datetime(2026, 3, 7, 16, 0))
    assert [r.offset_h for r in rows if r.infusion_id == first.id] == [24, 48, 72]
