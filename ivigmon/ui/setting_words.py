"""Each threshold and timing in ward words: what it means, its unit, a short name, its source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ivigmon.domain.codes import FactorCode
from ivigmon.domain.numbers import fmt
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.ui.wording import FACTOR_WORDS, decimal, words

# What each setting means in ward words, its unit and where its default comes from.
RISK_WORDS: dict[str, tuple[str, str, str]] = {
    "long_gap_days": (
        QT_TRANSLATE_NOOP("setting_words", "Long gap: last IVIG ended more than"),
        QT_TRANSLATE_NOOP("setting_words", "days ago"),
        QT_TRANSLATE_NOOP("setting_words", "paper; labels (8 weeks)"),
    ),
    "fever_c": (
        QT_TRANSLATE_NOOP("setting_words", "Infection: temperature before the start at or above"),
        QT_TRANSLATE_NOOP("setting_words", "°C"),
        QT_TRANSLATE_NOOP("setting_words", "paper"),
    ),
    "advanced_age_years": (
        QT_TRANSLATE_NOOP("setting_words", "Advanced age: at or above"),
        QT_TRANSLATE_NOOP("setting_words", "years"),
        QT_TRANSLATE_NOOP("setting_words", "paper; boxed warning (over 65)"),
    ),
    "young_child_years": (
        QT_TRANSLATE_NOOP("setting_words", "Young child (fluid overload): under"),
        QT_TRANSLATE_NOOP("setting_words", "years"),
        QT_TRANSLATE_NOOP("setting_words", "paper"),
    ),
    "hemolysis_course_g_per_kg": (
        QT_TRANSLATE_NOOP(
            "setting_words", "Haemolysis risk: blood group A, B or AB and a course dose at or above"
        ),
        QT_TRANSLATE_NOOP("setting_words", "g/kg"),
        QT_TRANSLATE_NOOP("setting_words", "labels; literature"),
    ),
    "rate_tolerance_pct": (
        QT_TRANSLATE_NOOP("setting_words", "A rate is above a label limit when more than"),
        QT_TRANSLATE_NOOP("setting_words", "% over"),
        QT_TRANSLATE_NOOP("setting_words", "ivigmon rule (rounding margin)"),
    ),
    "max_pump_ml_per_h": (
        QT_TRANSLATE_NOOP("setting_words", "Ward ceiling: any product, a pump rate above"),
        QT_TRANSLATE_NOOP("setting_words", "mL/h"),
        QT_TRANSLATE_NOOP("setting_words", "RCH Melbourne IVIg guideline"),
    ),
    "obesity_percentile": (
        QT_TRANSLATE_NOOP("setting_words", "Obesity, age 2-19 y: BMI-for-age at or above the"),
        QT_TRANSLATE_NOOP("setting_words", "th percentile"),
        QT_TRANSLATE_NOOP("setting_words", "CDC growth charts"),
    ),
    "adult_obesity_bmi": (
        QT_TRANSLATE_NOOP("setting_words", "Obesity, age 20 y and over: BMI at or above"),
        QT_TRANSLATE_NOOP("setting_words", "kg/m²"),
        QT_TRANSLATE_NOOP("setting_words", "CDC"),
    ),
    "height_valid_months": (
        QT_TRANSLATE_NOOP("setting_words", "A child's height is too old for BMI after"),
        QT_TRANSLATE_NOOP("setting_words", "months"),
        QT_TRANSLATE_NOOP("setting_words", "ivigmon rule"),
    ),
    "course_window_h": (
        QT_TRANSLATE_NOOP("setting_words", "One course: infusions starting within"),
        QT_TRANSLATE_NOOP("setting_words", "h of the first"),
        QT_TRANSLATE_NOOP("setting_words", "ivigmon rule"),
    ),
    "high_min_factors": (
        QT_TRANSLATE_NOOP("setting_words", "Level HIGH with at least"),
        QT_TRANSLATE_NOOP("setting_words", "factors"),
        QT_TRANSLATE_NOOP("setting_words", "ivigmon level rule"),
    ),
    "high_codes": (
        QT_TRANSLATE_NOOP("setting_words", "Level HIGH with any one of"),
        "",
        QT_TRANSLATE_NOOP("setting_words", "ivigmon level rule"),
    ),
}
CHECK_WORDS: dict[str, tuple[str, str, str]] = {
    "offsets_h": (
        QT_TRANSLATE_NOOP("setting_words", "Follow-up checks after the end of an infusion at"),
        QT_TRANSLATE_NOOP("setting_words", "h"),
        QT_TRANSLATE_NOOP("setting_words", "ward protocol"),
    ),
    "lead_h": (
        QT_TRANSLATE_NOOP("setting_words", "A check is due from this long before its time"),
        QT_TRANSLATE_NOOP("setting_words", "h"),
        QT_TRANSLATE_NOOP("setting_words", "ward protocol"),
    ),
    "grace_h": (
        QT_TRANSLATE_NOOP("setting_words", "A check is overdue this long after its time"),
        QT_TRANSLATE_NOOP("setting_words", "h"),
        QT_TRANSLATE_NOOP("setting_words", "ward protocol"),
    ),
}


def setting_words(text: str) -> str:
    """A meaning, unit or source of the tables here, in the language of the screens."""
    return QCoreApplication.translate("setting_words", text) if text else ""


def field_label(name: str) -> str:
    """The short name of a setting (FIELD_LABELS), translated."""
    return setting_words(FIELD_LABELS[name])


def setting_text(value: object, unit: str) -> str:
    """`56 days`, `95th percentile`, `24, 48, 72 h`, factor names in words (translated)."""
    if isinstance(value, frozenset):
        text = ", ".join(sorted(words(FACTOR_WORDS[FactorCode(v)]) for v in value))
    elif isinstance(value, tuple):
        text = ", ".join(decimal(fmt(float(v))) for v in value)
    elif isinstance(value, int | float):
        text = decimal(fmt(float(value)))
    else:
        text = str(value)
    if unit.startswith("th "):
        return f"{text}{setting_words(unit)}"
    return f"{text} {setting_words(unit)}".strip()


# Short names for messages: "Long gap (days): must be between 1 and 3650".
FIELD_LABELS: dict[str, str] = {
    "long_gap_days": QT_TRANSLATE_NOOP("setting_words", "Long gap (days)"),
    "fever_c": QT_TRANSLATE_NOOP("setting_words", "Fever (°C)"),
    "advanced_age_years": QT_TRANSLATE_NOOP("setting_words", "Advanced age (years)"),
    "young_child_years": QT_TRANSLATE_NOOP("setting_words", "Young child (years)"),
    "hemolysis_course_g_per_kg": QT_TRANSLATE_NOOP(
        "setting_words", "Haemolysis course dose (g/kg)"
    ),
    "rate_tolerance_pct": QT_TRANSLATE_NOOP("setting_words", "Rate tolerance (%)"),
    "max_pump_ml_per_h": QT_TRANSLATE_NOOP("setting_words", "Ward ceiling (mL/h)"),
    "obesity_percentile": QT_TRANSLATE_NOOP("setting_words", "Obesity percentile"),
    "adult_obesity_bmi": QT_TRANSLATE_NOOP("setting_words", "Adult obesity BMI (kg/m²)"),
    "height_valid_months": QT_TRANSLATE_NOOP("setting_words", "Height valid for (months)"),
    "course_window_h": QT_TRANSLATE_NOOP("setting_words", "Course window (h)"),
    "high_min_factors": QT_TRANSLATE_NOOP("setting_words", "Factors for HIGH"),
    "high_codes": QT_TRANSLATE_NOOP("setting_words", "Factors HIGH on their own"),
    "offsets_h": QT_TRANSLATE_NOOP("setting_words", "Check times (h)"),
    "lead_h": QT_TRANSLATE_NOOP("setting_words", "Due from (h before)"),
    "grace_h": QT_TRANSLATE_NOOP("setting_words", "Overdue after (h)"),
    "lock_minutes": QT_TRANSLATE_NOOP("setting_words", "Lock after (minutes)"),
    "max_failed_sign_ins": QT_TRANSLATE_NOOP(
        "setting_words", "Failed sign-ins before an account locks"
    ),
    "backup_keep_days": QT_TRANSLATE_NOOP("setting_words", "Keep backups (days)"),
    "notes_max_chars": QT_TRANSLATE_NOOP("setting_words", "Longest note (characters)"),
    "weight_max_age_days": QT_TRANSLATE_NOOP(
        "setting_words", "Oldest weight to dose a child by (days)"
    ),
    "import_max_mb": QT_TRANSLATE_NOOP("setting_words", "Largest file to import (MB)"),
    "max_running_h": QT_TRANSLATE_NOOP("setting_words", "Unended infusion alert after (h)"),
    "protocol_vital_signs": QT_TRANSLATE_NOOP(
        "setting_words", "Ward protocol for vital-sign alerts"
    ),
    "protocol_red_flag": QT_TRANSLATE_NOOP("setting_words", "Ward protocol for red-flag symptoms"),
    "protocol_unended": QT_TRANSLATE_NOOP(
        "setting_words", "Ward protocol for an infusion left running"
    ),
}
