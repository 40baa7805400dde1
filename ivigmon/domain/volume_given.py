"""Volume given so far, volume left and the expected end, from the rate steps and their times."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ivigmon.domain.models import RateStep

SECONDS_PER_HOUR = 3600.0


def ordered_steps(steps: Sequence[RateStep]) -> list[RateStep]:
    """Time order; two steps at the same minute keep the order they were entered in."""
    return sorted(steps, key=lambda s: (s.at, s.id or 0))


def volume_infused_ml(steps: Sequence[RateStep], *, start: datetime, until: datetime) -> float:
    """mL delivered between the start and `until`: each step's rate for as long as it held.

    A step holds from its time to the next step's (or to `until`); a pause (0 mL/h) delivers
    nothing; steps at or after `until` (after the end, or typed ahead of now) deliver nothing;
    time before the first step or before the start delivers nothing (the pump was not set).
    """
    total = 0.0
    ordered = ordered_steps(steps)
    ends = [s.at for s in ordered[1:]] + ([until] if ordered else [])
    for step, next_at in zip(ordered, ends, strict=True):
        begin = max(step.at, start)
        finish = min(next_at, until)
        if finish > begin:
            total += step.ml_per_h * (finish - begin).total_seconds() / SECONDS_PER_HOUR
    return total


def rate_at(steps: Sequence[RateStep], moment: datetime) -> float | None:
    """The pump rate in force at `moment` (the latest step at or before it); None before any."""
    current: float | None = None
    for step in ordered_steps(steps):
        if step.at > moment:
            break
        current = step.ml_per_h
    return current


@dataclass(frozen=True)
class InfusionProgress:
    """How far an infusion has got against its prescribed volume, at one moment."""

    given_ml: float
    prescribed_ml: float
    current_ml_per_h: float | None  # None before the first step (and once ended)
    expected_end: datetime | None  # at the current rate; None when paused, ended or complete

    @property
    def left_ml(self) -> float:
        return max(0.0, self.prescribed_ml - self.given_ml)

    @property
    def given_pct(self) -> float:
        return 100.0 * self.given_ml / self.prescribed_ml if self.prescribed_ml > 0 else 0.0


def infusion_progress(
    steps: Sequence[RateStep],
    *,
    start: datetime,
    end: datetime | None,
    prescribed_ml: float,
    now: datetime,
) -> InfusionProgress:
    """Given up to the end (or now while running), what is left, and when it should finish."""
    until = end if end is not None else now
    given = volume_infused_ml(steps, start=start, until=until)
    if end is not None:
        return InfusionProgress(given, prescribed_ml, None, None)
    current = rate_at(steps, now)
    left = max(0.0, prescribed_ml - given)
    expected: datetime | None = None
    if current is not None and current > 0 and left > 0:
        expected = now + timedelta(hours=left / current)
    return InfusionProgress(given, prescribed_ml, current, expected)
