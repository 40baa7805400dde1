"""Follow-up checks (SPEC section 5 and 5a): scheduling, status windows, superseding, done."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivigmon.domain.codes import CheckOutcome, CheckStatus
from ivigmon.domain.followup import (
    OPEN_STATUSES,
    STATUS_RANK,
    check_status,
    is_superseded,
    schedule_checks,
    superseded_in,
)
from ivigmon.domain.models import Check, Infusion
from ivigmon.domain.replay import check_as_of, infusions_as_of
from ivigmon.domain.settings import CheckSettings

from .factories import START, make_infusion

END = START + timedelta(hours=10, minutes=30)  # 19:30
DUE = END + timedelta(hours=24)  # 2026-03-02 19:30
MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)


def _check(**overrides: object) -> Check:
    values: dict[str, object] = {"infusion_id": "inf-1", "offset_h": 24, "due_at": DUE}
    values.update(overrides)
    return Check(**values)


def _first() -> Infusion:
    return make_infusion(end=END)


def test_checks_are_scheduled_at_end_plus_24_48_72_h() -> None:
    checks = schedule_checks("inf-1", END, CheckSettings())
    assert [(c.infusion_id, c.offset_h, c.due_at) for c in checks] == [
        ("inf-1", 24, datetime(2026, 3, 2, 19, 30)),
        ("inf-1", 48, datetime(2026, 3, 3, 19, 30)),
        ("inf-1", 72, datetime(2026, 3, 4, 19, 30)),
    ]
    assert not any(c.is_done for c in checks)


def test_offsets_are_a_setting() -> None:
    checks = schedule_checks("inf-9", END, CheckSettings(offsets_h=(12, 36)))
    assert [c.due_at - END for c in checks] == [timedelta(hours=12), timedelta(hours=36)]
    assert [c.offset_h for c in checks] == [12, 36]


@pytest.mark.parametrize(
    ("end", "due_24"),
    [
        # EU summer time starts on 29 March 2026, US on 8 March 2026: wall clock regardless.
        pytest.param(datetime(2026, 3, 28, 19, 30), datetime(2026, 3, 29, 19, 30), id="eu-spring"),
        pytest.param(datetime(2026, 3, 7, 19, 30), datetime(2026, 3, 8, 19, 30), id="us-spring"),
        pytest.param(datetime(2026, 10, 24, 19, 30), datetime(2026, 10, 25, 19, 30), id="eu-fall"),
        pytest.param(datetime(2026, 12, 31, 23, 59), datetime(2027, 1, 1, 23, 59), id="new-year"),
        pytest.param(datetime(2028, 2, 28, 8, 0), datetime(2028, 2, 29, 8, 0), id="leap-day"),
    ],
)
def test_checks_use_wall_clock_arithmetic(end: datetime, due_24: datetime) -> None:
    first = schedule_checks("inf-1", end, CheckSettings())[0]
    assert first.due_at == due_24
    assert first.due_at.tzinfo is None


STATUS_CASES = [
    pytest.param(DUE - timedelta(days=1), CheckStatus.UPCOMING, id="a-day-before"),
    pytest.param(DUE - 4 * HOUR - MINUTE, CheckStatus.UPCOMING, id="due-4h-1min"),
    pytest.param(DUE - 4 * HOUR, CheckStatus.DUE, id="exactly-due-4h"),
    pytest.param(DUE, CheckStatus.DUE, id="at-due"),
    pytest.param(DUE + 8 * HOUR, CheckStatus.DUE, id="exactly-due+8h"),
    pytest.param(DUE + 8 * HOUR + MINUTE, CheckStatus.OVERDUE, id="due+8h+1min"),
    pytest.param(DUE + timedelta(days=30), CheckStatus.OVERDUE, id="a-month-late"),
]


@pytest.mark.parametrize(("now", "expected"), STATUS_CASES)
def test_status_windows_are_closed_at_both_ends(now: datetime, expected: CheckStatus) -> None:
    first = _first()
    assert check_status(_check(), first, [first], now, CheckSettings()) is expected


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        pytest.param(DUE - 2 * HOUR - MINUTE, CheckStatus.UPCOMING, id="lead-2h-before"),
        pytest.param(DUE - 2 * HOUR, CheckStatus.DUE, id="lead-2h-at"),
        pytest.param(DUE + HOUR, CheckStatus.DUE, id="grace-1h-at"),
        pytest.param(DUE + HOUR + MINUTE, CheckStatus.OVERDUE, id="grace-1h-after"),
    ],
)
def test_lead_and_grace_are_settings(now: datetime, expected: CheckStatus) -> None:
    first = _first()
    custom = CheckSettings(lead_h=2, grace_h=1)
    assert check_status(_check(), first, [first], now, custom) is expected


SUPERSEDE_CASES = [
    # (later infusion start, its end, now, expected)
    pytest.param(DUE - MINUTE, None, DUE, CheckStatus.SUPERSEDED, id="later-running-before-due"),
    pytest.param(
        DUE - timedelta(hours=20),
        DUE - timedelta(hours=14),
        DUE - timedelta(hours=10),
        CheckStatus.SUPERSEDED,
        id="later-ended-before-due",
    ),
    pytest.param(DUE, None, DUE, CheckStatus.DUE, id="later-starts-exactly-at-due"),
    pytest.param(DUE + HOUR, None, DUE + 2 * HOUR, CheckStatus.DUE, id="later-after-due"),
    pytest.param(
        DUE - MINUTE,
        None,
        DUE - 2 * HOUR,
        CheckStatus.DUE,
        id="later-not-yet-started-at-now",
    ),
    pytest.param(
        START - timedelta(days=3),
        START - timedelta(days=3) + 6 * HOUR,
        DUE,
        CheckStatus.DUE,
        id="earlier-infusion-does-not-supersede",
    ),
]


@pytest.mark.parametrize(("later_start", "later_end", "now", "expected"), SUPERSEDE_CASES)
def test_superseded_by_a_later_infusion_started_strictly_before_due(
    later_start: datetime, later_end: datetime | None, now: datetime, expected: CheckStatus
) -> None:
    first = _first()
    other = make_infusion(id="inf-2", start=later_start, end=later_end)
    record = infusions_as_of([first, other], now)  # the record as it stood at `now`
    assert check_status(_check(), first, record, now, CheckSettings()) is expected


def test_superseding_counts_only_for_checks_due_after_the_later_start() -> None:
    # A new infusion 30 h after the end supersedes the 48 h and 72 h checks, not the 24 h one.
    first = _first()
    second = make_infusion(id="inf-2", start=END + timedelta(hours=30), end=None)
    now = END + timedelta(hours=33)  # the 24 h check is 9 h past due
    statuses = [
        check_status(c, first, [first, second], now, CheckSettings())
        for c in schedule_checks("inf-1", END, CheckSettings())
    ]
    assert statuses == [CheckStatus.OVERDUE, CheckStatus.SUPERSEDED, CheckStatus.SUPERSEDED]


@pytest.mark.parametrize("outcome", list(CheckOutcome))
def test_done_checks_are_done_whatever_else(outcome: CheckOutcome) -> None:
    first = _first()
    later = make_infusion(id="inf-2", start=DUE - HOUR, end=None)
    done = _check(done_at=DUE + HOUR, outcome=outcome)
    for now in (DUE + HOUR, DUE + timedelta(days=5)):
        status = check_status(done, first, [first, later], now, CheckSettings())
        assert status is CheckStatus.DONE
        assert status not in OPEN_STATUSES


def test_a_check_done_after_now_is_still_open_at_now() -> None:
    first = _first()
    done = _check(done_at=DUE + 9 * HOUR, outcome=CheckOutcome.NO_SYMPTOMS)
    now = DUE + 8 * HOUR + MINUTE
    assert check_status(done, first, [first], now, CheckSettings()) is CheckStatus.OVERDUE
    replayed = check_as_of(done, now)
    assert replayed.done_at is None and replayed.outcome is None
    assert check_status(replayed, first, [first], now, CheckSettings()) is CheckStatus.OVERDUE


def test_status_rank_puts_overdue_first() -> None:
    ordered = sorted(CheckStatus, key=STATUS_RANK.__getitem__)
    assert ordered[:3] == [CheckStatus.OVERDUE, CheckStatus.DUE, CheckStatus.UPCOMING]
    assert frozenset(ordered[:3]) == OPEN_STATUSES


@settings(max_examples=100, deadline=None)
@given(offset_min=st.integers(min_value=-3 * 24 * 60, max_value=3 * 24 * 60))
def test_status_is_a_function_of_minutes_from_due(offset_min: int) -> None:
    first = _first()
    now = DUE + timedelta(minutes=offset_min)
    status = check_status(_check(), first, [first], now, CheckSettings())
    if offset_min < -4 * 60:
        assert status is CheckStatus.UPCOMING
    elif offset_min <= 8 * 60:
        assert status is CheckStatus.DUE
    else:
        assert status is CheckStatus.OVERDUE


@pytest.mark.parametrize(("later_start", "later_end", "now", "expected"), SUPERSEDE_CASES)
def test_the_sorted_search_agrees_with_the_pass_over_later_starts(
    later_start: datetime, later_end: datetime | None, now: datetime, expected: CheckStatus
) -> None:
    first = _first()
    # A third infusion starting with the first: not later, so it never supersedes.
    twin = make_infusion(id="inf-3", start=first.start, end=first.end)
    others = [later_start, twin.start]
    starts = sorted([first.start, *others])
    check = _check()
    assert superseded_in(check, first, starts) == is_superseded(check, first, others)
    assert superseded_in(check, first, starts) == (START < later_start < DUE)
