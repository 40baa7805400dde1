"""Field validation: impossible values are errors, risky-but-possible ones are flags.

The rule of this module: documentation never refuses a true fact. A value is an *error*
(`ValidationError`) only when it cannot be true (a negative weight, an end before the start, a
birth date in the future) or cannot be understood (a wrong type, an unknown code). A value that is
possible but worth a second look (a huge g/kg dose, an expired lot, a dosing weight far from the
measured one) is a `Flag` that the caller shows and records but does not refuse.

The field validators (`require_*`, `parse_*_field`) are shared by the interchange parser, the
services and the GUI forms, so one value gets the same message wherever it is entered. Whole
typed records are checked in `record_validation`, with these validators.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from ivigmon.domain.codes import EventTerm
from ivigmon.domain.identifiers import hidden_character
from ivigmon.domain.numbers import fmt
from ivigmon.domain.timefmt import TimeFormatError, parse_date, parse_local, to_display

E = TypeVar("E", bound=StrEnum)


class ValidationError(ValueError):
    """One impossible or unreadable value: which record, which field, and what is wrong.

    `str(err)` is one line a nurse or pharmacist understands, for example
    `infusion inf-1: dose_g: must be more than 0 g (got -3)`.
    """

    def __init__(self, record: str, field: str, problem: str) -> None:
        # The three parts are the exception's args, so it pickles and compares like any error.
        super().__init__(record, field, problem)
        self.record = record
        self.field = field
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.record}: {self.field}: {self.problem}"


@dataclass(frozen=True)
class Flag:
    """A possible but risky value: shown and kept, never refused."""

    record: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.record}: {self.field}: {self.message}"


# --------------------------------------------------------------------------------------------
# Plausibility limits. Outside them a value cannot be a true measurement of a patient, so it is
# an error (almost always a unit or typing slip). Inside them everything is accepted; clinical
# judgement (risk factors, flags) is a separate matter.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limit:
    """A plausible range for one kind of value."""

    minimum: float
    maximum: float
    unit: str = ""
    min_inclusive: bool = True
    max_inclusive: bool = True
    whole: bool = False


# Weight: the smallest surviving preterm infants weighed about 245-260 g at birth (University of
# Iowa Tiniest Babies Registry), so less than 200 g is no child's weight (a slip of units, or a
# number so small that BMI and mg/kg arithmetic overflow); the heaviest humans recorded weighed
# about 600 kg, but no patient on a paediatric IVIG ward (nor any adult given IVIG by weight
# here) plausibly exceeds 300 kg, while typing grams for kilograms (3200 for 3.2 kg) does.
WEIGHT_KG = Limit(0.2, 300.0, "kg")
# Height: extremely preterm neonates measure about 20-25 cm; the tallest humans about 272 cm,
# no ward patient exceeds 250 cm. Outside this the entry is metres, inches or a typo.
HEIGHT_CM = Limit(20.0, 250.0, "cm")
# Dose: must be positive; 2 g/kg (the largest labelled course) for a 250 kg adult is 500 g, so
# more than 500 g in one record cannot be true (milligrams typed as grams).
DOSE_G = Limit(0.0, 500.0, "g", min_inclusive=False)
# Pump rate: 0 mL/h is a documented pause; volumetric infusion pumps top out at 999-1200 mL/h,
# so 2000 mL/h leaves headroom for gravity sets but catches unit slips.
PUMP_RATE_ML_H = Limit(0.0, 2000.0, "mL/h")
# Temperature: survived accidental hypothermia has been recorded near 14 C, but below 25 C or
# above 45 C a bedside reading is a Fahrenheit entry or a typo.
TEMP_C = Limit(25.0, 45.0, "°C")
# Heart rate: 0 documents asystole; neonatal SVT reaches about 300/min; 350 catches typos.
HEART_RATE = Limit(0, 350, "beats/min", whole=True)
# Blood pressure (mmHg): systolic beyond 300 and diastolic beyond 250 are not measurable by
# ward cuffs; 0 documents an unrecordable pressure (shock).
SYSTOLIC = Limit(0, 300, "mmHg", whole=True)
DIASTOLIC = Limit(0, 250, "mmHg", whole=True)
# Respiratory rate: preterm neonates breathe up to about 100/min in distress; 150 catches typos.
RESP_RATE = Limit(0, 150, "breaths/min", whole=True)
# SpO2 is a percentage of haemoglobin saturation.
SPO2 = Limit(0, 100, "%", whole=True)
# CTCAE (v5.0) grades adverse events 1 (mild) to 5 (death); there is no grade 0 or 6.
CTCAE_GRADE = Limit(1, 5, "", whole=True)
# Follow-up offsets are hours after the infusion end; a week is far beyond any setting.
CHECK_OFFSET_H = Limit(1, 24 * 7, "h", whole=True)

# Nobody alive was born before 1900; times outside 1900-2199 are typos (and keep the wall-clock
# arithmetic of due times far from the limits of `datetime`).
EARLIEST_DATE = date(1900, 1, 1)
EARLIEST_TIME = datetime(1900, 1, 1)
LATEST_TIME = datetime(2200, 1, 1)

# Lengths of identifiers and short texts (the database and the worklist display them on one line).
MRN_MAX = 40
INFUSION_ID_MAX = 64
LOT_MAX = 40
NAME_MAX = 200
TERM_MAX = 200
SHORT_TEXT_MAX = 100
# A free-text note (infusion, event, check) is a few sentences; a ward may change this limit.
NOTES_MAX = 10_000
# Who recorded a record: a name (SHORT_TEXT_MAX), plus " (imported by USER)" once imported.
AUTHOR_MAX = 200
CTCAE_VERSION_MAX = 20

# ABO group with an optional RhD sign (SPEC section 2; HEMOLYSIS_RISK reads the ABO part).
BLOOD_GROUP_RE = re.compile(r"(A|B|AB|O)[+-]?")


# --------------------------------------------------------------------------------------------
# Showing values in messages
# --------------------------------------------------------------------------------------------


class TooManyDigits(float):
    """A JSON integer longer than Python converts (`sys.get_int_max_str_digits`, 4300 digits).

    It counts as an infinite number, so that any check refuses it, and the validators say how
    long it was instead of raising the decoder's ValueError.
    """

    digits: int

    def __new__(cls, digits: int, *, negative: bool = False) -> TooManyDigits:
        number = super().__new__(cls, "-inf" if negative else "inf")
        number.digits = digits
        return number


def show(value: object) -> str:
    """A short, safe rendering of any value for a message (never raises)."""
    if value is None:
        return "null"
    if isinstance(value, TooManyDigits):
        return f"a number of {value.digits} digits"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**15 else "an enormous number"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "infinity" if value > 0 else "-infinity"
        return fmt(value, 4) if value == 0 or 1e-4 <= abs(value) < 1e15 else f"{value:g}"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return repr(text)
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def type_name(value: object) -> str:
    """How a JSON value is called in a message: `text`, `a number`, `true/false`..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"true/false ({show(value)})"
    if isinstance(value, TooManyDigits):
        return show(value)
    if isinstance(value, int | float):
        return f"a number ({show(value)})"
    if isinstance(value, str):
        return f"text ({show(value)})"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _number(value: float) -> str:
    return fmt(value, 4)


