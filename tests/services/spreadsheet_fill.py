"""Filling the import template as a ward would, from an `ivigmon/1` document: one row per
record, times and dates as Excel date cells, yes/no as words, code lists joined by commas."""

from __future__ import annotations

import copy
import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from ivigmon.domain.spreadsheet_layout import SHEETS, Kind, Sheet, column_key

# A document with something on every sheet of the template (SPEC 7's example, grown).
RICH: dict[str, Any] = {
    "format": "ivigmon/1",
    "patients": [
        {
            "mrn": "K-0001",
            "name": "Ada Test",
            "sex": "F",
            "birth_date": "2019-04-02",
            "blood_group": "A+",
            "diagnoses": ["KD", "OTHER"],
            "comorbidities": ["central_line"],
            "prior_ivig_last_date": "2025-10-01",
            "measurements": [
                {"at": "2026-03-01T08:00", "weight_kg": 14.2, "height_cm": 98.0},
                {"at": "2026-03-02T08:00", "weight_kg": 14.1, "height_cm": None},
            ],
        },
        {
            "mrn": "000123",
            "name": "Ben Test",
            "sex": "M",
            "birth_date": "2016-01-20",
            "blood_group": None,
            "diagnoses": ["ITP"],
            "comorbidities": [],
            "prior_ivig_last_date": None,
            "measurements": [],
        },
    ],
    "infusions": [
        {
            "id": "inf-1",
            "mrn": "K-0001",
            "indication": "KD",
            "label_use": "on",
            "product": "privigen",
            "lots": [{"lot": "P123", "expiry": "2027-01-31"}, {"lot": "P124", "expiry": None}],
            "dosing_weight_kg": 14.2,
            "dosing_weight_basis": "actual",
            "dose_g": 28.0,
            "start": "2026-03-01T09:00",
            "end": "2026-03-01T19:30",
            "active_infection": False,
            "rate_steps": [
                {"at": "2026-03-01T09:00", "ml_per_h": 4.3},
                {"at": "2026-03-01T09:30", "ml_per_h": 8.5},
            ],
            "premedications": [
                {
                    "at": "2026-03-01T08:30",
                    "drug": "paracetamol",
                    "class": "antipyretic",
                    "dose": "210 mg",
                    "route": "po",
                },
                {
                    "at": "2026-03-01T08:35",
                    "drug": "cetirizine",
                    "class": "antihistamine",
                    "dose": "",
                    "route": "",
                },
            ],
            "vitals": [
                {
                    "at": "2026-03-01T08:45",
                    "temp_c": 37.1,
                    "hr": 112,
                    "sbp": 98,
                    "dbp": 61,
                    "rr": 24,
                    "spo2": 98,
                },
                {
                    "at": "2026-03-01T10:15",
                    "temp_c": None,
                    "hr": 118,
                    "sbp": None,
                    "dbp": None,
                    "rr": None,
                    "spo2": None,
                },
            ],
            "events": [
                {
                    "onset": "2026-03-01T10:10",
                    "term": "flushing",
                    "grade": 1,
                    "ctcae_version": "5.0",
                    "serious": False,
                    "action": "rate_reduced",
                    "outcome": "resolved",
                },
                {
                    "onset": "2026-03-02T18:00",
                    "term": "wheeze",
                    "grade": 3,
                    "ctcae_version": "5.0",
                    "serious": True,
                    "action": "treated",
                    "outcome": "resolving",
                    "check_offset_h": 24,
                    "notes": "seen in the emergency department",
                    "seriousness": ["hospitalisation", "other_important"],
                },
            ],
            "course_outcome": "good",
            "notes": "first course",
        },
        {
            "id": "inf-2",
            "mrn": "000123",
            "indication": "ITP",
            "label_use": "off",
            "product": "octagam_5",
            "lots": [{"lot": "O-77", "expiry": None}],
            "dosing_weight_kg": 30.0,
            "dosing_weight_basis": "adjusted",
            "dose_g": 30.0,
            "start": "2026-03-10T08:00",
            "end": None,
            "active_infection": True,
            "rate_steps": [],
            "premedications": [],
            "vitals": [],
            "events": [],
        },
    ],
    "checks": [
        {
            "infusion_id": "inf-1",
            "offset_h": 24,
            "done_at": "2026-03-02T19:00",
            "mode": "phone",
            "outcome": "symptoms",
            "symptoms": ["wheeze", "rash"],
            "notes": "wheezy since the afternoon",
        },
        {
            "infusion_id": "inf-1",
            "offset_h": 48,
            "done_at": "2026-03-03T19:45",
            "mode": "in_person",
            "outcome": "no_symptoms",
            "symptoms": [],
            "notes": "",
        },
    ],
    "alert_reviews": [
        {
            "kind": "red_flag",
            "infusion_id": "inf-1",
            "offset_h": 24,
            "reviewed_at": "2026-03-02T19:30",
            "by": "nurse.test",
            "note": "sent to the emergency department",
        }
    ],
}


