"""The next planned step of a running infusion and when it is due (SPEC 11.4, 12 Titration)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ivigmon.domain.models import RateStep
from ivigmon.domain.plan_progress import next_step
from ivigmon.domain.rate_check import RateRules
from ivigmon.domain.rate_plan import rate_plan
from ivigmon.services.catalogue import shipped_products

START = datetime(2026, 3, 10, 9, 0)
PRODUCTS = {p.id: p for p in shipped_products()}


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


CASES = [
    # (product, steps (min, mL/h), now (min), next pump mL/h or None, due (min) or None,
    #  as tolerated). Octagam 10 % for 20 kg: 12, 24, 48, 96, 144 mL/h each 30 min.
    pytest.param("octagam_10", [], 0, 12.0, 0, False, id="no-step-yet"),
    pytest.param("octagam_10", [(0, 12)], 10, 24.0, 30, False, id="first-interval"),
    pytest.param("octagam_10", [(0, 12), (30, 24)], 45, 48.0, 60, False, id="later-interval"),
    # Late: the step is due from when the current rate was set plus the interval.
    pytest.param("octagam_10", [(0, 12), (50, 24)], 55, 48.0, 80, False, id="late-raise"),
    # Within 1 % does not restart the time; a pause neither.
    pytest.param("octagam_10", [(0, 12), (20, 12.1)], 25, 24.0, 30, False, id="within-1pct"),
    pytest.param("octagam_10", [(0, 12), (20, 0), (25, 12)], 26, 24.0, 30, False, id="pause"),
    pytest.param("octagam_10", [(0, 12), (30, 144)], 40, None, None, False, id="at-maximum"),
    # Bivigam: 10 min first, 20 min later.
    pytest.param("bivigam", [(0, 6)], 5, 15.6, 10, False, id="bivigam-first"),
    pytest.param("bivigam", [(0, 6), (10, 15.6)], 15, 25.2, 30, False, id="bivigam-later"),
    # Gammagard Liquid: as tolerated after 30 min, up to 100 mL/h.
    pytest.param("gammagard_liquid", [(0, 10)], 5, 100.0, 30, True, id="interval-only"),
    # Privigen: as tolerated, no time.
    pytest.param("privigen", [(0, 6)], 5, 96.0, None, True, id="open"),
]


@pytest.mark.parametrize(("product", "pairs", "now", "pump", "due", "tolerated"), CASES)
def test_the_next_step_and_when_it_is_due(product, pairs, now, pump, due, tolerated):
    item = PRODUCTS[product]
    plan = rate_plan(item, weight_kg=20.0, dose_g=40.0, start=START, ceiling_ml_per_h=240.0)
    rules = RateRules(product=item, indication="PID", weight_kg=20.0)
    steps = [RateStep(at(m), r, id=n) for n, (m, r) in enumerate(pairs, start=1)]
    found = next_step(plan, rules, steps, at(now))
    if pump is None:
        assert found is None
        return
    assert found is not None
    assert found.step.rate.ml_per_h == pump
    assert found.due_at == (None if due is None else at(due))
    assert found.as_tolerated is tolerated
    if due is not None:
        assert found.is_due(at(due)) and not found.is_due(at(due) - timedelta(minutes=1))
