"""Amendments: wrong entries are marked entered-in-error with a reason, never deleted."""

from __future__ import annotations

from enum import StrEnum

from ivigmon.domain.roles import Permission
from ivigmon.domain.validation import ValidationError, require_identifier, require_text
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.services.state.screen_state import refresh_patients
from ivigmon.storage import amend as rows
from ivigmon.storage.checks import load_checks
from ivigmon.storage.checks import reopen_check as reopen_check_row


class EntryKind(StrEnum):
    """What can be marked entered-in-error, named as the ward names it."""

    PATIENT = "patients"
    MEASUREMENT = "measurements"
    INFUSION = "infusions"
    RATE_STEP = "rate_steps"
    PREMEDICATION = "premedications"
    VITAL_SIGNS = "vitals"
    ADVERSE_EVENT = "adverse_events"


_PERMISSION: dict[EntryKind, Permission] = {
    EntryKind.PATIENT: Permission.RECORD_PATIENTS,
    EntryKind.MEASUREMENT: Permission.RECORD_PATIENTS,
    EntryKind.INFUSION: Permission.RECORD_INFUSIONS,
    EntryKind.RATE_STEP: Permission.RECORD_INFUSIONS,
    EntryKind.PREMEDICATION: Permission.RECORD_INFUSIONS,
    EntryKind.VITAL_SIGNS: Permission.RECORD_INFUSIONS,
    EntryKind.ADVERSE_EVENT: Permission.RECORD_INFUSIONS,
}


def _reason(record: str, reason: str) -> str:
    text = require_text(record, "reason", reason, max_length=500)
    if len(text.strip()) < 3:
        raise ValidationError(record, "reason", "say why the entry is wrong")
    return text.strip()


def mark_entered_in_error(ctx: Context, kind: EntryKind, key: str, reason: str) -> None:
    """Keep the entry, with who marked it, when and why; every view then leaves it out."""
    ctx.require(_PERMISSION[kind])
    require_identifier(f"{kind.value} entry", "id", key, max_length=64)
    record = f"{kind.value} {key}"
    why = _reason(record, reason)
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        if rows.mark_in_error(conn, kind.value, key, at=stamp.at, by=stamp.by, reason=why) == 0:
            raise UnknownRecord(record, "id", "no such entry, or it is already marked in error")
        owner = rows.patient_of_entry(conn, kind.value, key)
        if owner is not None:
            refresh_patients(ctx, conn, [owner])


def reopen_check(ctx: Context, infusion_id: str, offset_h: int, reason: str) -> None:
    """A check recorded in error is open again; what was recorded stays in its history."""
    ctx.require(Permission.RECORD_CHECKS)
    record = f"check {infusion_id} +{offset_h} h"
    why = _reason(record, reason)
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        found = [
            c
            for c in load_checks(conn, [infusion_id]).get(infusion_id, [])
            if c.offset_h == offset_h
        ]
        if not found or found[0].id is None or not found[0].is_done:
            raise UnknownRecord(record, "offset_h", "no recorded check to reopen")
        reopen_check_row(conn, found[0].id, at=stamp.at, by=stamp.by, reason=why)
        owner = rows.patient_of_entry(conn, "infusions", infusion_id)
        if owner is not None:
            refresh_patients(ctx, conn, [owner])
