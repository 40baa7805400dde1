"""Faithful writing of domain records as an `ivigmon/1` document, every optional key included."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from ivigmon.domain.codes import Comorbidity
from ivigmon.domain.interchange import FORMAT
from ivigmon.domain.interchange_reviews import REVIEWS, alert_review_json
from ivigmon.domain.models import AlertReview, Check, Infusion, Patient
from ivigmon.domain.timefmt import to_iso


def _time(moment: datetime | None) -> str | None:
    return None if moment is None else to_iso(moment)


def _date(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def to_document(
    patients: Iterable[Patient],
    infusions: Iterable[Infusion],
    checks: Iterable[Check],
    alert_reviews: Iterable[AlertReview] = (),
) -> dict[str, object]:
    """The SPEC 7 document for these records; every optional key is written (null when empty),
    and `alert_reviews` (SPEC 10.4) when there is one."""
    document: dict[str, object] = {
        "format": FORMAT,
        "patients": [patient_json(p) for p in patients],
        "infusions": [infusion_json(i) for i in infusions],
        "checks": [check_json(c) for c in checks],
    }
    reviews = [alert_review_json(r) for r in alert_reviews]
    if reviews:
        document[REVIEWS] = reviews
    return document


def patient_json(patient: Patient) -> dict[str, object]:
    return {
        "mrn": patient.mrn,
        "name": patient.name,
        "sex": patient.sex.value,
        "birth_date": patient.birth_date.isoformat(),
        "blood_group": patient.blood_group,
        "diagnoses": [d.value for d in patient.diagnoses],
        # A set in the record; written in the order of SPEC section 2 so exports are stable.
        "comorbidities": [c.value for c in Comorbidity if c in patient.comorbidities],
        "prior_ivig_last_date": _date(patient.prior_ivig_last_date),
        "measurements": [
            {"at": to_iso(m.at), "weight_kg": m.weight_kg, "height_cm": m.height_cm}
            for m in patient.measurements
        ],
    }


def infusion_json(infusion: Infusion) -> dict[str, object]:
    return {
        "id": infusion.id,
        "mrn": infusion.mrn,
        "indication": infusion.indication.value,
        "label_use": infusion.label_use.value,
        "product": infusion.product_id,
        "lots": [{"lot": lot.lot, "expiry": _date(lot.expiry)} for lot in infusion.lots],
        "dosing_weight_kg": infusion.dosing_weight_kg,
        "dosing_weight_basis": infusion.dosing_weight_basis.value,
        "dose_g": infusion.dose_g,
        "start": to_iso(infusion.start),
        "end": _time(infusion.end),
        "active_infection": infusion.active_infection,
        "rate_steps": [{"at": to_iso(s.at), "ml_per_h": s.ml_per_h} for s in infusion.rate_steps],
        "premedications": [
            {
                "at": to_iso(p.at),
                "drug": p.drug,
                "class": p.drug_class.value,
                "dose": p.dose,
                "route": p.route,
            }
            for p in infusion.premedications
        ],
        "vitals": [
            {
                "at": to_iso(v.at),
                "temp_c": v.temp_c,
                "hr": v.hr,
                "sbp": v.sbp,
                "dbp": v.dbp,
                "rr": v.rr,
                "spo2": v.spo2,
            }
            for v in infusion.vitals
        ],
        "events": [
            {
                "onset": to_iso(e.onset),
                "term": e.term,
                "grade": e.grade,
                "ctcae_version": e.ctcae_version,
                "serious": e.serious,
                "action": e.action.value,
                "outcome": e.outcome.value,
                "check_offset_h": e.check_offset_h,
                "notes": e.notes,
                "seriousness": [c.value for c in e.seriousness],
            }
            for e in infusion.events
        ],
        "course_outcome": None
        if infusion.course_outcome is None
        else infusion.course_outcome.value,
        "notes": infusion.notes,
        "recorded_by": infusion.recorded_by,
    }


def check_json(check: Check) -> dict[str, object]:
    return {
        "infusion_id": check.infusion_id,
        "offset_h": check.offset_h,
        "done_at": _time(check.done_at),
        "done_by": check.done_by,
        "mode": None if check.mode is None else check.mode.value,
        "outcome": None if check.outcome is None else check.outcome.value,
        "symptoms": list(check.symptoms),
        "notes": check.notes,
    }
