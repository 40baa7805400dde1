"""A workbook's rows as one `ivigmon/1` document, and the way back: a problem or a flag that
names a record and a field of the document, named instead by sheet, row and column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from ivigmon.domain.alert_reviews import review_record
from ivigmon.domain.interchange import FORMAT
from ivigmon.domain.interchange_reviews import REVIEWS, parse_alert_reviews
from ivigmon.domain.spreadsheet_layout import INFUSIONS, PATIENTS, Sheet
from ivigmon.domain.spreadsheet_problems import SheetFlag, sheet_problem
from ivigmon.domain.spreadsheet_rows import InfusionRows, PatientRows, Row
from ivigmon.domain.validation import (
    Flag,
    ValidationError,
    check_record,
    infusion_record,
    patient_record,
)

# Where a field that is a list of the document is given in the workbook.
LIST_PLACES = {
    "diagnoses": "column primary_diagnosis and sheet Other diagnoses",
    "comorbidities": "sheet Comorbidities",
    "measurements": "sheet Measurements",
    "lots": "column lot and sheet More lots",
    "rate_steps": "sheet Rate steps",
    "premedications": "sheet Premedications",
    "vitals": "sheet Vital signs",
    "events": "sheet Adverse events",
}
# An infusion's first lot is on its own row, under other names than on the sheet More lots.
_FIRST_LOT = {"lot": "lot", "expiry": "lot_expiry"}
_INFUSION_PARTS = (
    ("rate step", "rate_steps"),
    ("premedication", "premedications"),
    ("vital signs", "vitals"),
    ("event", "events"),
)


def document(
    patients: Sequence[PatientRows],
    infusions: Sequence[InfusionRows],
    checks: Sequence[Row],
    reviews: Sequence[Row] = (),
) -> dict[str, object]:
    """The `ivigmon/1` document of these rows, in their order."""
    found: dict[str, object] = {
        "format": FORMAT,
        "patients": [patient_json(p) for p in patients],
        "infusions": [infusion_json(i) for i in infusions],
        "checks": [_pick(r, CHECK_KEYS) for r in checks],
    }
    if reviews:
        found[REVIEWS] = [_pick(r, REVIEW_KEYS) for r in reviews]
    return found


CHECK_KEYS = (
    "infusion_id",
    "offset_h",
    "done_at",
    "mode",
    "outcome",
    "symptoms",
    "notes",
    "done_by",
)
REVIEW_KEYS = ("kind", "infusion_id", "vital_at", "offset_h", "reviewed_at", "by", "note")


def patient_json(patient: PatientRows) -> dict[str, object]:
    values = patient.row.values
    found = _pick(patient.row, ("mrn", "name", "sex", "birth_date", "blood_group"))
    primary = values.get("primary_diagnosis")
    found["diagnoses"] = [primary] + [r.values.get("diagnosis") for r in patient.diagnoses]
    found["comorbidities"] = [r.values.get("comorbidity") for r in patient.comorbidities]
    found["prior_ivig_last_date"] = values.get("prior_ivig_last_date")
    found["measurements"] = [
        _pick(r, ("at", "weight_kg", "height_cm")) for r in patient.measurements
    ]
    return found


def infusion_json(infusion: InfusionRows) -> dict[str, object]:
    row = infusion.row
    values = row.values
    found = _pick(row, ("id", "mrn", "indication", "label_use", "product"))
    first = {"lot": values.get("lot"), "expiry": values.get("lot_expiry")}
    found["lots"] = [first] + [_pick(r, ("lot", "expiry")) for r in infusion.lots]
    found.update(
        _pick(
            row,
            ("dosing_weight_kg", "dosing_weight_basis", "dose_g", "start", "end"),
        )
    )
    found["active_infection"] = values.get("active_infection")
    found["rate_steps"] = [_pick(r, ("at", "ml_per_h")) for r in infusion.rate_steps]
    found["premedications"] = [
        _pick(r, ("at", "drug", "class", "dose", "route")) for r in infusion.premedications
    ]
    found["vitals"] = [
        _pick(r, ("at", "temp_c", "hr", "sbp", "dbp", "rr", "spo2")) for r in infusion.vitals
    ]
    found["events"] = [
        _pick(
            r,
            ("onset", "term", "grade", "ctcae_version", "serious", "action", "outcome"),
            ("check_offset_h", "notes", "seriousness"),
        )
        for r in infusion.events
    ]
    found.update(_pick(row, (), ("course_outcome", "notes", "recorded_by")))
    return found


def _pick(row: Row, keys: Sequence[str], optional: Sequence[str] = ()) -> dict[str, object]:
    """The row's values under `keys` (null when empty) and `optional` (left out when empty)."""
    found = {key: row.values.get(key, row.sheet.column(key).blank) for key in keys}
    for key in optional:
        value = row.values.get(key, row.sheet.column(key).blank)
        if value is not None:
            found[key] = value
    return found


