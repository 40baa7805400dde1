"""Saving the patient form: register, or amend and add a new measurement in one transaction."""

from __future__ import annotations

from dataclasses import replace

from ivigmon.domain.models import Measurement, Patient
from ivigmon.domain.record_validation import validate_measurement, validate_patient
from ivigmon.domain.roles import Permission
from ivigmon.domain.validation import ValidationError, patient_record
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.services.patients import register_patient
from ivigmon.storage import patients as rows


def save_patient_form(
    ctx: Context,
    *,
    original_mrn: str | None,
    patient: Patient,
    measurement: Measurement | None,
) -> Patient:
    """A new patient (with the measurement) or an amended one; all of it or nothing."""
    ctx.require(Permission.RECORD_PATIENTS)
    if original_mrn is None:
        extra = (measurement,) if measurement is not None else ()
        return register_patient(ctx, replace(patient, measurements=extra))
    amended = replace(patient, mrn=patient.mrn.strip(), name=patient.name.strip(), measurements=())
    validate_patient(amended, today=ctx.now().date())
    record = patient_record(amended.mrn)
    if measurement is not None:
        validate_measurement(f"{record} measurement", measurement, birth_date=amended.birth_date)
    with ctx.store.write() as conn:
        patient_id = rows.patient_id_for(conn, original_mrn)
        if patient_id is None:
            raise UnknownRecord("patient", "mrn", f"no patient with MRN {original_mrn!r}")
        if amended.mrn != original_mrn and rows.patient_id_for(conn, amended.mrn) is not None:
            raise ValidationError(
                patient_record(original_mrn),
                "mrn",
                f"MRN {amended.mrn} belongs to another patient",
            )
        stored = rows.load_patients(conn, [patient_id])[patient_id]
        too_early = [m for m in stored.measurements if m.at.date() < amended.birth_date]
        if too_early:
            raise ValidationError(
                record,
                "birth_date",
                f"a measurement of {too_early[0].at:%Y-%m-%d} lies before this birth date",
            )
        rows.update_patient(conn, patient_id, amended)
        if measurement is not None:
            rows.insert_measurements(conn, patient_id, [measurement], ctx.stamp())
    return replace(amended, id=patient_id)
