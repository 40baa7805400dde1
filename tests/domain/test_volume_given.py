"""Volume given, volume left and the expected end from the rate steps (bedside figures)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ivigmon.domain.models import RateStep
from ivigmon.domain.volume_given import infusion_progress, rate_at, volume_infused_ml

START = datetime(2026, 3, 10, 9, 0)


def at(minutes: int) -> datetime:
    return START + timedelta(minutes=minutes)


def steps(*pairs: tuple[int, float]) -> tuple[RateStep, ...]:
    return tuple(RateStep(at(m), rate, id=i + 1) for i, (m, rate) in enumerate(pairs))


@pytest.mark.parametrize(
    ("rates", "until", "given"),
    [
        pytest.param((), 60, 0.0, id="no-steps"),
        pytest.param(((0, 60.0),), 0, 0.0, id="until-the-first-step"),
        pytest.param(((0, 60.0),), 1, 1.0, id="one-minute-at-60"),
        pytest.param(((0, 60.0),), 60, 60.0, id="one-hour"),
        pytest.param(((0, 30.0), (30, 60.0)), 90, 75.0, id="two-steps"),
        pytest.param(((0, 60.0), (30, 0.0)), 120, 30.0, id="pause-delivers-nothing"),
        pytest.param(((0, 60.0), (30, 0.0), (60, 60.0)), 90, 60.0, id="pause-then-resumed"),
        pytest.param(((0, 60.0), (60, 120.0)), 60, 60.0, id="step-exactly-at-until"),
        pytest.param(((0, 60.0), (90, 120.0)), 60, 60.0, id="step-after-until"),
        pytest.param(((30, 60.0),), 60, 30.0, id="nothing-before-the-first-step"),
        pytest.param(((-30, 60.0),), 60, 60.0, id="step-before-start-counts-from-start"),
        pytest.param(((120, 60.0),), 60, 0.0, id="only-a-future-step"),
    ],
)
def test_volume_infused(rates: tuple[tuple[int, float], ...], until: int, given: float) -> None:
    assert volume_infused_ml(steps(*rates), start=START, until=at(until)) == pytest.approx(given)


def test_steps_at_the_same_minute_use_the_one_entered_last() -> None:
    both = (RateStep(at(0), 120.0, id=2), RateStep(at(0), 60.0, id=1))
    assert volume_infused_ml(both, start=START, until=at(60)) == pytest.approx(120.0)
    assert rate_at(both, at(0)) == 120.0


@pytest.mark.parametrize(
    ("rates", "moment", "rate"),
    [
        pytest.param((), 10, None, id="no-steps"),
        pytest.param(((10, 60.0),), 9, None, id="before-the-first"),
        pytest.param(((10, 60.0),), 10, 60.0, id="at-the-step"),
        pytest.param(((10, 60.0), (20, 0.0)), 25, 0.0, id="paused"),
        pytest.param(((10, 60.0), (90, 100.0)), 30, 60.0, id="future-step-not-yet"),
    ],
)
def test_rate_at(rates: tuple[tuple[int, float], ...], moment: int, rate: float | None) -> None:
    assert rate_at(steps(*rates), at(moment)) == rate


@pytest.mark.parametrize(
    ("rates", "end", "now", "given", "left", "expected_end"),
    [
        pytest.param((), None, 60, 0.0, 400.0, None, id="no-steps-no-end"),
        pytest.param(((0, 100.0),), None, 60, 100.0, 300.0, 240, id="running-at-100"),
        pytest.param(((0, 100.0), (60, 0.0)), None, 90, 100.0, 300.0, None, id="paused"),
        pytest.param(((0, 100.0), (120, 200.0)), None, 60, 100.0, 300.0, 240, id="future-step"),
        pytest.param(((0, 400.0),), None, 60, 400.0, 0.0, None, id="exactly-complete"),
        pytest.param(((0, 500.0),), None, 60, 500.0, 0.0, None, id="more-than-prescribed"),
        pytest.param(((0, 100.0),), 54, 300, 90.0, 310.0, None, id="ended-early"),
        pytest.param(((0, 50.0), (60, 100.0)), 54, 300, 45.0, 355.0, None, id="step-after-end"),
    ],
)
def test_infusion_progress(
    rates: tuple[tuple[int, float], ...],
    end: int | None,
    now: int,
    given: float,
    left: float,
    expected_end: int | None,
) -> None:
    progress = infusion_progress(
        steps(*rates),
        start=START,
        end=at(end) if end is not None else None,
        prescribed_ml=400.0,
        now=at(now),
    )
    assert progress.given_ml == pytest.approx(given)
    assert progress.left_ml == pytest.approx(left)
    assert progress.expected_end == (at(expected_end) if expected_end is not None else None)
    assert progress.given_pct == pytest.approx(given / 4)
