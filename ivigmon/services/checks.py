"""Recording a follow-up check; reported symptoms become graded adverse events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ivigmon.domain.codes import CheckMode, CheckOutcome, EventAction, EventOutcome, Seriousness
from ivigmon.domain.models import AdverseEvent, Check
from ivigmon.domain.record_validation import validate_check, validate_event
from ivigmon.domain.roles import Permission
from ivigmon.domain.timefmt import to_display
from ivigmon.domain.validation import (
    INFUSION_ID_MAX,
    ValidationError,
    check_record,
    require_identifier,
    require_int,
    require_not_future,
)
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.services.settings import notes_max_chars
from ivigmon.services.state.screen_state import refresh_patients
from ivigmon.storage import checks as rows
from ivigmon.storage.infusions import insert_events, load_infusions


@dataclass(frozen=True)
class ReportedSymptom:
    """A symptom reported at a check, with its CTCAE grade."""

    term: str
    grade: int
    serious: bool = False
    action: EventAction = EventAction.NONE
    outcome: EventOutcome = EventOutcome.ONGOING
    seriousness: tuple[Seriousness, ...] = ()
    onset: datetime | None = None  # None: when the check was done


def record_check(
    ctx: Context,
    infusion_id: str,
    offset_h: int,
    *,
    done_at: datetime,
    mode: CheckMode,
    outcome: CheckOutcome,
    symptoms: Sequence[ReportedSymptom] = (),
    notes: str = "",
) -> Check:
    """Complete an open check and store each symptom as an adverse event, in one transaction."""
    ctx.require(Permission.RECORD_CHECKS)
    record = check_record(infusion_id, offset_h)
    require_identifier(record, "infusion_id", infusion_id, max_length=INFUSION_ID_MAX)
    for symptom in symptoms:
        require_int(record, "grade", symptom.grade, minimum=1, maximum=5)
    with ctx.store.write() as conn:
        loaded = load_infusions(conn, infusion_ids=[infusion_id])
        found = [(pid, i) for pid, items in loaded.items() for i in items]
        if not found:
            raise UnknownRecord(record, "infusion_id", f"no infusion {infusion_id!r}")
        patient_id, infusion = found[0]
        existing = {
            c.offset_h: c for c in rows.load_checks(conn, [infusion_id]).get(infusion_id, [])
        }
        if offset_h not in existing:
            raise UnknownRecord(record, "offset_h", "no such check is scheduled")
        if existing[offset_h].is_done:
            raise ValidationError(record, "done_at", "this check is already recorded")
        check = Check(
            infusion_id=infusion_id,
            offset_h=offset_h,
            due_at=existing[offset_h].due_at,
            done_at=done_at,
            done_by=ctx.user,
            mode=mode,
            outcome=outcome,
            symptoms=tuple(s.term for s in symptoms),
            notes=notes,
        )
        require_not_future(record, "done_at", done_at, now=ctx.now())
        notes_max = notes_max_chars(ctx)
        validate_check(check, infusion, check_offsets=set(existing), notes_max=notes_max)
        for number, symptom in enumerate(symptoms, start=1):
            if symptom.onset is not None and symptom.onset > done_at:
                raise ValidationError(
                    f"{record} symptom {number}",
                    "onset",
                    f"{to_display(symptom.onset)} is after the check ({to_display(done_at)});"
                    " a symptom reported at a check began before it",
                )
        events = [
            AdverseEvent(
                onset=s.onset or done_at,
                term=s.term,
                grade=s.grade,
                serious=s.serious,
                action=s.action,
                outcome=s.outcome,
                check_offset_h=offset_h,
                seriousness=s.seriousness,
            )
            for s in symptoms
        ]
        for event in events:
            validate_event(f"{record} symptom", event, infusion, notes_max=notes_max)
        rows.complete_check(conn, check)
        insert_events(conn, [(patient_id, infusion_id, e) for e in events], ctx.stamp())
        refresh_patients(ctx, conn, [patient_id], from_start=infusion.start)
    return check
