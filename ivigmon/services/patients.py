"""Registering and amending patients, and adding dated measurements."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from ivigmon.domain.models import Measurement, Patient
from ivigmon.domain.record_validation import validate_measurement, validate_patient
from ivigmon.domain.roles import Permission
from ivigmon.domain.validation import (
    ValidationError,
    patient_record,
    require_mrn,
    require_not_future,
)
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.storage import patients as rows


def register_patient(ctx: Context, patient: Patient) -> Patient:
    """Validate and store a new patient with any measurements, in one transaction."""
    ctx.require(Permission.RECORD_PATIENTS)
    patient = replace(patient, mrn=patient.mrn.strip(), name=patient.name.strip())
    validate_patient(patient, today=ctx.now().date())
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        _require_free_mrn(conn, patient.mrn, patient_record(patient.mrn))
        patient_id = rows.insert_patient(conn, patient, stamp)
    return replace(patient, id=patient_id)


def amend_patient(ctx: Context, mrn: str, amended: Patient) -> Patient:
    """Change name, sex, birth date, blood group, diagnoses, comorbidities or IVIG date."""
    ctx.require(Permission.RECORD_PATIENTS)
    require_mrn("patient", "mrn", mrn)
    amended = replace(amended, mrn=amended.mrn.strip(), name=amended.name.strip())
    validate_patient(replace(amended, measurements=()), today=ctx.now().date())
    with ctx.store.write() as conn:
        patient_id = rows.patient_id_for(conn, mrn)
        if patient_id is None:
            raise UnknownRecord("patient", "mrn", f"no patient with MRN {mrn!r}")
        if amended.mrn != mrn:
            _require_free_mrn(conn, amended.mrn, patient_record(mrn))
        rows.update_patient(conn, patient_id, amended)
    return replace(amended, id=patient_id)


def _require_free_mrn(conn: Any, mrn: str, record: str) -> None:
    if rows.patient_id_for(conn, mrn) is not None:
        raise ValidationError(record, "mrn", f"MRN {mrn} belongs to a patient already registered")
    if rows.mrn_in_error(conn, mrn):
        raise ValidationError(
            record, "mrn", f"MRN {mrn} belongs to a patient record marked entered in error"
        )


def add_measurement(
    ctx: Context,
    mrn: str,
    *,
    at: datetime,
    weight_kg: float | None = None,
    height_cm: float | None = None,
) -> Measurement:
    ctx.require(Permission.RECORD_PATIENTS)
    require_mrn("measurement", "mrn", mrn)
    measurement = Measurement(at=at, weight_kg=weight_kg, height_cm=height_cm)
    with ctx.store.write() as conn:
        patient_id = rows.patient_id_for(conn, mrn)
        if patient_id is None:
            raise UnknownRecord("patient", "mrn", f"no patient with MRN {mrn!r}")
        patient = rows.load_patients(conn, [patient_id])[patient_id]
        record = f"{patient_record(mrn)} measurement"
        require_not_future(record, "at", at, now=ctx.now())
        validate_measurement(record, measurement, birth_date=patient.birth_date)
        rows.insert_measurements(conn, patient_id, [measurement], ctx.stamp())
    return measurement
