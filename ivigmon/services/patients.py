"""Registering and amending patients (the patient form), and adding dated measurements."""

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
from ivigmon.services.screen_state import refresh_patients
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
        if amended.mrn != original_mrn:
            _require_free_mrn(conn, amended.mrn, patient_record(original_mrn))
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
        # Undated facts (diagnoses, comorbidities, blood group) count in every assessment.
        refresh_patients(ctx, conn, [patient_id])
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
        refresh_patients(ctx, conn, [patient_id], from_start=at)
    return measurement
