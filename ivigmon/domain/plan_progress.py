"""Where a running infusion stands against its rate plan: the next step and when it is due."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ivigmon.domain.models import RateStep
from ivigmon.domain.rate_check import RateRules, is_above, pace_before
from ivigmon.domain.rate_plan import PlanStep, RatePlan


@dataclass(frozen=True)
class NextStep:
    """The plan's next pump setting above the current rate; `due_at` is None where the label
    gives no interval (the nurse raises as tolerated, whenever that is)."""

    step: PlanStep
    due_at: datetime | None
    as_tolerated: bool

    def is_due(self, now: datetime) -> bool:
        return self.due_at is not None and now >= self.due_at


def next_step(
    plan: RatePlan, rules: RateRules, steps: Sequence[RateStep], now: datetime
) -> NextStep | None:
    """The first planned setting above the rate running at `now` (the latest non-zero step;
    a pause waits for the nurse), due once the interval in force has passed since the current
    rate was set (SPEC 12), or at the start before any step. None at the plan's last setting."""
    ordered = sorted((s for s in steps if s.at <= now), key=lambda s: (s.at, s.id or 0))
    pace = pace_before(rules, ordered)
    current = pace.rate
    target = next(
        (
            s
            for s in plan.steps
            if current is None or is_above(s.rate.ml_per_h, current, rules.tolerance_pct)
        ),
        None,
    )
    if target is None:
        return None
    if current is None or pace.set_at is None:
        return NextStep(target, target.start, as_tolerated=False)
    product = rules.product
    interval = (
        (product.step_minutes or product.first_step_minutes)
        if pace.raised
        else (product.first_step_minutes or product.step_minutes)
    )
    due = None if interval is None else pace.set_at + timedelta(minutes=interval)
    return NextStep(target, due, as_tolerated=target.as_tolerated)
