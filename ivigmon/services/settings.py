"""The ward's settings: risk thresholds, check timings, the screen and sign-in locks, backups,
notes, imports, and the alerts (how long an infusion may run, the ward's protocol texts)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from ivigmon.domain.alert_protocols import clean_protocol
from ivigmon.domain.codes import AlertKind
from ivigmon.domain.roles import Permission
from ivigmon.domain.settings import (
    MAX_PUMP_ML_PER_H_RANGE,
    MAX_RUNNING_H_RANGE,
    AlertSettings,
    CheckSettings,
    RiskSettings,
)
from ivigmon.domain.validation import NOTES_MAX, ValidationError
from ivigmon.services.context import Context
from ivigmon.services.state.screen_state import rules_changed
from ivigmon.storage.settings_store import (
    MAX_RUNNING_H_KEY,
    PROTOCOL_PREFIX,
    load_settings,
    save_rule_settings,
    save_setting,
)


def change_settings(ctx: Context, risk: RiskSettings, checks: CheckSettings) -> None:
    """Validate both, then store every value in one transaction (administrators only)."""
    ctx.require(Permission.CHANGE_SETTINGS)
    validate_risk(risk)
    validate_checks(replace(checks, offsets_h=tuple(sorted(checks.offsets_h))))
    stamp = ctx.stamp()
    try:
        with ctx.store.write() as conn:
            save_rule_settings(conn, risk, checks, at=stamp.at, by=stamp.by)
            ctx.forget_cached()  # the assessments below use the new values
            # Every assessment may change: the ones the screens show now are made again here.
            rules_changed(ctx, conn)
    finally:
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
        ("max_pump_ml_per_h", settings.max_pump_ml_per_h, *MAX_PUMP_ML_PER_H_RANGE),
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


@dataclass(frozen=True)
class WardNumber:
    """A whole-number setting of the ward: its key, default, allowed range and words."""

    key: str
    field: str
    default: int
    low: int
    high: int
    words: str

    def read(self, ctx: Context) -> int:
        """The stored value; a missing or broken one reads as the default."""
        with ctx.store.read() as conn:
            return self.in_use(load_settings(conn).get(self.key))

    def in_use(self, stored: object) -> int:
        """What a stored value means: a missing or broken one is the default."""
        if (
            isinstance(stored, int)
            and not isinstance(stored, bool)
            and self.low <= stored <= self.high
        ):
            return stored
        return self.default

    def check(self, value: int) -> None:
        if not self.low <= value <= self.high:
            raise ValidationError(
                "setting", self.field, f"must be between {self.low} and {self.high} {self.words}"
            )


# A bedside workstation is left in the middle of care; 10 minutes keeps a short interruption
# from locking the nurse out while a longer absence does not leave records open to passers-by.
# A shift is 8 hours: a longer setting would be the same as never.
LOCK_MINUTES = WardNumber(
    "security.lock_minutes", "lock_minutes", 10, 0, 480, "minutes (0 = never)"
)
# A week of daily copies covers a long weekend plus the time to notice a problem.
BACKUP_KEEP_DAYS = WardNumber("backup.keep_days", "backup_keep_days", 7, 1, 365, "days")
# A note is a few sentences; 10,000 characters is about four pages. Far longer text is a paste
# gone wrong, and it would slow every screen that shows the record.
NOTES_MAX_CHARS = WardNumber(
    "records.notes_max_chars", "notes_max_chars", NOTES_MAX, 500, 100_000, "characters"
)
DEFAULT_LOCK_MINUTES = LOCK_MINUTES.default
DEFAULT_BACKUP_KEEP_DAYS = BACKUP_KEEP_DAYS.default


def lock_minutes(ctx: Context) -> int:
    """Minutes without use before the screen locks; 0 means never."""
    return LOCK_MINUTES.read(ctx)


def backup_keep_days(ctx: Context) -> int:
    """How many days automatic backups are kept."""
    return BACKUP_KEEP_DAYS.read(ctx)


def notes_max_chars(ctx: Context) -> int:
    """The longest free-text note a record may hold."""
    return NOTES_MAX_CHARS.read(ctx)


# Five tries leave a nurse room to mistype in a hurry (the wait after each failure already
# slows guessing down); then the account locks until an administrator unlocks it. Fewer than 3
# locks people out for ordinary typing slips; more than 20 is no lock at all.
FAILED_SIGN_INS = WardNumber(
    "security.max_failed_sign_ins", "max_failed_sign_ins", 5, 3, 20, "failed sign-ins"
)
DEFAULT_FAILED_SIGN_IN_LIMIT = FAILED_SIGN_INS.default
MIN_FAILED_SIGN_IN_LIMIT = FAILED_SIGN_INS.low
MAX_FAILED_SIGN_IN_LIMIT = FAILED_SIGN_INS.high


def failed_sign_in_limit(ctx: Context) -> int:
    """Failed sign-ins in a row that lock an account."""
    return FAILED_SIGN_INS.read(ctx)


# A weight-based dose needs today's weight: a child is weighed on admission (ISMP Targeted
# Medication Safety Best Practices for Hospitals, weigh every patient in kg). An ill child's
# weight can change by the 20 % that the dosing-weight flag allows within weeks, so a month is
# the default; a year is the most any ward could defend, and a day the least it can keep up with.
WEIGHT_MAX_AGE_DAYS = WardNumber(
    "records.weight_max_age_days", "weight_max_age_days", 30, 1, 365, "days"
)


def weight_max_age_days(ctx: Context) -> int:
    """A child's weight older than this many days is not offered as the dosing weight."""
    return WEIGHT_MAX_AGE_DAYS.read(ctx)


