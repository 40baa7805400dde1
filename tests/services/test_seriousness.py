"""Events keep their seriousness criteria; impossible combinations are refused (SPEC 10.1)."""

from __future__ import annotations

from datetime import datetime

import pytest

from ivigmon.domain.codes import CheckMode, CheckOutcome, EventOutcome, Seriousness
from ivigmon.domain.models import AdverseEvent
from ivigmon.domain.validation import ValidationError
from ivigmon.services import checks, infusions
from ivigmon.services.checks import ReportedSymptom
from ivigmon.services.history import load_history
from tests.factories import make_patient, start_infusion

ONSET = datetime(2026, 3, 10, 9, 0)


def test_seriousness_criteria_are_stored_and_read_back(ctx):
    make_patient(ctx)
    running = start_infusion(ctx)
    criteria = (Seriousness.HOSPITALISATION, Seriousness.LIFE_THREATENING)
    event = AdverseEvent(ONSET, "anaphylaxis", 4, serious=True, seriousness=criteria)
    infusions.add_reaction(ctx, running.id, event)
    [stored] = load_history(ctx, "K-0001").infusions[0].events
    assert stored.seriousness == criteria


# SPEC 10.1: grade 5 is death, so it is fatal and serious; fatal is grade 5.
IMPOSSIBLE = [
    pytest.param(5, EventOutcome.RESOLVED, True, "outcome", id="grade5-not-fatal"),
    pytest.param(4, EventOutcome.FATAL, True, "grade", id="fatal-below-grade5"),
    pytest.param(5, EventOutcome.FATAL, False, "serious", id="grade5-not-serious"),
]


@pytest.mark.parametrize(("grade", "outcome", "serious", "field"), IMPOSSIBLE)
def test_a_reaction_that_cannot_be_is_refused_by_name(ctx, grade, outcome, serious, field):
    make_patient(ctx)
    running = start_infusion(ctx)
    event = AdverseEvent(ONSET, "anaphylaxis", grade, serious=serious, outcome=outcome)
    with pytest.raises(ValidationError) as refused:
        infusions.add_reaction(ctx, running.id, event)
    assert refused.value.field == field
    assert load_history(ctx, "K-0001").infusions[0].events == ()


@pytest.mark.parametrize(("grade", "outcome", "serious", "field"), IMPOSSIBLE)
def test_a_symptom_that_cannot_be_is_refused_by_name(ctx, grade, outcome, serious, field):
    make_patient(ctx)
    done = start_infusion(ctx, start=datetime(2026, 3, 8, 9, 0), end=datetime(2026, 3, 8, 15, 0))
    symptom = ReportedSymptom("dyspnoea", grade, serious=serious, outcome=outcome)
    with pytest.raises(ValidationError) as refused:
        checks.record_check(
            ctx,
            done.id,
            24,
            done_at=datetime(2026, 3, 9, 15, 0),
            mode=CheckMode.PHONE,
            outcome=CheckOutcome.SYMPTOMS,
            symptoms=[symptom],
        )
    assert refused.value.field == field
    assert not load_history(ctx, "K-0001").checks[0].is_done


def test_criteria_on_a_symptom_are_stored(ctx):
    make_patient(ctx)
    done = start_infusion(ctx, start=datetime(2026, 3, 8, 9, 0), end=datetime(2026, 3, 8, 15, 0))
    symptom = ReportedSymptom(
        "dyspnoea", 3, serious=True, seriousness=(Seriousness.HOSPITALISATION,)
    )
    checks.record_check(
        ctx,
        done.id,
        24,
        done_at=datetime(2026, 3, 9, 15, 0),
        mode=CheckMode.PHONE,
        outcome=CheckOutcome.SYMPTOMS,
        symptoms=[symptom],
    )
    [event] = load_history(ctx, "K-0001").infusions[0].events
    assert event.seriousness == (Seriousness.HOSPITALISATION,)
