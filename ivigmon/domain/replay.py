"""The record as it stood at a moment: what was not yet known is left out (SPEC 5a)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from ivigmon.domain.models import Check, Infusion, Patient


def patient_as_of(patient: Patient, at: datetime) -> Patient:
    return replace(patient, measurements=tuple(m for m in patient.measurements if m.at <= at))


def infusion_as_of(infusion: Infusion, at: datetime) -> Infusion | None:
    """None when it starts after `at`; an end after `at` makes it running again."""
    if infusion.start > at:
        return None
    if _all_known(infusion, at):
        return infusion  # the usual case for history: nothing to leave out, nothing to copy
    return replace(
        infusion,
        end=infusion.end if infusion.end is not None and infusion.end <= at else None,
        rate_steps=tuple(s for s in infusion.rate_steps if s.at <= at),
        vitals=tuple(v for v in infusion.vitals if v.at <= at),
        premedications=tuple(p for p in infusion.premedications if p.at <= at),
        events=tuple(e for e in infusion.events if e.onset <= at),
    )


def _all_known(infusion: Infusion, at: datetime) -> bool:
    # A running infusion whose every entry is known at `at` is itself at `at` too (it was
    # running then as now): copying it for every assessment made a patient's record of N
    # running infusions cost N x N copies.
    return infusion.last_known_at <= at


def infusions_as_of(infusions: Sequence[Infusion], at: datetime) -> list[Infusion]:
    kept = (infusion_as_of(i, at) for i in infusions)
    return sorted((i for i in kept if i is not None), key=lambda i: i.order_key)


def check_as_of(check: Check, at: datetime) -> Check:
    """A check done after `at` was still open at `at`."""
    if check.done_at is not None and check.done_at > at:
        return replace(
            check, done_at=None, done_by=None, mode=None, outcome=None, symptoms=(), notes=""
        )
    return check
