"""Risk factors of SPEC section 4 and 5a: present/absent tables for both assessments.

OBESITY and RAPID_RATE have their own modules (test_obesity.py, test_rapid_rate.py).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from ivigmon.domain.codes import (
    COMORBIDITY_NAMES,
    INFUSION_ONLY_FACTORS,
    THROMBOSIS_COMORBIDITIES,
    Comorbidity,
    Diagnosis,
    FactorCode,
    RiskLevel,
)
from ivigmon.domain.models import Infusion, Lot, VitalSigns
from ivigmon.domain.risk import RiskContext, assess_infusion, assess_patient

from .factories import (
    START,
    assess_both,
    codes,
    earlier_infusion,
    has_note,
    make_infusion,
    make_patient,
    reason,
    steps,
)


def test_baseline_record_has_no_factor(risk_ctx: RiskContext) -> None:
    """The factories build a record with nothing to flag: every table starts from it."""
    infusion, patient = assess_both(risk_ctx, make_patient(), [make_infusion()])
    assert infusion.factors == () and patient.factors == ()
    assert infusion.level is RiskLevel.STANDARD and patient.level is RiskLevel.STANDARD
    assert infusion.notes == () and patient.notes == ()
    assert (infusion.subject, patient.subject) == ("infusion", "patient")


# --- FIRST_INFUSION ----------------------------------------------------------------------------

FIRST_INFUSION_CASES = [
    pytest.param(None, [], True, id="nothing-known"),
    pytest.param(date(2025, 6, 1), [], False, id="prior-ivig-date-known"),
    pytest.param(date(2026, 3, 1), [], False, id="prior-date-on-start-day-counts-at-0000"),
    pytest.param(date(2026, 3, 5), [], True, id="prior-date-after-start-is-not-earlier"),
    pytest.param(None, [earlier_infusion(30)], False, id="earlier-infusion-recorded"),
    pytest.param(None, [earlier_infusion(400)], False, id="earlier-infusion-long-ago"),
    pytest.param(None, [earlier_infusion(1, duration_h=None)], False, id="earlier-without-end"),
    pytest.param(
        None, [make_infusion(id="inf-0", start=START)], True, id="same-start-is-not-earlier"
    ),
    pytest.param(None, [earlier_infusion(-3, id="inf-2")], True, id="later-infusion-ignored"),
]


@pytest.mark.parametrize(("prior_date", "others", "expected"), FIRST_INFUSION_CASES)
def test_first_infusion(
    risk_ctx: RiskContext, prior_date: date | None, others: list[Infusion], expected: bool
) -> None:
    patient = make_patient(prior_ivig_last_date=prior_date)
    infusion, now = assess_both(risk_ctx, patient, [*others, make_infusion()])
    assert (FactorCode.FIRST_INFUSION in infusion.codes) is expected
    assert (FactorCode.FIRST_INFUSION in now.codes) is expected
    if expected:
        assert FactorCode.LONG_GAP not in infusion.codes
        assert "no earlier infusion" in reason(infusion, FactorCode.FIRST_INFUSION)


# --- LONG_GAP ----------------------------------------------------------------------------------

DAY = timedelta(days=1)


def _ended(before_start: timedelta, *, id: str = "inf-0", **overrides: Any) -> Infusion:
    """An earlier infusion that ended `before_start` before START (it ran 6 h)."""
    end = START - before_start
    return make_infusion(id=id, start=end - timedelta(hours=6), end=end, **overrides)


LONG_GAP_CASES = [
    # (prior_ivig_last_date, earlier infusions, target start, expected, reason fragments)
    pytest.param(None, [_ended(30 * DAY)], START, False, (), id="30-days"),
    pytest.param(None, [_ended(56 * DAY)], START, False, (), id="exactly-56x24h-is-not-long"),
    pytest.param(
        None,
        [_ended(56 * DAY + timedelta(minutes=1))],
        START,
        True,
        ("56 days 1 min", "> 56 days"),
        id="56-days-plus-1-minute",
    ),
    pytest.param(None, [_ended(57 * DAY)], START, True, ("57 days", "> 56"), id="57-days"),
    pytest.param(
        None, [_ended(63 * DAY)], START, True, ("63 days", "> 56", "last IVIG here"), id="63-days"
    ),
    pytest.param(
        None,
        [earlier_infusion(56 + 1 / 24, duration_h=None)],
        START,
        True,
        ("56 days 1 h",),
        id="no-end-counts-as-ending-at-its-start",
    ),
    pytest.param(
        None,
        [earlier_infusion(56 + 1 / 24, duration_h=25)],
        START,
        False,
        (),
        id="same-infusion-with-its-end-is-not-long",
    ),
    pytest.param(
        None,
        [_ended(70 * DAY, id="inf-a"), _ended(10 * DAY, id="inf-b")],
        START,
        False,
        (),
        id="most-recent-earlier-infusion-counts",
    ),
    # prior_ivig_last_date counts as ending at 00:00 of that day: 2026-01-04 is 56 days before
    # 2026-03-01, so a 09:00 start is 56 days 9 h later (a long gap) ...
    pytest.param(
        date(2026, 1, 4),
        [],
        START,
        True,
        ("elsewhere on 2026-01-04", "56 days 9 h"),
        id="prior-date-56-days-9-h",
    ),
    # ... and a 00:00 start exactly 56 x 24 h later is not.
    pytest.param(
        date(2026, 1, 4), [], datetime(2026, 3, 1, 0, 0), False, (), id="prior-date-exactly-56x24h"
    ),
    pytest.param(
        date(2026, 1, 4),
        [],
        datetime(2026, 3, 1, 0, 1),
        True,
        ("56 days 1 min",),
        id="prior-date-56x24h-plus-1-minute",
    ),
    pytest.param(date(2026, 1, 5), [], START, False, (), id="prior-date-55-days-9-h"),
    pytest.param(
        date(2025, 11, 21), [_ended(10 * DAY)], START, False, (), id="recent-infusion-wins"
    ),
    pytest.param(date(2026, 2, 19), [_ended(100 * DAY)], START, False, (), id="recent-date-wins"),
    pytest.param(
        date(2025, 12, 11),
        [_ended(70 * DAY)],
        START,
        True,
        ("last IVIG here", "70 days"),
        id="both-old-later-one-named",
    ),
    pytest.param(None, [], START, False, (), id="no-history-is-first-not-gap"),
]


@pytest.mark.parametrize(("prior_date", "others", "start", "expected", "fragments"), LONG_GAP_CASES)
def test_long_gap(
    risk_ctx: RiskContext,
    prior_date: date | None,
    others: list[Infusion],
    start: datetime,
    expected: bool,
    fragments: tuple[str, ...],
) -> None:
    patient = make_patient(prior_ivig_last_date=prior_date)
    target = make_infusion(start=start, end=start + timedelta(hours=6))
    infusion, now = assess_both(risk_ctx, patient, [*others, target])
    assert (FactorCode.LONG_GAP in infusion.codes) is expected
    assert (FactorCode.LONG_GAP in now.codes) is expected
    for fragment in fragments:
        assert fragment in reason(infusion, FactorCode.LONG_GAP)
        assert fragment in reason(now, FactorCode.LONG_GAP)
    if expected:
        assert "before this start" in reason(infusion, FactorCode.LONG_GAP)
        assert "ago" in reason(now, FactorCode.LONG_GAP)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        pytest.param(START + timedelta(hours=6) + 56 * DAY, False, id="now-exactly-56-days"),
        pytest.param(START + timedelta(hours=6, minutes=1) + 56 * DAY, True, id="now-56-days-1m"),
        pytest.param(START + timedelta(hours=6) + 63 * DAY, True, id="now-63-days"),
    ],
)
def test_long_gap_in_patient_assessment_compares_with_now(
    risk_ctx: RiskContext, now: datetime, expected: bool
) -> None:
    patient = make_patient(prior_ivig_last_date=None)
    result = assess_patient(patient, [make_infusion()], now, risk_ctx)
    assert (FactorCode.LONG_GAP in result.codes) is expected
    assert FactorCode.FIRST_INFUSION not in result.codes
    if expected:
        assert f"{(now - START - timedelta(hours=6)).days} days" in reason(
            result, FactorCode.LONG_GAP
        )


# --- INFECTION (infusion only) -----------------------------------------------------------------


def _vital(minutes: float, temp_c: float | None) -> VitalSigns:
    return VitalSigns(at=START + timedelta(minutes=minutes), temp_c=temp_c, hr=110)


INFECTION_CASES = [
    # (active_infection, vitals, expected, reason fragments)
    pytest.param(False, (), False, (), id="nothing"),
    pytest.param(True, (), True, ("active infection",), id="ticked"),
    pytest.param(False, (_vital(-30, 38.0),), True, ("38.0", ">= 38.0"), id="38.0-before"),
    pytest.param(False, (_vital(-30, 37.9),), False, (), id="37.9-before"),
    pytest.param(False, (_vital(0, 38.0),), True, ("38.0",), id="38.0-at-start-counts"),
    pytest.param(False, (_vital(1, 39.2),), False, (), id="fever-after-start-ignored"),
    pytest.param(False, (_vital(-60, None),), False, (), id="no-temperature"),
    pytest.param(
        False, (_vital(-60, 37.9), _vital(30, 38.4)), False, (), id="only-later-vital-febrile"
    ),
    pytest.param(
        False, (_vital(-60, 38.0), _vital(-10, 38.6)), True, ("38.6",), id="hottest-named"
    ),
    pytest.param(
        True,
        (_vital(-5, 38.2),),
        True,
        ("active infection", "38.2"),
        id="both-reasons",
    ),
]


@pytest.mark.parametrize(("active", "vitals", "expected", "fragments"), INFECTION_CASES)
def test_infection(
    risk_ctx: RiskContext,
    active: bool,
    vitals: tuple[VitalSigns, ...],
    expected: bool,
    fragments: tuple[str, ...],
) -> None:
    patient = make_patient()
    infusions = [make_infusion(active_infection=active, vitals=vitals)]
    infusion, now = assess_both(risk_ctx, patient, infusions)
    assert (FactorCode.INFECTION in infusion.codes) is expected
    assert FactorCode.INFECTION not in now.codes
    # Nor after the febrile infusion has happened: infection is never a patient factor.
    later = assess_patient(patient, infusions, START + timedelta(days=1), risk_ctx)
    assert FactorCode.INFECTION not in later.codes
    for fragment in fragments:
        assert fragment in reason(infusion, FactorCode.INFECTION)


KD_FEVER_CASES = [
    # (indication, active infection, vitals, INFECTION expected, note expected)
    # SPEC 9: fever before the start is a criterion of Kawasaki disease (AHA 2017), not infection.
    pytest.param("KD", False, (_vital(-20, 39.2),), False, True, id="kd-fever-not-infection"),
    pytest.param("KD", False, (_vital(-20, 37.9),), False, False, id="kd-no-fever-no-note"),
    pytest.param("KD", False, (_vital(0, 38.0),), False, True, id="kd-fever-at-start"),
    pytest.param("KD", False, (_vital(10, 39.5),), False, False, id="kd-fever-after-start"),
    pytest.param("KD", True, (_vital(-20, 39.2),), True, True, id="kd-active-infection-counts"),
    pytest.param("KD", True, (), True, False, id="kd-active-infection-alone"),
    pytest.param("JIA", False, (_vital(-20, 39.2),), True, False, id="other-indication-fever"),
]


@pytest.mark.parametrize(("indication", "active", "vitals", "expected", "noted"), KD_FEVER_CASES)
def test_fever_before_a_kawasaki_infusion_is_not_infection(
    risk_ctx: RiskContext,
    indication: str,
    active: bool,
    vitals: tuple[VitalSigns, ...],
    expected: bool,
    noted: bool,
) -> None:
    infusion = make_infusion(indication=indication, active_infection=active, vitals=vitals)
    result = assess_infusion(make_patient(), [infusion], "inf-1", risk_ctx)
    assert (FactorCode.INFECTION in result.codes) is expected
    assert has_note(result, "not counted as infection: Kawasaki disease") is noted
    if expected and active:
        assert reason(result, FactorCode.INFECTION) == "active infection recorded"


def test_kawasaki_fever_note_names_the_temperature_and_time(risk_ctx: RiskContext) -> None:
    """The note of SPEC 9: the hottest reading before the start, with its time."""
    vitals = (_vital(-40, 38.4), _vital(-20, 39.2), _vital(-5, 38.9))  # 08:20, 08:40, 08:55
    infusion = make_infusion(indication="KD", vitals=vitals)
    result = assess_infusion(make_patient(), [infusion], "inf-1", risk_ctx)
    assert result.notes == ("fever 39.2 °C at 08:40 not counted as infection: Kawasaki disease",)


def test_kawasaki_fever_of_the_day_before_names_its_date(risk_ctx: RiskContext) -> None:
    infusion = make_infusion(indication="KD", vitals=(_vital(-12 * 60, 38.6),))
    result = assess_infusion(make_patient(), [infusion], "inf-1", risk_ctx)
    assert result.notes == (
        "fever 38.6 °C at 2026-02-28 21:00 not counted as infection: Kawasaki disease",
    )


# --- PRODUCT_CHANGE (infusion only) ------------------------------------------------------------

PRODUCT_CHANGE_CASES = [
    # (earlier infusions, expected)
    pytest.param([earlier_infusion(28)], False, id="same-product"),
    pytest.param([earlier_infusion(28, product_id="gamunex_c")], True, id="different-product"),
    pytest.param(
        [earlier_infusion(28, lots=(Lot("OTHER-LOT"),))],
        False,
        id="different-lot-does-not-count",
    ),
    pytest.param(
        [earlier_infusion(400, product_id="octagam_10")], True, id="different-however-old"
    ),
    pytest.param(
        [
            earlier_infusion(60, id="inf-a", product_id="gamunex_c"),
            earlier_infusion(28, id="inf-b"),
        ],
        False,
        id="most-recent-same",
    ),
    pytest.param(
        [
            earlier_infusion(60, id="inf-a"),
            earlier_infusion(28, id="inf-b", product_id="gamunex_c"),
        ],
        True,
        id="most-recent-different",
    ),
    pytest.param(
        [make_infusion(id="inf-0", start=START, product_id="gamunex_c")],
        False,
        id="same-start-is-not-earlier",
    ),
    pytest.param(
        [earlier_infusion(-2, id="inf-2", product_id="gamunex_c")],
        False,
        id="later-infusion-ignored",
    ),
    pytest.param([], False, id="prior-ivig-elsewhere-only"),
]


@pytest.mark.parametrize(("others", "expected"), PRODUCT_CHANGE_CASES)
def test_product_change(risk_ctx: RiskContext, others: list[Infusion], expected: bool) -> None:
    patient = make_patient(prior_ivig_last_date=date(2026, 2, 1))
    infusions = [*others, make_infusion()]
    infusion, now = assess_both(risk_ctx, patient, infusions)
    assert (FactorCode.PRODUCT_CHANGE in infusion.codes) is expected
    assert FactorCode.PRODUCT_CHANGE not in now.codes
    later = assess_patient(patient, infusions, START + timedelta(days=3), risk_ctx)
    assert FactorCode.PRODUCT_CHANGE not in later.codes


def test_product_change_reason_names_both_products(risk_ctx: RiskContext) -> None:
    infusions = [earlier_infusion(28, product_id="gamunex_c"), make_infusion()]
    result = assess_infusion(make_patient(), infusions, "inf-1", risk_ctx)
    text = reason(result, FactorCode.PRODUCT_CHANGE)
    assert "Gamunex-C" in text and "Privigen" in text
    assert "2026-02-01 09:00" in text  # the previous infusion's start


# --- Comorbidity factors: KIDNEY_FAILURE, DIABETES, ANTI_IGA, THROMBOSIS_RISK -------------------

SIMPLE_COMORBIDITY_CASES = [
    # (factor, comorbidities, expected)
    pytest.param(FactorCode.KIDNEY_FAILURE, {"kidney_failure"}, True, id="kidney-present"),
    pytest.param(FactorCode.KIDNEY_FAILURE, set(), False, id="kidney-absent"),
    pytest.param(FactorCode.KIDNEY_FAILURE, {"diabetes"}, False, id="kidney-not-from-diabetes"),
    pytest.param(FactorCode.DIABETES, {"diabetes"}, True, id="diabetes-present"),
    pytest.param(FactorCode.DIABETES, set(), False, id="diabetes-absent"),
    pytest.param(FactorCode.DIABETES, {"kidney_failure"}, False, id="diabetes-not-from-kidney"),
    pytest.param(FactorCode.ANTI_IGA, {"anti_iga"}, True, id="anti-iga-present"),
    pytest.param(FactorCode.ANTI_IGA, set(), False, id="anti-iga-absent"),
    pytest.param(FactorCode.ANTI_IGA, {"central_line"}, False, id="anti-iga-not-from-other"),
    *(
        pytest.param(FactorCode.THROMBOSIS_RISK, {c.value}, True, id=f"thrombosis-{c.value}")
        for c in sorted(THROMBOSIS_COMORBIDITIES)
    ),
    pytest.param(FactorCode.THROMBOSIS_RISK, set(), False, id="thrombosis-absent"),
    pytest.param(
        FactorCode.THROMBOSIS_RISK,
        {"kidney_failure", "diabetes", "anti_iga", "cardiac_impairment", "fructose_intolerance"},
        False,
        id="thrombosis-not-from-others",
    ),
]


@pytest.mark.parametrize(("code", "comorbidities", "expected"), SIMPLE_COMORBIDITY_CASES)
def test_comorbidity_factors(
    risk_ctx: RiskContext, code: FactorCode, comorbidities: set[str], expected: bool
) -> None:
    patient = make_patient(comorbidities=comorbidities)
    infusion, now = assess_both(risk_ctx, patient, [make_infusion()])
    assert (code in infusion.codes) is expected
    assert (code in now.codes) is expected
    if expected:
        assert reason(infusion, code) == reason(now, code)
        for name in comorbidities:
            if Comorbidity(name) in THROMBOSIS_COMORBIDITIES:
                assert COMORBIDITY_NAMES[Comorbidity(name)] in reason(infusion, code)


def test_thrombosis_reason_lists_every_comorbidity(risk_ctx: RiskContext) -> None:
    patient = make_patient(comorbidities={"central_line", "estrogens", "kidney_failure"})
    text = reason(assess_patient(patient, [], START, risk_ctx), FactorCode.THROMBOSIS_RISK)
    assert "central venous line" in text and "takes estrogens" in text
    assert "kidney" not in text


# --- ADVANCED_AGE and YOUNG_CHILD (completed years at the start) --------------------------------

AGE_CASES = [
    # (birth date, start, ADVANCED_AGE expected, YOUNG_CHILD expected, age in the reason)
    pytest.param(date(1961, 3, 2), START, False, False, None, id="64.99y-day-before-65th"),
    pytest.param(date(1961, 3, 1), START, True, False, "age 65 y", id="exactly-65y"),
    pytest.param(date(1950, 1, 1), START, True, False, "age 76 y", id="76y"),
    pytest.param(
        date(1960, 2, 29), datetime(2025, 2, 28, 9), False, False, None, id="feb29-not-yet-65"
    ),
    pytest.param(
        date(1960, 2, 29), datetime(2025, 3, 1, 9), True, False, "age 65 y", id="feb29-65-on-mar1"
    ),
    pytest.param(date(2021, 3, 2), START, False, True, "age 4 y", id="4.99y-day-before-5th"),
    pytest.param(date(2021, 3, 1), START, False, False, None, id="exactly-5y"),
    pytest.param(date(2025, 12, 1), START, False, True, "age 0 y", id="infant"),
    pytest.param(date(2007, 1, 1), START, False, False, None, id="19y-adolescent"),
]


@pytest.mark.parametrize(("birth", "start", "advanced", "young", "age_text"), AGE_CASES)
def test_age_factors(
    risk_ctx: RiskContext,
    birth: date,
    start: datetime,
    advanced: bool,
    young: bool,
    age_text: str | None,
) -> None:
    patient = make_patient(birth_date=birth, prior_ivig_last_date=(start - 20 * DAY).date())
    target = make_infusion(start=start, end=start + timedelta(hours=6))
    infusion, now = assess_both(risk_ctx, patient, [target])
    for result in (infusion, now):
        assert (FactorCode.ADVANCED_AGE in result.codes) is advanced
        assert (FactorCode.YOUNG_CHILD in result.codes) is young
    if advanced:
        assert age_text is not None
        assert age_text in reason(infusion, FactorCode.ADVANCED_AGE)
        assert ">= 65" in reason(now, FactorCode.ADVANCED_AGE)
    if young:
        assert age_text is not None
        assert age_text in reason(now, FactorCode.YOUNG_CHILD)
        assert "< 5" in reason(now, FactorCode.YOUNG_CHILD)
        assert "fluid overload" in reason(infusion, FactorCode.YOUNG_CHILD)


def test_young_child_infusion_reason_names_the_volume(risk_ctx: RiskContext) -> None:
    # 16 g of a 10 % product is 160 mL; for a 16 kg child that is 10.0 mL/kg.
    patient = make_patient(birth_date=date(2022, 5, 1))
    infusion = make_infusion(dosing_weight_kg=16.0, dose_g=16.0)
    text = reason(assess_infusion(patient, [infusion], "inf-1", risk_ctx), FactorCode.YOUNG_CHILD)
    assert "160 mL" in text and "10.0 mL/kg" in text


# --- KAWASAKI_CARDIAC ---------------------------------------------------------------------------

KAWASAKI_CASES = [
    # (indication, diagnoses, comorbidities, on infusion, on patient, reason fragment)
    # SPEC 9: the infusion's indication; for the patient, the primary (first) diagnosis.
    pytest.param("JIA", ("JIA",), set(), False, False, None, id="none"),
    pytest.param("KD", ("KD",), set(), True, True, "Kawasaki", id="kd-indication-and-diagnosis"),
    # The indication belongs to an infusion: the patient assessment has none.
    pytest.param("KD", ("JIA",), set(), True, False, "indication Kawasaki", id="kd-indication"),
    # A Kawasaki disease of years ago, no longer primary, is a factor in neither assessment.
    pytest.param("JIA", ("JIA", "KD"), set(), False, False, None, id="kd-secondary-diagnosis"),
    # Primary KD counts for the patient; an infusion for another indication is judged by it.
    pytest.param("ITP", ("KD", "ITP"), set(), False, True, None, id="kd-primary-other-indication"),
    pytest.param(
        "JIA",
        ("JIA",),
        {"cardiac_impairment"},
        True,
        True,
        "cardiac impairment",
        id="cardiac-impairment",
    ),
    pytest.param("ITP", ("ITP",), {"kidney_failure"}, False, False, None, id="not-from-kidney"),
]


@pytest.mark.parametrize(
    ("indication", "diagnoses", "comorbidities", "on_infusion", "on_patient", "fragment"),
    KAWASAKI_CASES,
)
def test_kawasaki_cardiac(
    risk_ctx: RiskContext,
    indication: str,
    diagnoses: tuple[str, ...],
    comorbidities: set[str],
    on_infusion: bool,
    on_patient: bool,
    fragment: str | None,
) -> None:
    patient = make_patient(diagnoses=diagnoses, comorbidities=comorbidities)
    infusion, now = assess_both(risk_ctx, patient, [make_infusion(indication=indication)])
    assert (FactorCode.KAWASAKI_CARDIAC in infusion.codes) is on_infusion
    assert (FactorCode.KAWASAKI_CARDIAC in now.codes) is on_patient
    if fragment is not None:
        assert fragment in reason(infusion, FactorCode.KAWASAKI_CARDIAC)
    if on_patient and diagnoses[0] == "KD":
        assert reason(now, FactorCode.KAWASAKI_CARDIAC) == "primary diagnosis Kawasaki disease"


# --- HEMOLYSIS_RISK (infusion only; course dose, SPEC 5a) ---------------------------------------


def _dose(id: str, hours_after: float, dose_g: float, weight: float = 20.0) -> Infusion:
    start = START + timedelta(hours=hours_after)
    return make_infusion(
        id=id, start=start, end=start + timedelta(hours=6), dose_g=dose_g, dosing_weight_kg=weight
    )


HEMOLYSIS_CASES = [
    # (blood group, infusions, target, expected, reason fragments)
    pytest.param("A+", [_dose("inf-1", 0, 40.0)], "inf-1", True, ("2.00 g/kg", ">= 2"), id="A-2.0"),
    pytest.param("A+", [_dose("inf-1", 0, 39.8)], "inf-1", False, (), id="A-1.99"),
    pytest.param("B-", [_dose("inf-1", 0, 40.0)], "inf-1", True, ("B-",), id="B-2.0"),
    pytest.param("AB+", [_dose("inf-1", 0, 40.0)], "inf-1", True, ("AB+",), id="AB-2.0"),
    pytest.param("ab-", [_dose("inf-1", 0, 50.0)], "inf-1", True, ("2.50",), id="lower-case-AB"),
    pytest.param("O+", [_dose("inf-1", 0, 60.0)], "inf-1", False, (), id="O-never"),
    pytest.param("O-", [_dose("inf-1", 0, 40.0)], "inf-1", False, (), id="O-negative-never"),
    # A 2 g/kg course split over two days reaches 2 g/kg on day 2 (SPEC 5a).
    pytest.param(
        "A+", [_dose("inf-1", 0, 20.0), _dose("inf-2", 24, 20.0)], "inf-1", False, (), id="day-1"
    ),
    pytest.param(
        "A+",
        [_dose("inf-1", 0, 20.0), _dose("inf-2", 24, 20.0)],
        "inf-2",
        True,
        ("2.00 g/kg",),
        id="day-2",
    ),
    pytest.param(
        "A+",
        [_dose("inf-1", 0, 20.0), _dose("inf-2", 120, 20.0)],
        "inf-2",
        True,
        (),
        id="second-at-exactly-120h-same-course",
    ),
    pytest.param(
        "A+",
        [_dose("inf-1", 0, 20.0), _dose("inf-2", 120 + 1 / 60, 20.0)],
        "inf-2",
        False,
        (),
        id="second-at-120h-1min-new-course",
    ),
    # Course dose uses the first infusion's dosing weight: 40 g / 20 kg, not 1.0 + 0.8.
    pytest.param(
        "B+",
        [_dose("inf-1", 0, 20.0, weight=20.0), _dose("inf-2", 24, 20.0, weight=25.0)],
        "inf-2",
        True,
        ("2.00 g/kg",),
        id="first-infusion-weight",
    ),
]


@pytest.mark.parametrize(
    ("blood_group", "infusions", "target", "expected", "fragments"), HEMOLYSIS_CASES
)
def test_hemolysis_risk(
    risk_ctx: RiskContext,
    blood_group: str,
    infusions: list[Infusion],
    target: str,
    expected: bool,
    fragments: tuple[str, ...],
) -> None:
    patient = make_patient(blood_group=blood_group)
    infusion, now = assess_both(risk_ctx, patient, infusions, target_id=target)
    assert (FactorCode.HEMOLYSIS_RISK in infusion.codes) is expected
    assert not has_note(infusion, "blood group unknown")
    assert FactorCode.HEMOLYSIS_RISK not in now.codes
    later = assess_patient(patient, infusions, START + timedelta(days=2), risk_ctx)
    assert FactorCode.HEMOLYSIS_RISK not in later.codes
    for fragment in fragments:
        assert fragment in reason(infusion, FactorCode.HEMOLYSIS_RISK)


@pytest.mark.parametrize("blood_group", [None, ""])
def test_hemolysis_unknown_blood_group_is_a_note_not_a_factor(
    risk_ctx: RiskContext, blood_group: str | None
) -> None:
    patient = make_patient(blood_group=blood_group)
    result = assess_infusion(patient, [_dose("inf-1", 0, 60.0)], "inf-1", risk_ctx)
    assert FactorCode.HEMOLYSIS_RISK not in result.codes
    assert has_note(result, "HEMOLYSIS_RISK not assessed: blood group unknown")
    assert result.level is RiskLevel.STANDARD


# --- PRODUCT_CAUTION (infusion only) -------------------------------------------------------------

PRODUCT_CAUTION_CASES = [
    # (product, comorbidities, birth date, expected, reason fragments)
    pytest.param(
        "octagam_10",
        {"kidney_failure"},
        None,
        True,
        ("maltose", "kidney failure"),
        id="maltose-kidney",
    ),
    pytest.param(
        "octagam_10", {"diabetes"}, None, True, ("maltose", "diabetes"), id="maltose-diabetes"
    ),
    pytest.param(
        "octagam_5", {"kidney_failure"}, None, True, ("Octagam 5%",), id="octagam5-kidney"
    ),
    pytest.param("octagam_10", set(), None, False, (), id="maltose-alone"),
    pytest.param(
        "octagam_10", {"central_line"}, None, False, (), id="maltose-thrombosis-comorbidity"
    ),
    # SPEC 5a: sugar-stabilised is any sugar other than `none`.
    pytest.param("gammagard_sd", {"diabetes"}, None, True, ("glucose",), id="glucose-diabetes"),
    pytest.param(
        "flebogamma_dif_10", {"kidney_failure"}, None, True, ("sorbitol",), id="sorbitol-kidney"
    ),
    pytest.param("privigen", {"kidney_failure", "diabetes"}, None, False, (), id="no-sugar"),
    # Flebogamma 5% DIF: not under 2 years (RCH Melbourne guideline).
    pytest.param(
        "flebogamma_dif_5",
        set(),
        date(2024, 6, 15),
        True,
        ("under 2 y", "age 1 y"),
        id="flebogamma5-age-1",
    ),
    pytest.param(
        "flebogamma_dif_5", set(), date(2024, 3, 1), False, (), id="flebogamma5-2nd-birthday"
    ),
    pytest.param(
        "flebogamma_dif_5", set(), date(2024, 3, 2), True, ("age 1 y",), id="flebogamma5-1.99y"
    ),
    pytest.param("flebogamma_dif_10", set(), date(2024, 6, 15), False, (), id="flebogamma10-age-1"),
    pytest.param(
        "flebogamma_dif_5",
        {"fructose_intolerance"},
        None,
        True,
        ("sorbitol", "fructose intolerance"),
        id="sorbitol-fructose",
    ),
    pytest.param(
        "gammaplex_5", {"fructose_intolerance"}, None, True, ("Gammaplex 5%",), id="gammaplex5"
    ),
    pytest.param("privigen", {"fructose_intolerance"}, None, False, (), id="privigen-fructose"),
    pytest.param("octagam_10", {"fructose_intolerance"}, None, False, (), id="maltose-fructose"),
]


@pytest.mark.parametrize(
    ("product", "comorbidities", "birth", "expected", "fragments"), PRODUCT_CAUTION_CASES
)
def test_product_caution(
    risk_ctx: RiskContext,
    product: str,
    comorbidities: set[str],
    birth: date | None,
    expected: bool,
    fragments: tuple[str, ...],
) -> None:
    overrides: dict[str, Any] = {"comorbidities": comorbidities}
    if birth is not None:
        overrides["birth_date"] = birth
    patient = make_patient(**overrides)
    infusions = [make_infusion(product_id=product, dosing_weight_kg=10.0, dose_g=10.0)]
    infusion, now = assess_both(risk_ctx, patient, infusions)
    assert (FactorCode.PRODUCT_CAUTION in infusion.codes) is expected
    assert FactorCode.PRODUCT_CAUTION not in now.codes
    later = assess_patient(patient, infusions, START + timedelta(days=1), risk_ctx)
    assert FactorCode.PRODUCT_CAUTION not in later.codes
    for fragment in fragments:
        assert fragment in reason(infusion, FactorCode.PRODUCT_CAUTION)
    if expected:
        assert infusion.level is RiskLevel.HIGH


def test_maltose_product_carries_a_glucose_meter_note(risk_ctx: RiskContext) -> None:
    infusion = make_infusion(product_id="octagam_10")
    result = assess_infusion(make_patient(), [infusion], "inf-1", risk_ctx)
    assert FactorCode.PRODUCT_CAUTION not in result.codes
    assert has_note(result, "GDH-PQQ")


# --- Infusion-only factors never reach the patient assessment ------------------------------------


def test_every_infusion_only_factor_stays_off_the_patient_assessment(
    risk_ctx: RiskContext,
) -> None:
    patient = make_patient(
        blood_group="A+", comorbidities={"kidney_failure"}, prior_ivig_last_date=None
    )
    first = earlier_infusion(10, product_id="privigen")
    # Octagam 10 % for a 20 kg child: initial 1 mg/kg/min = 12 mL/h; 24 mL/h is 2 mg/kg/min.
    target = make_infusion(
        product_id="octagam_10",
        dosing_weight_kg=20.0,
        dose_g=40.0,
        active_infection=True,
        vitals=(VitalSigns(at=START - timedelta(minutes=20), temp_c=38.5),),
        rate_steps=steps((0, 24.0)),
    )
    infusions = [first, target]
    result = assess_infusion(patient, infusions, "inf-1", risk_ctx)
    assert set(result.codes) >= INFUSION_ONLY_FACTORS
    for moment in (START, START + timedelta(hours=1), START + timedelta(days=3)):
        now = assess_patient(patient, infusions, moment, risk_ctx)
        assert not INFUSION_ONLY_FACTORS & set(now.codes), moment
        assert FactorCode.KIDNEY_FAILURE in now.codes


def test_factors_are_listed_in_code_order_with_sources(risk_ctx: RiskContext) -> None:
    patient = make_patient(
        birth_date=date(2023, 1, 1),
        diagnoses=(Diagnosis.KD,),
        comorbidities={"anti_iga", "diabetes", "central_line"},
        prior_ivig_last_date=None,
    )
    result = assess_infusion(patient, [make_infusion(indication="KD")], "inf-1", risk_ctx)
    order = list(FactorCode)
    assert list(result.codes) == sorted(result.codes, key=order.index)
    assert codes(result) == {
        FactorCode.FIRST_INFUSION,
        FactorCode.DIABETES,
        FactorCode.YOUNG_CHILD,
        FactorCode.KAWASAKI_CARDIAC,
        FactorCode.THROMBOSIS_RISK,
        FactorCode.ANTI_IGA,
    }
    assert all(f.source and f.reason for f in result.factors)


def test_undated_lists_use_the_current_values(risk_ctx: RiskContext) -> None:
    """SPEC 5a: diagnoses, comorbidities and blood group are undated, even for old infusions."""
    old = make_infusion(start=datetime(2020, 1, 1, 9), end=datetime(2020, 1, 1, 15))
    patient = make_patient(comorbidities={Comorbidity.ANTI_IGA.value}, birth_date=date(2012, 1, 1))
    result = assess_infusion(patient, [old], "inf-1", risk_ctx, at=START)
    assert FactorCode.ANTI_IGA in result.codes