def _with_unit(value: float, unit: str) -> str:
    return f"{_number(value)} {unit}" if unit else _number(value)


# --------------------------------------------------------------------------------------------
# Field validators
# --------------------------------------------------------------------------------------------


def is_storable_text(value: str) -> bool:
    """False for text no ward database can hold: lone surrogates (not UTF-8) or a NUL
    character (a ward server's text cannot hold one, so a file ward refuses it too)."""
    return "\x00" not in value and _is_utf8(value)


def _is_utf8(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _unstorable(value: str) -> str:
    """Why `is_storable_text(value)` is false, as a message's problem."""
    if "\x00" in value:
        return "contains a NUL character (\\x00), which cannot be stored"
    return "contains characters that are not valid text"


def is_single_line(value: str) -> bool:
    """No control characters and no line or paragraph separators."""
    return not any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value)


def require_text(
    record: str,
    field: str,
    value: object,
    *,
    max_length: int | None = None,
    allow_empty: bool = False,
    no_outer_spaces: bool = False,
    single_line: bool = False,
) -> str:
    """A string; non-blank unless `allow_empty`; optionally without outer spaces, one line."""
    if value is None:
        raise ValidationError(record, field, "missing; this field is required")
    if not isinstance(value, str):
        raise ValidationError(record, field, f"must be text, got {type_name(value)}")
    if not is_storable_text(value):
        raise ValidationError(record, field, _unstorable(value))
    if single_line and not is_single_line(value):
        raise ValidationError(
            record, field, f"must be one line without control characters (got {show(value)})"
        )
    if not allow_empty and not value.strip():
        raise ValidationError(record, field, "must not be empty")
    if no_outer_spaces and value != value.strip():
        raise ValidationError(
            record, field, f"must not start or end with a space (got {show(value)})"
        )
    if max_length is not None and len(value) > max_length:
        raise ValidationError(
            record, field, f"must be at most {max_length} characters (got {len(value)})"
        )
    return value