def save_workstation_settings(
    ctx: Context,
    *,
    lock_minutes: int,
    keep_days: int,
    notes_max: int | None = None,
    max_failed_sign_ins: int | None = None,
    weight_max_age: int | None = None,
    import_max_mb: int | None = None,
) -> None:
    """Every value checked first, then stored in one transaction (administrators only); a
    value given as None leaves the stored one as it is."""
    ctx.require(Permission.CHANGE_SETTINGS)
    values = [(LOCK_MINUTES, lock_minutes), (BACKUP_KEEP_DAYS, keep_days)]
    if notes_max is not None:
        values.append((NOTES_MAX_CHARS, notes_max))
    if max_failed_sign_ins is not None:
        values.append((FAILED_SIGN_INS, max_failed_sign_ins))
    if weight_max_age is not None:
        values.append((WEIGHT_MAX_AGE_DAYS, weight_max_age))
    if import_max_mb is not None:
        values.append((IMPORT_MAX_MB, import_max_mb))
    for setting, value in values:
        setting.check(value)
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        for setting, value in values:
            save_setting(conn, setting.key, value, stamp.at, stamp.by)


# The largest file `import` reads, in megabytes (1 MB = 1,000,000 bytes). The file is read item
# by item (memory stays bounded) into a scratch copy beside the database of about its size: the
# limit guards that disk. An export of a busy ward over years is tens of megabytes, well within
# the default; a national service of a million infusions (about 2 GB) is the exception an
# administrator allows by raising the setting for that import, up to the range's top.
IMPORT_MAX_MB = WardNumber("import.max_mb", "import_max_mb", 200, 1, 100_000, "MB")
IMPORT_MAX_MB_KEY = IMPORT_MAX_MB.key
DEFAULT_IMPORT_MAX_MB = IMPORT_MAX_MB.default


def import_max_mb(ctx: Context) -> int:
    """The import size limit in MB."""
    return IMPORT_MAX_MB.read(ctx)


def save_import_max_mb(ctx: Context, megabytes: int) -> None:
    """Checked, then stored (administrators only)."""
    ctx.require(Permission.CHANGE_SETTINGS)
    IMPORT_MAX_MB.check(megabytes)
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        save_setting(conn, IMPORT_MAX_MB.key, megabytes, stamp.at, stamp.by)


# SPEC 10.2: an infusion running longer than this is an `unended` alert (a forgotten end). The
# range and its reasons are the domain's (MAX_RUNNING_H_RANGE); the default is 24 h.
MAX_RUNNING_H = WardNumber(
    MAX_RUNNING_H_KEY,
    "max_running_h",
    int(AlertSettings().max_running_h),
    *MAX_RUNNING_H_RANGE,
    "hours",
)


def max_running_h(ctx: Context) -> int:
    """Hours after its start when a still-running infusion becomes an alert."""
    return MAX_RUNNING_H.read(ctx)


def save_max_running_h(ctx: Context, hours: int) -> None:
    """Checked, then stored with the alerts it changes, in one transaction (administrators)."""
    save_alert_settings(ctx, max_running_h=hours, protocols={})


def alert_protocols(ctx: Context) -> dict[AlertKind, str]:
    """The ward's protocol text for each alert kind, "" where none was entered (a stored text
    that is no longer acceptable reads as none entered, never as something half shown)."""
    with ctx.store.read() as conn:
        stored = load_settings(conn)
    texts: dict[AlertKind, str] = {}
    for kind in AlertKind:
        value = stored.get(PROTOCOL_PREFIX + kind.value)
        try:
            texts[kind] = clean_protocol(kind, value) if isinstance(value, str) else ""
        except ValidationError:
            texts[kind] = ""
    return texts


def save_alert_settings(
    ctx: Context, *, max_running_h: int, protocols: Mapping[AlertKind, str]
) -> None:
    """Every value checked first (a bad one named by its field, nothing stored), then the
    changed ones stored and audited in one transaction (administrators only); the alerts are
    made again when the running limit changed."""
    ctx.require(Permission.CHANGE_SETTINGS)
    MAX_RUNNING_H.check(max_running_h)
    texts = {kind: clean_protocol(kind, text) for kind, text in protocols.items()}
    stamp = ctx.stamp()
    try:
        with ctx.store.write() as conn:
            stored = load_settings(conn)
            for kind, text in texts.items():
                key = PROTOCOL_PREFIX + kind.value
                if stored.get(key, "") != text:
                    save_setting(conn, key, text, stamp.at, stamp.by)
            if MAX_RUNNING_H.in_use(stored.get(MAX_RUNNING_H.key)) != max_running_h:
                save_setting(conn, MAX_RUNNING_H.key, max_running_h, stamp.at, stamp.by)
                ctx.forget_cached()  # the running infusions' alerts below use the new value
                rules_changed(ctx, conn)
    finally:
        ctx.forget_cached()
