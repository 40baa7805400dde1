# The pinned reasons are kept whole, one a line, to be read and compared as the ward reads them.
# ruff: noqa: E501
"""Every kind of risk reason and alert reason says, from its phrases, the English the rules
wrote before reasons were kept as phrases (the CLI, the JSON outputs and the interchange carry
it unchanged); the phrases survive the stored form; the reworded BMI percentile and the count of
steps not listed read right at their boundaries."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from ivigmon.domain.codes import COMORBIDITY_NAMES, SERIOUSNESS_NAMES, VITAL_SIGN_NAMES, FactorCode
from ivigmon.domain.phrases import (
    Clock,
    Day,
    Join,
    Moment,
    Num,
    Phrase,
    Text,
    Whole,
    dumps,
    english,
    english_arg,
    from_json,
    loads,
    to_json,
)
from ivigmon.domain.rate_check import describe_for_risk, risk_breach_phrase
from ivigmon.domain.reason_names import (
    COMORBIDITY_WORDS,
    SERIOUSNESS_WORDS,
    SIGN_WORDS,
    TERM_WORDS,
)
from ivigmon.domain.risk import RiskContext, duration_phrase, format_duration, more_steps
from ivigmon.domain.vital_limits import VitalLimits

from .factories import START, assess_both, make_infusion, make_patient, measured, reason, steps
from .reason_cases import BREACHES, alert_cases, risk_cases

# The English of each case, as the rules wrote it before reasons were phrases (generated with
# that code from the same records); only the BMI percentile is reworded (no ordinal suffix:
# "97.1th" read wrongly), it said "BMI 26.3 kg/m² is at the 98.4th percentile for age (>= 95th)".
EXPECTED: dict[tuple[str, str], str] = {
    ("risk", "first-infusion"): "no earlier infusion recorded and no earlier IVIG date known",
    (
        "risk",
        "long-gap-here-before-this-start",
    ): "last IVIG here ended 2025-12-21 07:48: 70 days before this start (> 56 days)",
    ("risk", "long-gap-here-ago"): "last IVIG here ended 2025-12-21 07:48: 70 days ago (> 56 days)",
    (
        "risk",
        "long-gap-precise-hours-minutes",
    ): "last IVIG here ended 2026-01-04 08:45: 56 days 15 min before this start (> 56 days)",
    (
        "risk",
        "long-gap-one-day",
    ): "last IVIG here ended 2026-01-03 15:00: 56 days 18 h before this start (> 56 days)",
    (
        "risk",
        "long-gap-elsewhere",
    ): "last IVIG elsewhere on 2025-12-01: 90 days before this start (> 56 days)",
    (
        "risk",
        "infection-active-and-fever",
    ): "active infection recorded; temperature 38.4 °C at 2026-03-01 08:30 before the start (>= 38.0 °C)",
    (
        "risk",
        "product-change",
    ): "previous infusion (2026-02-01 09:00) was Gamunex-C (Gammaked); this one is Privigen",
    (
        "risk",
        "product-change-unknown-product",
    ): "previous infusion (2026-02-01 09:00) was old_brand; this one is Privigen",
    (
        "risk",
        "rapid-rate-one-steps",
    ): "Privigen step first step 2026-03-01 09:00: 12 mL/h = 0.40 mL/kg/h = 0.67 mg/kg/min, above the initial rate 0.5 mg/kg/min",
    (
        "risk",
        "rapid-rate-four-steps",
    ): "Privigen step first step 2026-03-01 09:00: 12 mL/h = 0.40 mL/kg/h = 0.67 mg/kg/min, above the initial rate 0.5 mg/kg/min; 2026-03-01 09:30: 151 mL/h = 5.03 mL/kg/h = 8.39 mg/kg/min, above the maximum 8 mg/kg/min; 2026-03-01 10:00: 152 mL/h = 5.07 mL/kg/h = 8.44 mg/kg/min, above the maximum 8 mg/kg/min; and 1 more step",
    (
        "risk",
        "rapid-rate-five-steps",
    ): "Privigen step first step 2026-03-01 09:00: 12 mL/h = 0.40 mL/kg/h = 0.67 mg/kg/min, above the initial rate 0.5 mg/kg/min; 2026-03-01 09:30: 151 mL/h = 5.03 mL/kg/h = 8.39 mg/kg/min, above the maximum 8 mg/kg/min; 2026-03-01 10:00: 152 mL/h = 5.07 mL/kg/h = 8.44 mg/kg/min, above the maximum 8 mg/kg/min; and 2 more steps",
    (
        "risk",
        "rapid-rate-six-steps",
    ): "Privigen step first step 2026-03-01 09:00: 12 mL/h = 0.40 mL/kg/h = 0.67 mg/kg/min, above the initial rate 0.5 mg/kg/min; 2026-03-01 09:30: 151 mL/h = 5.03 mL/kg/h = 8.39 mg/kg/min, above the maximum 8 mg/kg/min; 2026-03-01 10:00: 152 mL/h = 5.07 mL/kg/h = 8.44 mg/kg/min, above the maximum 8 mg/kg/min; and 3 more steps",
    (
        "risk",
        "rapid-rate-ceiling-unknown-product",
    ): "no_such step 2026-03-01 09:00: 400 mL/h = 13.33 mL/kg/h, above the ward ceiling 240 mL/h (all products)",
    (
        "risk",
        "rapid-rate-titration",
    ): "Gamunex-C (Gammaked) step 2026-03-01 09:10: 36 mL/h = 1.20 mL/kg/h = 2.00 mg/kg/min, raised to 2 mg/kg/min 10 min after 1 mg/kg/min (label: the initial rate for at least 30 min)",
    (
        "risk",
        "rapid-rate-indication-maximum",
    ): "Privigen step 2026-03-01 09:30: 100 mL/h = 3.33 mL/kg/h = 5.56 mg/kg/min, above the maximum 4 mg/kg/min for ITP",
    ("risk", "kidney-failure"): "comorbidity: kidney failure",
    ("risk", "diabetes"): "comorbidity: diabetes",
    (
        "risk",
        "product-caution-sugar-and-renal",
    ): "Octagam 10% contains maltose and the patient has kidney failure and diabetes",
    (
        "risk",
        "product-caution-age-and-sorbitol",
    ): "Flebogamma 5% DIF is not advised under 2 y (age 1 y); Flebogamma 5% DIF contains sorbitol and the patient has fructose intolerance",
    (
        "risk",
        "young-child-with-volume",
    ): "age 1 y (< 5): prone to fluid overload; this infusion is 120 mL (10.0 mL/kg)",
    ("risk", "young-child-patient"): "age 1 y (< 5): prone to fluid overload",
    ("risk", "advanced-age"): "age 68 y (>= 65)",
    ("risk", "obesity-adult"): "BMI 32.9 kg/m² (>= 30)",
    ("risk", "obesity-child-percentile"): "BMI 26.3 kg/m²: BMI-for-age percentile 98.4 (>= 95)",
    (
        "risk",
        "kawasaki-indication-and-heart",
    ): "indication Kawasaki disease; comorbidity: cardiac impairment",
    ("risk", "kawasaki-primary-diagnosis"): "primary diagnosis Kawasaki disease",
    (
        "risk",
        "thrombosis",
    ): "comorbidity: central venous line, history of thrombosis, immobilised, takes estrogens",
    ("risk", "anti-iga"): "IgA deficiency with anti-IgA antibodies",
    ("risk", "hemolysis"): "blood group A+ and course dose 2.00 g/kg (>= 2)",
    ("risk", "prior-reaction"): "urticaria grade 2 on 2026-02-01 during inf-0 (Privigen)",
    (
        "risk",
        "prior-severe-serious-at-a-check",
    ): "chest pain grade 3 (serious: needed or prolonged a hospital stay, life-threatening) on 2026-02-01 reported at the 24 h check of inf-0 (Privigen)",
    (
        "risk",
        "prior-severe-anaphylaxis-low-grade",
    ): "anaphylaxis grade 2 (serious) on 2026-02-01 during inf-0 (Privigen); anaphylaxis is severe whatever its recorded grade (CTCAE v5 grades it 3-5)",
    (
        "risk",
        "prior-severe-free-text-term",
    ): "itchy eyes grade 3 on 2026-02-01 during inf-0 (Privigen)",
    ("breach", "maximum"): "above the maximum 8 mg/kg/min",
    ("breach", "maximum-for-indication"): "above the maximum 4 mg/kg/min for ITP",
    ("breach", "maximum-local"): "above the maximum 4.5 mg/kg/min (local limit: ward audit 2025)",
    (
        "breach",
        "maximum-for-indication-local",
    ): "above the maximum 4.5 mg/kg/min for ITP (local limit: ward audit 2025)",
    ("breach", "at-risk"): "above the at-risk maximum 3.3 mg/kg/min (KIDNEY_FAILURE)",
    (
        "breach",
        "at-risk-local",
    ): "above the at-risk maximum 3 mg/kg/min (KIDNEY_FAILURE, DIABETES; local limit: nephrology)",
    ("breach", "at-risk-local-only"): "above the at-risk maximum 3 mg/kg/min (local limit: note)",
    ("breach", "ceiling"): "above the ward ceiling 400 mL/h (all products)",
    ("breach", "initial"): "above the initial rate 0.5 mg/kg/min",
    ("breach", "initial-for-indication"): "above the initial rate 2 mg/kg/min for CIDP",
    ("breach", "initial-local"): "above the initial rate 0.4 mL/kg/h (local limit: pharmacy)",
    (
        "breach",
        "initial-for-indication-local",
    ): "above the initial rate 1.5 mg/kg/min for CIDP (local limit: pharmacy)",
    (
        "breach",
        "titration-first",
    ): "raised to 2 mg/kg/min 10.5 min after 1 mg/kg/min (label: the initial rate for at least 30 min)",
    (
        "breach",
        "titration-later",
    ): "raised to 4 mg/kg/min 30 min after 2 mg/kg/min (label: each step at least 30 min)",
    (
        "breach",
        "titration-first-local",
    ): "raised to 2 mL/kg/h 5 min after 1 mL/kg/h (the initial rate for at least 20 min; local limit: neuro)",
    (
        "breach",
        "titration-later-local",
    ): "raised to 4 mg/kg/min 15 min after 2 mg/kg/min (each step at least 20 min; local limit: neuro)",
    (
        "alert",
        "vitals-heart-rate-and-spo2",
    ): "heart rate 140/min: alert (>= 130/min, age 4-12 y: Bedside PEWS, Parshuram 2009); SpO2 94 %: watch (< 95 %: paediatric triage SpO2 bands, BMJ Open)",
    (
        "alert",
        "vitals-spo2-urgent",
    ): "SpO2 84 %: urgent (< 85 %: paediatric triage SpO2 bands, BMJ Open)",
    (
        "alert",
        "vitals-spo2-alert-vs-baseline",
    ): "heart rate 160/min: urgent (>= 151/min, age 4-12 y: Bedside PEWS, Parshuram 2009); SpO2 92 %: alert (< 93 %: paediatric triage SpO2 bands, BMJ Open)",
    (
        "alert",
        "vitals-fever-no-baseline",
    ): "temperature 38.3 °C: alert (>= 38.0 °C with no baseline: CTCAE v5 fever)",
    (
        "alert",
        "vitals-fever-and-rise",
    ): "temperature 38.0 °C: alert (>= 38.0 °C with a baseline of 37.0 °C: CTCAE v5 fever; 1.0 °C or more above the baseline 37.0 °C: ISBT 2011 febrile reaction)",
    (
        "alert",
        "vitals-rise-only",
    ): "temperature 39.3 °C: alert (1.0 °C or more above the baseline 38.2 °C: ISBT 2011 febrile reaction)",
    (
        "alert",
        "vitals-hypothermia",
    ): "temperature 34.9 °C: alert (< 35.0 °C: Bedside PEWS, Parshuram 2009)",
    (
        "alert",
        "vitals-watch-high-temp-with-alert",
    ): "temperature 38.7 °C: watch (> 38.5 °C: Bedside PEWS, Parshuram 2009); heart rate 140/min: alert (>= 130/min, age 4-12 y: Bedside PEWS, Parshuram 2009)",
    (
        "alert",
        "vitals-low-temp-watch-with-alert",
    ): "temperature 35.5 °C: watch (< 36.0 °C: Bedside PEWS, Parshuram 2009); heart rate 140/min: alert (>= 130/min, age 4-12 y: Bedside PEWS, Parshuram 2009)",
    (
        "alert",
        "vitals-hr-alert-counted-as-watch",
    ): "heart rate 138/min: watch (>= 130/min, age 4-12 y: Bedside PEWS, Parshuram 2009; alert by the limits, counted as watch: the baseline 135/min was already alert); respiratory rate 45/min: alert (>= 41/min, age 4-12 y: Bedside PEWS, Parshuram 2009)",
    (
        "alert",
        "vitals-hypotension-and-fall",
    ): "systolic pressure 80 mmHg: urgent (< 88 mmHg: hypotension at 9 y: 70 + 2 x age (Sampson 2006, anaphylaxis criteria); more than 30 % below the baseline 120 mmHg: hypotension (Sampson 2006, anaphylaxis criteria))",
    (
        "alert",
        "vitals-hypotension-banded-urgent",
    ): "systolic pressure 60 mmHg: urgent (< 88 mmHg: hypotension at 9 y: 70 + 2 x age (Sampson 2006, anaphylaxis criteria))",
    (
        "alert",
        "vitals-neonate",
    ): "heart rate 200/min: urgent (>= 190/min, age 0-2 months: Bedside PEWS, Parshuram 2009); systolic pressure 55 mmHg: urgent (< 60 mmHg: hypotension under 1 month (PALS, term neonates))",
    (
        "alert",
        "vitals-infant",
    ): "systolic pressure 65 mmHg: urgent (< 70 mmHg: hypotension from 1 month to 1 year (Sampson 2006, anaphylaxis criteria))",
    (
        "alert",
        "vitals-teenager",
    ): "respiratory rate 40/min: urgent (>= 30/min, age 13 y and over: Bedside PEWS, Parshuram 2009); systolic pressure 85 mmHg: urgent (< 90 mmHg: hypotension from 11 years (Sampson 2006, anaphylaxis criteria))",
    (
        "alert",
        "vitals-adult-band",
    ): "heart rate 150/min: urgent (>= 140/min, age 13 y and over: Bedside PEWS, Parshuram 2009)",
    (
        "alert",
        "red-flag-one",
    ): "at the 6 h check: dark urine: may mean haemolysis (labels): check Hb and bilirubin",
    (
        "alert",
        "red-flag-every-group",
    ): "at the 24 h check: anaphylaxis, wheeze, shortness of breath, low blood pressure: may mean anaphylaxis or TRALI; chest pain, swollen limb, weakness on one side: may mean thrombosis (boxed warning); neck stiffness, light hurts the eyes: may mean aseptic meningitis (labels); dark urine, jaundice: may mean haemolysis (labels): check Hb and bilirubin; less urine: may mean renal dysfunction (boxed warning): check creatinine and urine output",
    (
        "alert",
        "unended-whole-hours",
    ): "running for 26 h since 2026-03-01 09:00: record its end, or mark it entered in error",
    (
        "alert",
        "unended-minutes",
    ): "running for 24 h 1 min since 2026-03-01 09:00: record its end, or mark it entered in error",
    (
        "alert",
        "unended-no-reference-time",
    ): "running for more than 24 h 30 min since 2026-03-01 09:00: record its end, or mark it entered in error",
}


def _cases(kind: str) -> list[str]:
    return [key for k, key in EXPECTED if k == kind]


def _check_phrases(text: str, phrases: tuple[Phrase, ...], expected: str) -> None:
    assert text == expected
    assert phrases, "a reason made by the rules has phrases"
    assert english(phrases) == expected
    # The stored form gives back the same phrases, and so the same words.
    again = from_json(json.loads(json.dumps(to_json(phrases))))
    assert again == phrases
    assert english(loads(dumps(phrases))) == expected


@pytest.mark.parametrize("case", _cases("risk"))
def test_each_risk_reason_says_the_same_english_from_its_phrases(
    risk_ctx: RiskContext, case: str
) -> None:
    factors = dict(risk_cases(risk_ctx))
    factor = factors[case]
    _check_phrases(factor.reason, factor.phrases, EXPECTED["risk", case])


def test_every_risk_case_is_pinned(risk_ctx: RiskContext) -> None:
    made = {case for case, _ in risk_cases(risk_ctx)}
    assert made == set(_cases("risk"))
    # Every factor kind is among them.
    kinds = {factor.code for _, factor in risk_cases(risk_ctx)}
    assert kinds == set(FactorCode)


@pytest.mark.parametrize("case", _cases("breach"))
def test_each_rate_breach_says_the_same_english_from_its_phrase(case: str) -> None:
    breach = BREACHES[case]
    phrase = risk_breach_phrase(breach)
    _check_phrases(describe_for_risk(breach), (phrase,), EXPECTED["breach", case])


@pytest.mark.parametrize("case", _cases("alert"))
def test_each_alert_reason_says_the_same_english_from_its_phrases(
    limits: VitalLimits, case: str
) -> None:
    alert = dict(alert_cases(limits))[case]
    _check_phrases(alert.reason, alert.phrases, EXPECTED["alert", case])


def test_every_alert_case_is_pinned(limits: VitalLimits) -> None:
    assert {case for case, _ in alert_cases(limits)} == set(_cases("alert"))


DURATIONS = [
    pytest.param(timedelta(0), True, id="zero"),
    pytest.param(timedelta(minutes=1), True, id="one-minute"),
    pytest.param(timedelta(hours=1), True, id="one-hour"),
    pytest.param(timedelta(days=1), True, id="one-day"),
    pytest.param(timedelta(days=1, hours=1, minutes=1), True, id="day-hour-minute"),
    pytest.param(timedelta(days=1, hours=23), False, id="under-two-days-not-precise"),
    pytest.param(timedelta(days=2, minutes=5), False, id="two-days-not-precise"),
    pytest.param(timedelta(days=2, minutes=5), True, id="two-days-precise"),
    pytest.param(timedelta(days=56, minutes=30), True, id="long-gap"),
]


@pytest.mark.parametrize(("span", "precise"), DURATIONS)
def test_a_duration_phrase_says_what_format_duration_says(span: timedelta, precise: bool) -> None:
    assert english_arg(duration_phrase(span, precise=precise)) == format_duration(
        span, precise=precise
    )


@pytest.mark.parametrize(
    ("extra", "text"),
    [(1, "and 1 more step"), (2, "and 2 more steps"), (5, "and 5 more steps")],
)
def test_steps_not_listed_are_counted_in_words(extra: int, text: str) -> None:
    assert more_steps(extra).english == text


@pytest.mark.parametrize(
    ("weight", "text"),
    [
        pytest.param(41.0, None, id="below-95"),
        pytest.param(42.0, "BMI 23.0 kg/m²: BMI-for-age percentile 95.7 (>= 95)", id="95.7"),
        pytest.param(44.0, "BMI 24.1 kg/m²: BMI-for-age percentile 97.0 (>= 95)", id="97.0"),
        pytest.param(70.0, "BMI 38.4 kg/m²: BMI-for-age percentile 99.8 (>= 95)", id="99.8"),
    ],
)
def test_the_bmi_percentile_is_written_without_an_ordinal_suffix(
    risk_ctx: RiskContext, weight: float, text: str | None
) -> None:
    """9-year-old girl, 135 cm (the exact 95.0 is in test_obesity)."""
    patient = make_patient(measurements=measured(weight, 135.0))
    infusion, now = assess_both(risk_ctx, patient, [make_infusion()])
    if text is None:
        assert FactorCode.OBESITY not in infusion.codes
        return
    assert reason(infusion, FactorCode.OBESITY) == reason(now, FactorCode.OBESITY) == text


ARGS: list[tuple[Any, str]] = [
    (Num(8.0), "8"),
    (Num(0.25), "0.25"),
    (Num(3.333, 1), "3.3"),
    (Num(31.0, 1, fixed=True), "31.0"),
    (Num(0.4, 2, fixed=True), "0.40"),
    (Whole(10), "10"),
    (Moment(START), "2026-03-01 09:00"),
    (Day(START.date()), "2026-03-01"),
    (Clock(START), "09:00"),
    (Text("Octagam 10%"), "Octagam 10%"),
    (Join(", ", (Text("a"), Whole(2))), "a, 2"),
    (Phrase("{x} mL", (("x", Num(1.5)),)), "1.5 mL"),
]


@pytest.mark.parametrize(("arg", "text"), ARGS)
def test_each_argument_kind_is_written_and_stored(arg: Any, text: str) -> None:
    assert english_arg(arg) == text
    (phrase,) = loads(dumps((Phrase("{a}", (("a", arg),)),)))
    assert phrase.args == (("a", arg),)


def test_an_unknown_stored_argument_is_refused() -> None:
    with pytest.raises(ValueError, match="not a stored phrase argument"):
        from_json([{"t": "{a}", "a": {"a": ["?", 1]}}])


def test_the_marked_names_are_the_code_tables_words() -> None:
    assert {c: n for c, n in COMORBIDITY_NAMES.items()} == COMORBIDITY_WORDS
    assert SERIOUSNESS_WORDS == SERIOUSNESS_NAMES
    assert SIGN_WORDS == VITAL_SIGN_NAMES
    assert all(TERM_WORDS[t] == t.value.replace("_", " ") for t in TERM_WORDS)


def test_rate_steps_reason_lists_three_steps_then_counts(risk_ctx: RiskContext) -> None:
    raised = steps((0, 12), (30, 151), (60, 152), (90, 153))
    infusion, _ = assess_both(risk_ctx, make_patient(), [make_infusion(rate_steps=raised)])
    factor = next(f for f in infusion.factors if f.code is FactorCode.RAPID_RATE)
    assert [p.template for p in factor.phrases][-1] == "and {count} more step"
    assert len(factor.phrases) == 4
