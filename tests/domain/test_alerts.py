"""Alerts (SPEC 10.2 and 12): windows, replay, red flags, unended infusions, reviews and order."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from ivigmon.domain.alert_reviews import (
    alerts_at,
    closing_review,
    open_alerts,
    validate_review,
)
from ivigmon.domain.alerts import (
    alert_order,
    raised_alerts,
    red_flag_alerts,
    unended_alerts,
    vital_sign_alerts,
)
from ivigmon.domain.codes import (
    AlertKind,
    AlertSeverity,
    CheckMode,
    CheckOutcome,
    EventTerm,
)
from ivigmon.domain.models import Alert, AlertReview, Check, VitalSigns
from ivigmon.domain.red_flags import RED_FLAG_TERMS
from ivigmon.domain.settings import AlertSettings
from ivigmon.domain.validation import ValidationError
from ivigmon.domain.vital_limits import VitalLimits

from .factories import START, make_infusion, make_patient

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
END = START + 6 * HOUR  # make_infusion: six hours, 09:00 to 15:00
LATER = START + 10 * 24 * HOUR
# The factories' child is 9 years old at START (116 months): heart rate alert >= 130/min,
# urgent >= 151/min; systolic hypotension below 88 mmHg.
PATIENT = make_patient()
SETTINGS = AlertSettings()


def vital(at: datetime, **readings: Any) -> VitalSigns:
    return VitalSigns(at=at, **readings)


def vitals_alerts(
    limits: VitalLimits, records: tuple[VitalSigns, ...], at: datetime | None, **changes: Any
) -> list[Alert]:
    return vital_sign_alerts(PATIENT, make_infusion(vitals=records, **changes), at, limits)


# --- Vital signs: the window ---------------------------------------------------------------------

WINDOW_CASES = [
    # (record time, infusion end, reference time, alert expected)
    pytest.param(START, END, LATER, False, id="at-the-start-is-baseline"),
    pytest.param(START + MINUTE, END, LATER, True, id="one-minute-after-the-start"),
    pytest.param(END, END, LATER, True, id="at-the-end"),
    pytest.param(END + 2 * HOUR, END, LATER, True, id="exactly-2-h-after-the-end"),
    pytest.param(END + 2 * HOUR + MINUTE, END, LATER, False, id="2-h-1-min-after-the-end"),
    pytest.param(START - HOUR, END, LATER, False, id="before-the-start"),
    pytest.param(START + 30 * HOUR, None, START + 31 * HOUR, True, id="running-any-time"),
    # Replay: records after the reference time are not known yet.
    pytest.param(START + HOUR, END, START + HOUR, True, id="record-exactly-at-t"),
    pytest.param(START + HOUR, END, START + HOUR - MINUTE, False, id="record-after-t"),
    # An end after the reference time: running then, so the window is (start, T].
    pytest.param(START + 2 * HOUR, END, START + 3 * HOUR, True, id="end-after-t-running"),
    pytest.param(START + HOUR, END, START - MINUTE, False, id="infusion-after-t"),
]


@pytest.mark.parametrize(("when", "end", "at", "expected"), WINDOW_CASES)
def test_vital_sign_window(
    limits: VitalLimits, when: datetime, end: datetime | None, at: datetime, expected: bool
) -> None:
    alerts = vitals_alerts(limits, (vital(when, hr=140),), at, end=end)
    assert bool(alerts) is expected


def test_vital_sign_alert_fields(limits: VitalLimits) -> None:
    records = (
        vital(START - 10 * MINUTE, hr=100, sbp=110),
        VitalSigns(at=START + HOUR, hr=140, spo2=94, id=7),
        vital(START + 2 * HOUR, hr=155),
        vital(START + 3 * HOUR, hr=115, spo2=94),  # watch only: shown at the bedside, no alert
    )
    first, second = vitals_alerts(limits, records, LATER)
    assert first == Alert(
        kind=AlertKind.VITAL_SIGNS,
        severity=AlertSeverity.ALERT,
        mrn="K-0001",
        infusion_id="inf-1",
        at=START + HOUR,
        reason="heart rate 140/min: alert (>= 130/min, age 4-12 y: Bedside PEWS, Parshuram 2009);"
        " SpO2 94 %: watch (< 95 %: paediatric triage SpO2 bands, BMJ Open)",
        vital_at=START + HOUR,
        vital_id=7,
    )
    assert second.severity is AlertSeverity.URGENT and second.at == START + 2 * HOUR
    # The stored record's id, for the screens that open it.
    assert (first.vital_id, second.vital_id) == (7, None)


BASELINE_ALERT_CASES = [
    # (baseline heart rate, heart rate during, expected severity) for a 2-year-old with Kawasaki
    # disease: alert >= 150/min, urgent >= 170/min.
    pytest.param(160, 158, None, id="kd-160-baseline-not-re-alerted-at-158"),
    pytest.param(None, 158, AlertSeverity.ALERT, id="no-baseline-alerted-at-158"),
    pytest.param(140, 158, AlertSeverity.ALERT, id="worse-than-baseline"),
    pytest.param(175, 172, AlertSeverity.URGENT, id="urgent-at-baseline-still-urgent"),
]


@pytest.mark.parametrize(("baseline", "during", "expected"), BASELINE_ALERT_CASES)
def test_change_from_baseline_at_the_bedside(
    limits: VitalLimits, baseline: int | None, during: int, expected: AlertSeverity | None
) -> None:
    child = make_patient(birth_date=date(2024, 2, 1), diagnoses=("KD",))
    before = () if baseline is None else (vital(START - 15 * MINUTE, hr=baseline, temp_c=39.2),)
    infusion = make_infusion(
        indication="KD", vitals=(*before, vital(START + HOUR, hr=during, temp_c=39.0))
    )
    alerts = vital_sign_alerts(child, infusion, LATER, limits)
    assert [a.severity for a in alerts] == ([] if expected is None else [expected])


def test_age_band_is_taken_at_the_infusion_start(limits: VitalLimits) -> None:
    """47 completed months at the start, 48 when the record is taken: the start's band counts."""
    child = make_patient(birth_date=date(2022, 3, 2))
    record = (vital(START + 20 * HOUR, hr=130),)  # 12-47 months: watch; 48-155 months: alert
    infusion = make_infusion(end=START + 24 * HOUR, vitals=record)
    assert vital_sign_alerts(child, infusion, LATER, limits) == []


