"""The Wilson score interval of a rate, against values worked out by hand."""

from __future__ import annotations

import math

import pytest

from ivigmon.domain.wilson import Z_95, wilson_interval

# Worked by hand with z = 1.96 (z² = 3.8416): centre = (p + z²/2n) / (1 + z²/n),
# half = z / (1 + z²/n) * sqrt(p(1-p)/n + z²/4n²).
HAND = [
    # 0 of 10: 1 + 0.38416 = 1.38416; centre = 0.19208 / 1.38416 = 0.138770;
    # half = 1.416021 * sqrt(0.009604) = 1.416021 * 0.098 = 0.138770.
    pytest.param(0, 10, 0.0, 0.277540, id="0-of-10"),
    # 1 of 10: centre = (0.1 + 0.19208) / 1.38416 = 0.211017;
    # half = 1.416021 * sqrt(0.009 + 0.009604) = 1.416021 * 0.136396 = 0.193140.
    pytest.param(1, 10, 0.017877, 0.404157, id="1-of-10"),
    # 5 of 10: centre 0.5; half = 1.416021 * sqrt(0.025 + 0.009604) = 0.263411.
    pytest.param(5, 10, 0.236589, 0.763411, id="5-of-10"),
    # 10 of 10: the mirror of 0 of 10.
    pytest.param(10, 10, 0.722460, 1.0, id="10-of-10"),
    # 1 of 1: 1 + 3.8416 = 4.8416; centre = (1 + 1.9208) / 4.8416 = 0.603272;
    # half = 1.96 / 4.8416 * sqrt(0 + 0.9604) = 0.404825 * 0.98 = 0.396728.
    pytest.param(1, 1, 0.206544, 1.0, id="1-of-1"),
    # 38 of 1765 (2.15 %): p = 0.0215297, z²/n = 0.0021765, z²/2n = 0.0010883;
    # centre = 0.0226180 / 1.0021765 = 0.0225689;
    # p(1-p)/n = 1.193554e-5, z²/4n² = 3.08292e-7, sqrt(1.224383e-5) = 0.00349912;
    # half = 1.96 / 1.0021765 * 0.00349912 = 1.955743 * 0.00349912 = 0.00684338.
    pytest.param(38, 1765, 0.0157255, 0.0294123, id="38-of-1765"),
]


@pytest.mark.parametrize(("k", "n", "low", "high"), HAND)
def test_wilson_interval_matches_hand_worked_values(k: int, n: int, low: float, high: float):
    found = wilson_interval(k, n, z=1.96)
    assert found is not None
    assert found[0] == pytest.approx(low, abs=2e-6)
    assert found[1] == pytest.approx(high, abs=2e-6)


def test_the_default_is_the_exact_95_percent_quantile():
    assert pytest.approx(1.959964, abs=1e-6) == Z_95
    exact = wilson_interval(5, 10)
    rounded = wilson_interval(5, 10, z=1.96)
    assert exact is not None and rounded is not None
    assert exact[0] == pytest.approx(rounded[0], abs=1e-4)


@pytest.mark.parametrize(("k", "n"), [(0, 1), (0, 3), (3, 3), (7, 40), (1, 100_000)])
def test_the_interval_holds_the_observed_rate_and_stays_within_0_and_1(k: int, n: int):
    found = wilson_interval(k, n)
    assert found is not None
    low, high = found
    assert 0.0 <= low <= k / n <= high <= 1.0
    assert math.isfinite(low) and math.isfinite(high)


def test_no_trials_no_interval():
    assert wilson_interval(0, 0) is None


@pytest.mark.parametrize(("k", "n"), [(-1, 10), (11, 10)])
def test_impossible_counts_are_refused(k: int, n: int):
    with pytest.raises(ValueError, match="successes"):
        wilson_interval(k, n)