class Places:
    """Where each record of a document built by `document` came from: the record names the
    interchange parser uses (`infusion inf-1 rate step 2`, `patient #3`), each with its row."""

    def __init__(
        self,
        patients: Sequence[PatientRows],
        infusions: Sequence[InfusionRows],
        checks: Sequence[Row],
        reviews: Sequence[Row] = (),
        *,
        now: datetime | None = None,
    ) -> None:
        self.rows: dict[str, tuple[Row, dict[str, str]]] = {}
        for number, patient in enumerate(patients, start=1):
            for name in _names("patient", patient.row.values.get("mrn"), number, patient_record):
                self._add(name, patient.row)
                for k, row in enumerate(patient.measurements, start=1):
                    self._add(f"{name} measurement {k}", row)
        for number, infusion in enumerate(infusions, start=1):
            for name in _names("infusion", infusion.row.values.get("id"), number, infusion_record):
                self._add(name, infusion.row)
                self._add(f"{name} lot 1", infusion.row, _FIRST_LOT)
                for k, row in enumerate(infusion.lots, start=2):
                    self._add(f"{name} lot {k}", row)
                for label, part in _INFUSION_PARTS:
                    for k, row in enumerate(getattr(infusion, part), start=1):
                        self._add(f"{name} {label} {k}", row)
        for number, row in enumerate(checks, start=1):
            self._add(f"check #{number}", row)
            infusion_id, offset = row.values.get("infusion_id"), row.values.get("offset_h")
            hours = _whole(offset)
            if isinstance(infusion_id, str) and hours is not None:
                self._add(check_record(infusion_id, hours), row)
        for number, row in enumerate(reviews, start=1):
            self._add(f"alert review #{number}", row)
            if now is not None:
                try:
                    (review,) = parse_alert_reviews([_pick(row, REVIEW_KEYS)], now=now)
                except ValidationError:
                    continue
                self._add(review_record(review), row)

    def _add(self, name: str, row: Row, fields: dict[str, str] | None = None) -> None:
        self.rows.setdefault(name, (row, fields or {}))

    def find(self, record: str) -> Row | None:
        place = self.rows.get(record)
        return None if place is None else place[0]

    def locate(self, error: ValidationError) -> ValidationError:
        """The problem named by sheet, row and column; unchanged when its record is not one of
        these rows (the file as a whole, or a record of the database)."""
        where = self._where(error.record, error.field)
        if where is None:
            return error
        row, field = where
        return sheet_problem(row.sheet.name, row.number, field, error.problem)

    def locate_flag(self, flag: Flag) -> Flag:
        where = self._where(flag.record, flag.field)
        if where is None:
            return flag
        row, field = where
        return SheetFlag(f"sheet {row.sheet.name}, row {row.number}", field, flag.message)

    def _where(self, record: str, field: str) -> tuple[Row, str] | None:
        place = self.rows.get(record)
        if place is None:
            return None
        row, renamed = place
        return row, field_place(row.sheet, renamed.get(field, field))


def field_place(sheet: Sheet, field: str) -> str:
    """`column dose_g (g)` for a field that is a column of the sheet, else where it is given."""
    for column in sheet.columns:
        if column.key == field:
            return f"column {column.header}"
    if field in LIST_PLACES and sheet in (PATIENTS, INFUSIONS):
        return f"{field} ({LIST_PLACES[field]})"
    return field


def _whole(value: object) -> int | None:
    """A check's offset as its name shows it (`+24 h`), when it is a whole number of hours."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not float(value).is_integer() or abs(value) >= 10**6:
        return None
    return int(value)


def _names(kind: str, value: object, number: int, named: Callable[[str], str]) -> list[str]:
    """The names the parser may give the record: by its identifier, and by its place."""
    names = [f"{kind} #{number}"]
    if isinstance(value, str):
        names.insert(0, named(value))
    return names
