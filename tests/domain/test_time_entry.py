"""Times typed into a form: blank is now, a clock time is the latest that has come, no future."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ivigmon.domain.time_entry import parse_moment
from ivigmon.domain.validation import FUTURE_TOLERANCE, ValidationError, require_not_future

NOW = datetime(2026, 3, 10, 0, 15)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", NOW),
        ("now", NOW),
        ("00:10", datetime(2026, 3, 10, 0, 10)),
        ("23:50", datetime(2026, 3, 9, 23, 50)),  # typed just after midnight: last night
        ("9.05", datetime(2026, 3, 9, 9, 5)),  # 09:05 today has not come yet
        ("2026-03-09 14:05", datetime(2026, 3, 9, 14, 5)),
        ("2026-03-09T14:05", datetime(2026, 3, 9, 14, 5)),
    ],
)
def test_typed_times(typed, expected):
    assert parse_moment("r", "at", typed, now=NOW) == expected


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("25:00", "not a time of day"),
        ("yesterday", "expected a time like 14:05"),
        ("2026-03-09", "add the time"),
        ("2026-03-10 09:00", "is in the future"),
    ],
)
def test_impossible_typed_times_name_the_field(typed, problem):
    with pytest.raises(ValidationError) as err:
        parse_moment("step", "at", typed, now=NOW)
    assert err.value.field == "at"
    assert problem in err.value.problem


@pytest.mark.parametrize(
    ("ahead", "accepted"),
    [
        (timedelta(0), True),
        (FUTURE_TOLERANCE - timedelta(minutes=1), True),
        (FUTURE_TOLERANCE, True),
        (FUTURE_TOLERANCE + timedelta(minutes=1), False),
    ],
)
def test_typed_and_stored_times_share_one_future_tolerance(ahead, accepted):
    """A form and the service behind it accept and refuse the same times (was 5 vs 10 min)."""
    moment = NOW + ahead
    typed = moment.strftime("%Y-%m-%d %H:%M")
    outcomes = []
    for check in (
        lambda: parse_moment("step", "at", typed, now=NOW),
        lambda: require_not_future("step", "at", moment, now=NOW),
    ):
        try:
            check()
        except ValidationError:
            outcomes.append(False)
        else:
            outcomes.append(True)
    assert outcomes == [accepted, accepted]


def test_a_clock_time_a_few_minutes_ahead_is_today_not_yesterday():
    """22:35 typed at 22:27 (a workstation clock slightly behind) is today, not last night."""
    now = datetime(2026, 3, 10, 22, 27)
    assert parse_moment("step", "at", "22:35", now=now) == datetime(2026, 3, 10, 22, 35)
