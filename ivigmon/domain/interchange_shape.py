"""The JSON shape of an interchange file: the keys of each record, and lists, objects and nulls."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from ivigmon.domain.identifiers import hidden_character
from ivigmon.domain.interchange_json import DuplicateKeys
from ivigmon.domain.validation import (
    Limit,
    ValidationError,
    did_you_mean,
    is_single_line,
    is_storable_text,
    require_in_limit,
    require_text,
    require_whole_in_limit,
    show,
    type_name,
)


@dataclass(frozen=True)
class Keys:
    """The keys one kind of record must have, and those it may have."""

    required: tuple[str, ...]
    optional: tuple[str, ...] = ()

    @property
    def allowed(self) -> tuple[str, ...]:
        return self.required + self.optional


# The keys of each record: SPEC 7, plus this project's optional keys (see `interchange`).
TOP_KEYS = Keys(("format", "patients", "infusions", "checks"), ("alert_reviews",))
PATIENT_KEYS = Keys(
    ("mrn", "name", "sex", "birth_date", "diagnoses", "comorbidities", "measurements"),
    ("blood_group", "prior_ivig_last_date"),
)
MEASUREMENT_KEYS = Keys(("at",), ("weight_kg", "height_cm"))
INFUSION_KEYS = Keys(
    (
        "id",
        "mrn",
        "indication",
        "label_use",
        "product",
        "lots",
        "dosing_weight_kg",
        "dose_g",
        "start",
        "active_infection",
        "rate_steps",
        "premedications",
        "vitals",
        "events",
    ),
    ("dosing_weight_basis", "end", "course_outcome", "notes", "recorded_by"),
)
LOT_KEYS = Keys(("lot",), ("expiry",))
RATE_STEP_KEYS = Keys(("at", "ml_per_h"))
PREMEDICATION_KEYS = Keys(("at", "drug", "class", "dose", "route"))
VITALS_KEYS = Keys(("at",), ("temp_c", "hr", "sbp", "dbp", "rr", "spo2"))
EVENT_KEYS = Keys(
    ("onset", "term", "grade", "ctcae_version", "serious", "action", "outcome"),
    ("check_offset_h", "notes", "seriousness"),
)
CHECK_KEYS = Keys(
    ("infusion_id", "offset_h", "done_at"),
    ("mode", "outcome", "symptoms", "notes", "done_by"),
)


def json_object(value: object, record: str, field: str, number: int) -> dict[str, object]:
    """Item `number` (1-based) of the list `field` of `record` must be a JSON object."""
    if not isinstance(value, dict):
        raise ValidationError(
            record, field, f"item {number} must be an object {{...}}, got {type_name(value)}"
        )
    return value


def json_list(record: str, field: str, value: object) -> list[object]:
    """The key `field` of `record` must hold a JSON list (it may be empty)."""
    if value is None:
        raise ValidationError(record, field, "missing; must be a list (it may be empty: [])")
    if not isinstance(value, list):
        raise ValidationError(record, field, f"must be a list [...], got {type_name(value)}")
    return value


def check_keys(record: str, obj: Collection[object], keys: Keys) -> None:
    """No key given twice, no unknown key (with a hint for a near miss), every required key."""
    allowed = keys.allowed
    if isinstance(obj, DuplicateKeys):
        raise ValidationError(
            record,
            _field_name(obj.duplicates[0], "key"),
            "appears twice in this record; give each key once (which value is meant?)",
        )
    for name in obj:
        if name not in allowed:
            hint = did_you_mean(name, allowed) if isinstance(name, str) else ""
            raise ValidationError(
                record,
                _field_name(name, "unknown key"),
                f"unknown key{hint}; allowed keys here are {', '.join(allowed)}",
            )
    for key in keys.required:
        if key not in obj:
            raise ValidationError(record, key, "missing; this key is required")


def _field_name(key: object, kind: str) -> str:
    """A key as the field of a message: itself when it shows plainly, else described."""
    if isinstance(key, str) and key.strip() and is_single_line(key) and is_storable_text(key):
        return key
    return f"{kind} {show(key)}"


def usable_identifier(value: object, max_length: int) -> bool:
    """Whether an identifier is valid enough to name its record in a message."""
    return (
        isinstance(value, str)
        and bool(value.strip())
        and value == value.strip()
        and is_storable_text(value)
        and hidden_character(value) is None
        and len(value) <= max_length
    )


def record_label(kind: str, value: object, number: int, max_length: int) -> str:
    """`patient K-0001` when the identifier is usable, else `patient #3` (its place in the file)."""
    return f"{kind} {value}" if usable_identifier(value, max_length) else f"{kind} #{number}"


def optional_text(record: str, field: str, value: object, max_length: int | None = None) -> str:
    """An optional text key: absent or null means empty."""
    if value is None:
        return ""
    return require_text(record, field, value, allow_empty=True, max_length=max_length)


def optional_number(record: str, field: str, value: object, limit: Limit) -> float | None:
    """An optional number within `limit`: absent or null means not measured."""
    return None if value is None else require_in_limit(record, field, value, limit)


def optional_whole(record: str, field: str, value: object, limit: Limit) -> int | None:
    """An optional whole number within `limit`: absent or null means not measured."""
    return None if value is None else require_whole_in_limit(record, field, value, limit)
