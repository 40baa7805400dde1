"""Each threshold and timing in ward words: what it means, its unit, a short name, its source."""

from __future__ import annotations

from ivigmon.domain.codes import FactorCode
from ivigmon.domain.numbers import fmt
from ivigmon.ui.wording import FACTOR_WORDS

# What each setting means in ward words, its unit and where its default comes from.
RISK_WORDS: dict[str, tuple[str, str, str]] = {
    "long_gap_days": ("Long gap: last IVIG ended more than", "days ago", "paper; labels (8 weeks)"),
    "fever_c": ("Infection: temperature before the start at or above", "°C", "paper"),
    "advanced_age_years": ("Advanced age: at or above", "years", "paper; boxed warning (over 65)"),
    "young_child_years": ("Young child (fluid overload): under", "years", "paper"),
    "hemolysis_course_g_per_kg": (
        "Haemolysis risk: blood group A, B or AB and a course dose at or above",
        "g/kg",
        "labels; literature",
    ),
    "rate_tolerance_pct": (
        "A rate is above a label limit when more than",
        "% over",
        "ivigmon rule (rounding margin)",
    ),
    "max_pump_ml_per_h": (
        "Ward ceiling: any product, a pump rate above",
        "mL/h",
        "RCH Melbourne IVIg guideline",
    ),
    "obesity_percentile": (
        "Obesity, age 2-19 y: BMI-for-age at or above the",
        "th percentile",
        "CDC growth charts",
    ),
    "adult_obesity_bmi": ("Obesity, age 20 y and over: BMI at or above", "kg/m²", "CDC"),
    "height_valid_months": ("A child's height is too old for BMI after", "months", "ivigmon rule"),
    "course_window_h": ("One course: infusions starting within", "h of the first", "ivigmon rule"),
    "high_min_factors": ("Level HIGH with at least", "factors", "ivigmon level rule"),
    "high_codes": ("Level HIGH with any one of", "", "ivigmon level rule"),
}
CHECK_WORDS: dict[str, tuple[str, str, str]] = {
    "offsets_h": ("Follow-up checks after the end of an infusion at", "h", "ward protocol"),
    "lead_h": ("A check is due from this long before its time", "h", "ward protocol"),
    "grace_h": ("A check is overdue this long after its time", "h", "ward protocol"),
}


def setting_text(value: object, unit: str) -> str:
    """`56 days`, `95th percentile`, `24, 48, 72 h`, factor names in words."""
    if isinstance(value, frozenset):
        text = ", ".join(sorted(FACTOR_WORDS[FactorCode(v)] for v in value))
    elif isinstance(value, tuple):
        text = ", ".join(fmt(float(v)) for v in value)
    elif isinstance(value, int | float):
        text = fmt(float(value))
    else:
        text = str(value)
    if unit.startswith("th "):
        return f"{text}{unit}"
    return f"{text} {unit}".strip()


# Short names for messages: "Long gap (days): must be between 1 and 3650".
FIELD_LABELS: dict[str, str] = {
    "long_gap_days": "Long gap (days)",
    "fever_c": "Fever (°C)",
    "advanced_age_years": "Advanced age (years)",
    "young_child_years": "Young child (years)",
    "hemolysis_course_g_per_kg": "Haemolysis course dose (g/kg)",
    "rate_tolerance_pct": "Rate tolerance (%)",
    "max_pump_ml_per_h": "Ward ceiling (mL/h)",
    "obesity_percentile": "Obesity percentile",
    "adult_obesity_bmi": "Adult obesity BMI (kg/m²)",
    "height_valid_months": "Height valid for (months)",
    "course_window_h": "Course window (h)",
    "high_min_factors": "Factors for HIGH",
    "high_codes": "Factors HIGH on their own",
    "offsets_h": "Check times (h)",
    "lead_h": "Due from (h before)",
    "grace_h": "Overdue after (h)",
    "lock_minutes": "Lock after (minutes)",
    "max_failed_sign_ins": "Failed sign-ins before an account locks",
    "backup_keep_days": "Keep backups (days)",
    "notes_max_chars": "Longest note (characters)",
    "weight_max_age_days": "Oldest weight to dose a child by (days)",
    "import_max_mb": "Largest file to import (MB)",
    "max_running_h": "Unended infusion alert after (h)",
    "protocol_vital_signs": "Ward protocol for vital-sign alerts",
    "protocol_red_flag": "Ward protocol for red-flag symptoms",
    "protocol_unended": "Ward protocol for an infusion left running",
}
