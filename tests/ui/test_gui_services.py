"""The Qt-free services the GUI added: typed times, step checks, the patient overview, saving."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivigmon.domain.codes import Comorbidity, Diagnosis, FactorCode, LabelUse, Sex
from ivigmon.domain.models import Infusion, Lot, Measurement, Patient, RateStep
from ivigmon.domain.rate_check import (
    RateRules,
    at_risk_codes,
    check_new_step,
    check_steps,
    label_rates,
)
from ivigmon.domain.risk import RiskContext, assess_infusion
from ivigmon.domain.time_entry import parse_moment
from ivigmon.domain.validation import ValidationError
from ivigmon.services.catalogue import shipped_products
from ivigmon.services.history import load_history
from ivigmon.services.patient_overview import age_text, patient_overview
from ivigmon.services.patients import save_patient_form
from tests.factories import make_patient, start_infusion

NOW = datetime(2026, 3, 10, 0, 15)
RATED = sorted(p.id for p in shipped_products() if p.has_label_rates)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", NOW),
        ("now", NOW),
        ("00:10", datetime(2026, 3, 10, 0, 10)),
        ("23:50", datetime(2026, 3, 9, 23, 50)),  # typed just after midnight: last night
        ("9.05", datetime(2026, 3, 9, 9, 5)),  # 09:05 today has not come yet
        ("2026-03-09 14:05", datetime(2026, 3, 9, 14, 5)),
        ("2026-03-09T14:05", datetime(2026, 3, 9, 14, 5)),
    ],
)
def test_typed_times(typed, expected):
    assert parse_moment("r", "at", typed, now=NOW) == expected


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("25:00", "not a time of day"),
        ("yesterday", "expected a time like 14:05"),
        ("2026-03-09", "add the time"),
        ("2026-03-10 09:00", "is in the future"),
    ],
)
def test_impossible_typed_times_name_the_field(typed, problem):
    with pytest.raises(ValidationError) as err:
        parse_moment("step", "at", typed, now=NOW)
    assert err.value.field == "at"
    assert problem in err.value.problem


def test_age_text_for_the_youngest_children():
    at = datetime(2026, 3, 10, 12, 0)
    assert age_text(date(2026, 2, 28), at) == "10 days"
    assert age_text(date(2025, 8, 1), at) == "7 mo"
    assert age_text(date(2024, 11, 9), at) == "1 y 4 mo"
    assert age_text(date(2019, 4, 2), at) == "6 y"


def test_label_rates_as_pump_settings():
    privigen = next(p for p in shipped_products() if p.id == "privigen")
    rules = RateRules(product=privigen, indication="KD", weight_kg=14.2)
    limits = {limit.name: round(limit.pump_ml_per_h, 1) for limit in label_rates(rules).limits}
    # 0.5 mg/kg/min = 0.3 mL/kg/h; 8 mg/kg/min = 4.8 mL/kg/h (10 %, 14.2 kg).
    assert limits == {"Initial rate": 4.3, "Maximum": 68.2}
    itp = RateRules(product=privigen, indication="ITP", weight_kg=14.2)
    (maximum,) = [m for m in label_rates(itp).limits if m.name == "Maximum"]
    assert (maximum.rate, maximum.why) == (4.0, "for ITP")


@settings(max_examples=150, deadline=None)
@given(
    product_id=st.sampled_from(RATED),
    indication=st.sampled_from([d for d in Diagnosis]),
    weight=st.floats(min_value=3, max_value=90),
    first=st.floats(min_value=0, max_value=400),
    second=st.floats(min_value=0, max_value=400),
    comorbid=st.sampled_from([frozenset(), frozenset({Comorbidity.DIABETES})]),
)
def test_a_step_warning_appears_exactly_when_the_risk_rule_finds_a_rapid_rate(
    products, growth, product_id, indication, weight, first, second, comorbid
):
    risk_ctx = RiskContext(products=products, growth=growth)
    start = datetime(2026, 3, 9, 9, 0)
    patient = Patient(
        mrn="K-1",
        name="A",
        sex=Sex.F,
        birth_date=date(2014, 1, 1),
        diagnoses=(Diagnosis.JIA,),
        comorbidities=comorbid,
        blood_group="O+",
    )
    steps = (RateStep(start, first, id=1), RateStep(datetime(2026, 3, 9, 10, 0), second, id=2))
    infusion = Infusion(
        id="inf-1",
        mrn="K-1",
        indication=indication,
        label_use=LabelUse.ON,
        product_id=product_id,
        dosing_weight_kg=weight,
        dose_g=weight,
        start=start,
        lots=(Lot("L1"),),
        rate_steps=steps,
    )
    assessment = assess_infusion(patient, [infusion], "inf-1", risk_ctx)
    rules = RateRules(
        product=risk_ctx.products[product_id],
        indication=indication.value,
        weight_kg=weight,
        at_risk_codes=at_risk_codes(assessment.codes),
    )
    checked = check_steps(rules, steps)
    flagged = any(step.warning for step in checked)
    assert flagged == (FactorCode.RAPID_RATE in assessment.codes)
    # A step typed now is judged as it will be once it is recorded.
    preview = check_new_step(rules, steps[:1], at=steps[1].at, ml_per_h=second)
    assert preview.warning == checked[1].warning


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
