"""Records that make every kind of risk reason and alert reason, for the phrase tests.

Each case is an id and the factor or alert it makes; `test_reason_phrases` pins the English of
each (as the rules wrote it before reasons were kept as phrases) and checks that the phrases say
the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from ivigmon.domain.alerts import red_flag_alerts, unended_alerts, vital_sign_alerts
from ivigmon.domain.codes import (
    CheckMode,
    CheckOutcome,
    FactorCode,
    Seriousness,
)
from ivigmon.domain.models import (
    AdverseEvent,
    Alert,
    Check,
    Infusion,
    Patient,
    RiskFactor,
    VitalSigns,
)
from ivigmon.domain.rate_check import Breach, LimitKind
from ivigmon.domain.risk import RiskContext, assess_infusion, assess_patient
from ivigmon.domain.vital_limits import VitalLimits

from .factories import START, earlier_infusion, make_infusion, make_patient, measured, steps

HOUR = timedelta(hours=1)
MINUTE = timedelta(minutes=1)


def _factor(assessment: Any, code: FactorCode) -> RiskFactor:
    return next(f for f in assessment.factors if f.code is code)


def _event(**overrides: Any) -> AdverseEvent:
    values: dict[str, Any] = {
        "term": "urticaria",
        "grade": 2,
        "onset": START - timedelta(days=27, hours=20),
        "ctcae_version": "5.0",
    }
    values.update(overrides)
    return AdverseEvent(**values)


def risk_cases(ctx: RiskContext) -> Iterator[tuple[str, RiskFactor]]:
    """(id, factor) for every factor kind and the variants of its reason."""

    def infusion_factor(
        patient: Patient, infusions: list[Infusion], code: FactorCode
    ) -> RiskFactor:
        return _factor(assess_infusion(patient, infusions, "inf-1", ctx), code)

    def patient_factor(
        patient: Patient, infusions: list[Infusion], code: FactorCode, at: datetime = START
    ) -> RiskFactor:
        return _factor(assess_patient(patient, infusions, at, ctx), code)

    plain = make_patient()
    first = make_patient(prior_ivig_last_date=None)
    yield "first-infusion", infusion_factor(first, [make_infusion()], FactorCode.FIRST_INFUSION)
    here = earlier_infusion(70.3)
    yield (
        "long-gap-here-before-this-start",
        infusion_factor(first, [here, make_infusion()], FactorCode.LONG_GAP),
    )
    yield "long-gap-here-ago", patient_factor(first, [here], FactorCode.LONG_GAP)
    just_over = earlier_infusion(56 + 0.25 + 1 / 96, duration_h=6.0)
    yield (
        "long-gap-precise-hours-minutes",
        infusion_factor(first, [just_over, make_infusion()], FactorCode.LONG_GAP),
    )
    one_day = earlier_infusion(57.75, duration_h=24.0)
    yield (
        "long-gap-one-day",
        infusion_factor(
            make_patient(prior_ivig_last_date=None),
            [one_day, make_infusion()],
            FactorCode.LONG_GAP,
        ),
    )
    elsewhere = make_patient(prior_ivig_last_date=date(2025, 12, 1))
    yield "long-gap-elsewhere", infusion_factor(elsewhere, [make_infusion()], FactorCode.LONG_GAP)
    fever = VitalSigns(at=START - 30 * MINUTE, temp_c=38.44)
    yield (
        "infection-active-and-fever",
        infusion_factor(
            plain, [make_infusion(active_infection=True, vitals=(fever,))], FactorCode.INFECTION
        ),
    )
    yield (
        "product-change",
        infusion_factor(
            plain,
            [earlier_infusion(28, product_id="gamunex_c"), make_infusion()],
            FactorCode.PRODUCT_CHANGE,
        ),
    )
    yield (
        "product-change-unknown-product",
        infusion_factor(
            plain,
            [earlier_infusion(28, product_id="old_brand"), make_infusion()],
            FactorCode.PRODUCT_CHANGE,
        ),
    )
    # Privigen for JIA, 30 kg: initial 0.5 mg/kg/min = 9 mL/h; maximum 8 = 144 mL/h.
    for count, id_ in ((1, "one"), (4, "four"), (5, "five"), (6, "six")):
        raised = steps((0, 12), *((30 * n, 150 + n) for n in range(1, count)))
        yield (
            f"rapid-rate-{id_}-steps",
            infusion_factor(plain, [make_infusion(rate_steps=raised)], FactorCode.RAPID_RATE),
        )
    yield (
        "rapid-rate-ceiling-unknown-product",
        infusion_factor(
            plain,
            [make_infusion(product_id="no_such", rate_steps=steps((0, 400)))],
            FactorCode.RAPID_RATE,
        ),
    )
    yield (
        "rapid-rate-titration",
        infusion_factor(
            plain,
            [make_infusion(product_id="gamunex_c", rate_steps=steps((0, 18), (10, 36)))],
            FactorCode.RAPID_RATE,
        ),
    )
    yield (
        "rapid-rate-indication-maximum",
        infusion_factor(
            make_patient(diagnoses=("ITP",)),
            [make_infusion(indication="ITP", rate_steps=steps((0, 9), (30, 100)))],
            FactorCode.RAPID_RATE,
        ),
    )
    renal = make_patient(comorbidities={"kidney_failure", "diabetes"})
    yield "kidney-failure", patient_factor(renal, [], FactorCode.KIDNEY_FAILURE)
    yield "diabetes", patient_factor(renal, [], FactorCode.DIABETES)
    yield (
        "product-caution-sugar-and-renal",
        infusion_factor(
            renal, [make_infusion(product_id="octagam_10")], FactorCode.PRODUCT_CAUTION
        ),
    )
    toddler = make_patient(
        birth_date=date(2024, 9, 1),
        comorbidities={"fructose_intolerance"},
        measurements=measured(12.0, 85.0),
    )
    yield (
        "product-caution-age-and-sorbitol",
        infusion_factor(
            toddler,
            [make_infusion(product_id="flebogamma_dif_5", dosing_weight_kg=12.0, dose_g=12.0)],
            FactorCode.PRODUCT_CAUTION,
        ),
    )
    yield (
        "young-child-with-volume",
        infusion_factor(
            toddler,
            [make_infusion(dosing_weight_kg=12.0, dose_g=12.0)],
            FactorCode.YOUNG_CHILD,
        ),
    )
    yield "young-child-patient", patient_factor(toddler, [], FactorCode.YOUNG_CHILD)
    older = make_patient(birth_date=date(1958, 1, 10), measurements=measured(95.0, 170.0))
    yield "advanced-age", patient_factor(older, [], FactorCode.ADVANCED_AGE)
    yield "obesity-adult", patient_factor(older, [], FactorCode.OBESITY)
    yield (
        "obesity-child-percentile",
        patient_factor(make_patient(measurements=measured(48.0, 135.0)), [], FactorCode.OBESITY),
    )
    kawasaki = make_patient(diagnoses=("KD",), comorbidities={"cardiac_impairment"})
    yield (
        "kawasaki-indication-and-heart",
        infusion_factor(kawasaki, [make_infusion(indication="KD")], FactorCode.KAWASAKI_CARDIAC),
    )
    yield (
        "kawasaki-primary-diagnosis",
        patient_factor(make_patient(diagnoses=("KD",)), [], FactorCode.KAWASAKI_CARDIAC),
    )
    clots = make_patient(
        comorbidities={"thrombosis_history", "central_line", "estrogens", "immobilised"}
    )
    yield "thrombosis", patient_factor(clots, [], FactorCode.THROMBOSIS_RISK)
    yield (
        "anti-iga",
        patient_factor(make_patient(comorbidities={"anti_iga"}), [], FactorCode.ANTI_IGA),
    )
    yield (
        "hemolysis",
        infusion_factor(
            make_patient(blood_group="A+"),
            [make_infusion(dose_g=60.0)],
            FactorCode.HEMOLYSIS_RISK,
        ),
    )
    reacted = earlier_infusion(28, events=(_event(),))
    yield (
        "prior-reaction",
        infusion_factor(plain, [reacted, make_infusion()], FactorCode.PRIOR_REACTION),
    )
    serious = earlier_infusion(
        28,
        events=(
            _event(
                term="chest_pain",
                grade=3,
                serious=True,
                seriousness=(Seriousness.HOSPITALISATION, Seriousness.LIFE_THREATENING),
                check_offset_h=24,
            ),
        ),
    )
    yield (
        "prior-severe-serious-at-a-check",
        infusion_factor(plain, [serious, make_infusion()], FactorCode.PRIOR_SEVERE_REACTION),
    )
    anaphylaxis = earlier_infusion(28, events=(_event(term="anaphylaxis", grade=2, serious=True),))
    yield (
        "prior-severe-anaphylaxis-low-grade",
        infusion_factor(plain, [anaphylaxis, make_infusion()], FactorCode.PRIOR_SEVERE_REACTION),
    )
    free_text = earlier_infusion(28, events=(_event(term="itchy eyes", grade=3),))
    yield (
        "prior-severe-free-text-term",
        infusion_factor(plain, [free_text, make_infusion()], FactorCode.PRIOR_SEVERE_REACTION),
    )


# Every kind of limit a rate step can pass, as RAPID_RATE's tail says it.
BREACHES: dict[str, Breach] = {
    "maximum": Breach(LimitKind.MAXIMUM, 9.97, 8.0, "mg/kg/min"),
    "maximum-for-indication": Breach(LimitKind.MAXIMUM, 5.0, 4.0, "mg/kg/min", "ITP"),
    "maximum-local": Breach(LimitKind.MAXIMUM, 5.0, 4.5, "mg/kg/min", "", "ward audit 2025"),
    "maximum-for-indication-local": Breach(
        LimitKind.MAXIMUM, 5.0, 4.5, "mg/kg/min", "ITP", "ward audit 2025"
    ),
    "at-risk": Breach(LimitKind.AT_RISK_MAXIMUM, 4.0, 3.3, "mg/kg/min", "KIDNEY_FAILURE"),
    "at-risk-local": Breach(
        LimitKind.AT_RISK_MAXIMUM, 4.0, 3.0, "mg/kg/min", "KIDNEY_FAILURE, DIABETES", "nephrology"
    ),
    "at-risk-local-only": Breach(LimitKind.AT_RISK_MAXIMUM, 4.0, 3.0, "mg/kg/min", "", "note"),
    "ceiling": Breach(LimitKind.CEILING, 420.0, 400.0, "mL/h"),
    "initial": Breach(LimitKind.INITIAL, 0.8, 0.5, "mg/kg/min"),
    "initial-for-indication": Breach(LimitKind.INITIAL, 3.0, 2.0, "mg/kg/min", "CIDP"),
    "initial-local": Breach(LimitKind.INITIAL, 0.8, 0.4, "mL/kg/h", "", "pharmacy"),
    "initial-for-indication-local": Breach(
        LimitKind.INITIAL, 3.0, 1.5, "mg/kg/min", "CIDP", "pharmacy"
    ),
    "titration-first": Breach(
        LimitKind.TITRATION, 2.0, 30.0, "mg/kg/min", "first", previous=1.0, minutes=10.5
    ),
    "titration-later": Breach(
        LimitKind.TITRATION, 4.0, 30.0, "mg/kg/min", "later", previous=2.0, minutes=29.97
    ),
    "titration-first-local": Breach(
        LimitKind.TITRATION, 2.0, 20.0, "mL/kg/h", "first", "neuro", previous=1.0, minutes=5.0
    ),
    "titration-later-local": Breach(
        LimitKind.TITRATION, 4.0, 20.0, "mg/kg/min", "later", "neuro", previous=2.0, minutes=15.0
    ),
}


def _vital(at: datetime, **readings: Any) -> VitalSigns:
    return VitalSigns(at=at, **readings)


def alert_cases(limits: VitalLimits) -> Iterator[tuple[str, Alert]]:
    """(id, alert) for every alert kind and the variants of its reason."""
    nine = make_patient()

    def vitals(
        patient: Patient, before: dict[str, Any] | None, during: dict[str, Any], **kw: Any
    ) -> Alert:
        records = [] if before is None else [_vital(START - 10 * MINUTE, **before)]
        records.append(_vital(START + HOUR, **during))
        infusion = make_infusion(vitals=tuple(records), **kw)
        (alert,) = vital_sign_alerts(patient, infusion, START + 3 * HOUR, limits)
        return alert

    yield "vitals-heart-rate-and-spo2", vitals(nine, None, {"hr": 140, "spo2": 94})
    yield "vitals-spo2-urgent", vitals(nine, None, {"spo2": 84})
    yield "vitals-spo2-alert-vs-baseline", vitals(nine, {"spo2": 96}, {"spo2": 92, "hr": 160})
    yield "vitals-fever-no-baseline", vitals(nine, None, {"temp_c": 38.25})
    yield "vitals-fever-and-rise", vitals(nine, {"temp_c": 37.0}, {"temp_c": 38.04})
    yield "vitals-rise-only", vitals(nine, {"temp_c": 38.2}, {"temp_c": 39.3})
    yield "vitals-hypothermia", vitals(nine, None, {"temp_c": 34.9})
    yield (
        "vitals-watch-high-temp-with-alert",
        vitals(nine, {"temp_c": 38.6}, {"temp_c": 38.7, "hr": 140}),
    )
    yield "vitals-low-temp-watch-with-alert", vitals(nine, None, {"temp_c": 35.5, "hr": 140})
    yield (
        "vitals-hr-alert-counted-as-watch",
        vitals(nine, {"hr": 135}, {"hr": 138, "rr": 45}),
    )
    yield "vitals-hypotension-and-fall", vitals(nine, {"sbp": 120}, {"sbp": 80})
    yield "vitals-hypotension-banded-urgent", vitals(nine, None, {"sbp": 60})
    yield (
        "vitals-neonate",
        vitals(make_patient(birth_date=date(2026, 2, 20)), None, {"sbp": 55, "hr": 200}),
    )
    yield (
        "vitals-infant",
        vitals(make_patient(birth_date=date(2025, 9, 1)), None, {"sbp": 65}),
    )
    yield (
        "vitals-teenager",
        vitals(make_patient(birth_date=date(2012, 1, 1)), None, {"sbp": 85, "rr": 40}),
    )
    yield "vitals-adult-band", vitals(make_patient(birth_date=date(1990, 1, 1)), None, {"hr": 150})

    def red_flag(*symptoms: str, offset: int = 6) -> Alert:
        infusion = make_infusion()
        check = Check(
            infusion_id="inf-1",
            offset_h=offset,
            due_at=START + timedelta(hours=12),
            done_at=START + timedelta(hours=12),
            done_by="nurse",
            mode=CheckMode.PHONE,
            outcome=CheckOutcome.SYMPTOMS,
            symptoms=tuple(symptoms),
        )
        (alert,) = red_flag_alerts(infusion, [check], None)
        return alert

    yield "red-flag-one", red_flag("dark_urine")
    yield (
        "red-flag-every-group",
        red_flag(
            "jaundice",
            "wheeze",
            "headache",
            "dyspnoea",
            "chest_pain",
            "neck_stiffness",
            "photophobia",
            "reduced_urine",
            "one_sided_weakness",
            "limb_swelling",
            "hypotension",
            "anaphylaxis",
            "dark_urine",
            offset=24,
        ),
    )
    running = make_infusion(end=None)
    for at, id_ in ((START + 26 * HOUR, "whole-hours"), (START + 24 * HOUR + MINUTE, "minutes")):
        (alert,) = unended_alerts([running], at, 24.0)
        yield f"unended-{id_}", alert
    (alert,) = unended_alerts([running], None, 24.5)
    yield "unended-no-reference-time", alert
