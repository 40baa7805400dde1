"""Reading and changing the risk thresholds and check timings stored in the database."""

from __future__ import annotations

from dataclasses import asdict, fields, replace
from typing import Any

from ivigmon.domain.codes import FactorCode
from ivigmon.domain.settings import CheckSettings, RiskSettings
from ivigmon.domain.validation import ValidationError
from ivigmon.storage.database import Store
from ivigmon.storage.settings_store import load_settings, save_setting

RISK_PREFIX = "risk."
CHECK_PREFIX = "checks."


def load(store: Store) -> tuple[RiskSettings, CheckSettings]:
    """Stored values over the defaults; an unknown or broken stored key is ignored."""
    with store.read() as conn:
        stored = load_settings(conn)
    risk = RiskSettings()
    checks = CheckSettings()
    for f in fields(RiskSettings):
        key = RISK_PREFIX + f.name
        if key in stored:
            risk = replace(risk, **{f.name: _decode(f.name, stored[key])})
    for f in fields(CheckSettings):
        key = CHECK_PREFIX + f.name
        if key in stored:
            checks = replace(checks, **{f.name: _decode(f.name, stored[key])})
    return risk, checks


def _decode(name: str, value: Any) -> Any:
    if name == "high_codes":
        return frozenset(FactorCode(v) for v in value)
    if name == "offsets_h":
        return tuple(int(v) for v in value)
    return value


def _encode(value: Any) -> Any:
    if isinstance(value, frozenset | set):
        return sorted(str(v) for v in value)
    if isinstance(value, tuple):
        return list(value)
    return value


def validate_risk(settings: RiskSettings) -> None:
    record = "setting"
    checks: list[tuple[str, float, float, float]] = [
        ("long_gap_days", settings.long_gap_days, 1, 3650),
        ("fever_c", settings.fever_c, 36.0, 42.0),
        ("advanced_age_years", settings.advanced_age_years, 1, 120),
        ("young_child_years", settings.young_child_years, 0, 18),
        ("hemolysis_course_g_per_kg", settings.hemolysis_course_g_per_kg, 0.1, 10),
        ("rate_tolerance_pct", settings.rate_tolerance_pct, 0, 50),
        ("obesity_percentile", settings.obesity_percentile, 50, 99.99),
        ("adult_obesity_bmi", settings.adult_obesity_bmi, 15, 60),
        ("height_valid_months", settings.height_valid_months, 1, 60),
        ("course_window_h", settings.course_window_h, 1, 720),
        ("high_min_factors", settings.high_min_factors, 1, 15),
    ]
    for name, value, low, high in checks:
        if not low <= value <= high:
            raise ValidationError(record, name, f"must be between {low:g} and {high:g}")


def validate_checks(settings: CheckSettings) -> None:
    if not settings.offsets_h:
        raise ValidationError("setting", "offsets_h", "at least one check time is needed")
    if any(o <= 0 or o > 24 * 30 for o in settings.offsets_h):
        raise ValidationError("setting", "offsets_h", "each offset must be 1 to 720 hours")
    if len(set(settings.offsets_h)) != len(settings.offsets_h):
        raise ValidationError("setting", "offsets_h", "offsets must differ")
    if not 0 <= settings.lead_h <= 48:
        raise ValidationError("setting", "lead_h", "must be between 0 and 48 hours")
    if not 0 <= settings.grace_h <= 72:
        raise ValidationError("setting", "grace_h", "must be between 0 and 72 hours")


def save(store: Store, risk: RiskSettings, checks: CheckSettings, *, at: str, by: str) -> None:
    """Validate both, then store every value in one transaction."""
    validate_risk(risk)
    validate_checks(replace(checks, offsets_h=tuple(sorted(checks.offsets_h))))
    with store.write() as conn:
        for key, value in asdict(risk).items():
            save_setting(conn, RISK_PREFIX + key, _encode(value), at, by)
        for key, value in asdict(checks).items():
            save_setting(conn, CHECK_PREFIX + key, _encode(value), at, by)
