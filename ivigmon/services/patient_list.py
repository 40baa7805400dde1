"""The patient list: each patient with the risk level now, last infusion and next check."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from ivigmon.domain.age import completed_years
from ivigmon.domain.codes import CheckStatus, Diagnosis, RiskLevel
from ivigmon.domain.followup import OPEN_STATUSES, StatusWindow, check_status
from ivigmon.domain.models import RiskFactor
from ivigmon.domain.replay import check_as_of, infusions_as_of
from ivigmon.domain.risk import assess_patient
from ivigmon.domain.roles import Permission
from ivigmon.services.context import Context
from ivigmon.services.history import History
from ivigmon.storage import screen_state as state
from ivigmon.storage.patients import count_matching, patient_ids_for, search_patient_ids
from ivigmon.storage.records import Needed, load_records


@dataclass(frozen=True)
class PatientSummary:
    mrn: str
    name: str
    sex: str
    birth_date: date
    age_years: int
    primary_diagnosis: Diagnosis | None
    risk_level: RiskLevel
    risk_factors: tuple[RiskFactor, ...]
    last_infusion_start: datetime | None
    running_infusion_id: str | None
    next_check_due: datetime | None
    next_check_status: CheckStatus | None


# Patients read at a time: the list loads the next page as it is scrolled to its end.
PAGE_ROWS = 60


@dataclass(frozen=True)
class PatientList:
    """One page of the patients matching a search, in MRN order."""

    rows: list[PatientSummary]
    # How many patients match in all (counted with the first page only; None after it).
    matching: int | None
    more: bool  # whether more patients follow this page


def patient_list(
    ctx: Context,
    search: str = "",
    at: datetime | None = None,
    *,
    after: str | None = None,
    limit: int | None = None,
) -> PatientList:
    """The patients whose MRN or name contains `search`, in MRN order: the first `limit` (a
    page), or the `limit` after the MRN `after`."""
    moment = at or ctx.now()
    limit = limit or PAGE_ROWS
    with ctx.store.read() as conn:
        ids = search_patient_ids(conn, search, limit + 1, after=after)
        matching = count_matching(conn, search) if after is None else None
    more = len(ids) > limit
    ids = ids[:limit]
    return PatientList(_summaries(ctx, ids, moment, now=at is None), matching, more)


def patient_rows(
    ctx: Context, mrns: Collection[str], search: str = "", at: datetime | None = None
) -> list[PatientSummary]:
    """The rows of these patients now, those still matching `search` (a patient marked
    entered in error has none)."""
    with ctx.store.read() as conn:
        ids = patient_ids_for(conn, list(mrns), search)
    return _summaries(ctx, ids, at or ctx.now(), now=at is None)


def patient_summaries(
    ctx: Context, search: str = "", at: datetime | None = None
) -> list[PatientSummary]:
    """Every patient whose MRN or name contains `search`, in MRN order."""
    rows: list[PatientSummary] = []
    after: str | None = None
    while True:
        page = patient_list(ctx, search, at, after=after)
        rows += page.rows
        if not page.more or not page.rows:
            return rows
        after = page.rows[-1].mrn


def _summaries(ctx: Context, ids: list[int], moment: datetime, now: bool) -> list[PatientSummary]:
    """Now: each patient's next check read from the stored open checks; at another moment
    (or before the state is built) worked out from the checks as they stood then."""
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        stored = now and bool(state.counter(conn, state.STATE_BUILT))
        records = load_records(conn, ids, Needed(at=moment, checks=not stored))
        first_due = state.first_open_due(conn, ids) if stored else {}
    histories = {pid: History(p, tuple(i), tuple(c)) for pid, (p, i, c) in records.items()}
    if not stored:
        return [summarise(ctx, histories[pid], moment) for pid in ids if pid in histories]
    window = StatusWindow.at(moment, ctx.check_settings())
    rows = []
    for pid in ids:
        if pid in histories:
            due = first_due.get(pid)
            next_due = (due, window.status(due)) if due is not None else None
            rows.append(_summary(ctx, histories[pid], moment, next_due))
    return rows


def summarise(ctx: Context, history: History, moment: datetime) -> PatientSummary:
    """The patient's row at `moment`, its next check worked out from the record."""
    known = infusions_as_of(history.infusions, moment)
    by_id = {i.id: i for i in known}
    settings = ctx.check_settings()
    next_due: tuple[datetime, CheckStatus] | None = None
    for check in history.checks:
        infusion = by_id.get(check.infusion_id)
        if infusion is None or infusion.end is None:
            continue
        status = check_status(check_as_of(check, moment), infusion, known, moment, settings)
        if status in OPEN_STATUSES and (next_due is None or check.due_at < next_due[0]):
            next_due = (check.due_at, status)
    return _summary(ctx, history, moment, next_due)


def _summary(
    ctx: Context,
    history: History,
    moment: datetime,
    next_due: tuple[datetime, CheckStatus] | None,
) -> PatientSummary:
    patient = history.patient
    assessment = assess_patient(patient, history.infusions, moment, ctx.risk_context())
    known = infusions_as_of(history.infusions, moment)
    running = next((i.id for i in reversed(known) if i.end is None), None)
    return PatientSummary(
        mrn=patient.mrn,
        name=patient.name,
        sex=patient.sex.value,
        birth_date=patient.birth_date,
        age_years=completed_years(patient.birth_date, moment),
        primary_diagnosis=patient.primary_diagnosis,
        risk_level=assessment.level,
        risk_factors=assessment.factors,
        last_infusion_start=known[-1].start if known else None,
        running_infusion_id=running,
        next_check_due=next_due[0] if next_due else None,
        next_check_status=next_due[1] if next_due else None,
    )
