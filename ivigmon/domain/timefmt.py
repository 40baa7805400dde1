"""Parsing and formatting of local wall-clock times and dates (ISO 8601, no zone)."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

# Stored times have one fixed shape so that they compare correctly as text in SQL.
STORED_FORMAT = "%Y-%m-%dT%H:%M:%S"


class TimeFormatError(ValueError):
    """A text that is not a local ISO 8601 time or date."""


def parse_local(text: str) -> datetime:
    """Parse `2026-03-01T08:00` (seconds optional); a zone offset is refused."""
    if not isinstance(text, str):
        raise TimeFormatError(f"expected a local time like 2026-03-01T08:00, got {text!r}")
    value = text.strip()
    if "T" not in value and " " not in value:
        raise TimeFormatError(f"expected a local time like 2026-03-01T08:00, got {text!r}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise TimeFormatError(
            f"expected a local time like 2026-03-01T08:00, got {text!r}"
        ) from None
    if parsed.tzinfo is not None:
        raise TimeFormatError(f"times are local wall-clock times without a zone, got {text!r}")
    return parsed.replace(microsecond=0)


@lru_cache(maxsize=131_072)
def parse_stored(text: str) -> datetime:
    """A time as the database stores it (always STORED_FORMAT, written by ivigmon itself).

    Remembered: the same times are read again at every refresh of a screen."""
    return datetime.fromisoformat(text)


def parse_date(text: str) -> date:
    """Parse `2019-04-02`."""
    if not isinstance(text, str):
        raise TimeFormatError(f"expected a date like 2019-04-02, got {text!r}")
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise TimeFormatError(f"expected a date like 2019-04-02, got {text!r}") from None


def to_stored(moment: datetime) -> str:
    """The fixed text form used in the database (STORED_FORMAT: `2026-03-01T08:00:00`)."""
    # isoformat writes the same text as strftime(STORED_FORMAT) for the years the program
    # accepts (validation keeps them between 1900 and 9999), several times faster.
    return moment.isoformat(timespec="seconds")


def to_iso(moment: datetime) -> str:
    """The short interchange form: minutes, plus seconds only when they are not zero."""
    if moment.second:
        return moment.strftime(STORED_FORMAT)
    return moment.strftime("%Y-%m-%dT%H:%M")


def to_display(moment: datetime) -> str:
    """Ward display form, `2026-03-01 08:00`."""
    return moment.strftime("%Y-%m-%d %H:%M")
