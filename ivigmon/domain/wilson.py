"""The Wilson score interval of a proportion: a rate's 95 % confidence interval that stays
within 0-100 % and is honest for small counts (0 of 12, 3 of 40)."""

from __future__ import annotations

import math
from statistics import NormalDist

# The two-sided 95 % normal quantile (1.95996...), not the rounded 1.96.
Z_95 = NormalDist().inv_cdf(0.975)


def wilson_interval(successes: int, trials: int, z: float = Z_95) -> tuple[float, float] | None:
    """(low, high) as proportions between 0 and 1; None without trials.

    Wilson EB. Probable inference, the law of succession, and statistical inference. J Am Stat
    Assoc 1927;22:209-212: centre (p + z²/2n) / (1 + z²/n), half-width
    z / (1 + z²/n) * sqrt(p(1 - p)/n + z²/4n²).
    """
    if trials <= 0:
        return None
    if not 0 <= successes <= trials:
        raise ValueError(f"{successes} successes out of {trials} trials")
    p = successes / trials
    z2 = z * z
    denominator = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials))
    # At 0 and at n the bounds are exactly 0 and 1 (rounding would leave 1e-17 beyond them).
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return low, high
