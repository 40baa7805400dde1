"""The one rate rule: label limits as pump settings, and the bedside warning agreeing with risk."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from ivigmon.domain.codes import Comorbidity, Diagnosis, FactorCode, LabelUse, Sex
from ivigmon.domain.models import Infusion, Lot, Patient, RateStep
from ivigmon.domain.rate_check import (
    RateRules,
    at_risk_codes,
    check_new_step,
    check_steps,
    label_rates,
)
from ivigmon.domain.risk import RiskContext, assess_infusion
from ivigmon.services.catalogue import shipped_products

RATED = sorted(p.id for p in shipped_products() if p.has_rate_limits)


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
