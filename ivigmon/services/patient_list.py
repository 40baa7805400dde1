"""The patient list: each patient with the risk level now, last infusion and next check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ivigmon.domain.age import completed_years
from ivigmon.domain.codes import CheckStatus, Diagnosis, RiskLevel
from ivigmon.domain.followup import OPEN_STATUSES, check_status
from ivigmon.domain.models import RiskFactor
from ivigmon.domain.replay import check_as_of, infusions_as_of
from ivigmon.domain.risk import assess_patient
from ivigmon.services.context import Context
from ivigmon.services.history import History, load_histories
from ivigmon.storage.patients import count_matching, search_patient_ids


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


# The list shows at most this many rows at once, and says so when more patients match.
LIST_LIMIT = 500


@dataclass(frozen=True)
class PatientList:
    """The patients shown, and how many match the search in all."""

    rows: list[PatientSummary]
    matching: int

    @property
    def complete(self) -> bool:
        return len(self.rows) >= self.matching


def patient_list(
    ctx: Context, search: str = "", at: datetime | None = None, limit: int = LIST_LIMIT
) -> PatientList:
    """Patients whose MRN or name contains `search`, in MRN order, and the number matching."""
    moment = at or ctx.now()
    with ctx.store.read() as conn:
        ids = search_patient_ids(conn, search, limit)
        matching = count_matching(conn, search)
    histories = load_histories(ctx, ids)
    rows = [summarise(ctx, histories[pid], moment) for pid in ids if pid in histories]
    return PatientList(rows, matching)


def patient_summaries(
    ctx: Context, search: str = "", at: datetime | None = None, limit: int = LIST_LIMIT
) -> list[PatientSummary]:
    """Patients whose MRN or name contains `search`, in MRN order (at most `limit`)."""
    return patient_list(ctx, search, at, limit).rows


def summarise(ctx: Context, history: History, moment: datetime) -> PatientSummary:
    patient = history.patient
    assessment = assess_patient(patient, history.infusions, moment, ctx.risk_context())
    known = infusions_as_of(history.infusions, moment)
    running = next((i.id for i in reversed(known) if i.end is None), None)
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