def test_patient_must_match_the_infusion(limits: VitalLimits) -> None:
    with pytest.raises(ValueError, match="not of patient"):
        vital_sign_alerts(make_patient(mrn="K-9"), make_infusion(), LATER, limits)


# --- Red flags ----------------------------------------------------------------------------------

DONE = END + 23 * HOUR


def check(
    symptoms: tuple[str, ...],
    *,
    done_at: datetime | None = DONE,
    outcome: CheckOutcome = CheckOutcome.SYMPTOMS,
    offset_h: int = 24,
    infusion_id: str = "inf-1",
) -> Check:
    return Check(
        infusion_id=infusion_id,
        offset_h=offset_h,
        due_at=END + timedelta(hours=offset_h),
        done_at=done_at,
        mode=None if done_at is None else CheckMode.PHONE,
        outcome=None if done_at is None else outcome,
        symptoms=symptoms,
    )


@pytest.mark.parametrize("term", sorted(EventTerm), ids=str)
def test_each_red_flag_symptom_raises_an_urgent_alert(term: EventTerm) -> None:
    alerts = red_flag_alerts(make_infusion(), [check((term.value,))], LATER)
    assert bool(alerts) is (term in RED_FLAG_TERMS)
    if alerts:
        assert alerts[0].severity is AlertSeverity.URGENT


def test_red_flag_set_is_spec_10_2() -> None:
    assert {t.value for t in RED_FLAG_TERMS} == {
        "anaphylaxis",
        "wheeze",
        "dyspnoea",
        "hypotension",
        "chest_pain",
        "limb_swelling",
        "one_sided_weakness",
        "neck_stiffness",
        "photophobia",
        "dark_urine",
        "jaundice",
        "reduced_urine",
    }


