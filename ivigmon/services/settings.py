"""The ward's settings: risk thresholds, check timings, the screen and sign-in locks, backups."""

from __future__ import annotations

from dataclasses import replace

from ivigmon.domain.roles import Permission
from ivigmon.domain.settings import CheckSettings, RiskSettings
from ivigmon.domain.validation import ValidationError
from ivigmon.services.context import Context
from ivigmon.storage.settings_store import load_settings, save_rule_settings, save_setting


def change_settings(ctx: Context, risk: RiskSettings, checks: CheckSettings) -> None:
    """Validate both, then store every value in one transaction (administrators only)."""
    ctx.require(Permission.CHANGE_SETTINGS)
    validate_risk(risk)
    validate_checks(replace(checks, offsets_h=tuple(sorted(checks.offsets_h))))
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        save_rule_settings(conn, risk, checks, at=stamp.at, by=stamp.by)
    ctx.forget_cached()


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


LOCK_KEY = "security.lock_minutes"
# A bedside workstation is left in the middle of care; 10 minutes keeps a short interruption
# from locking the nurse out while a longer absence does not leave records open to passers-by.
DEFAULT_LOCK_MINUTES = 10
# A shift is 8 hours: a longer setting would be the same as never.
MAX_LOCK_MINUTES = 480


def lock_minutes(ctx: Context) -> int:
    """The stored setting; 0 means never. A missing or broken value reads as the default."""
    with ctx.store.read() as conn:
        value = load_settings(conn).get(LOCK_KEY)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_LOCK_MINUTES:
        return value
    return DEFAULT_LOCK_MINUTES


def check_lock_minutes(minutes: int) -> None:
    if not 0 <= minutes <= MAX_LOCK_MINUTES:
        raise ValidationError(
            "setting",
            "lock_minutes",
            f"must be between 0 (never) and {MAX_LOCK_MINUTES} minutes",
        )


BACKUP_KEEP_KEY = "backup.keep_days"
# A week of daily copies covers a long weekend plus the time to notice a problem.
DEFAULT_BACKUP_KEEP_DAYS = 7
MAX_BACKUP_KEEP_DAYS = 365


def backup_keep_days(ctx: Context) -> int:
    """How many days automatic backups are kept; a missing or broken value reads as 7."""
    with ctx.store.read() as conn:
        value = load_settings(conn).get(BACKUP_KEEP_KEY)
    if isinstance(value, bool) or not isinstance(value, int):
        return DEFAULT_BACKUP_KEEP_DAYS
    return value if 1 <= value <= MAX_BACKUP_KEEP_DAYS else DEFAULT_BACKUP_KEEP_DAYS


def check_backup_keep_days(days: int) -> None:
    if not 1 <= days <= MAX_BACKUP_KEEP_DAYS:
        raise ValidationError(
            "setting", "backup_keep_days", f"must be between 1 and {MAX_BACKUP_KEEP_DAYS} days"
        )


FAILED_SIGN_IN_LIMIT_KEY = "security.max_failed_sign_ins"
# Five tries leave a nurse room to mistype in a hurry (the wait after each failure already
# slows guessing down); then the account locks until an administrator unlocks it.
DEFAULT_FAILED_SIGN_IN_LIMIT = 5
# Fewer than 3 locks people out for ordinary typing slips; more than 20 is no lock at all.
MIN_FAILED_SIGN_IN_LIMIT = 3
MAX_FAILED_SIGN_IN_LIMIT = 20


def failed_sign_in_limit(ctx: Context) -> int:
    """Failed sign-ins in a row that lock an account; a missing or broken value reads as 5."""
    with ctx.store.read() as conn:
        value = load_settings(conn).get(FAILED_SIGN_IN_LIMIT_KEY)
    if isinstance(value, bool) or not isinstance(value, int):
        return DEFAULT_FAILED_SIGN_IN_LIMIT
    if MIN_FAILED_SIGN_IN_LIMIT <= value <= MAX_FAILED_SIGN_IN_LIMIT:
        return value
    return DEFAULT_FAILED_SIGN_IN_LIMIT


def check_failed_sign_in_limit(count: int) -> None:
    if not MIN_FAILED_SIGN_IN_LIMIT <= count <= MAX_FAILED_SIGN_IN_LIMIT:
        raise ValidationError(
            "setting",
            "max_failed_sign_ins",
            f"must be between {MIN_FAILED_SIGN_IN_LIMIT} and {MAX_FAILED_SIGN_IN_LIMIT}"
            " failed sign-ins",
        )


def save_workstation_settings(
    ctx: Context, *, lock_minutes: int, keep_days: int, max_failed_sign_ins: int | None = None
) -> None:
    """Every value checked first, then stored in one transaction (administrators only);
    `max_failed_sign_ins` None leaves the stored limit as it is."""
    ctx.require(Permission.CHANGE_SETTINGS)
    check_lock_minutes(lock_minutes)
    check_backup_keep_days(keep_days)
    if max_failed_sign_ins is not None:
        check_failed_sign_in_limit(max_failed_sign_ins)
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        save_setting(conn, LOCK_KEY, lock_minutes, stamp.at, stamp.by)
        save_setting(conn, BACKUP_KEEP_KEY, keep_days, stamp.at, stamp.by)
        if max_failed_sign_ins is not None:
            save_setting(conn, FAILED_SIGN_IN_LIMIT_KEY, max_failed_sign_ins, stamp.at, stamp.by)
