"""Workstation safety settings: the screen lock, who was signed in, and backup keeping."""

from __future__ import annotations

from ivigmon.domain.roles import ROLE_NAMES, Permission
from ivigmon.domain.validation import ValidationError
from ivigmon.services.context import Context
from ivigmon.storage.settings_store import load_settings, save_setting
from ivigmon.storage.users import get_user

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


def set_lock_minutes(ctx: Context, minutes: int) -> None:
    """Administrators only; stored with the other settings (and audited like them)."""
    ctx.require(Permission.CHANGE_SETTINGS)
    check_lock_minutes(minutes)
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        save_setting(conn, LOCK_KEY, minutes, stamp.at, stamp.by)


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


def save_workstation_settings(ctx: Context, *, lock_minutes: int, keep_days: int) -> None:
    """Both values checked first, then stored in one transaction (administrators only)."""
    ctx.require(Permission.CHANGE_SETTINGS)
    check_lock_minutes(lock_minutes)
    check_backup_keep_days(keep_days)
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        save_setting(conn, LOCK_KEY, lock_minutes, stamp.at, stamp.by)
        save_setting(conn, BACKUP_KEEP_KEY, keep_days, stamp.at, stamp.by)


def signed_in_text(ctx: Context) -> str:
    """`Anna Kowalska (anna, nurse)`: who the app acts as, for the lock screen."""
    with ctx.store.read() as conn:
        row = get_user(conn, ctx.user)
    details = ctx.user if ctx.role is None else f"{ctx.user}, {ROLE_NAMES[ctx.role]}"
    if row is None:
        return details
    return f"{row.display_name} ({details})"
