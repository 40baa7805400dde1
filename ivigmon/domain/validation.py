"""Field and record validation: impossible values are errors, risky-but-possible ones are flags.

The rule of this module: documentation never refuses a true fact. A value is an *error*
(`ValidationError`) only when it cannot be true (a negative weight, an end before the start, a
birth date in the future) or cannot be understood (a wrong type, an unknown code). A value that is
possible but worth a second look (a huge g/kg dose, an expired lot, a dosing weight far from the
measured one) is a `Flag` that the caller shows and records but does not refuse.

The field validators (`require_*`, `parse_*_field`) are shared by the interchange parser, the
services and the GUI forms, so one value gets the same message wherever it is entered. The record
validators (`validate_patient`, `validate_infusion`, `validate_check`) check typed records; the
interchange parser calls them after it has checked the JSON types.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from ivigmon.domain.codes import CheckOutcome, EventTerm
from ivigmon.domain.models import (
    AdverseEvent,
    Check,
    Infusion,
    Lot,
    Measurement,
    Patient,
    Premedication,
    RateStep,
    VitalSigns,
)
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


# Weight: must be positive; the heaviest humans recorded weighed about 600 kg, but no patient on a
# paediatric IVIG ward (nor any adult given IVIG by weight here) plausibly exceeds 300 kg, while
# typing grams for kilograms (e.g. 3200 for a 3.2 kg neonate) does.
WEIGHT_KG = Limit(0.0, 300.0, "kg", min_inclusive=False)
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
CTCAE_VERSION_MAX = 20

# ABO group with an optional RhD sign (SPEC section 2; HEMOLYSIS_RISK reads the ABO part).
BLOOD_GROUP_RE = re.compile(r"(A|B|AB|O)[+-]?")

# Flags (possible but suspicious values).
# Labels: the largest labelled dose is 2 g/kg per course (Kawasaki disease; CIDP loading dose);
# more than 2.5 g/kg in a single infusion suggests a weight or unit slip.
FLAG_DOSE_G_PER_KG = 2.5
# A dosing weight more than 20 % away from the latest measured weight is usually an old or
# mistyped weight (an adjusted weight for obesity can also differ: the flag asks to confirm).
FLAG_WEIGHT_DIFFERENCE = 0.20


# --------------------------------------------------------------------------------------------
# Showing values in messages
# --------------------------------------------------------------------------------------------


def show(value: object) -> str:
    """A short, safe rendering of any value for a message (never raises)."""
    if value is None:
        return "null"
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
    """False for text with lone surrogates, which no UTF-8 database can hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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
        raise ValidationError(record, field, "contains characters that are not valid text")
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
    """An MRN, infusion id or lot number: non-empty, one line, no outer spaces, bounded."""
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
    got = f"(got {show(value)})"
    if minimum is not None:
        too_low = value < minimum if min_inclusive else value <= minimum
        if too_low:
            word = "at least" if min_inclusive else "more than"
            raise ValidationError(
                record, field, f"must be {word} {_with_unit(minimum, unit)} {got}"
            )
    if maximum is not None:
        too_high = value > maximum if max_inclusive else value >= maximum
        if too_high:
            word = "at most" if max_inclusive else "less than"
            raise ValidationError(
                record, field, f"must be {word} {_with_unit(maximum, unit)} {got}"
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
    """An identifier as a message shows it: as typed when it is one line of storable text,
    otherwise quoted with escapes, so that every message stays one readable line."""
    if value and is_storable_text(value) and is_single_line(value):
        return value
    return ascii(value)


def patient_record(mrn: str) -> str:
    return f"patient {shown_identifier(mrn)}"


def infusion_record(infusion_id: str) -> str:
    return f"infusion {shown_identifier(infusion_id)}"


def check_record(infusion_id: str, offset_h: int) -> str:
    return f"check {shown_identifier(infusion_id)} +{offset_h} h"


# --------------------------------------------------------------------------------------------
# Record validators (typed records, as built by the interchange parser or a form)
# --------------------------------------------------------------------------------------------


def validate_measurement(record: str, measurement: Measurement, *, birth_date: date) -> None:
    check_time_range(record, "at", measurement.at)
    if measurement.at.date() < birth_date:
        raise ValidationError(
            record,
            "at",
            f"{to_display(measurement.at)} is before the birth date {birth_date.isoformat()}",
        )
    if measurement.weight_kg is None and measurement.height_cm is None:
        raise ValidationError(record, "weight_kg", "a measurement needs a weight or a height")
    if measurement.weight_kg is not None:
        require_in_limit(record, "weight_kg", measurement.weight_kg, WEIGHT_KG)
    if measurement.height_cm is not None:
        require_in_limit(record, "height_cm", measurement.height_cm, HEIGHT_CM)


def validate_patient(patient: Patient, *, today: date) -> None:
    """Raise `ValidationError` for the first impossible value of a patient."""
    require_mrn(patient_record(patient.mrn), "mrn", patient.mrn)
    record = patient_record(patient.mrn)
    require_name(record, "name", patient.name)
    require_birth_date(record, "birth_date", patient.birth_date, today=today)
    require_blood_group(record, "blood_group", patient.blood_group)
    if not patient.diagnoses:
        raise ValidationError(
            record, "diagnoses", "at least one diagnosis is required (the first is the primary)"
        )
    require_unique(record, "diagnoses", patient.diagnoses)
    prior = patient.prior_ivig_last_date
    if prior is not None:
        if prior > today:
            raise ValidationError(
                record,
                "prior_ivig_last_date",
                f"is in the future ({prior.isoformat()}; today is {today.isoformat()})",
            )
        if prior < patient.birth_date:
            raise ValidationError(
                record,
                "prior_ivig_last_date",
                f"{prior.isoformat()} is before the birth date {patient.birth_date.isoformat()}",
            )
    for number, measurement in enumerate(patient.measurements, start=1):
        validate_measurement(
            f"{record} measurement {number}", measurement, birth_date=patient.birth_date
        )


def validate_lot(record: str, lot: Lot) -> None:
    require_identifier(record, "lot", lot.lot, max_length=LOT_MAX)


def validate_rate_step(record: str, step: RateStep, infusion: Infusion) -> None:
    check_time_range(record, "at", step.at)
    if step.at < infusion.start:
        raise ValidationError(
            record,
            "at",
            f"{to_display(step.at)} is before the infusion start {to_display(infusion.start)}",
        )
    if infusion.end is not None and step.at > infusion.end:
        raise ValidationError(
            record,
            "at",
            f"{to_display(step.at)} is after the infusion end {to_display(infusion.end)}",
        )
    require_in_limit(record, "ml_per_h", step.ml_per_h, PUMP_RATE_ML_H)


def validate_premedication(record: str, premed: Premedication) -> None:
    check_time_range(record, "at", premed.at)
    require_text(record, "drug", premed.drug, max_length=SHORT_TEXT_MAX)
    require_text(record, "dose", premed.dose, max_length=SHORT_TEXT_MAX, allow_empty=True)
    require_text(record, "route", premed.route, max_length=SHORT_TEXT_MAX, allow_empty=True)


def validate_vital_signs(record: str, vitals: VitalSigns) -> None:
    check_time_range(record, "at", vitals.at)
    readings = (vitals.temp_c, vitals.hr, vitals.sbp, vitals.dbp, vitals.rr, vitals.spo2)
    if all(reading is None for reading in readings):
        raise ValidationError(record, "temp_c", "a set of vital signs needs at least one reading")
    if vitals.temp_c is not None:
        require_in_limit(record, "temp_c", vitals.temp_c, TEMP_C)
    if vitals.hr is not None:
        require_in_limit(record, "hr", vitals.hr, HEART_RATE)
    if vitals.sbp is not None:
        require_in_limit(record, "sbp", vitals.sbp, SYSTOLIC)
    if vitals.dbp is not None:
        require_in_limit(record, "dbp", vitals.dbp, DIASTOLIC)
    if vitals.sbp is not None and vitals.dbp is not None and vitals.dbp > vitals.sbp:
        raise ValidationError(
            record,
            "dbp",
            f"diastolic {vitals.dbp} mmHg is above systolic {vitals.sbp} mmHg"
            " (the two may be swapped)",
        )
    if vitals.rr is not None:
        require_in_limit(record, "rr", vitals.rr, RESP_RATE)
    if vitals.spo2 is not None:
        require_in_limit(record, "spo2", vitals.spo2, SPO2)


def validate_event(record: str, event: AdverseEvent, infusion: Infusion) -> None:
    check_time_range(record, "onset", event.onset)
    if event.onset < infusion.start:
        raise ValidationError(
            record,
            "onset",
            f"{to_display(event.onset)} is before the infusion start {to_display(infusion.start)}",
        )
    require_event_term(record, "term", event.term)
    require_in_limit(record, "grade", event.grade, CTCAE_GRADE)
    require_text(record, "ctcae_version", event.ctcae_version, max_length=CTCAE_VERSION_MAX)
    require_text(record, "notes", event.notes, allow_empty=True)
    if event.check_offset_h is not None:
        require_in_limit(record, "check_offset_h", event.check_offset_h, CHECK_OFFSET_H)
        if infusion.end is None:
            raise ValidationError(
                record,
                "check_offset_h",
                "the infusion is still running (no end), so it has no follow-up checks yet",
            )


def validate_infusion(
    infusion: Infusion,
    *,
    product_ids: Collection[str],
    patient: Patient | None = None,
) -> tuple[Flag, ...]:
    """Raise `ValidationError` for the first impossible value; return the flags otherwise.

    `patient` (when known) allows the checks against the birth date and the measured weight.
    """
    require_identifier(infusion_record(infusion.id), "id", infusion.id, max_length=INFUSION_ID_MAX)
    record = infusion_record(infusion.id)
    require_mrn(record, "mrn", infusion.mrn)
    if infusion.product_id not in product_ids:
        raise ValidationError(
            record,
            "product",
            f"unknown product {show(infusion.product_id)}"
            f"{did_you_mean(infusion.product_id, sorted(product_ids))}; it is not in the catalogue",
        )
    if not infusion.lots:
        raise ValidationError(record, "lots", "at least one lot number is required")
    for number, lot in enumerate(infusion.lots, start=1):
        validate_lot(f"{record} lot {number}", lot)
    require_unique(record, "lots", (lot.lot for lot in infusion.lots))
    require_in_limit(record, "dosing_weight_kg", infusion.dosing_weight_kg, WEIGHT_KG)
    require_in_limit(record, "dose_g", infusion.dose_g, DOSE_G)
    check_time_range(record, "start", infusion.start)
    if patient is not None and infusion.start.date() < patient.birth_date:
        raise ValidationError(
            record,
            "start",
            f"{to_display(infusion.start)} is before the patient's birth date"
            f" {patient.birth_date.isoformat()}",
        )
    if infusion.end is not None:
        check_time_range(record, "end", infusion.end)
        if infusion.end <= infusion.start:
            raise ValidationError(
                record,
                "end",
                f"{to_display(infusion.end)} must be after the start {to_display(infusion.start)}",
            )
    for number, step in enumerate(infusion.rate_steps, start=1):
        validate_rate_step(f"{record} rate step {number}", step, infusion)
    for number, premed in enumerate(infusion.premedications, start=1):
        validate_premedication(f"{record} premedication {number}", premed)
    for number, vitals in enumerate(infusion.vitals, start=1):
        validate_vital_signs(f"{record} vital signs {number}", vitals)
    for number, event in enumerate(infusion.events, start=1):
        validate_event(f"{record} event {number}", event, infusion)
    require_text(
        record, "recorded_by", infusion.recorded_by, allow_empty=True, max_length=SHORT_TEXT_MAX
    )
    require_text(record, "notes", infusion.notes, allow_empty=True)
    return infusion_flags(infusion, patient)


def infusion_flags(infusion: Infusion, patient: Patient | None = None) -> tuple[Flag, ...]:
    """Possible but suspicious values of a (valid) infusion."""
    record = infusion_record(infusion.id)
    flags: list[Flag] = []
    for number, lot in enumerate(infusion.lots, start=1):
        if lot.expiry is not None and lot.expiry < infusion.start.date():
            flags.append(
                Flag(
                    f"{record} lot {number}",
                    "expiry",
                    f"lot {lot.lot} expired on {lot.expiry.isoformat()}, before the infusion"
                    f" started ({to_display(infusion.start)}); check the lot number and expiry",
                )
            )
    per_kg = infusion.dose_g / infusion.dosing_weight_kg
    if per_kg > FLAG_DOSE_G_PER_KG:
        flags.append(
            Flag(
                record,
                "dose_g",
                f"{fmt(infusion.dose_g)} g for {fmt(infusion.dosing_weight_kg)} kg is"
                f" {fmt(per_kg)} g/kg, above {fmt(FLAG_DOSE_G_PER_KG)} g/kg in one infusion;"
                " check the dose and the weight",
            )
        )
    if patient is not None:
        measured = latest_weight(patient.measurements, infusion.start)
        if measured is not None:
            at, weight = measured
            difference = abs(infusion.dosing_weight_kg - weight) / weight
            if difference > FLAG_WEIGHT_DIFFERENCE:
                flags.append(
                    Flag(
                        record,
                        "dosing_weight_kg",
                        f"dosing weight {fmt(infusion.dosing_weight_kg)} kg"
                        f" ({infusion.dosing_weight_basis.value}) differs by"
                        f" {fmt(difference * 100, 0)} % from the weight measured on"
                        f" {to_display(at)} ({fmt(weight)} kg); check the weight",
                    )
                )
    return tuple(flags)


def latest_weight(
    measurements: Iterable[Measurement], at_or_before: datetime
) -> tuple[datetime, float] | None:
    """The latest measured weight at or before a moment, with its time."""
    best: tuple[datetime, float] | None = None
    for measurement in measurements:
        if measurement.weight_kg is None or measurement.at > at_or_before:
            continue
        if best is None or measurement.at >= best[0]:
            best = (measurement.at, measurement.weight_kg)
    return best


def validate_check(
    check: Check,
    infusion: Infusion,
    *,
    check_offsets: Collection[int],
) -> None:
    """Raise `ValidationError` for the first impossible value of a follow-up check."""
    record = check_record(check.infusion_id, check.offset_h)
    if check.infusion_id != infusion.id:
        raise ValidationError(record, "infusion_id", f"does not match the infusion {infusion.id}")
    if check.offset_h not in check_offsets:
        offsets = ", ".join(str(o) for o in sorted(check_offsets))
        raise ValidationError(
            record,
            "offset_h",
            f"{check.offset_h} h is not a follow-up offset of this ward (the setting is {offsets})",
        )
    if infusion.end is None:
        raise ValidationError(
            record,
            "infusion_id",
            f"infusion {infusion.id} is still running (no end), so it has no checks yet",
        )
    expected_due = infusion.end + timedelta(hours=check.offset_h)
    if check.due_at != expected_due:
        raise ValidationError(
            record,
            "due_at",
            f"must be the infusion end + {check.offset_h} h ({to_display(expected_due)})",
        )
    require_unique(record, "symptoms", check.symptoms)
    for symptom in check.symptoms:
        require_symptom(record, "symptoms", symptom)
    require_text(record, "notes", check.notes, allow_empty=True)
    if check.done_at is None:
        for name, value in (("mode", check.mode), ("outcome", check.outcome)):
            if value is not None:
                raise ValidationError(
                    record,
                    "done_at",
                    f"missing: a check with a {name} must say when it was done",
                )
        if check.symptoms:
            raise ValidationError(
                record, "done_at", "missing: a check with symptoms must say when it was done"
            )
        if check.done_by:
            raise ValidationError(
                record, "done_at", "missing: a check with done_by must say when it was done"
            )
        return
    check_time_range(record, "done_at", check.done_at)
    if check.done_at < infusion.end:
        raise ValidationError(
            record,
            "done_at",
            f"{to_display(check.done_at)} is before the infusion end {to_display(infusion.end)}",
        )
    if check.done_by is not None:
        require_text(record, "done_by", check.done_by, allow_empty=True, max_length=SHORT_TEXT_MAX)
    if check.mode is None:
        raise ValidationError(
            record, "mode", "missing: a done check needs a mode (in_person or phone)"
        )
    if check.outcome is None:
        raise ValidationError(
            record,
            "outcome",
            "missing: a done check needs an outcome (no_symptoms, symptoms or not_reached)",
        )
    if check.outcome is CheckOutcome.SYMPTOMS and not check.symptoms:
        raise ValidationError(
            record, "symptoms", "the outcome is symptoms but no symptom is listed"
        )
    if check.outcome is not CheckOutcome.SYMPTOMS and check.symptoms:
        raise ValidationError(
            record,
            "symptoms",
            f"the outcome is {check.outcome.value} but symptoms are listed",
        )