def require_identifier(record: str, field: str, value: object, *, max_length: int) -> str:
    """An MRN, infusion id or lot number: non-empty, one line, no outer spaces, bounded, and
    without invisible, control or combining characters (they make two identifiers look alike)."""
    if isinstance(value, str) and _is_utf8(value):
        hidden = hidden_character(value)
        if hidden is not None:
            raise ValidationError(record, field, f"contains {hidden}")
    return require_text(
        record, field, value, max_length=max_length, no_outer_spaces=True, single_line=True
    )


def require_mrn(record: str, field: str, value: object) -> str:
    return require_identifier(record, field, value, max_length=MRN_MAX)


def require_name(record: str, field: str, value: object) -> str:
    return require_text(record, field, value, max_length=NAME_MAX, single_line=True)


def require_number(
    record: str,
    field: str,
    value: object,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    unit: str = "",
    min_inclusive: bool = True,
    max_inclusive: bool = True,
) -> float:
    """A finite JSON/Python number (not true/false, not text) within the bounds, as a float."""
    if value is None:
        raise ValidationError(record, field, "missing; this field is required")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(record, field, f"must be a number, got {type_name(value)}")
    _refuse_too_many_digits(record, field, value)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(record, field, f"must be a finite number (got {show(value)})")
    _check_bounds(
        record,
        field,
        value,
        minimum=minimum,
        maximum=maximum,
        unit=unit,
        min_inclusive=min_inclusive,
        max_inclusive=max_inclusive,
    )
    try:
        return float(value)
    except OverflowError:
        raise ValidationError(record, field, "is far too large to be a real value") from None


def _refuse_too_many_digits(record: str, field: str, value: float) -> None:
    if isinstance(value, TooManyDigits):
        raise ValidationError(
            record, field, f"has {value.digits} digits, far too many to be a real value"
        )


def _check_bounds(
    record: str,
    field: str,
    value: float,
    *,
    minimum: float | None,
    maximum: float | None,
    unit: str,
    min_inclusive: bool,
    max_inclusive: bool,
) -> None:
    if minimum is not None:
        too_low = value < minimum if min_inclusive else value <= minimum
        if too_low:
            word = "at least" if min_inclusive else "more than"
            raise ValidationError(
                record, field, f"must be {word} {_with_unit(minimum, unit)} (got {show(value)})"
            )
    if maximum is not None:
        too_high = value > maximum if max_inclusive else value >= maximum
        if too_high:
            word = "at most" if max_inclusive else "less than"
            raise ValidationError(
                record, field, f"must be {word} {_with_unit(maximum, unit)} (got {show(value)})"
            )


def require_int(
    record: str,
    field: str,
    value: object,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    unit: str = "",
) -> int:
    """A whole number (an integral float such as 112.0 is accepted) within the bounds."""
    if value is None:
        raise ValidationError(record, field, "missing; this field is required")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(record, field, f"must be a whole number, got {type_name(value)}")
    _refuse_too_many_digits(record, field, value)
    if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
        raise ValidationError(record, field, f"must be a whole number (got {show(value)})")
    _check_bounds(
        record,
        field,
        value,
        minimum=minimum,
        maximum=maximum,
        unit=unit,
        min_inclusive=True,
        max_inclusive=True,
    )
    return int(value)


