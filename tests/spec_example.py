"""The interchange example of SPEC section 7, shared by the importer tests."""

from __future__ import annotations

from typing import Any

SPEC_EXAMPLE: dict[str, Any] = {
    "format": "ivigmon/1",
    "patients": [
        {
            "mrn": "K-0001",
            "name": "...",
            "sex": "F",
            "birth_date": "2019-04-02",
            "blood_group": "A+",
            "diagnoses": ["KD"],
            "comorbidities": [],
            "prior_ivig_last_date": None,
            "measurements": [{"at": "2026-03-01T08:00", "weight_kg": 14.2, "height_cm": 98.0}],
        }
    ],
    "infusions": [
        {
            "id": "inf-1",
            "mrn": "K-0001",
            "indication": "KD",
            "label_use": "on",
            "product": "privigen",
            "lots": [{"lot": "P123", "expiry": "2027-01-31"}],
            "dosing_weight_kg": 14.2,
            "dosing_weight_basis": "actual",
            "dose_g": 28.0,
            "start": "2026-03-01T09:00",
            "end": "2026-03-01T19:30",
            "active_infection": False,
            "rate_steps": [{"at": "2026-03-01T09:00", "ml_per_h": 4.3}],
            "premedications": [
                {
                    "at": "2026-03-01T08:30",
                    "drug": "paracetamol",
                    "class": "antipyretic",
                    "dose": "210 mg",
                    "route": "po",
                }
            ],
            "vitals": [
                {
                    "at": "2026-03-01T08:45",
                    "temp_c": 37.1,
                    "hr": 112,
                    "sbp": 98,
                    "dbp": 61,
                    "rr": 24,
                    "spo2": 98,
                }
            ],
            "events": [
                {
                    "onset": "2026-03-01T10:10",
                    "term": "flushing",
                    "grade": 1,
                    "ctcae_version": "5.0",
                    "serious": False,
                    "action": "rate_reduced",
                    "outcome": "resolved",
                }
            ],
            "course_outcome": None,
        }
    ],
    "checks": [
        {
            "infusion_id": "inf-1",
            "offset_h": 24,
            "done_at": "2026-03-02T19:00",
            "mode": "phone",
            "outcome": "no_symptoms",
            "symptoms": [],
            "notes": "",
        }
    ],
}
