"""Risk assessments of a patient now and of an infusion, from the stored record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ivigmon.domain.models import RiskAssessment
from ivigmon.domain.replay import infusions_as_of
from ivigmon.domain.risk import assess_infusion, assess_patient
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.services.history import History, load_history
from ivigmon.storage.records import Needed

DISCLAIMER = QT_TRANSLATE_NOOP(
    "assessment", "ivigmon documents, computes and reminds; the clinician decides."
)


@dataclass(frozen=True)
class PatientRisk:
    """The patient assessment and the assessment of the latest infusion (if any) at `at`."""

    mrn: str
    at: datetime
    patient: RiskAssessment
    latest_infusion_id: str | None
    latest_infusion: RiskAssessment | None


def patient_risk(ctx: Context, mrn: str, at: datetime | None = None) -> PatientRisk:
    moment = at or ctx.now()
    return risk_from_history(ctx, load_history(ctx, mrn, Needed(at=moment)), moment)


def risk_from_history(ctx: Context, history: History, at: datetime) -> PatientRisk:
    rules = ctx.risk_context()
    patient = assess_patient(history.patient, history.infusions, at, rules)
    known = infusions_as_of(history.infusions, at)
    latest = known[-1] if known else None
    latest_assessment = (
        assess_infusion(history.patient, history.infusions, latest.id, rules, at=at)
        if latest is not None
        else None
    )
    return PatientRisk(
        mrn=history.patient.mrn,
        at=at,
        patient=patient,
        latest_infusion_id=latest.id if latest else None,
        latest_infusion=latest_assessment,
    )


def infusion_risk(
    ctx: Context, history: History, infusion_id: str, at: datetime | None = None
) -> RiskAssessment:
    try:
        return assess_infusion(
            history.patient, history.infusions, infusion_id, ctx.risk_context(), at=at
        )
    except KeyError:
        raise UnknownRecord(
            "infusion", "id", f"no infusion {infusion_id!r} for {history.patient.mrn}"
        ) from None


def assessment_json(assessment: RiskAssessment) -> dict[str, object]:
    return {
        "level": assessment.level.value,
        "factors": [
            {"code": f.code.value, "reason": f.reason, "source": f.source}
            for f in assessment.factors
        ],
        "notes": list(assessment.notes),
    }


def patient_risk_json(risk: PatientRisk) -> dict[str, object]:
    """SPEC section 6: {"mrn", "level", "factors", "latest_infusion": {...} or null}."""
    latest: dict[str, object] | None = None
    if risk.latest_infusion is not None:
        latest = {"id": risk.latest_infusion_id, **assessment_json(risk.latest_infusion)}
    return {
        "mrn": risk.mrn,
        "at": risk.at.isoformat(timespec="minutes"),
        **assessment_json(risk.patient),
        "latest_infusion": latest,
        "disclaimer": DISCLAIMER,
    }
