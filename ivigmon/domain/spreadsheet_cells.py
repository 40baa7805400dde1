"""One spreadsheet cell read as the interchange value of its column, or a problem in words.

Cells come as Excel holds them (text, numbers, true/false, date-times) or, from a CSV file, as
text. What is read leniently, and why:

- text: outer spaces are dropped (they are invisible in a cell); a cell of spaces is empty;
- numbers: a number typed as text is read as the bedside forms read it (`14,2` is 14.2);
- dates and times: date-time cells, or text `2026-03-01 09:00` (or with `T`); an Excel
  time is rounded to the second (Excel keeps fractions of a day, which come back a few
  microseconds off);
- yes/no: `yes`, `no`, `true`, `false` in any case, or an Excel TRUE/FALSE.

And what is refused: a number in an identifier column (Excel drops leading zeros: `000123`
becomes 123, another patient's number), a date cell in a time column (which time of day?), a
time without a date, a date written with slashes (is 01/03/2026 1 March or 3 January?),
and cells showing a formula error.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ivigmon.domain.spreadsheet_codes import STRICT
from ivigmon.domain.spreadsheet_layout import Column, Kind
from ivigmon.domain.timefmt import TimeFormatError, parse_date, parse_local, to_iso
from ivigmon.domain.validation import ValidationError, require_code, show

_SLASHED = re.compile(r"\d{1,4}[/.]\d{1,2}[/.]\d{1,4}")
_YES = {"yes": True, "true": True, "no": False, "false": False}


@dataclass(frozen=True)
class Cell:
    """A cell as read from the file: its value, its number format, and whether it shows an
    error value (`#N/A`) instead of a value."""

    value: object
    number_format: str = "General"
    error: bool = False


class CellProblem(ValueError):
    """Why a cell cannot be read (its place is added by the caller)."""


def read_cell(column: Column, cell: Cell) -> object:
    """The interchange value of `cell` in `column`: None (or the column's blank) when empty."""
    if cell.error:
        raise CellProblem(f"shows the error {show(cell.value)}; give a value or leave it empty")
    value = cell.value.strip() if isinstance(cell.value, str) else cell.value
    if value is None or value == "":
        return column.blank
    reader = _READERS[column.kind]
    return reader(column, value, cell.number_format)


def _identifier(_column: Column, value: object, _format: str) -> object:
    if isinstance(value, str):
        return value
    if _is_number(value):
        raise CellProblem(
            f"is a number ({show(value)}); an identifier must be text: format the column as"
            " Text and type it again (a number loses its leading zeros)"
        )
    raise CellProblem(f"must be text, got {_what(value)}")


def _text(_column: Column, value: object, _format: str) -> object:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return str(int(value)) if value.is_integer() else repr(value)
    raise CellProblem(f"must be text, got {_what(value)}")


def _code(column: Column, value: object, _format: str) -> object:
    if not isinstance(value, str):
        raise CellProblem(f"must be a code of the list {column.codes}, got {_what(value)}")
    return _one_code(column, value)


def _codes(column: Column, value: object, _format: str) -> object:
    if not isinstance(value, str):
        raise CellProblem(f"must be codes of the list {column.codes}, got {_what(value)}")
    return [_one_code(column, part.strip()) for part in re.split("[,;]", value) if part.strip()]


def _one_code(column: Column, value: str) -> str:
    try:
        return require_code("", "", value, STRICT[column.codes]).value
    except ValidationError as exc:
        raise CellProblem(exc.problem) from None


def _number(_column: Column, value: object, _format: str) -> object:
    if _is_number(value):
        return value
    if isinstance(value, str):
        cleaned = value.replace(" ", "")
        if "," in cleaned and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
        if re.fullmatch(r"[+-]?\d+", cleaned):
            return int(cleaned)
        try:
            number = float(cleaned)
        except ValueError:
            pass
        else:
            if math.isfinite(number):
                return number
        raise CellProblem(
            f"must be a number (got {show(value)}); write the number alone, in the unit of the"
            " header"
        )
    raise CellProblem(f"must be a number, got {_what(value)}")


def _date(_column: Column, value: object, number_format: str) -> object:
    if isinstance(value, datetime):
        if value.time() != time(0, 0):
            raise CellProblem(
                f"holds a time of day ({to_iso(_to_second(value))}); give the date alone"
            )
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        _refuse_slashes(value)
        try:
            return parse_date(value).isoformat()
        except TimeFormatError:
            raise CellProblem(f"must be a date like 2019-04-02 (got {show(value)})") from None
    raise CellProblem(f"must be a date like 2019-04-02, got {_what(value)}")


def _time(_column: Column, value: object, number_format: str) -> object:
    if isinstance(value, datetime):
        if not _shows_time(number_format):
            raise CellProblem(
                f"holds the date {value.date().isoformat()} without a time of day; give the"
                " time too, e.g. 2026-03-01 09:00"
            )
        return to_iso(_to_second(value))
    if isinstance(value, date):
        raise CellProblem(
            f"holds the date {value.isoformat()} without a time of day; give the time too,"
            " e.g. 2026-03-01 09:00"
        )
    if isinstance(value, time):
        raise CellProblem(
            f"holds the time {value.strftime('%H:%M')} without a date; give the date too,"
            " e.g. 2026-03-01 09:00"
        )
    if isinstance(value, str):
        _refuse_slashes(value)
        try:
            return to_iso(parse_local(value))
        except TimeFormatError:
            raise CellProblem(
                f"must be a local time like 2026-03-01 09:00 (got {show(value)})"
            ) from None
    raise CellProblem(f"must be a local time like 2026-03-01 09:00, got {_what(value)}")


def _yes_no(_column: Column, value: object, _format: str) -> object:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in _YES:
        return _YES[value.lower()]
    raise CellProblem(f"must be yes or no (got {show(value)})")


def _shows_time(number_format: str) -> bool:
    """Whether an Excel number format shows hours (a date-only format does not)."""
    unquoted = re.sub(r'"[^"]*"|\[[^\]]*\]', "", number_format).lower()
    return "h" in unquoted or number_format.lower() == "general"


def _to_second(moment: datetime) -> datetime:
    return (moment + timedelta(microseconds=500_000)).replace(microsecond=0)


def _refuse_slashes(text: str) -> None:
    if _SLASHED.match(text):
        raise CellProblem(
            f"write dates as YYYY-MM-DD (got {show(text)}: which is the day and which the month?)"
        )


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _what(value: object) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return f"the date-time {value.isoformat(sep=' ', timespec='minutes')}"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    if isinstance(value, time):
        return f"the time {value.strftime('%H:%M')}"
    if _is_number(value):
        return f"the number {show(value)}"
    return show(value)


_READERS = {
    Kind.ID: _identifier,
    Kind.TEXT: _text,
    Kind.CODE: _code,
    Kind.CODES: _codes,
    Kind.NUMBER: _number,
    Kind.DATE: _date,
    Kind.TIME: _time,
    Kind.BOOL: _yes_no,
}
