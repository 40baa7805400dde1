"""How long a sign-in waits after failed ones: the wait doubles with each failure in a row."""

from __future__ import annotations

import math
from datetime import datetime

# The first wait: a person who mistyped barely notices it. A failed sign-in also never answers
# sooner than this, whether the user name exists or not (services.users).
FIRST_WAIT_S = 1
# The wait doubles (1, 2, 4, 8, 16 s) up to half a minute: a nurse who mistypes again and again
# in a hurry is slowed down, not shut out; a program guessing passwords gets a few tries a
# minute until the account locks (the lock is a setting, services.settings).
MAX_WAIT_S = 30


def retry_wait(failures: int) -> int:
    """Seconds before the next try after `failures` failed sign-ins in a row."""
    if failures <= 0:
        return 0
    # Capped before the power, so that an enormous count costs nothing to compute.
    doubled: int = FIRST_WAIT_S * 2 ** min(failures - 1, 16)
    return min(doubled, MAX_WAIT_S)


def seconds_to_wait(failures: int, last_failed_at: datetime | None, now: datetime) -> int:
    """Whole seconds still to wait at `now` after the last failure (0: may try now).

    Never more than the wait itself: a failure stamped while the clock ran ahead (set right
    since) cannot hold the account for longer.
    """
    if last_failed_at is None:
        return 0
    wait = retry_wait(failures)
    passed = max((now - last_failed_at).total_seconds(), 0.0)
    return max(math.ceil(wait - passed), 0)
