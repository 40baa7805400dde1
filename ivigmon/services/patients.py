"""Registering and amending patients (the patient form), and adding dated measurements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from ivigmon.domain.age import age_in_months
from ivigmon.domain.codes import Sex
from ivigmon.domain.growth import BodyCheck, implausible_body
from ivigmon.domain.models import Measurement, Patient
from ivigmon.domain.record_validation import validate_measurement, validate_patient
from ivigmon.domain.roles import Permission
from ivigmon.domain.validation import (
    ValidationError,
    look_alike,
    patient_record,
    require_mrn,
    require_not_future,
)
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.services.state.screen_state import refresh_patients
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
            _require_free_mrn(
                conn, amended.mrn, patient_record(original_mrn), patient_id=patient_id
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
        # Undated facts (diagnoses, comorbidities, blood group) count in every assessment.
        refresh_patients(ctx, conn, [patient_id])
    return replace(amended, id=patient_id)


def _require_free_mrn(conn: Any, mrn: str, record: str, *, patient_id: int | None = None) -> None:
    """No other record (entered in error or not) has this MRN or one that looks the same."""
    for other in rows.look_alikes(conn, mrn):
        if other.patient_id == patient_id:
            continue
        if other.mrn == mrn:
            whose = (
                "a patient record marked entered in error"
                if other.in_error
                else ("a patient already registered")
            )
            raise ValidationError(record, "mrn", f"MRN {mrn} belongs to {whose}")
        whose = (
            "the MRN of a patient record marked entered in error"
            if other.in_error
            else "the registered MRN"
        )
        raise ValidationError(record, "mrn", look_alike(mrn, other.mrn, whose))


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


def patient_names(ctx: Context, mrns: Sequence[str]) -> dict[str, str]:
    """The name of each of these patients, by MRN (for lists that show a name beside an MRN)."""
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        return rows.names_by_mrn(conn, mrns)


def mrn_clashes(ctx: Context) -> list[str]:
    """MRNs registered, before look-alikes were refused, beside one that looks the same: each
    with the MRN it looks like, until one of the two is corrected."""
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        pairs = rows.mrn_clashes(conn)
    return [look_alike(mrn, first, "the registered MRN") for mrn, first in pairs]


def implausible_measurement(
    ctx: Context,
    *,
    sex: Sex,
    birth_date: date,
    measurement: Measurement,
    earlier: Sequence[Measurement] = (),
) -> BodyCheck | None:
    """A new weight or height that makes a body implausible for age and sex (BMI-for-age
    |z| > 5); the part not typed is the latest one measured before it."""

    def latest(values: list[tuple[datetime, float]]) -> float | None:
        return max(values)[1] if values else None

    weight = measurement.weight_kg
    if weight is None:
        weight = latest(
            [(m.at, m.weight_kg) for m in earlier if m.weight_kg and m.at <= measurement.at]
        )
    height = measurement.height_cm
    if height is None:
        height = latest(
            [(m.at, m.height_cm) for m in earlier if m.height_cm and m.at <= measurement.at]
        )
    if weight is None or height is None:
        return None
    months = age_in_months(birth_date, measurement.at)
    return implausible_body(ctx.growth, sex, months, weight, height)