def rows_of(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Each sheet's rows, as values by column key, in the interchange's own forms."""
    sheets: dict[str, list[dict[str, Any]]] = {s.name: [] for s in SHEETS}
    for p in doc["patients"]:
        sheets["Patients"].append({**p, "primary_diagnosis": p["diagnoses"][0]})
        sheets["Other diagnoses"] += [{"mrn": p["mrn"], "diagnosis": d} for d in p["diagnoses"][1:]]
        sheets["Comorbidities"] += [{"mrn": p["mrn"], "comorbidity": c} for c in p["comorbidities"]]
        sheets["Measurements"] += [{"mrn": p["mrn"], **m} for m in p["measurements"]]
    for i in doc["infusions"]:
        first = i["lots"][0]
        sheets["Infusions"].append({**i, "lot": first["lot"], "lot_expiry": first["expiry"]})
        owner = {"infusion_id": i["id"]}
        sheets["More lots"] += [{**owner, **lot} for lot in i["lots"][1:]]
        sheets["Rate steps"] += [{**owner, **s} for s in i["rate_steps"]]
        sheets["Premedications"] += [{**owner, **p} for p in i["premedications"]]
        sheets["Vital signs"] += [{**owner, **v} for v in i["vitals"]]
        sheets["Adverse events"] += [{**owner, **e} for e in i["events"]]
    sheets["Checks"] += doc["checks"]
    sheets["Alert reviews"] += doc.get("alert_reviews", [])
    return sheets


def cell_value(kind: Kind, value: Any, *, as_text: bool = False) -> Any:
    """A value as a ward types it into a cell: Excel dates and times, yes/no, joined codes."""
    if value is None:
        return None
    if kind is Kind.TIME:
        moment = datetime.fromisoformat(value)
        return moment.strftime("%Y-%m-%d %H:%M") if as_text else moment
    if kind is Kind.DATE:
        return value if as_text else date.fromisoformat(value)
    if kind is Kind.BOOL:
        return "yes" if value else "no"
    if kind is Kind.CODES:
        return ", ".join(value)
    return str(value) if as_text else value


def fill(template: Path, target: Path, doc: dict[str, Any] | None = None) -> Path:
    """The template at `template`, filled with `doc` (RICH by default), saved as `target`."""
    book = load_workbook(template)
    for name, rows in rows_of(copy.deepcopy(doc or RICH)).items():
        ws = book[name]
        sheet = _sheet(name)
        keys = [column_key(str(c.value)) for c in ws[1]]
        for row in rows:
            ws.append([cell_value(sheet.column(k).kind, row.get(k)) for k in keys])
    book.save(target)
    return target


def write_csv(target: Path, name: str, rows: list[dict[str, Any]], *, delimiter: str = ",") -> Path:
    """One sheet as a CSV file (UTF-8 with a byte order mark, as Excel saves it)."""
    sheet = _sheet(name)
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=delimiter)
        out.writerow([c.header for c in sheet.columns])
        for row in rows:
            out.writerow(
                [
                    "" if row.get(c.key) is None else cell_value(c.kind, row[c.key], as_text=True)
                    for c in sheet.columns
                ]
            )
    return target


def _sheet(name: str) -> Sheet:
    return next(s for s in SHEETS if s.name == name)
