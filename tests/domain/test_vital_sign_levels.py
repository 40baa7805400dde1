"""Vital-sign levels (SPEC 10.2, 12): every band edge, hypotension, temperature, SpO2, baseline."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ivigmon.domain.age import completed_months
from ivigmon.domain.codes import VitalLevel, VitalSign
from ivigmon.domain.models import VitalSigns
from ivigmon.domain.vital_levels import (
    VitalBaseline,
    entry_levels,
    hypotension_limit,
    vital_baseline,
    vital_sign_levels,
)
from ivigmon.domain.vital_limits import VitalBand, VitalLimits
from ivigmon.storage.reference_files import read_vital_sign_limits

from .factories import START, make_infusion, make_patient

NONE, WATCH, ALERT, URGENT = VitalLevel.NONE, VitalLevel.WATCH, VitalLevel.ALERT, VitalLevel.URGENT
AT = START + timedelta(hours=1)
NO_BASELINE = VitalBaseline()
RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "paediatric_vital_signs.csv"
SHIPPED = read_vital_sign_limits(RESOURCE)


def level(
    sign: VitalSign,
    value: float,
    age_months: int,
    baseline: VitalBaseline = NO_BASELINE,
) -> VitalLevel:
    record = VitalSigns(at=AT, **{sign.value: value})
    (found,) = vital_sign_levels(record, baseline, age_months, SHIPPED).signs
    return found.level


# --- The shipped table is the reference's ------------------------------------------------------

# Bedside PEWS (Parshuram 2009, Table 1), as the reference file writes it:
# sign, from, to, watch low/high, alert low/high, urgent low/high.
REFERENCE_ROWS = [
    ("hr", 0, 3, 110, 150, 90, 180, 80, 190),
    ("hr", 3, 12, 100, 150, 80, 170, 70, 180),
    ("hr", 12, 48, 90, 120, 70, 150, 60, 170),
    ("hr", 48, 156, 70, 110, 60, 130, 50, 151),
    ("hr", 156, None, 60, 100, 49, 120, 40, 140),
    ("rr", 0, 3, 29, 61, 19, 81, 15, 91),
    ("rr", 3, 12, 24, 51, 19, 71, 15, 81),
    ("rr", 12, 48, 19, 41, 15, 61, 12, 71),
    ("rr", 48, 156, 19, 31, 14, 41, 10, 51),
    ("rr", 156, None, 11, 17, 10, 23, 9, 30),
    ("sbp", 0, 3, 60, 80, 50, 100, None, 130),
    ("sbp", 3, 12, 80, 100, 70, 120, None, 150),
    ("sbp", 12, 48, 90, 110, 75, 125, None, 160),
    ("sbp", 48, 156, 90, 120, 80, 140, None, 170),
    ("sbp", 156, None, 100, 130, 85, 150, None, 190),
]


def _row(band: VitalBand) -> tuple[object, ...]:
    values = (
        band.watch_low,
        band.watch_high,
        band.alert_low,
        band.alert_high,
        band.urgent_low,
        band.urgent_high,
    )
    limits = tuple(None if v is None else int(v) for v in values)
    return (band.sign.value, band.age_from_months, band.age_to_months, *limits)


def test_shipped_table_holds_the_reference_values(limits: VitalLimits) -> None:
    rows = [
        _row(b) for sign in (VitalSign.HR, VitalSign.RR, VitalSign.SBP) for b in SHIPPED.bands(sign)
    ]
    assert rows == REFERENCE_ROWS
    assert [_row(b) for b in limits.bands(VitalSign.HR)] == REFERENCE_ROWS[:5]
    with RESOURCE.open(encoding="utf-8") as handle:
        assert all("Bedside PEWS" in row["source"] for row in csv.DictReader(handle))


# --- Every band edge of the file: at the limit, and one inside ----------------------------------

INNER = {URGENT: ALERT, ALERT: WATCH, WATCH: NONE}


def _edge_cases() -> list[object]:
    cases: list[object] = []
    for sign, low, high, *limits in REFERENCE_ROWS:
        assert isinstance(sign, str) and isinstance(low, int)
        ages = [low, (high - 1) if isinstance(high, int) else low + 120]
        named = dict(
            zip(
                [
                    (WATCH, "low"),
                    (WATCH, "high"),
                    (ALERT, "low"),
                    (ALERT, "high"),
                    (URGENT, "low"),
                    (URGENT, "high"),
                ],
                limits,
                strict=True,
            )
        )
        for (lv, side), limit in named.items():
            if limit is None or (sign == "sbp" and side == "low"):
                continue  # low systolic pressure also meets the hypotension rule: see below
            assert isinstance(limit, int)
            inside = limit + 1 if side == "low" else limit - 1
            for age in ages:
                name = f"{sign}-{age}m-{lv}-{side}-{limit}"
                cases.append(pytest.param(VitalSign(sign), age, limit, lv, id=f"{name}-at"))
                cases.append(
                    pytest.param(VitalSign(sign), age, inside, INNER[lv], id=f"{name}-inside")
                )
    return cases


@pytest.mark.parametrize(("sign", "age", "value", "expected"), _edge_cases())
def test_band_edges(sign: VitalSign, age: int, value: int, expected: VitalLevel) -> None:
    """`<= low` and `>= high` reach a level (reference README); one step inside does not."""
    assert level(sign, value, age) is expected


SBP_LOW_CASES = [
    # (age in months, systolic, expected): the file's low limits where hypotension does not apply.
    pytest.param(0, 60, WATCH, id="0m-watch-low-60"),
    pytest.param(0, 61, NONE, id="0m-inside-watch"),
    pytest.param(2, 80, WATCH, id="2m-80-high-side-watch"),
    pytest.param(3, 80, WATCH, id="3m-watch-low-80"),
    pytest.param(3, 81, NONE, id="3m-inside-watch"),
    pytest.param(3, 70, ALERT, id="3m-alert-low-70"),
    pytest.param(3, 71, WATCH, id="3m-inside-alert"),
    pytest.param(12, 75, ALERT, id="12m-alert-low-75"),
    pytest.param(12, 76, WATCH, id="12m-inside-alert"),
    pytest.param(12, 90, WATCH, id="12m-watch-low-90"),
    pytest.param(12, 91, NONE, id="12m-inside-watch"),
    pytest.param(48, 80, ALERT, id="48m-alert-low-80"),
    pytest.param(48, 81, WATCH, id="48m-inside-alert"),
    pytest.param(156, 85, URGENT, id="156m-85-is-hypotension"),
    pytest.param(156, 100, WATCH, id="156m-watch-low-100"),
    pytest.param(156, 101, NONE, id="156m-inside-watch"),
]


@pytest.mark.parametrize(("age", "value", "expected"), SBP_LOW_CASES)
def test_systolic_low_limits(age: int, value: int, expected: VitalLevel) -> None:
    assert level(VitalSign.SBP, value, age) is expected


# --- Age bands by completed months ---------------------------------------------------------------

BIRTH = date(2020, 5, 15)

AGE_BAND_CASES = [
    # (day of the infusion's start, heart rate, expected): a rate whose level changes at the edge
    pytest.param(date(2020, 8, 14), 170, WATCH, id="day-before-3-months"),
    pytest.param(date(2020, 8, 15), 170, ALERT, id="3-months"),
    pytest.param(date(2021, 5, 14), 150, WATCH, id="day-before-12-months"),
    pytest.param(date(2021, 5, 15), 150, ALERT, id="12-months"),
    pytest.param(date(2024, 5, 14), 130, WATCH, id="day-before-48-months"),
    pytest.param(date(2024, 5, 15), 130, ALERT, id="48-months"),
    pytest.param(date(2033, 5, 14), 120, WATCH, id="day-before-156-months"),
    pytest.param(date(2033, 5, 15), 120, ALERT, id="156-months"),
]


@pytest.mark.parametrize(("day", "hr", "expected"), AGE_BAND_CASES)
def test_age_band_is_completed_months_at_the_start(
    day: date, hr: int, expected: VitalLevel
) -> None:
    assert level(VitalSign.HR, hr, completed_months(BIRTH, day)) is expected


# --- Hypotension for age (always urgent) ---------------------------------------------------------

HYPOTENSION_LIMIT_CASES = [
    pytest.param(0, 60, id="under-1-month"),
    pytest.param(1, 70, id="1-month"),
    pytest.param(11, 70, id="11-months"),
    pytest.param(12, 72, id="1-year"),
    pytest.param(23, 72, id="1-year-11-months"),
    pytest.param(24, 74, id="2-years"),
    pytest.param(60, 80, id="5-years"),
    pytest.param(120, 90, id="10-years"),
    pytest.param(131, 90, id="10-years-11-months"),
    pytest.param(132, 90, id="11-years"),
    pytest.param(240, 90, id="20-years"),
]


@pytest.mark.parametrize(("age", "limit"), HYPOTENSION_LIMIT_CASES)
def test_hypotension_limit(age: int, limit: int) -> None:
    assert hypotension_limit(age)[0] == limit


HYPOTENSION_CASES = [
    # (age in months, systolic, expected): exactly at the limit is not hypotension, one below is.
    pytest.param(0, 60, WATCH, id="0m-at-60"),
    pytest.param(0, 59, URGENT, id="0m-59"),
    pytest.param(1, 70, NONE, id="1m-at-70"),
    pytest.param(1, 69, URGENT, id="1m-69"),
    pytest.param(11, 70, ALERT, id="11m-at-70"),
    pytest.param(11, 69, URGENT, id="11m-69"),
    pytest.param(12, 72, ALERT, id="1y-at-72"),
    pytest.param(12, 71, URGENT, id="1y-71"),
    pytest.param(60, 80, ALERT, id="5y-at-70+2x5"),
    pytest.param(60, 79, URGENT, id="5y-one-below"),
    pytest.param(120, 90, WATCH, id="10y-at-90"),
    pytest.param(120, 89, URGENT, id="10y-89"),
    pytest.param(132, 90, WATCH, id="11y-at-90"),
    pytest.param(132, 89, URGENT, id="11y-89"),
    pytest.param(156, 90, WATCH, id="13y-at-90"),
    pytest.param(156, 89, URGENT, id="13y-89"),
]


@pytest.mark.parametrize(("age", "value", "expected"), HYPOTENSION_CASES)
def test_hypotension_for_age(age: int, value: int, expected: VitalLevel) -> None:
    assert level(VitalSign.SBP, value, age) is expected


FALL_CASES = [
    # (baseline, systolic, expected) at 13 years: 140 -> 98 is exactly 30 %, 97 is more.
    pytest.param(140, 98, WATCH, id="exactly-30-percent"),
    pytest.param(140, 97, URGENT, id="more-than-30-percent"),
    pytest.param(130, 91, WATCH, id="130-to-91-is-30-percent"),
    pytest.param(130, 90, URGENT, id="130-to-90-is-31-percent"),
    pytest.param(None, 97, WATCH, id="no-baseline-no-fall"),
]


@pytest.mark.parametrize(("baseline", "value", "expected"), FALL_CASES)
def test_fall_of_more_than_30_percent(
    baseline: int | None, value: int, expected: VitalLevel
) -> None:
    assert level(VitalSign.SBP, value, 156, VitalBaseline(sbp=baseline)) is expected


# --- Temperature -------------------------------------------------------------------------------

TEMPERATURE_CASES = [
    # (temperature, baseline, expected)
    pytest.param(38.0, 37.9, ALERT, id="new-fever-38.0"),
    pytest.param(38.0, 38.0, NONE, id="fever-already-at-baseline"),
    pytest.param(38.0, None, ALERT, id="fever-without-baseline"),
    pytest.param(37.95, 37.9, ALERT, id="37.95-rounds-half-up-to-38.0"),
    pytest.param(37.94, 37.9, NONE, id="37.94-rounds-to-37.9"),
    pytest.param(38.0, 37.96, NONE, id="baseline-37.96-rounds-to-38.0"),
    pytest.param(37.5, 36.5, ALERT, id="rise-exactly-1.0"),
    pytest.param(37.4, 36.5, NONE, id="rise-0.9"),
    pytest.param(37.36, 36.44, ALERT, id="rise-1.0-after-rounding"),
    pytest.param(37.34, 36.45, NONE, id="rise-0.8-after-rounding"),
    pytest.param(39.6, 38.6, ALERT, id="rise-on-a-feverish-baseline"),
    pytest.param(34.9, 36.8, ALERT, id="below-35.0"),
    pytest.param(35.0, 36.8, WATCH, id="35.0-is-watch"),
    pytest.param(35.9, 36.8, WATCH, id="35.9-is-watch"),
    pytest.param(36.0, 36.8, NONE, id="36.0-normal"),
    pytest.param(38.5, 38.5, NONE, id="38.5-is-not-above-38.5"),
    pytest.param(38.6, 38.6, WATCH, id="38.6-watch"),
    pytest.param(38.55, 38.6, WATCH, id="38.55-rounds-to-38.6"),
]


@pytest.mark.parametrize(("value", "baseline", "expected"), TEMPERATURE_CASES)
def test_temperature(value: float, baseline: float | None, expected: VitalLevel) -> None:
    assert level(VitalSign.TEMP_C, value, 60, VitalBaseline(temp_c=baseline)) is expected


# --- SpO2 --------------------------------------------------------------------------------------

SPO2_CASES = [
    pytest.param(95, NONE, id="95"),
    pytest.param(94, WATCH, id="94"),
    pytest.param(93, WATCH, id="93"),
    pytest.param(92, ALERT, id="92"),
    pytest.param(85, ALERT, id="85"),
    pytest.param(84, URGENT, id="84"),
]


@pytest.mark.parametrize(("value", "expected"), SPO2_CASES)
def test_spo2(value: int, expected: VitalLevel) -> None:
    assert level(VitalSign.SPO2, value, 60) is expected


# --- Change from baseline (alarm fatigue) --------------------------------------------------------

BASELINE_CASES = [
    # (sign, baseline, value, expected) at 24 months (heart rate: alert >= 150, urgent >= 170)
    pytest.param(VitalSign.HR, 160, 158, WATCH, id="kd-160-not-re-alerted-at-158"),
    pytest.param(VitalSign.HR, 160, 168, WATCH, id="alert-at-baseline-stays-watch"),
    pytest.param(VitalSign.HR, 145, 158, ALERT, id="worse-than-a-watch-baseline"),
    pytest.param(VitalSign.HR, None, 158, ALERT, id="no-baseline"),
    pytest.param(VitalSign.HR, 160, 172, URGENT, id="urgent-always-counts"),
    pytest.param(VitalSign.HR, 175, 172, URGENT, id="urgent-at-baseline-still-urgent"),
    pytest.param(VitalSign.HR, 60, 155, WATCH, id="worse-compares-levels-not-direction"),
    pytest.param(VitalSign.RR, 65, 62, WATCH, id="rr-alert-at-baseline"),
    pytest.param(VitalSign.SPO2, 91, 90, WATCH, id="spo2-alert-at-baseline"),
    pytest.param(VitalSign.SPO2, 91, 84, URGENT, id="spo2-urgent-counts"),
    pytest.param(VitalSign.SPO2, 94, 92, ALERT, id="spo2-worse-than-watch"),
    pytest.param(VitalSign.SBP, 130, 128, WATCH, id="sbp-alert-at-baseline"),
    # Hypotension for age always counts, whatever the baseline: 73 at 2 y is < 74.
    pytest.param(VitalSign.SBP, 74, 73, URGENT, id="sbp-hypotension-always-counts"),
]


@pytest.mark.parametrize(("sign", "baseline", "value", "expected"), BASELINE_CASES)
def test_change_from_baseline(
    sign: VitalSign, baseline: int | None, value: int, expected: VitalLevel
) -> None:
    base = VitalBaseline(**{sign.value: baseline})
    assert level(sign, value, 24, base) is expected


def test_a_temperature_alert_is_not_lowered_by_the_baseline_rule() -> None:
    """Temperature has its own baseline rules: below 35.0 stays alert after a cold baseline."""
    assert level(VitalSign.TEMP_C, 34.8, 24, VitalBaseline(temp_c=34.9)) is ALERT


# --- The record's level and its reason ----------------------------------------------------------


def test_record_level_is_the_worst_sign_and_the_reason_lists_each_sign(
    limits: VitalLimits,
) -> None:
    record = VitalSigns(at=AT, temp_c=37.0, hr=185, sbp=75, spo2=94)
    found = vital_sign_levels(record, NO_BASELINE, 2, limits)
    assert found.level is ALERT
    assert [s.sign for s in found.outside] == [VitalSign.HR, VitalSign.SPO2]
    assert found.reason == (
        "heart rate 185/min: alert (>= 180/min, age 0-2 months: Bedside PEWS, Parshuram 2009);"
        " SpO2 94 %: watch (< 95 %: paediatric triage SpO2 bands, BMJ Open)"
    )


@pytest.mark.parametrize(
    ("record", "baseline", "expected"),
    [
        pytest.param(
            VitalSigns(at=AT, hr=158),
            VitalBaseline(hr=160),
            "heart rate 158/min: watch (>= 150/min, age 1-3 y: Bedside PEWS, Parshuram 2009;"
            " alert by the limits, counted as watch: the baseline 160/min was already alert)",
            id="counted-as-watch",
        ),
        pytest.param(
            VitalSigns(at=AT, sbp=70),
            VitalBaseline(sbp=110),
            "systolic pressure 70 mmHg: urgent (< 74 mmHg: hypotension at 2 y: 70 + 2 x age"
            " (Sampson 2006, anaphylaxis criteria); more than 30 % below the baseline 110 mmHg:"
            " hypotension (Sampson 2006, anaphylaxis criteria))",
            id="hypotension-and-fall",
        ),
        pytest.param(
            VitalSigns(at=AT, temp_c=38.36),
            VitalBaseline(temp_c=37.3),
            "temperature 38.4 °C: alert (>= 38.0 °C with a baseline of 37.3 °C: CTCAE v5 fever;"
            " 1.0 °C or more above the baseline 37.3 °C: ISBT 2011 febrile reaction)",
            id="fever-and-rise",
        ),
    ],
)
def test_reason_names_value_limit_and_source(
    record: VitalSigns, baseline: VitalBaseline, expected: str
) -> None:
    assert vital_sign_levels(record, baseline, 24, SHIPPED).reason == expected


def test_a_record_without_readings_outside_is_none() -> None:
    found = vital_sign_levels(VitalSigns(at=AT, hr=100, dbp=50), NO_BASELINE, 60, SHIPPED)
    assert found.level is NONE and found.reason == "" and found.outside == ()
    assert [s.sign for s in found.signs] == [VitalSign.HR]  # diastolic pressure is not compared


# --- Baseline ----------------------------------------------------------------------------------


def _at(minutes: int) -> datetime:
    return START + timedelta(minutes=minutes)


def test_baseline_is_the_latest_value_of_each_sign_at_or_before_the_start() -> None:
    vitals = (
        VitalSigns(at=_at(-60 * 24 * 30), temp_c=36.6, hr=90, rr=20, sbp=100, spo2=99),
        VitalSigns(at=_at(-30), temp_c=37.2, hr=110),
        VitalSigns(at=_at(0), hr=120),  # exactly at the start: baseline
        VitalSigns(at=_at(1), temp_c=39.0, hr=150, rr=40, sbp=60, spo2=80),  # after: not
    )
    infusion = make_infusion(vitals=vitals)
    assert vital_baseline(infusion) == VitalBaseline(temp_c=37.2, hr=120, rr=20, sbp=100, spo2=99)


def test_an_entry_is_judged_against_its_infusion(limits: VitalLimits) -> None:
    """At the bedside: the infusion's baseline, the age band at its start (here 4-12 y)."""
    infusion = make_infusion(vitals=(VitalSigns(at=_at(-10), hr=135),))
    typed = VitalSigns(at=_at(30), hr=140, sbp=80)
    found = entry_levels(make_patient(), infusion, typed, limits)
    # 140/min is alert by the bands but the baseline 135/min was already alert: watch.
    assert [(s.sign, s.level) for s in found.signs] == [
        (VitalSign.HR, WATCH),
        (VitalSign.SBP, URGENT),  # 80 mmHg is below 70 + 2 x 9 = 88 at 9 years
    ]


