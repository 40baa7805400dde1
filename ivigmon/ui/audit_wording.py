"""Audit entries in ward words: which record, what happened, and each value before → after."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ivigmon.domain.numbers import fmt
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.audit import AuditEntry
from ivigmon.ui.wording import decimal, when, words

# Bookkeeping columns: shown elsewhere (who, when) or meaningless on the ward (ids).
HIDDEN_FIELDS = frozenset(
    {"id", "infusion_id", "patient_id", "recorded_at", "recorded_by", "error_at", "error_by"}
)
FIELD_WORDS: dict[str, str] = {
    "at": QT_TRANSLATE_NOOP("audit_wording", "time"),
    "ml_per_h": QT_TRANSLATE_NOOP("audit_wording", "pump mL/h"),
    "temp_c": QT_TRANSLATE_NOOP("audit_wording", "temperature °C"),
    "hr": QT_TRANSLATE_NOOP("audit_wording", "heart rate"),
    "sbp": QT_TRANSLATE_NOOP("audit_wording", "BP systolic"),
    "dbp": QT_TRANSLATE_NOOP("audit_wording", "BP diastolic"),
    "rr": QT_TRANSLATE_NOOP("audit_wording", "resp. rate"),
    "spo2": QT_TRANSLATE_NOOP("audit_wording", "SpO2 %"),
    "drug_class": QT_TRANSLATE_NOOP("audit_wording", "class"),
    "onset": QT_TRANSLATE_NOOP("audit_wording", "onset"),
    "term": QT_TRANSLATE_NOOP("audit_wording", "reaction"),
    "ctcae_version": QT_TRANSLATE_NOOP("audit_wording", "CTCAE version"),
    "check_offset_h": QT_TRANSLATE_NOOP("audit_wording", "found at check (h)"),
    "offset_h": QT_TRANSLATE_NOOP("audit_wording", "check (h after the end)"),
    "due_at": QT_TRANSLATE_NOOP("audit_wording", "due"),
    "done_at": QT_TRANSLATE_NOOP("audit_wording", "done at"),
    "done_by": QT_TRANSLATE_NOOP("audit_wording", "done by"),
    "mode": QT_TRANSLATE_NOOP("audit_wording", "how"),
    "started_at": QT_TRANSLATE_NOOP("audit_wording", "start"),
    "ended_at": QT_TRANSLATE_NOOP("audit_wording", "end"),
    "dose_g": QT_TRANSLATE_NOOP("audit_wording", "dose g"),
    "dosing_weight_kg": QT_TRANSLATE_NOOP("audit_wording", "dosing weight kg"),
    "dosing_weight_basis": QT_TRANSLATE_NOOP("audit_wording", "weight basis"),
    "product_id": QT_TRANSLATE_NOOP("audit_wording", "product"),
    "label_use": QT_TRANSLATE_NOOP("audit_wording", "label use"),
    "active_infection": QT_TRANSLATE_NOOP("audit_wording", "active infection"),
    "course_outcome": QT_TRANSLATE_NOOP("audit_wording", "course outcome"),
    "error_reason": QT_TRANSLATE_NOOP("audit_wording", "reason"),
    "mrn": QT_TRANSLATE_NOOP("audit_wording", "MRN"),
    "birth_date": QT_TRANSLATE_NOOP("audit_wording", "born"),
    "blood_group": QT_TRANSLATE_NOOP("audit_wording", "blood group"),
    "prior_ivig_last_date": QT_TRANSLATE_NOOP("audit_wording", "IVIG elsewhere"),
    "weight_kg": QT_TRANSLATE_NOOP("audit_wording", "weight kg"),
    "height_cm": QT_TRANSLATE_NOOP("audit_wording", "height cm"),
    "position": QT_TRANSLATE_NOOP("audit_wording", "lot number"),
    "name": QT_TRANSLATE_NOOP("audit_wording", "name"),
    "sex": QT_TRANSLATE_NOOP("audit_wording", "sex"),
    "diagnoses": QT_TRANSLATE_NOOP("audit_wording", "diagnoses"),
    "comorbidities": QT_TRANSLATE_NOOP("audit_wording", "comorbidities"),
    "notes": QT_TRANSLATE_NOOP("audit_wording", "notes"),
    "grade": QT_TRANSLATE_NOOP("audit_wording", "grade"),
    "outcome": QT_TRANSLATE_NOOP("audit_wording", "outcome"),
    "action": QT_TRANSLATE_NOOP("audit_wording", "action"),
    "serious": QT_TRANSLATE_NOOP("audit_wording", "serious"),
    "lot": QT_TRANSLATE_NOOP("audit_wording", "lot"),
    "expiry": QT_TRANSLATE_NOOP("audit_wording", "expiry"),
    "indication": QT_TRANSLATE_NOOP("audit_wording", "indication"),
    "symptoms": QT_TRANSLATE_NOOP("audit_wording", "symptoms"),
    "role": QT_TRANSLATE_NOOP("audit_wording", "role"),
    "active": QT_TRANSLATE_NOOP("audit_wording", "active"),
    "display_name": QT_TRANSLATE_NOOP("audit_wording", "display name"),
    "drug": QT_TRANSLATE_NOOP("audit_wording", "drug"),
    "dose": QT_TRANSLATE_NOOP("audit_wording", "dose"),
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

ADDED = QT_TRANSLATE_NOOP("audit_wording", "added")
CHANGED = QT_TRANSLATE_NOOP("audit_wording", "changed")
IN_ERROR = QT_TRANSLATE_NOOP("audit_wording", "✗ entered in error")


def _tr(text: str) -> str:
    """A word marked QT_TRANSLATE_NOOP("audit_wording", ...), translated."""
    return QCoreApplication.translate("audit_wording", text)


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
            return QCoreApplication.translate("audit_wording", "infusion {id}").format(
                id=entry.row_key
            )
        infusion_id = entry.after.get("infusion_id")
        if infusion_id:
            return f"{text} ({infusion_id})"
    return text


def _record(entry: AuditEntry) -> str:
    after = entry.after
    key = entry.row_key
    match entry.table_name:
        case "infusions":
            return QCoreApplication.translate("audit_wording", "infusion")
        case "infusion_lots":
            return QCoreApplication.translate("audit_wording", "lot {lot}").format(
                lot=after.get("lot", "")
            )
        case "rate_steps":
            return QCoreApplication.translate("audit_wording", "rate step {id}").format(id=key)
        case "vitals":
            return QCoreApplication.translate("audit_wording", "vital signs {id}").format(id=key)
        case "premedications":
            return QCoreApplication.translate("audit_wording", "premedication {id}").format(id=key)
        case "adverse_events":
            offset = after.get("check_offset_h")
            if offset is not None:
                return QCoreApplication.translate(
                    "audit_wording", "symptom at check +{hours} h"
                ).format(hours=offset)
            return QCoreApplication.translate("audit_wording", "reaction {id}").format(id=key)
        case "checks":
            return QCoreApplication.translate("audit_wording", "check +{hours} h").format(
                hours=after.get("offset_h", "?")
            )
        case "patients":
            return QCoreApplication.translate("audit_wording", "patient")
        case "measurements":
            return QCoreApplication.translate("audit_wording", "measurement {id}").format(id=key)
        case "settings":
            return QCoreApplication.translate("audit_wording", "setting {id}").format(id=key)
        case "users":
            return QCoreApplication.translate("audit_wording", "user {id}").format(id=key)
    return f"{entry.table_name.replace('_', ' ')} {key}"


def action_text(entry: AuditEntry) -> str:
    if entry.action == "insert":
        return _tr(ADDED)
    if is_entered_in_error(entry):
        if entry.table_name == "checks":
            return QCoreApplication.translate(
                "audit_wording", "✗ entered in error (check reopened)"
            )
        return _tr(IN_ERROR)
    return _tr(CHANGED)


def value_text(field: str, value: Any) -> str:
    if value is None or value == "":
        return "-"
    if field in YES_NO_FIELDS and isinstance(value, int | bool):
        return (
            QCoreApplication.translate("audit_wording", "yes")
            if value
            else QCoreApplication.translate("audit_wording", "no")
        )
    if isinstance(value, float):
        return decimal(fmt(value))
    if isinstance(value, str):
        if STORED_TIME.match(value):
            return when(datetime.fromisoformat(value))
        if value.startswith("["):
            try:
                items = json.loads(value)
            except ValueError:
                return value
            if isinstance(items, list):
                return ", ".join(
                    value_text(field, str(i)) for i in items
                ) or QCoreApplication.translate("audit_wording", "none")
        if field in CODED_FIELDS:
            # A code reads as the words the screens give it (`not_reached` -> `not reached`).
            return words(value.replace("_", " "))
    return str(value)


def field_text(field: str) -> str:
    return _tr(FIELD_WORDS[field]) if field in FIELD_WORDS else field.replace("_", " ")


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
        lines.append(
            QCoreApplication.translate("audit_wording", "reason: {reason}").format(
                reason=after.get("error_reason") or "-"
            )
        )
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
