"""Audit entries in ward words: which record, what happened, and each value before → after."""

from __future__ import annotations

import json
import re
from typing import Any

from ivigmon.domain.numbers import fmt
from ivigmon.services.audit import AuditEntry

# Bookkeeping columns: shown elsewhere (who, when) or meaningless on the ward (ids).
HIDDEN_FIELDS = frozenset(
    {"id", "infusion_id", "patient_id", "recorded_at", "recorded_by", "error_at", "error_by"}
)
FIELD_WORDS: dict[str, str] = {
    "at": "time",
    "ml_per_h": "pump mL/h",
    "temp_c": "temperature °C",
    "hr": "heart rate",
    "sbp": "BP systolic",
    "dbp": "BP diastolic",
    "rr": "resp. rate",
    "spo2": "SpO2 %",
    "drug_class": "class",
    "onset": "onset",
    "term": "reaction",
    "ctcae_version": "CTCAE version",
    "check_offset_h": "found at check (h)",
    "offset_h": "check (h after the end)",
    "due_at": "due",
    "done_at": "done at",
    "done_by": "done by",
    "mode": "how",
    "started_at": "start",
    "ended_at": "end",
    "dose_g": "dose g",
    "dosing_weight_kg": "dosing weight kg",
    "dosing_weight_basis": "weight basis",
    "product_id": "product",
    "label_use": "label use",
    "active_infection": "active infection",
    "course_outcome": "course outcome",
    "error_reason": "reason",
    "mrn": "MRN",
    "birth_date": "born",
    "blood_group": "blood group",
    "prior_ivig_last_date": "IVIG elsewhere",
    "weight_kg": "weight kg",
    "height_cm": "height cm",
    "position": "lot number",
}
YES_NO_FIELDS = frozenset({"active_infection", "serious", "active"})
# Coded values read as words once the underscore goes: `not_reached` -> `not reached`.
CODED_FIELDS = frozenset(
    {
        "mode",
        "outcome",
        "action",
        "term",
        "drug_class",
        "dosing_weight_basis",
        "course_outcome",
        "symptoms",
        "comorbidities",
        "role",
    }
)
STORED_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")

ADDED = "added"
CHANGED = "changed"
IN_ERROR = "✗ entered in error"


def is_entered_in_error(entry: AuditEntry) -> bool:
    """The change that marked the row entered in error (a reopened check is one too)."""
    before = entry.before or {}
    return before.get("error_at") is None and entry.after.get("error_at") is not None


def record_text(entry: AuditEntry, *, with_infusion: bool = False) -> str:
    """`infusion`, `rate step 12`, `check +24 h`, `lot P123`...

    `with_infusion` names the infusion too, where one history holds several infusions.
    """
    text = _record(entry)
    if with_infusion:
        if entry.table_name == "infusions":
            return f"infusion {entry.row_key}"
        infusion_id = entry.after.get("infusion_id")
        if infusion_id:
            return f"{text} ({infusion_id})"
    return text


def _record(entry: AuditEntry) -> str:
    after = entry.after
    match entry.table_name:
        case "infusions":
            return "infusion"
        case "infusion_lots":
            return f"lot {after.get('lot', '')}"
        case "rate_steps":
            return f"rate step {entry.row_key}"
        case "vitals":
            return f"vital signs {entry.row_key}"
        case "premedications":
            return f"premedication {entry.row_key}"
        case "adverse_events":
            offset = after.get("check_offset_h")
            if offset is not None:
                return f"symptom at check +{offset} h"
            return f"reaction {entry.row_key}"
        case "checks":
            return f"check +{after.get('offset_h', '?')} h"
        case "patients":
            return "patient"
        case "measurements":
            return f"measurement {entry.row_key}"
        case "settings":
            return f"setting {entry.row_key}"
        case "users":
            return f"user {entry.row_key}"
    return f"{entry.table_name.replace('_', ' ')} {entry.row_key}"


def action_text(entry: AuditEntry) -> str:
    if entry.action == "insert":
        return ADDED
    if is_entered_in_error(entry):
        if entry.table_name == "checks":
            return f"{IN_ERROR} (check reopened)"
        return IN_ERROR
    return CHANGED


def value_text(field: str, value: Any) -> str:
    if value is None or value == "":
        return "-"
    if field in YES_NO_FIELDS and isinstance(value, int | bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return fmt(value)
    if isinstance(value, str):
        if STORED_TIME.match(value):
            return value[:16].replace("T", " ")
        if value.startswith("["):
            try:
                items = json.loads(value)
            except ValueError:
                return value
            if isinstance(items, list):
                return ", ".join(value_text(field, str(i)) for i in items) or "none"
        if field in CODED_FIELDS:
            return value.replace("_", " ")
    return str(value)


def field_text(field: str) -> str:
    return FIELD_WORDS.get(field, field.replace("_", " "))


def changes(entry: AuditEntry) -> list[str]:
    """One line per value: `pump mL/h 40` when added, `pump mL/h: 40 → 4` when changed."""
    after = entry.after
    if entry.before is None:
        return [
            f"{field_text(k)} {value_text(k, v)}"
            for k, v in after.items()
            if k not in HIDDEN_FIELDS and v not in (None, "", "[]")
        ]
    before = entry.before
    lines = []
    in_error = is_entered_in_error(entry)
    if in_error:
        lines.append(f"reason: {after.get('error_reason') or '-'}")
    for key, new in after.items():
        if key in HIDDEN_FIELDS or (in_error and key == "error_reason"):
            continue
        old = before.get(key)
        if old != new:
            lines.append(f"{field_text(key)}: {value_text(key, old)} → {value_text(key, new)}")
    return lines


def changes_text(entry: AuditEntry) -> str:
    return "; ".join(changes(entry)) or "-"


def when_text(entry: AuditEntry) -> str:
    return value_text("at", entry.at)