def test_red_flag_alert_names_each_symptom_and_what_it_may_mean() -> None:
    symptoms = ("headache", "dark_urine", "wheeze", "reduced_urine", "dyspnoea")
    (alert,) = red_flag_alerts(make_infusion(), [check(symptoms)], LATER)
    assert alert == Alert(
        kind=AlertKind.RED_FLAG,
        severity=AlertSeverity.URGENT,
        mrn="K-0001",
        infusion_id="inf-1",
        at=DONE,
        reason="at the 24 h check: wheeze, shortness of breath: may mean anaphylaxis or TRALI;"
        " dark urine: may mean haemolysis (labels): check Hb and bilirubin; less urine: may mean"
        " renal dysfunction (boxed warning): check creatinine and urine output",
        offset_h=24,
    )


RED_FLAG_CASES = [
    # (check, reference time, alert expected)
    pytest.param(check(("wheeze",)), DONE, True, id="done-exactly-at-t"),
    pytest.param(check(("wheeze",)), DONE - MINUTE, False, id="done-after-t-not-done-yet"),
    pytest.param(check(("headache",)), LATER, False, id="no-red-flag"),
    pytest.param(check((), outcome=CheckOutcome.NO_SYMPTOMS), LATER, False, id="no-symptoms"),
    pytest.param(check((), outcome=CheckOutcome.NOT_REACHED), LATER, False, id="not-reached"),
    pytest.param(check((), done_at=None), LATER, False, id="open-check"),
    pytest.param(check(("wheeze",), infusion_id="inf-9"), LATER, False, id="another-infusion"),
]


@pytest.mark.parametrize(("done", "at", "expected"), RED_FLAG_CASES)
def test_red_flags_come_only_from_done_checks_with_symptoms(
    done: Check, at: datetime, expected: bool
) -> None:
    assert bool(red_flag_alerts(make_infusion(), [done], at)) is expected


# --- Unended infusions -------------------------------------------------------------------------

UNENDED_CASES = [
    # (end, reference time, max_running_h, expected reason or None)
    pytest.param(None, START + 24 * HOUR, 24.0, None, id="exactly-24-h-not-open"),
    pytest.param(None, START + 24 * HOUR + MINUTE, 24.0, "running for 24 h 1 min", id="24-h-1-min"),
    pytest.param(None, START + 26 * HOUR, 24.0, "running for 26 h", id="26-h"),
    pytest.param(START + 30 * HOUR, START + 31 * HOUR, 24.0, None, id="ended-by-t"),
    pytest.param(START + 30 * HOUR, START + 26 * HOUR, 24.0, "running for 26 h", id="ends-later"),
    pytest.param(None, START + 13 * HOUR, 12.0, "running for 13 h", id="setting-12-h"),
    pytest.param(None, START - MINUTE, 24.0, None, id="starts-after-t"),
]


@pytest.mark.parametrize(("end", "at", "max_h", "expected"), UNENDED_CASES)
def test_unended(end: datetime | None, at: datetime, max_h: float, expected: str | None) -> None:
    alerts = unended_alerts([make_infusion(end=end)], at, max_h)
    if expected is None:
        assert alerts == []
        return
    (alert,) = alerts
    assert alert.reason == (
        f"{expected} since 2026-03-01 09:00: record its end, or mark it entered in error"
    )
    assert alert.at == START + timedelta(hours=max_h)
    assert (alert.kind, alert.severity) == (AlertKind.UNENDED, AlertSeverity.ALERT)


def test_max_running_default_is_24_h() -> None:
    assert AlertSettings().max_running_h == 24.0


# --- Reviews ------------------------------------------------------------------------------------

ALERT_AT = START + HOUR


def records(limits: VitalLimits) -> dict[str, Any]:
    """One infusion with one vital-sign alert at ALERT_AT and a red flag at DONE."""
    infusion = make_infusion(vitals=(vital(ALERT_AT, hr=140),))
    return {
        "patients": {"K-0001": PATIENT},
        "infusions": [infusion],
        "checks": [check(("jaundice",))],
        "limits": limits,
        "settings": SETTINGS,
    }


def review(at: datetime, *, note: str = "seen, rate halved", **key: Any) -> AlertReview:
    values: dict[str, Any] = {
        "kind": AlertKind.VITAL_SIGNS,
        "infusion_id": "inf-1",
        "vital_at": ALERT_AT,
    }
    values.update(key)
    return AlertReview(reviewed_at=at, by="nurse.a", note=note, **values)


