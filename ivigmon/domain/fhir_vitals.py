"""Vital signs and body measurements as FHIR R4 Observations (the vital-signs profile's LOINC
codes, UCUM units and category)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from ivigmon.domain.fhir_base import (
    HL7,
    LOINC,
    Frame,
    Resource,
    coding,
    quantity,
    reference,
    resource_id,
)
from ivigmon.domain.models import Measurement, VitalSigns

VITAL_SIGNS_CATEGORY = {
    "coding": [coding(f"{HL7}/observation-category", "vital-signs", "Vital Signs")],
    "text": "Vital Signs",
}

# LOINC code, its name, UCUM unit as shown and as coded (FHIR R4 vital-signs profiles).
TEMPERATURE = ("8310-5", "Body temperature", "°C", "Cel")
HEART_RATE = ("8867-4", "Heart rate", "/min", "/min")
RESPIRATORY_RATE = ("9279-1", "Respiratory rate", "/min", "/min")
SYSTOLIC = ("8480-6", "Systolic blood pressure", "mmHg", "mm[Hg]")
DIASTOLIC = ("8462-4", "Diastolic blood pressure", "mmHg", "mm[Hg]")
BLOOD_PRESSURE = ("85354-9", "Blood pressure panel with all children optional")
# The R4 oxygen saturation profile carries both codes: arterial, and by pulse oximetry.
SPO2_CODES = (
    ("2708-6", "Oxygen saturation in Arterial blood"),
    ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"),
)
BODY_WEIGHT = ("29463-7", "Body weight", "kg", "kg")
BODY_HEIGHT = ("8302-2", "Body height", "cm", "cm")


def _loinc(*codes: tuple[str, str]) -> dict[str, Any]:
    return {"coding": [coding(LOINC, code, name) for code, name in codes], "text": codes[0][1]}


def _observation(
    key: str, code: dict[str, Any], at: datetime, patient_id: str, frame: Frame
) -> Resource:
    return {
        "resourceType": "Observation",
        "id": resource_id("Observation", key),
        "status": "final",
        "category": [VITAL_SIGNS_CATEGORY],
        "code": code,
        "subject": reference(patient_id),
        "effectiveDateTime": frame.time(at),
    }


def _simple(
    key: str,
    sign: tuple[str, str, str, str],
    value: float,
    at: datetime,
    patient_id: str,
    frame: Frame,
) -> Resource:
    code, name, unit, ucum = sign
    found = _observation(key, _loinc((code, name)), at, patient_id, frame)
    found["valueQuantity"] = quantity(value, unit, ucum)
    return found


def vital_observations(
    vitals: VitalSigns, *, patient_id: str, administration_id: str, frame: Frame
) -> Iterator[Resource]:
    """One Observation per sign recorded (blood pressure: one panel with its two components),
    each part of the infusion (`administration_id`) during which it was taken."""
    key = f"vitals/{vitals.id or f'{administration_id}/{vitals.at.isoformat()}'}"
    found: list[Resource] = []
    for sign, value in (
        (TEMPERATURE, vitals.temp_c),
        (HEART_RATE, vitals.hr),
        (RESPIRATORY_RATE, vitals.rr),
    ):
        if value is not None:
            found.append(_simple(f"{key}/{sign[0]}", sign, value, vitals.at, patient_id, frame))
    if vitals.sbp is not None or vitals.dbp is not None:
        panel = _observation(f"{key}/bp", _loinc(BLOOD_PRESSURE), vitals.at, patient_id, frame)
        panel["component"] = [
            {"code": _loinc((code, name)), "valueQuantity": quantity(value, unit, ucum)}
            for (code, name, unit, ucum), value in ((SYSTOLIC, vitals.sbp), (DIASTOLIC, vitals.dbp))
            if value is not None
        ]
        found.append(panel)
    if vitals.spo2 is not None:
        oxygen = _observation(f"{key}/spo2", _loinc(*SPO2_CODES), vitals.at, patient_id, frame)
        oxygen["valueQuantity"] = quantity(vitals.spo2, "%", "%")
        found.append(oxygen)
    for observation in found:
        observation["partOf"] = [reference(administration_id)]
        yield observation


def measurement_observations(
    measurement: Measurement, *, patient_id: str, frame: Frame
) -> Iterator[Resource]:
    """The measured weight and height (never an adjusted dosing weight)."""
    key = f"measurement/{measurement.id or f'{patient_id}/{measurement.at.isoformat()}'}"
    if measurement.weight_kg is not None:
        yield _simple(
            f"{key}/weight", BODY_WEIGHT, measurement.weight_kg, measurement.at, patient_id, frame
        )
    if measurement.height_cm is not None:
        yield _simple(
            f"{key}/height", BODY_HEIGHT, measurement.height_cm, measurement.at, patient_id, frame
        )
