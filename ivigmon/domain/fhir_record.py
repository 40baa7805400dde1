"""One patient's whole record as the entries of a FHIR R4 Bundle: the patient first, then each
infusion with everything recorded during and after it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from ivigmon.domain.codes import Sex
from ivigmon.domain.fhir_base import Frame, Resource, entry, identifier_system, resource_id
from ivigmon.domain.fhir_medication import administration, medications, premedication
from ivigmon.domain.fhir_medication import administration_id as infusion_resource_id
from ivigmon.domain.fhir_safety import adverse_event, detected_issue, follow_up_task
from ivigmon.domain.fhir_vitals import measurement_observations, vital_observations
from ivigmon.domain.followup import check_status
from ivigmon.domain.models import Alert, Check, Infusion, Patient

GENDER = {Sex.F: "female", Sex.M: "male"}


@dataclass(frozen=True)
class PatientRecord:
    """What the export writes of one patient: the records not entered in error, the alerts open
    now, and who recorded each adverse event (by its id)."""

    patient: Patient
    infusions: Sequence[Infusion]
    checks: Sequence[Check]
    alerts: Sequence[Alert] = ()
    event_recorders: Mapping[int, str] = field(default_factory=dict)


def patient_resource_id(patient: Patient) -> str:
    """By the stored row (an MRN can be corrected; the patient stays the same resource)."""
    return resource_id("Patient", str(patient.id) if patient.id is not None else patient.mrn)


def patient_resource(patient: Patient) -> Resource:
    return {
        "resourceType": "Patient",
        "id": patient_resource_id(patient),
        "identifier": [{"system": identifier_system("mrn"), "value": patient.mrn}],
        "name": [{"text": patient.name}],
        "gender": GENDER[patient.sex],
        "birthDate": patient.birth_date.isoformat(),
    }


def record_entries(record: PatientRecord, frame: Frame) -> Iterator[Resource]:
    """Every Bundle entry of one patient, made one at a time."""
    patient = record.patient
    pid = patient_resource_id(patient)
    yield entry(patient_resource(patient))
    for measurement in patient.measurements:
        for observation in measurement_observations(measurement, patient_id=pid, frame=frame):
            yield entry(observation)
    checks = {(c.infusion_id, c.offset_h): c for c in record.checks}
    for infusion in record.infusions:
        yield from _infusion_entries(infusion, record, checks, pid, frame)


def _infusion_entries(
    infusion: Infusion,
    record: PatientRecord,
    checks: Mapping[tuple[str, int], Check],
    pid: str,
    frame: Frame,
) -> Iterator[Resource]:
    given = infusion_resource_id(infusion)
    for medication in medications(infusion, frame):
        yield entry(medication)
    yield entry(administration(infusion, patient_id=pid, frame=frame))
    for premed in infusion.premedications:
        yield entry(premedication(premed, infusion, patient_id=pid, frame=frame))
    for vitals in infusion.vitals:
        for observation in vital_observations(
            vitals, patient_id=pid, administration_id=given, frame=frame
        ):
            yield entry(observation)
    for event in infusion.events:
        found_at = (
            checks.get((infusion.id, event.check_offset_h))
            if event.check_offset_h is not None
            else None
        )
        yield entry(
            adverse_event(
                event,
                infusion,
                patient_id=pid,
                administration_id=given,
                recorded_by=record.event_recorders.get(event.id) if event.id else None,
                found_at=found_at,
                frame=frame,
            )
        )
    for check in record.checks:
        if check.infusion_id != infusion.id:
            continue
        status = check_status(check, infusion, record.infusions, frame.now, frame.checks)
        yield entry(
            follow_up_task(check, status, patient_id=pid, administration_id=given, frame=frame)
        )
    for alert in record.alerts:
        if alert.infusion_id == infusion.id:
            yield entry(detected_issue(alert, patient_id=pid, administration_id=given, frame=frame))
