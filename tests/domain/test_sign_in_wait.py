"""The wait after failed sign-ins: doubling from 1 s, capped at 30 s, measured from the last."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ivigmon.domain.sign_in_wait import MAX_WAIT_S, retry_wait, seconds_to_wait

AT = datetime(2026, 3, 10, 12, 0)


@pytest.mark.parametrize(
    ("failures", "wait"),
    [
        (-1, 0),
        (0, 0),
        (1, 1),
        (2, 2),
        (3, 4),
        (4, 8),
        (5, 16),
        (6, 30),  # 32 capped
        (7, 30),
        (20, 30),
        (10**9, 30),
    ],
)
def test_the_wait_doubles_with_each_failure_in_a_row_up_to_the_cap(failures: int, wait: int):
    assert retry_wait(failures) == wait


def test_the_wait_never_passes_the_cap():
    assert max(retry_wait(n) for n in range(200)) == MAX_WAIT_S == 30


@pytest.mark.parametrize(
    ("failures", "last", "now", "left"),
    [
        (0, None, AT, 0),
        (3, None, AT, 0),
        (3, AT, AT, 4),
        (3, AT, AT + timedelta(seconds=1), 3),
        (3, AT, AT + timedelta(seconds=3.5), 1),  # a part of a second still counts
        (3, AT, AT + timedelta(seconds=4), 0),
        (3, AT, AT + timedelta(hours=1), 0),
        (6, AT, AT + timedelta(seconds=29), 1),
        (6, AT, AT + timedelta(seconds=30), 0),
        # A failure stamped by a workstation whose clock runs 10 minutes ahead holds the
        # account no longer than the wait itself.
        (3, AT + timedelta(minutes=10), AT, 4),
    ],
)
def test_the_seconds_left_count_from_the_last_failure(
    failures: int, last: datetime | None, now: datetime, left: int
):
    assert seconds_to_wait(failures, last, now) == left
