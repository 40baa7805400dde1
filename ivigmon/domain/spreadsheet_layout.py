"""The spreadsheet form of the interchange format: its sheets, their columns, units and codes.

A workbook holds one sheet per kind of record; a row is one record, and the first row names
the columns. A column's header is its key, then its unit or form in brackets
(`dose_g (g)`); only the key before the bracket is read, so `dose_g` alone is the same column.
Rows of the lower sheets name the record they belong to (`mrn`, `infusion_id`), so that
`spreadsheet_rows` can put them together into one `ivigmon/1` document.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ivigmon.domain.ctcae import CTCAE_VERSION


class Kind(StrEnum):
    """How a cell is read (`spreadsheet_cells`)."""

    ID = "identifier"  # text only: a number may have lost its leading zeros
    TEXT = "text"
    CODE = "code"
    CODES = "codes"  # several codes in one cell, separated by commas
    NUMBER = "number"
    DATE = "date"
    TIME = "time"
    BOOL = "yes/no"


TIME_FORM = "local time YYYY-MM-DD HH:MM"
DATE_FORM = "date YYYY-MM-DD"


@dataclass(frozen=True)
class Column:
    """One column: its key, how it is read, and what the template says of it."""

    key: str
    kind: Kind
    about: str
    unit: str = ""
    required: bool = False
    # The code list (`spreadsheet_codes`): strict for CODE and CODES, else the usual values.
    codes: str = ""
    # What an empty cell means; None leaves the value out (the interchange's default).
    blank: str | None = None

    @property
    def header(self) -> str:
        """`dose_g (g)`, `start (local time YYYY-MM-DD HH:MM)`, `sex (code)`."""
        form = {
            Kind.DATE: DATE_FORM,
            Kind.TIME: TIME_FORM,
            Kind.BOOL: "yes/no",
            Kind.CODE: "code",
            Kind.CODES: "codes, comma-separated",
        }.get(self.kind, self.unit)
        return f"{self.key} ({form})" if form else self.key


@dataclass(frozen=True)
class Sheet:
    name: str
    about: str
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _mrn(about: str = "the patient's hospital number (MRN), as on the sheet Patients") -> Column:
    return Column("mrn", Kind.ID, about, required=True)


def _infusion_id() -> Column:
    return Column(
        "infusion_id", Kind.ID, "the infusion's id, as on the sheet Infusions", required=True
    )


def _time(key: str, about: str, *, required: bool = True) -> Column:
    return Column(key, Kind.TIME, about, required=required)


PATIENTS = Sheet(
    "Patients",
    "one row per patient",
    (
        _mrn("hospital number (MRN), unique"),
        Column("name", Kind.TEXT, "full name", required=True),
        Column("sex", Kind.CODE, "F or M", required=True, codes="sex"),
        Column("birth_date", Kind.DATE, "date of birth", required=True),
        Column(
            "blood_group", Kind.TEXT, "A, B, AB or O, with + or - if known", codes="blood_group"
        ),
        Column(
            "primary_diagnosis",
            Kind.CODE,
            "the primary diagnosis (more on the sheet Other diagnoses)",
            required=True,
            codes="diagnosis",
        ),
        Column("prior_ivig_last_date", Kind.DATE, "last IVIG given elsewhere, if known"),
    ),
)
OTHER_DIAGNOSES = Sheet(
    "Other diagnoses",
    "a patient's further diagnoses, one per row, in order",
    (_mrn(), Column("diagnosis", Kind.CODE, "a diagnosis", required=True, codes="diagnosis")),
)
COMORBIDITIES = Sheet(
    "Comorbidities",
    "a patient's comorbidities, one per row",
    (
        _mrn(),
        Column("comorbidity", Kind.CODE, "a comorbidity", required=True, codes="comorbidity"),
    ),
)
MEASUREMENTS = Sheet(
    "Measurements",
    "measured weights and heights, one row per measurement (a weight, a height or both)",
    (
        _mrn(),
        _time("at", "when measured"),
        Column("weight_kg", Kind.NUMBER, "measured weight", unit="kg"),
        Column("height_cm", Kind.NUMBER, "measured height", unit="cm"),
    ),
)
INFUSIONS = Sheet(
    "Infusions",
    "one row per infusion, with its first lot (more lots on the sheet More lots)",
    (
        Column("id", Kind.ID, "the infusion's id, unique (e.g. inf-1)", required=True),
        _mrn("the patient's MRN: on the sheet Patients, or of a patient already in the database"),
        Column("indication", Kind.CODE, "the diagnosis treated", required=True, codes="diagnosis"),
        Column("label_use", Kind.CODE, "on label or off label", required=True, codes="label_use"),
        Column(
            "product",
            Kind.TEXT,
            "the product's catalogue id (sheet Codes)",
            unit="catalogue id",
            required=True,
            codes="product",
        ),
        Column("lot", Kind.ID, "lot number", required=True),
        Column("lot_expiry", Kind.DATE, "the lot's expiry date, if recorded"),
        Column("dosing_weight_kg", Kind.NUMBER, "dosing weight", unit="kg", required=True),
        Column(
            "dosing_weight_basis",
            Kind.CODE,
            "actual or adjusted (blank: actual)",
            codes="dosing_weight_basis",
        ),
        Column("dose_g", Kind.NUMBER, "total dose", unit="g", required=True),
        _time("start", "start of the infusion"),
        _time("end", "end of the infusion (blank while it runs)", required=False),
        Column("active_infection", Kind.BOOL, "active infection at the start", required=True),
        Column(
            "course_outcome",
            Kind.CODE,
            "effect of the course, if assessed",
            codes="course_outcome",
        ),
        Column("notes", Kind.TEXT, "free notes"),
        Column("recorded_by", Kind.TEXT, "who documented it (blank: the importer)"),
    ),
)
MORE_LOTS = Sheet(
    "More lots",
    "an infusion's second and further lots, one per row",
    (
        _infusion_id(),
        Column("lot", Kind.ID, "lot number", required=True),
        Column("expiry", Kind.DATE, "the lot's expiry date, if recorded"),
    ),
)
RATE_STEPS = Sheet(
    "Rate steps",
    "each pump rate set during an infusion (0 is a pause)",
    (
        _infusion_id(),
        _time("at", "when the rate was set"),
        Column("ml_per_h", Kind.NUMBER, "pump rate", unit="mL/h", required=True),
    ),
)
PREMEDICATIONS = Sheet(
    "Premedications",
    "premedications given for an infusion",
    (
        _infusion_id(),
        _time("at", "when given"),
        Column("drug", Kind.TEXT, "generic name", required=True, codes="premedication_drug"),
        Column("class", Kind.CODE, "drug class", required=True, codes="premedication_class"),
        Column("dose", Kind.TEXT, "dose with its unit, e.g. 210 mg", blank=""),
        Column("route", Kind.TEXT, "route, e.g. po", codes="route", blank=""),
    ),
)
VITAL_SIGNS = Sheet(
    "Vital signs",
    "one row per set of vital signs (at least one reading)",
    (
        _infusion_id(),
        _time("at", "when measured"),
        Column("temp_c", Kind.NUMBER, "temperature", unit="°C"),
        Column("hr", Kind.NUMBER, "heart rate", unit="beats/min"),
        Column("sbp", Kind.NUMBER, "systolic blood pressure", unit="mmHg"),
        Column("dbp", Kind.NUMBER, "diastolic blood pressure", unit="mmHg"),
        Column("rr", Kind.NUMBER, "respiratory rate", unit="breaths/min"),
        Column("spo2", Kind.NUMBER, "oxygen saturation", unit="%"),
    ),
)
ADVERSE_EVENTS = Sheet(
    "Adverse events",
    "reactions during an infusion, or reported at one of its follow-up checks",
    (
        _infusion_id(),
        _time("onset", "when it began"),
        Column(
            "term", Kind.TEXT, "a term of the list, or free text", required=True, codes="event_term"
        ),
        Column(
            "grade", Kind.NUMBER, "CTCAE grade 1-5", unit="CTCAE 1-5", required=True, codes="grade"
        ),
        Column(
            "ctcae_version",
            Kind.TEXT,
            f"CTCAE version (blank: {CTCAE_VERSION})",
            codes="ctcae_version",
            blank=CTCAE_VERSION,
        ),
        Column("serious", Kind.BOOL, "serious adverse event", required=True),
        Column("seriousness", Kind.CODES, "why it is serious (ICH E2A)", codes="seriousness"),
        Column("action", Kind.CODE, "what was done", required=True, codes="event_action"),
        Column("outcome", Kind.CODE, "how it ended", required=True, codes="event_outcome"),
        Column(
            "check_offset_h",
            Kind.NUMBER,
            "reported at the follow-up check of this offset (sheet Checks); blank: during it",
            unit="h",
            codes="offset",
        ),
        Column("notes", Kind.TEXT, "free notes"),
    ),
)
CHECKS = Sheet(
    "Checks",
    "follow-up checks after an infusion's end (open ones are made by themselves)",
    (
        _infusion_id(),
        Column(
            "offset_h", Kind.NUMBER, "hours after the end", unit="h", required=True, codes="offset"
        ),
        _time("done_at", "when done (blank: still open)", required=False),
        Column("mode", Kind.CODE, "in person or by phone", codes="check_mode"),
        Column("outcome", Kind.CODE, "what the check found", codes="check_outcome"),
        Column("symptoms", Kind.CODES, "the symptoms found", codes="symptom"),
        Column("notes", Kind.TEXT, "free notes"),
        Column("done_by", Kind.TEXT, "who did the check (blank: the importer)"),
    ),
)
ALERT_REVIEWS = Sheet(
    "Alert reviews",
    "reviews of the alerts the records raise",
    (
        Column("kind", Kind.CODE, "the kind of alert", required=True, codes="alert_kind"),
        _infusion_id(),
        _time("vital_at", "vital_signs: the time of the vital signs reviewed", required=False),
        Column("offset_h", Kind.NUMBER, "red_flag: the check's offset", unit="h", codes="offset"),
        _time("reviewed_at", "when reviewed"),
        Column("by", Kind.TEXT, "who reviewed it", required=True),
        Column("note", Kind.TEXT, "what was done", required=True),
    ),
)

# In the order of the workbook (after "Read me"; "Codes" comes last).
SHEETS: tuple[Sheet, ...] = (
    PATIENTS,
    OTHER_DIAGNOSES,
    COMORBIDITIES,
    MEASUREMENTS,
    INFUSIONS,
    MORE_LOTS,
    RATE_STEPS,
    PREMEDICATIONS,
    VITAL_SIGNS,
    ADVERSE_EVENTS,
    CHECKS,
    ALERT_REVIEWS,
)
READ_ME = "Read me"
CODES = "Codes"
# Sheets of the template that hold no records; an import passes over them.
NOT_RECORDS = (READ_ME, CODES)


def column_key(header: str) -> str:
    """The key a header names: the text before its bracket, e.g. `dose_g` of `dose_g (g)`."""
    return header.split("(", 1)[0].strip().lower()
