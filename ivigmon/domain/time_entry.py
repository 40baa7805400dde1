"""Times and dates typed into a form: blank means now, `14:05` the latest 14:05 that has come."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ivigmon.domain.validation import (
    FUTURE_TOLERANCE,
    ValidationError,
    check_date_range,
    check_time_range,
    parse_date_field,
    require_not_future,
)

CLOCK_RE = re.compile(r"(\d{1,2})[:.h](\d{2})")


def parse_moment(
    record: str, field: str, text: str, *, now: datetime, allow_future: bool = False
) -> datetime:
    """`` or `now` -> now; `14:05` -> today at 14:05; `2026-03-01 14:05` as written.

    Unless `allow_future`, a time further ahead than the clock drift allowed is refused.
    """
    moment = _parse_moment(record, field, text, now=now)
    if not allow_future:
        require_not_future(record, field, moment, now=now)
    return moment


def _parse_moment(record: str, field: str, text: str, *, now: datetime) -> datetime:
    value = text.strip()
    if not value or value.lower() == "now":
        return now
    match = CLOCK_RE.fullmatch(value)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour > 23 or minute > 59:
            raise ValidationError(record, field, f"{value!r} is not a time of day (00:00-23:59)")
        moment = datetime.combine(now.date(), datetime.min.time()).replace(hour=hour, minute=minute)
        # A clock time without a date is the latest such time that has already come (records are
        # of what happened): 22:30 typed at 00:15 means last night.
        if moment - now > FUTURE_TOLERANCE:
            moment -= timedelta(days=1)
        return moment
    try:
        moment = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        raise ValidationError(
            record, field, f"expected a time like 14:05 or 2026-03-01 14:05 (got {value!r})"
        ) from None
    if moment.tzinfo is not None:
        raise ValidationError(record, field, "a local time without a zone is expected")
    if "T" not in value and " " not in value:
        raise ValidationError(
            record, field, f"a date alone is not enough here; add the time (got {value!r})"
        )
    moment = moment.replace(microsecond=0)
    check_time_range(record, field, moment)
    return moment


def parse_optional_date(record: str, field: str, text: str) -> date | None:
    """A date like 2027-01-31, or None when left blank."""
    value = text.strip()
    if not value:
        return None
    day = parse_date_field(record, field, value)
    check_date_range(record, field, day)
    return day


def parse_required_date(record: str, field: str, text: str) -> date:
    day = parse_optional_date(record, field, text)
    if day is None:
        raise ValidationError(record, field, "missing; expected a date like 2019-04-02")
    return day
