"""Arithmetic the demo generator's steps share: apportioning, weighted draws, rounding, time."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta

DAYS_PER_YEAR = 365.25


def apportion(weights: Sequence[tuple[str, int]], total: int) -> dict[str, int]:
    """Largest-remainder (Hamilton) apportionment of `total`; ties go to the earlier entry."""
    whole = sum(w for _, w in weights)
    counts = {key: total * w // whole for key, w in weights}
    remainders = sorted(range(len(weights)), key=lambda i: (-(total * weights[i][1] % whole), i))
    for index in remainders[: total - sum(counts.values())]:
        counts[weights[index][0]] += 1
    return counts


def weighted(rng: random.Random, options: Sequence[tuple[str, int]]) -> str:
    """One key drawn with the relative weights given."""
    return rng.choices([key for key, _ in options], weights=[w for _, w in options])[0]


def round_to(value: float, step: float) -> float:
    """Round half up to a multiple of `step` (0.5 g, 0.1 kg...)."""
    return round(math.floor(value / step + 0.5) * step, 6)


def iso(moment: datetime) -> str:
    """A time as the interchange file writes it, to the minute."""
    return moment.strftime("%Y-%m-%dT%H:%M")


def after_minutes(moment: datetime, minutes: float) -> datetime:
    """`minutes` after `moment` (before it when negative)."""
    return moment + timedelta(minutes=minutes)


def age_years(birth: date, day: date) -> float:
    """Age in (fractional) years on `day`."""
    return (day - birth).days / DAYS_PER_YEAR