REVIEW_CASES = [
    # (reviews, reference time, open expected)
    pytest.param([], ALERT_AT, True, id="no-review"),
    pytest.param([], ALERT_AT - MINUTE, None, id="before-the-alert-not-raised"),
    pytest.param([review(ALERT_AT)], ALERT_AT, False, id="reviewed-at-the-alert"),
    pytest.param([review(ALERT_AT + HOUR)], ALERT_AT + HOUR, False, id="reviewed-at-t"),
    pytest.param([review(ALERT_AT + HOUR)], ALERT_AT + HOUR - MINUTE, True, id="review-after-t"),
    pytest.param([review(ALERT_AT - MINUTE)], LATER, True, id="review-before-alert-ignored"),
    pytest.param(
        [review(ALERT_AT, vital_at=ALERT_AT + MINUTE)], LATER, True, id="review-of-another-record"
    ),
]


@pytest.mark.parametrize(("reviews", "at", "expected"), REVIEW_CASES)
def test_an_alert_is_open_until_a_review_at_or_before_t(
    limits: VitalLimits, reviews: list[AlertReview], at: datetime, expected: bool | None
) -> None:
    every = alerts_at(reviews=reviews, at=at, **records(limits))
    vitals = [r for r in every if r.alert.kind is AlertKind.VITAL_SIGNS]
    if expected is None:
        assert vitals == []
        return
    (found,) = vitals
    assert found.is_open is expected
    is_listed = any(
        a.kind is AlertKind.VITAL_SIGNS
        for a in open_alerts(reviews=reviews, at=at, **records(limits))
    )
    assert is_listed is expected


def test_the_earliest_review_at_or_before_t_closes_it(limits: VitalLimits) -> None:
    first, second = (
        review(ALERT_AT + 2 * HOUR, note="second"),
        review(ALERT_AT + HOUR, note="first"),
    )
    (alert,) = vitals_alerts(limits, (vital(ALERT_AT, hr=140),), LATER)
    assert closing_review(alert, [first, second], LATER) == second
    assert closing_review(alert, [first, second], ALERT_AT + 90 * MINUTE) == second
    assert closing_review(alert, [first, second], ALERT_AT + 30 * MINUTE) is None


def test_all_alerts_show_their_review_and_open_ones_leave_the_reviewed_out(
    limits: VitalLimits,
) -> None:
    red = review(DONE + HOUR, kind=AlertKind.RED_FLAG, vital_at=None, offset_h=24)
    every = alerts_at(reviews=[red], at=LATER, **records(limits))
    assert [(r.alert.kind, r.review) for r in every] == [
        (AlertKind.RED_FLAG, red),
        (AlertKind.VITAL_SIGNS, None),
    ]
    assert [a.kind for a in open_alerts(reviews=[red], at=LATER, **records(limits))] == [
        AlertKind.VITAL_SIGNS
    ]


VALIDATE_CASES = [
    # (review, refused field or None)
    pytest.param(review(ALERT_AT), None, id="at-the-alert"),
    pytest.param(review(ALERT_AT - MINUTE), "reviewed_at", id="before-the-alert"),
    pytest.param(review(ALERT_AT, vital_at=ALERT_AT + MINUTE), "vital_at", id="no-such-record"),
    pytest.param(review(ALERT_AT, vital_at=None), "vital_at", id="vital-at-missing"),
    pytest.param(review(ALERT_AT, offset_h=24), "offset_h", id="offset-on-vital-review"),
    pytest.param(review(ALERT_AT, note=" "), "note", id="empty-note"),
    pytest.param(
        review(DONE, kind=AlertKind.RED_FLAG, vital_at=None, offset_h=24), None, id="red-flag"
    ),
    pytest.param(
        review(DONE, kind=AlertKind.RED_FLAG, vital_at=None, offset_h=48),
        "offset_h",
        id="no-red-flag-at-48-h",
    ),
    pytest.param(
        review(DONE, kind=AlertKind.RED_FLAG, vital_at=None), "offset_h", id="offset-missing"
    ),
    pytest.param(
        review(LATER, kind=AlertKind.UNENDED, vital_at=None), "infusion_id", id="never-unended"
    ),
    pytest.param(review(ALERT_AT, infusion_id="inf-9"), "vital_at", id="another-infusion"),
]


