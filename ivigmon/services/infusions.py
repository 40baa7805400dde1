"""The bedside flow: start an infusion, record each step, vital sign and reaction, end it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from ivigmon.domain.codes import CourseOutcome
from ivigmon.domain.followup import schedule_checks
from ivigmon.domain.models import (
    AdverseEvent,
    Check,
    Infusion,
    Premedication,
    RateStep,
    VitalSigns,
)
from ivigmon.domain.record_validation import (
    validate_event,
    validate_infusion,
    validate_premedication,
    validate_rate_step,
    validate_vital_signs,
)
from ivigmon.domain.roles import Permission
from ivigmon.domain.timefmt import to_stored
from ivigmon.domain.validation import (
    INFUSION_ID_MAX,
    Flag,
    ValidationError,
    infusion_record,
    require_identifier,
    require_mrn,
    require_not_future,
)
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.services.settings import notes_max_chars
from ivigmon.services.state.screen_state import refresh_patients
from ivigmon.storage import checks as check_rows
from ivigmon.storage import infusions as rows
from ivigmon.storage.patients import load_patients, patient_id_for


def start_infusion(ctx: Context, infusion: Infusion) -> tuple[Infusion, tuple[Flag, ...]]:
    """Store a new (running or already ended) infusion; a new id is given when it has none."""
    ctx.require(Permission.RECORD_INFUSIONS)
    require_mrn("infusion", "mrn", infusion.mrn)
    if infusion.id:
        require_identifier("infusion", "id", infusion.id, max_length=INFUSION_ID_MAX)
    with ctx.store.write() as conn:
        patient_id = patient_id_for(conn, infusion.mrn)
        if patient_id is None:
            raise UnknownRecord("infusion", "mrn", f"no patient with MRN {infusion.mrn!r}")
        patient = load_patients(conn, [patient_id])[patient_id]
        if not infusion.id:
            infusion = replace(infusion, id=rows.next_infusion_id(conn))
        elif rows.existing_infusion_ids(conn, [infusion.id]):
            raise ValidationError(infusion_record(infusion.id), "id", "already exists")
        infusion = replace(infusion, recorded_by=ctx.user)
        record = infusion_record(infusion.id)
        require_not_future(record, "start", infusion.start, now=ctx.now())
        if infusion.end is not None:
            require_not_future(record, "end", infusion.end, now=ctx.now())
        product = ctx.products().get(infusion.product_id)
        if product is not None and product.is_retired:
            raise ValidationError(
                record, "product_id", f"{product.name} is retired: choose a product in use"
            )
        flags = validate_infusion(
            infusion,
            product_ids=ctx.products().keys(),
            patient=patient,
            notes_max=notes_max_chars(ctx),
        )
        stamp = ctx.stamp()
        rows.insert_infusion(conn, patient_id, infusion, stamp)
        if infusion.end is not None:
            check_rows.insert_checks(
                conn, schedule_checks(infusion.id, infusion.end, ctx.check_settings()), stamp
            )
        # Its risk, and the earlier checks it supersedes, as the worklist will read them.
        refresh_patients(ctx, conn, [patient_id], from_start=infusion.start)
    return infusion, flags


def _change(
    ctx: Context,
    infusion_id: str,
    action: Callable[[Any, Infusion, int], None],
) -> None:
    """Run one change to a stored infusion inside one transaction."""
    ctx.require(Permission.RECORD_INFUSIONS)
    require_identifier("infusion", "id", infusion_id, max_length=INFUSION_ID_MAX)
    with ctx.store.write() as conn:
        loaded = rows.load_infusions(conn, infusion_ids=[infusion_id])
        found = [(pid, i) for pid, items in loaded.items() for i in items]
        if not found:
            raise UnknownRecord("infusion", "id", f"no infusion {infusion_id!r}")
        patient_id, infusion = found[0]
        action(conn, infusion, patient_id)
        refresh_patients(ctx, conn, [patient_id], from_start=infusion.start)


def add_rate_step(ctx: Context, infusion_id: str, *, at: datetime, ml_per_h: float) -> RateStep:
    step = RateStep(at=at, ml_per_h=ml_per_h)
    stored: list[RateStep] = []

    def write(conn: Any, infusion: Infusion, _: int) -> None:
        record = f"{infusion_record(infusion.id)} rate step"
        require_not_future(record, "at", at, now=ctx.now())
        validate_rate_step(record, step, infusion)
        (step_id,) = rows.insert_rate_steps(conn, infusion.id, [step], ctx.stamp())
        stored.append(replace(step, id=step_id))

    _change(ctx, infusion_id, write)
    return stored[0]


def add_premedication(ctx: Context, infusion_id: str, premed: Premedication) -> None:
    def write(conn: Any, infusion: Infusion, _: int) -> None:
        record = f"{infusion_record(infusion.id)} premedication"
        require_not_future(record, "at", premed.at, now=ctx.now())
        validate_premedication(record, premed)
        rows.insert_premedications(conn, [(infusion.id, premed)], ctx.stamp())

    _change(ctx, infusion_id, write)


def add_vital_signs(ctx: Context, infusion_id: str, vitals: VitalSigns) -> None:
    def write(conn: Any, infusion: Infusion, _: int) -> None:
        record = f"{infusion_record(infusion.id)} vital signs"
        require_not_future(record, "at", vitals.at, now=ctx.now())
        validate_vital_signs(record, vitals)
        rows.insert_vitals(conn, [(infusion.id, vitals)], ctx.stamp())

    _change(ctx, infusion_id, write)


def add_reaction(ctx: Context, infusion_id: str, event: AdverseEvent) -> None:
    def write(conn: Any, infusion: Infusion, patient_id: int) -> None:
        record = f"{infusion_record(infusion.id)} reaction"
        require_not_future(record, "onset", event.onset, now=ctx.now())
        validate_event(record, event, infusion, notes_max=notes_max_chars(ctx))
        rows.insert_events(conn, [(patient_id, infusion.id, event)], ctx.stamp())

    _change(ctx, infusion_id, write)


def end_infusion(ctx: Context, infusion_id: str, *, end: datetime) -> list[Check]:
    """End a running infusion and schedule its follow-up checks in the same transaction."""
    scheduled: list[Check] = []

    def write(conn: Any, infusion: Infusion, _: int) -> None:
        record = infusion_record(infusion.id)
        if infusion.end is not None:
            raise ValidationError(record, "end", f"the infusion already ended at {infusion.end}")
        require_not_future(record, "end", end, now=ctx.now())
        if end <= infusion.start:
            raise ValidationError(record, "end", "must be after the start")
        late = [s for s in infusion.rate_steps if s.at > end]
        if late:
            raise ValidationError(record, "end", "a rate step is recorded after this end time")
        rows.set_end(conn, infusion.id, to_stored(end))
        scheduled.extend(schedule_checks(infusion.id, end, ctx.check_settings()))
        check_rows.insert_checks(conn, scheduled, ctx.stamp())

    _change(ctx, infusion_id, write)
    return scheduled


def set_course_outcome(ctx: Context, infusion_id: str, outcome: CourseOutcome | None) -> None:
    def write(conn: Any, infusion: Infusion, _: int) -> None:
        rows.set_course_outcome(conn, infusion.id, outcome)

    _change(ctx, infusion_id, write)


def running_infusions(ctx: Context) -> Sequence[Infusion]:
    """Infusions without an end, oldest first (reopened at the bedside after a restart)."""
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        loaded = rows.load_infusions(conn, infusion_ids=rows.running_infusion_ids(conn))
    return sorted((i for items in loaded.values() for i in items), key=lambda i: i.order_key)