def require_in_limit(record: str, field: str, value: object, limit: Limit) -> float:
    """`require_number` (or `require_int` for whole limits) with one of the limits above."""
    if limit.whole:
        return require_int(
            record,
            field,
            value,
            minimum=int(limit.minimum),
            maximum=int(limit.maximum),
            unit=limit.unit,
        )
    return require_number(
        record,
        field,
        value,
        minimum=limit.minimum,
        maximum=limit.maximum,
        unit=limit.unit,
        min_inclusive=limit.min_inclusive,
        max_inclusive=limit.max_inclusive,
    )


def require_whole_in_limit(record: str, field: str, value: object, limit: Limit) -> int:
    """A whole-number limit (heart rate, blood pressure, grade...) returning an int."""
    return require_int(
        record,
        field,
        value,
        minimum=int(limit.minimum),
        maximum=int(limit.maximum),
        unit=limit.unit,
    )


def parse_number_text(record: str, field: str, text: str, limit: Limit | None = None) -> float:
    """A number typed into a form (`14.2` or `14,2`), checked against `limit` if given."""
    cleaned = text.strip().replace(" ", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not cleaned:
        raise ValidationError(record, field, "missing; this field is required")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValidationError(record, field, f"must be a number (got {show(text)})") from None
    if limit is None:
        return require_number(record, field, value)
    if limit.whole and not value.is_integer():
        raise ValidationError(record, field, f"must be a whole number (got {show(text)})")
    return require_in_limit(record, field, value, limit)


def require_bool(record: str, field: str, value: object) -> bool:
    """JSON true/false only (not 0/1, not "yes")."""
    if not isinstance(value, bool):
        if value is None:
            raise ValidationError(record, field, "missing; must be true or false")
        raise ValidationError(record, field, f"must be true or false, got {type_name(value)}")
    return value


def require_code(record: str, field: str, value: object, enum: type[E]) -> E:
    """One of the codes of `enum` (exact spelling), with a hint for near misses."""
    allowed = [member.value for member in enum]
    if value is None:
        raise ValidationError(record, field, f"missing; must be one of {', '.join(allowed)}")
    if not isinstance(value, str):
        raise ValidationError(
            record, field, f"must be one of {', '.join(allowed)}, got {type_name(value)}"
        )
    try:
        return enum(value)
    except ValueError:
        pass
    raise ValidationError(
        record,
        field,
        f"unknown code {show(value)}{did_you_mean(value, allowed)};"
        f" must be one of {', '.join(allowed)}",
    )


def did_you_mean(value: str, allowed: Sequence[str]) -> str:
    """` (did you mean 'x'?)` for a near miss among `allowed`, else an empty string."""
    lowered = {a.lower(): a for a in allowed}
    if value.strip().lower() in lowered:
        return f" (did you mean {lowered[value.strip().lower()]!r}?)"
    close = difflib.get_close_matches(value, list(allowed), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def parse_time_field(record: str, field: str, value: object) -> datetime:
    """A local ISO 8601 time without zone, e.g. `2026-03-01T08:00`, between 1900 and 2199."""
    if value is None:
        raise ValidationError(record, field, "missing; expected a local time like 2026-03-01T08:00")
    if not isinstance(value, str):
        raise ValidationError(
            record,
            field,
            f"must be a local time like 2026-03-01T08:00, got {type_name(value)}",
        )
    try:
        moment = parse_local(value)
    except TimeFormatError as exc:
        raise ValidationError(record, field, str(exc)) from None
    check_time_range(record, field, moment)
    return moment


# Bedside workstations' clocks drift a little; a time further ahead than this is a typing slip.
FUTURE_TOLERANCE = timedelta(minutes=10)


def require_not_future(record: str, field: str, moment: datetime, *, now: datetime) -> None:
    """What is documented has happened: a time after now (beyond clock drift) is refused."""
    check_time_range(record, field, moment)
    if moment > now + FUTURE_TOLERANCE:
        raise ValidationError(
            record,
            field,
            f"{to_display(moment)} is in the future (now is {to_display(now)})",
        )


def check_time_range(record: str, field: str, moment: datetime) -> None:
    if not EARLIEST_TIME <= moment < LATEST_TIME:
        raise ValidationError(
            record,
            field,
            f"must lie between 1900 and 2199 (got {to_display(moment)})",
        )


def parse_date_field(record: str, field: str, value: object) -> date:
    """An ISO date, e.g. `2019-04-02`, from 1900 on."""
    if value is None:
        raise ValidationError(record, field, "missing; expected a date like 2019-04-02")
    if not isinstance(value, str):
        raise ValidationError(
            record, field, f"must be a date like 2019-04-02, got {type_name(value)}"
        )
    try:
        day = parse_date(value)
    except TimeFormatError as exc:
        raise ValidationError(record, field, str(exc)) from None
    check_date_range(record, field, day)
    return day


def check_date_range(record: str, field: str, day: date) -> None:
    if not EARLIEST_DATE <= day < LATEST_TIME.date():
        raise ValidationError(
            record, field, f"must lie between 1900 and 2199 (got {day.isoformat()})"
        )


def require_birth_date(record: str, field: str, value: date, *, today: date) -> date:
    """Not in the future and not before 1900."""
    if value > today:
        raise ValidationError(
            record,
            field,
            f"is in the future ({value.isoformat()}; today is {today.isoformat()})",
        )
    if value < EARLIEST_DATE:
        raise ValidationError(record, field, f"must be 1900 or later (got {value.isoformat()})")
    return value


def require_blood_group(record: str, field: str, value: object) -> str | None:
    """`A`, `B`, `AB` or `O`, optionally followed by `+` or `-`; null when unknown."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(
            record, field, f"must be text like A+ or O- (or null), got {type_name(value)}"
        )
    if not BLOOD_GROUP_RE.fullmatch(value):
        raise ValidationError(
            record,
            field,
            f"must be A, B, AB or O, optionally followed by + or - (got {show(value)})",
        )
    return value


def require_event_term(record: str, field: str, value: object) -> str:
    """An event term code (SPEC section 2) or free text of at most 200 characters."""
    return require_text(record, field, value, max_length=TERM_MAX)


def require_symptom(record: str, field: str, value: object) -> str:
    """A follow-up symptom: one of the event term codes."""
    return require_code(record, field, value, EventTerm).value


def require_unique(record: str, field: str, values: Iterable[object]) -> None:
    """No value listed twice (diagnoses, comorbidities, symptoms, lots)."""
    seen: set[object] = set()
    for value in values:
        if value in seen:
            raise ValidationError(record, field, f"{show(str(value))} is listed twice")
        seen.add(value)


# --------------------------------------------------------------------------------------------
# Record names
# --------------------------------------------------------------------------------------------


def shown_identifier(value: str) -> str:
    """An identifier as a message shows it: as typed when every character of it is visible,
    otherwise quoted with escapes, so that every message stays one readable line and names
    what cannot be seen."""
    if value and is_storable_text(value) and hidden_character(value) is None:
        return value
    return ascii(value)


def patient_record(mrn: str) -> str:
    return f"patient {shown_identifier(mrn)}"


def infusion_record(infusion_id: str) -> str:
    return f"infusion {shown_identifier(infusion_id)}"


def check_record(infusion_id: str, offset_h: int) -> str:
    return f"check {shown_identifier(infusion_id)} +{offset_h} h"


def look_alike(typed: str, existing: str, whose: str) -> str:
    """`Ｚ-0001 looks the same as the registered MRN Z-0001`: why a typed MRN is refused."""
    return f"{shown_identifier(typed)} looks the same as {whose} {shown_identifier(existing)}"


def ambiguous_mrn(mrn: str, matches: Sequence[str]) -> ValidationError:
    """An MRN typed for a lookup that looks like several registered ones (kept from before
    look-alike MRNs were refused); the user types the one they mean exactly."""
    listed = ", ".join(shown_identifier(m) for m in matches)
    return ValidationError(
        "patient",
        "mrn",
        f"{shown_identifier(mrn)} looks the same as {len(matches)} registered MRNs ({listed});"
        " type the MRN exactly as registered",
    )