@pytest.mark.parametrize(("candidate", "field"), VALIDATE_CASES)
def test_reviews_are_refused_by_name(
    limits: VitalLimits, candidate: AlertReview, field: str | None
) -> None:
    raised = raised_alerts(at=None, **records(limits))
    if field is None:
        assert validate_review(candidate, raised).key == candidate.key
        return
    with pytest.raises(ValidationError) as caught:
        validate_review(candidate, raised)
    assert caught.value.field == field
    assert caught.value.record.startswith(f"alert review {candidate.kind.value} ")


def test_an_infusion_that_ran_too_long_can_be_reviewed_after_its_end(limits: VitalLimits) -> None:
    """An unended alert was raised while the infusion ran; its review stays valid after the end."""
    long = make_infusion(end=START + 30 * HOUR)
    raised = raised_alerts(
        patients={"K-0001": PATIENT},
        infusions=[long],
        checks=[],
        at=None,
        limits=limits,
        settings=SETTINGS,
    )
    done = review(START + 25 * HOUR, kind=AlertKind.UNENDED, vital_at=None)
    assert validate_review(done, raised).kind is AlertKind.UNENDED
    # At a reference time after the end, the alert is gone (the infusion ended).
    assert unended_alerts([long], START + 31 * HOUR, 24.0) == []


# --- Order ---------------------------------------------------------------------------------------


def an_alert(
    severity: AlertSeverity,
    at: datetime,
    mrn: str,
    kind: AlertKind,
    infusion_id: str = "inf-1",
    offset_h: int | None = None,
) -> Alert:
    return Alert(kind, severity, mrn, infusion_id, at, "reason", offset_h=offset_h)


URGENT, ALERT = AlertSeverity.URGENT, AlertSeverity.ALERT
RED, UNENDED, VITALS = AlertKind.RED_FLAG, AlertKind.UNENDED, AlertKind.VITAL_SIGNS


def test_alert_order() -> None:
    """SPEC 12: severity (urgent first), at, MRN, kind alphabetical, infusion id, offset."""
    expected = [
        an_alert(URGENT, START + 5 * HOUR, "K-0009", VITALS),
        an_alert(URGENT, START + 6 * HOUR, "K-0001", RED, offset_h=48),
        an_alert(URGENT, START + 6 * HOUR, "K-0002", RED, "inf-1", offset_h=24),
        an_alert(URGENT, START + 6 * HOUR, "K-0002", RED, "inf-1", offset_h=48),
        an_alert(URGENT, START + 6 * HOUR, "K-0002", RED, "inf-2", offset_h=24),
        an_alert(URGENT, START + 6 * HOUR, "K-0002", VITALS),
        an_alert(ALERT, START, "K-0003", VITALS),
        an_alert(ALERT, START + HOUR, "K-0001", UNENDED),
        an_alert(ALERT, START + HOUR, "K-0001", VITALS),
    ]
    assert sorted(reversed(expected), key=alert_order) == expected


def test_raised_alerts_are_in_order(limits: VitalLimits) -> None:
    older = make_patient(mrn="K-0002")
    running = make_infusion(
        id="inf-2", mrn="K-0002", end=None, vitals=(vital(START + HOUR, hr=160),)
    )
    ended = make_infusion(vitals=(vital(START + 2 * HOUR, hr=140),))
    found = raised_alerts(
        patients={"K-0001": PATIENT, "K-0002": older},
        infusions=[running, ended],
        checks=[check(("chest_pain",))],
        at=START + 30 * HOUR,
        limits=limits,
        settings=SETTINGS,
    )
    assert [(a.severity, a.kind, a.infusion_id) for a in found] == [
        (URGENT, VITALS, "inf-2"),
        (URGENT, RED, "inf-1"),
        (ALERT, VITALS, "inf-1"),
        (ALERT, UNENDED, "inf-2"),
    ]


def test_alerts_of_infusions_not_passed_are_gone(limits: VitalLimits) -> None:
    """An infusion entered in error is left out by storage: nothing it raised remains."""
    kept = records(limits)
    assert raised_alerts(at=LATER, **kept)
    kept["infusions"] = []
    assert raised_alerts(at=LATER, **kept) == []