def test_no_record_before_the_start_means_no_baseline() -> None:
    infusion = make_infusion(vitals=(VitalSigns(at=_at(5), hr=150),))
    assert vital_baseline(infusion) == NO_BASELINE


# --- A broken table is refused ------------------------------------------------------------------


def _band(sign: VitalSign, low: int, high: int | None, **limits: float | None) -> VitalBand:
    values: dict[str, float | None] = {
        "watch_low": 60,
        "watch_high": 100,
        "alert_low": 50,
        "alert_high": 120,
        "urgent_low": 40,
        "urgent_high": 140,
    }
    values.update(limits)
    return VitalBand(sign, "/min", low, high, source="test", **values)


def _complete(*hr: VitalBand) -> list[VitalBand]:
    return [*hr, _band(VitalSign.RR, 0, None), _band(VitalSign.SBP, 0, None)]


@pytest.mark.parametrize(
    ("bands", "message"),
    [
        pytest.param(
            _complete(_band(VitalSign.HR, 0, 3), _band(VitalSign.HR, 4, None)), "gap", id="gap"
        ),
        pytest.param(
            _complete(_band(VitalSign.HR, 0, 3), _band(VitalSign.HR, 2, None)),
            "overlap",
            id="overlap",
        ),
        pytest.param(_complete(_band(VitalSign.HR, 0, 3)), "no band from 3", id="no-open-end"),
        pytest.param(_complete(_band(VitalSign.HR, 1, None)), "gap", id="not-from-birth"),
        pytest.param(
            _complete(_band(VitalSign.HR, 0, None, alert_low=70)), "not in order", id="order"
        ),
        pytest.param(
            [*_complete(_band(VitalSign.HR, 0, None)), _band(VitalSign.SPO2, 0, None)],
            "no banded limits",
            id="unbanded-sign",
        ),
    ],
)
def test_broken_tables_are_refused(bands: list[VitalBand], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        VitalLimits(bands)
