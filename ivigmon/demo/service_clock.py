"""Minutes as timedeltas for the service generator, cached: it adds tens of millions of them."""

from __future__ import annotations

from datetime import timedelta

# `timedelta(minutes=m)` costs about 2 us, a list lookup a twentieth of that; three days of
# minutes cover every offset within an infusion and its follow-up.
_CACHED = 3 * 24 * 60
_MINUTES = tuple(timedelta(seconds=60 * m) for m in range(_CACHED + 1))


def minutes(m: int) -> timedelta:
    """`m` minutes (m >= 0)."""
    return _MINUTES[m] if m <= _CACHED else timedelta(seconds=60 * m)
