"""Age in completed years, in completed calendar months and in decimal months."""

from __future__ import annotations

from datetime import date, datetime

# CDC growth charts use months of 30.4375 days (365.25 / 12): SPEC 5a.
DAYS_PER_MONTH = 30.4375


def completed_years(birth: date, at: datetime | date) -> int:
    """Birthday-based age: a birthday on 29 February is reached on 1 March in other years."""
    day = at.date() if isinstance(at, datetime) else at
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def completed_months(birth: date, at: datetime | date) -> int:
    """Calendar months (SPEC 12): 12 x years + months, minus one before the birth day of the month.

    Born on 31 January, a child completes 1 month on 1 March, not on 28 February (whose day is
    before the 31st): the same reading as `completed_years` gives 29 February birthdays.
    """
    day = at.date() if isinstance(at, datetime) else at
    months = 12 * (day.year - birth.year) + (day.month - birth.month)
    if day.day < birth.day:
        months -= 1
    return months


def age_in_months(birth: date, at: datetime | date) -> float:
    day = at.date() if isinstance(at, datetime) else at
    return (day - birth).days / DAYS_PER_MONTH


def add_months(moment: datetime, months: int) -> datetime:
    """Calendar-month arithmetic, clamping the day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    days_in_month = [31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return moment.replace(year=year, month=month, day=min(moment.day, days_in_month[month - 1]))


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
