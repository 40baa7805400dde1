"""Notes have a ward-set size limit: the longest is stored, one character more is refused."""

from __future__ import annotations

from datetime import datetime

import pytest

from ivigmon.domain.codes import CheckMode, CheckOutcome
from ivigmon.domain.validation import ValidationError
from ivigmon.services import checks
from ivigmon.services.history import load_history
from ivigmon.services.settings import (
    NOTES_MAX_CHARS,
    notes_max_chars,
    save_workstation_settings,
)
from tests.factories import make_patient, start_infusion


@pytest.mark.parametrize(("length", "stored"), [(10_000, True), (10_001, False)])
def test_infusion_notes_up_to_the_default_limit(ctx, length, stored):
    make_patient(ctx)
    if stored:
        started = start_infusion(ctx, notes="n" * length)
        assert len(load_history(ctx, "K-0001").infusion(started.id).notes) == length
    else:
        with pytest.raises(ValidationError) as err:
            start_infusion(ctx, notes="n" * length)
        assert err.value.field == "notes"
        assert "at most 10000 characters (got 10001)" in err.value.problem
        assert load_history(ctx, "K-0001").infusions == ()


@pytest.mark.parametrize(("length", "stored"), [(500, True), (501, False)])
def test_a_lower_ward_limit_applies_to_check_notes(ctx, length, stored):
    save_workstation_settings(ctx, lock_minutes=10, keep_days=7, notes_max=500)
    assert notes_max_chars(ctx) == 500
    make_patient(ctx)
    started = start_infusion(ctx, end=datetime(2026, 3, 10, 11, 0))
    record = lambda: checks.record_check(  # noqa: E731
        ctx,
        started.id,
        24,
        done_at=datetime(2026, 3, 10, 12, 0),
        mode=CheckMode.PHONE,
        outcome=CheckOutcome.NO_SYMPTOMS,
        notes="n" * length,
    )
    if stored:
        record()
    else:
        with pytest.raises(ValidationError) as err:
            record()
        assert err.value.field == "notes"
        checks_now = load_history(ctx, "K-0001").checks
        assert not any(c.is_done for c in checks_now)


@pytest.mark.parametrize(
    "value", [NOTES_MAX_CHARS.low - 1, NOTES_MAX_CHARS.high + 1], ids=["too-low", "too-high"]
)
def test_the_limit_itself_has_a_range(ctx, value):
    with pytest.raises(ValidationError) as err:
        save_workstation_settings(ctx, lock_minutes=10, keep_days=7, notes_max=value)
    assert err.value.field == "notes_max_chars"
    assert notes_max_chars(ctx) == NOTES_MAX_CHARS.default
