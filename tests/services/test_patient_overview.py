"""The patient overview and the patient form's service."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ivigmon.domain.codes import Comorbidity, Diagnosis, Sex
from ivigmon.domain.models import Measurement, Patient
from ivigmon.domain.validation import ValidationError
from ivigmon.services.history import load_history
from ivigmon.services.patient_overview import age_text, patient_overview
from ivigmon.services.patients import save_patient_form
from tests.factories import make_patient, start_infusion


def test_age_text_for_the_youngest_children():
    at = datetime(2026, 3, 10, 12, 0)
    assert age_text(date(2026, 2, 28), at) == "10 days"
    assert age_text(date(2025, 8, 1), at) == "7 mo"
    assert age_text(date(2024, 11, 9), at) == "1 y 4 mo"
    assert age_text(date(2019, 4, 2), at) == "6 y"


def test_the_overview_gives_bmi_percentile_and_statuses(ctx, clock):
    make_patient(ctx)
    started = start_infusion(
        ctx, start=datetime(2026, 3, 9, 9, 0), end=datetime(2026, 3, 9, 19, 30)
    )
    overview = patient_overview(ctx, "K-0001")
    assert overview.age_years == 6 and overview.age_text == "6 y"
    assert round(overview.body.bmi, 1) == 14.8  # 14.2 kg / 0.98 m²
    assert overview.body.bmi_percentile is not None
    assert 0 < overview.body.bmi_percentile < 95
    assert [i.infusion.id for i in overview.infusions] == [started.id]
    assert [c.check.offset_h for c in overview.checks] == [72, 48, 24]
    assert overview.risk.patient.level.value == "high"  # Kawasaki disease


def test_editing_a_patient_and_adding_a_measurement_is_all_or_nothing(ctx):
    original = make_patient(ctx)
    amended = Patient(
        mrn="K-0001",
        name="Ada Nowak",
        sex=Sex.F,
        birth_date=original.birth_date,
        diagnoses=(Diagnosis.KD,),
        comorbidities=frozenset({Comorbidity.KIDNEY_FAILURE}),
        blood_group="A+",
    )
    too_light = Measurement(at=datetime(2026, 3, 10, 9, 0), weight_kg=-1)
    with pytest.raises(ValidationError) as err:
        save_patient_form(ctx, original_mrn="K-0001", patient=amended, measurement=too_light)
    assert err.value.field == "weight_kg"
    assert load_history(ctx, "K-0001").patient.comorbidities == frozenset()  # unchanged
    good = Measurement(at=datetime(2026, 3, 10, 9, 0), weight_kg=14.6)
    save_patient_form(ctx, original_mrn="K-0001", patient=amended, measurement=good)
    stored = load_history(ctx, "K-0001").patient
    assert stored.comorbidities == frozenset({Comorbidity.KIDNEY_FAILURE})
    assert [m.weight_kg for m in stored.measurements] == [14.2, 14.6]


def test_a_birth_date_after_a_recorded_measurement_is_refused(ctx):
    original = make_patient(ctx)
    later_birth = Patient(
        mrn="K-0001",
        name="Ada Nowak",
        sex=Sex.F,
        birth_date=date(2026, 3, 5),  # after the measurement of 2026-03-01
        diagnoses=original.diagnoses,
    )
    with pytest.raises(ValidationError) as err:
        save_patient_form(ctx, original_mrn="K-0001", patient=later_birth, measurement=None)
    assert err.value.field == "birth_date"
