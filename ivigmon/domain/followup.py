"""Follow-up check scheduling and status at a given moment (SPEC section 5)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ivigmon.domain.codes import CheckStatus
from ivigmon.domain.models import Check, Infusion
from ivigmon.domain.settings import CheckSettings


def schedule_checks(infusion_id: str, end: datetime, settings: CheckSettings) -> list[Check]:
    """Checks at end + each offset, on the wall clock (SPEC 5a: no zone arithmetic)."""
    return [
        Check(infusion_id=infusion_id, offset_h=offset, due_at=end + timedelta(hours=offset))
        for offset in settings.offsets_h
    ]


def is_superseded(check: Check, infusion: Infusion, later_starts: Iterable[datetime]) -> bool:
    """A later infusion of the same patient started strictly before this check fell due."""
    return any(infusion.start < start < check.due_at for start in later_starts)


def superseded_in(check: Check, infusion: Infusion, sorted_starts: Sequence[datetime]) -> bool:
    """`is_superseded` against every start of the patient's infusions, sorted (the check's own
    infusion among them): one search instead of a pass, for records of many infusions."""
    after = bisect.bisect_right(sorted_starts, infusion.start)
    return after < len(sorted_starts) and sorted_starts[after] < check.due_at


def check_status(
    check: Check,
    infusion: Infusion,
    patient_infusions: Sequence[Infusion],
    now: datetime,
    settings: CheckSettings,
) -> CheckStatus:
    """Status at `now`; the caller passes the record as it stood at `now` (see replay)."""
    if check.done_at is not None and check.done_at <= now:
        return CheckStatus.DONE
    later_starts = [i.start for i in patient_infusions if i.id != infusion.id and i.start <= now]
    if is_superseded(check, infusion, later_starts):
        return CheckStatus.SUPERSEDED
    return open_status(check.due_at, now, settings)


def open_status(due_at: datetime, now: datetime, settings: CheckSettings) -> CheckStatus:
    """Upcoming, due or overdue: an open check's status at `now` from its due time alone."""
    return StatusWindow.at(now, settings).status(due_at)


@dataclass(frozen=True)
class StatusWindow:
    """The due times that are due now: a check due after `due_until` is upcoming, one due
    before `due_from` overdue. Windows are closed at both ends (SPEC 5a)."""

    due_from: datetime
    due_until: datetime

    @classmethod
    def at(cls, now: datetime, settings: CheckSettings) -> StatusWindow:
        # Due from due - lead to due + grace: seen from the due time, now - grace to now + lead.
        return cls(
            due_from=now - timedelta(hours=settings.grace_h),
            due_until=now + timedelta(hours=settings.lead_h),
        )

    def status(self, due_at: datetime) -> CheckStatus:
        if due_at > self.due_until:
            return CheckStatus.UPCOMING
        if due_at >= self.due_from:
            return CheckStatus.DUE
        return CheckStatus.OVERDUE


STATUS_RANK: dict[CheckStatus, int] = {
    CheckStatus.OVERDUE: 0,
    CheckStatus.DUE: 1,
    CheckStatus.UPCOMING: 2,
    CheckStatus.SUPERSEDED: 3,
    CheckStatus.DONE: 4,
}

OPEN_STATUSES: frozenset[CheckStatus] = frozenset(
    {CheckStatus.OVERDUE, CheckStatus.DUE, CheckStatus.UPCOMING}
)


def is_early(done_at: datetime, due_at: datetime, settings: CheckSettings) -> bool:
    """Done before the check is due at all: more than the lead time before its due time (a
    check 24 h after the end asks about symptoms that may not have begun yet)."""
    return done_at < due_at - timedelta(hours=settings.lead_h)
