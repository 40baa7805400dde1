"""An assessment read from part of a record (its latest infusion whole, the rest with their
reactions, the checks still open) says exactly what it says from the whole record."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ivigmon.demo.ward import build_demo_document
from ivigmon.domain.codes import CheckStatus
from ivigmon.services.assessment import risk_from_history
from ivigmon.services.history import load_histories
from ivigmon.services.importing import import_demo_ward
from ivigmon.services.patient_list import patient_summaries, summarise
from ivigmon.storage.records import Needed
from tests.factories import Clock

NOW = datetime(2026, 3, 10, 10, 30)


@pytest.fixture
def ward(ctx, clock: Clock):
    clock.now = NOW
    import_demo_ward(ctx, build_demo_document(patients=70, seed=1, now=NOW))
    return ctx


@pytest.mark.parametrize("hours", [-24 * 90, -24 * 7, -30, 0, 20, 24 * 40])
def test_the_patient_assessment_and_row_read_the_same_from_part_of_the_record(ward, hours):
    moment = NOW + timedelta(hours=hours)
    whole = load_histories(ward)
    part = load_histories(ward, list(whole), Needed(at=moment))
    assert sum(len(h.infusions) for h in whole.values()) >= 150
    # The partial read really leaves out what the assessment does not need.
    assert sum(len(i.vitals) for h in part.values() for i in h.infusions) < sum(
        len(i.vitals) for h in whole.values() for i in h.infusions
    )
    for pid, history in whole.items():
        assert risk_from_history(ward, part[pid], moment) == risk_from_history(
            ward, history, moment
        )
        assert summarise(ward, part[pid], moment) == summarise(ward, history, moment)


@pytest.mark.parametrize("hours", [0, 20, 50, 24 * 40])
def test_the_patient_list_now_reads_the_stored_checks_and_agrees_with_the_record(
    ward, clock: Clock, hours
):
    clock.now = NOW + timedelta(hours=hours)
    whole = load_histories(ward)
    replayed = sorted(
        (summarise(ward, history, clock.now) for history in whole.values()), key=lambda r: r.mrn
    )
    listed = patient_summaries(ward)
    assert listed == replayed
    if hours == 0:
        assert {r.next_check_status for r in listed} >= {
            CheckStatus.OVERDUE,
            CheckStatus.DUE,
            CheckStatus.UPCOMING,
        }
