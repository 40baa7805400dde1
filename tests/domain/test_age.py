"""Age in completed years, completed and decimal months, and calendar-month arithmetic."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivigmon.domain.age import (
    DAYS_PER_MONTH,
    add_months,
    age_in_months,
    completed_months,
    completed_years,
)

COMPLETED_YEARS_CASES = [
    pytest.param(date(2016, 6, 15), date(2026, 6, 14), 9, id="day-before-birthday"),
    pytest.param(date(2016, 6, 15), date(2026, 6, 15), 10, id="on-birthday"),
    pytest.param(date(2016, 6, 15), date(2016, 6, 15), 0, id="birth-day"),
    pytest.param(date(1961, 3, 2), date(2026, 3, 1), 64, id="day-before-65th"),
    pytest.param(date(1961, 3, 1), date(2026, 3, 1), 65, id="65th-birthday"),
    # A 29 February birthday is reached on 1 March in common years, on 29 February in leap years.
    pytest.param(date(2020, 2, 29), date(2021, 2, 28), 0, id="feb29-common-year-feb28"),
    pytest.param(date(2020, 2, 29), date(2021, 3, 1), 1, id="feb29-common-year-mar1"),
    pytest.param(date(2020, 2, 29), date(2024, 2, 28), 3, id="feb29-leap-year-feb28"),
    pytest.param(date(2020, 2, 29), date(2024, 2, 29), 4, id="feb29-leap-year-feb29"),
    pytest.param(date(2020, 2, 29), date(2025, 2, 28), 4, id="feb29-5th-not-yet"),
    pytest.param(date(2020, 2, 29), date(2025, 3, 1), 5, id="feb29-5th-on-mar1"),
    pytest.param(date(2019, 12, 31), date(2020, 1, 1), 0, id="new-year"),
]


@pytest.mark.parametrize(("birth", "on", "years"), COMPLETED_YEARS_CASES)
def test_completed_years(birth: date, on: date, years: int) -> None:
    assert completed_years(birth, on) == years
    # A datetime on that day gives the same answer at any hour.
    assert completed_years(birth, datetime.combine(on, datetime.min.time())) == years
    assert completed_years(birth, datetime(on.year, on.month, on.day, 23, 59)) == years


COMPLETED_MONTHS_CASES = [
    # SPEC 12: 12 x years + months, minus one when the day of the month has not been reached.
    pytest.param(date(2020, 5, 15), date(2020, 5, 15), 0, id="birth-day"),
    pytest.param(date(2020, 5, 15), date(2020, 6, 14), 0, id="day-before-1-month"),
    pytest.param(date(2020, 5, 15), date(2020, 6, 15), 1, id="1-month"),
    pytest.param(date(2020, 5, 15), date(2020, 8, 14), 2, id="day-before-3-months"),
    pytest.param(date(2020, 5, 15), date(2020, 8, 15), 3, id="3-months"),
    pytest.param(date(2020, 5, 15), date(2021, 5, 14), 11, id="day-before-12-months"),
    pytest.param(date(2020, 5, 15), date(2021, 5, 15), 12, id="12-months"),
    pytest.param(date(2020, 5, 15), date(2024, 5, 14), 47, id="day-before-48-months"),
    pytest.param(date(2020, 5, 15), date(2024, 5, 15), 48, id="48-months"),
    pytest.param(date(2020, 5, 15), date(2033, 5, 14), 155, id="day-before-156-months"),
    pytest.param(date(2020, 5, 15), date(2033, 5, 15), 156, id="156-months"),
    pytest.param(date(2020, 1, 31), date(2020, 2, 29), 0, id="31st-not-reached-in-february"),
    pytest.param(date(2020, 1, 31), date(2020, 3, 1), 1, id="31st-then-1-march"),
    pytest.param(date(2020, 12, 20), date(2021, 1, 20), 1, id="across-new-year"),
]


@pytest.mark.parametrize(("birth", "on", "months"), COMPLETED_MONTHS_CASES)
def test_completed_months(birth: date, on: date, months: int) -> None:
    assert completed_months(birth, on) == months
    assert completed_months(birth, datetime(on.year, on.month, on.day, 23, 59)) == months


@settings(max_examples=200, deadline=None)
@given(
    birth=st.dates(min_value=date(1920, 1, 1), max_value=date(2025, 12, 31)),
    on=st.dates(min_value=date(1920, 1, 1), max_value=date(2030, 12, 31)),
)
def test_completed_months_agree_with_completed_years(birth: date, on: date) -> None:
    if on >= birth:
        assert completed_months(birth, on) // 12 == completed_years(birth, on)


@settings(max_examples=200, deadline=None)
@given(
    birth=st.dates(min_value=date(1920, 1, 1), max_value=date(2025, 12, 31)),
    years=st.integers(min_value=0, max_value=90),
)
def test_completed_years_changes_on_the_birthday(birth: date, years: int) -> None:
    year = birth.year + years
    try:
        birthday = birth.replace(year=year)
    except ValueError:  # 29 February in a common year: reached on 1 March
        birthday = date(year, 3, 1)
    assert completed_years(birth, birthday) == years
    if years > 0:
        assert completed_years(birth, birthday - timedelta(days=1)) == years - 1


@settings(max_examples=200, deadline=None)
@given(
    birth=st.dates(min_value=date(1920, 1, 1), max_value=date(2025, 12, 31)),
    days=st.integers(min_value=0, max_value=40000),
)
def test_completed_years_is_monotone_and_close_to_decimal_age(birth: date, days: int) -> None:
    on = birth + timedelta(days=days)
    years = completed_years(birth, on)
    assert years <= completed_years(birth, on + timedelta(days=1)) <= years + 1
    assert abs(days / 365.25 - years) < 1.0 + 1e-9


@pytest.mark.parametrize(
    ("birth", "on", "months"),
    [
        pytest.param(date(2020, 1, 1), date(2020, 1, 1), 0.0, id="zero"),
        pytest.param(date(2020, 1, 1), date(2022, 1, 1), 731 / 30.4375, id="2y-with-leap-day"),
        pytest.param(date(2021, 3, 1), date(2023, 3, 1), 730 / 30.4375, id="2y-common"),
        pytest.param(date(2000, 1, 1), date(2000, 1, 1) + timedelta(days=7305), 240.0, id="20y"),
    ],
)
def test_age_in_months_is_days_over_30_4375(birth: date, on: date, months: float) -> None:
    assert DAYS_PER_MONTH == 30.4375
    assert age_in_months(birth, on) == pytest.approx(months)
    assert age_in_months(birth, datetime.combine(on, datetime.max.time())) == pytest.approx(months)


ADD_MONTHS_CASES = [
    pytest.param(datetime(2026, 1, 31, 8), 1, datetime(2026, 2, 28, 8), id="jan31-to-feb28"),
    pytest.param(datetime(2028, 1, 31, 8), 1, datetime(2028, 2, 29, 8), id="jan31-to-leap-feb29"),
    pytest.param(datetime(2026, 3, 31, 8), 1, datetime(2026, 4, 30, 8), id="mar31-to-apr30"),
    pytest.param(datetime(2026, 3, 1, 9), 12, datetime(2027, 3, 1, 9), id="plus-12"),
    pytest.param(datetime(2028, 2, 29, 9), 12, datetime(2029, 2, 28, 9), id="leap-day-plus-12"),
    pytest.param(datetime(2026, 11, 15, 9), 3, datetime(2027, 2, 15, 9), id="over-year-end"),
    pytest.param(datetime(2026, 3, 31, 9), -1, datetime(2026, 2, 28, 9), id="minus-1-clamps"),
    pytest.param(datetime(2026, 1, 15, 9), -13, datetime(2024, 12, 15, 9), id="minus-13"),
    pytest.param(datetime(2026, 5, 5, 5, 5), 0, datetime(2026, 5, 5, 5, 5), id="zero"),
]


@pytest.mark.parametrize(("moment", "months", "expected"), ADD_MONTHS_CASES)
def test_add_months_clamps_the_day(moment: datetime, months: int, expected: datetime) -> None:
    assert add_months(moment, months) == expected


@settings(max_examples=200, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2100, 1, 1)),
    months=st.integers(min_value=-240, max_value=240),
)
def test_add_months_lands_in_the_right_month(moment: datetime, months: int) -> None:
    result = add_months(moment, months)
    assert result.year * 12 + result.month == moment.year * 12 + moment.month + months
    assert result.day == moment.day or (
        result.day < moment.day and (result + timedelta(days=1)).day == 1
    )
    assert result.time() == moment.time()
