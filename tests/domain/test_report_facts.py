"""One patient's share of the cohort report: figures, courses, tallies, lateness."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from ivigmon.domain.report_facts import (
    ALL,
    CHECKS,
    COHORT,
    LATE,
    LATE_MONTH,
    LOT,
    MONTH,
    PREMED,
    PREMED_CLASS,
    PRODUCT,
    SYNDROME,
    TERM,
    FactCheck,
    FactEvent,
    FactInfusion,
    FactMeasurement,
    FactPatient,
    Tally,
    grouped_median,
    histogram_median,
    late_month_key,
    lateness_minutes,
    month_of,
    patient_facts,
    primary_diagnosis,
    sum_tallies,
    tally_changes,
)

DAY = datetime(2026, 1, 5, 9, 0)
PATIENT = FactPatient(id=7, sex="M", birth_date=date(2016, 3, 1), diagnoses=("JIA", "ITP"))


def _infusion(id: str, start: datetime, **kw: object) -> FactInfusion:
    values: dict[str, object] = {
        "product_id": "privigen",
        "label_use": "off",
        "dose_g": 30.0,
        "weight_kg": 30.0,
    }
    values.update(kw)
    return FactInfusion(id=id, start=start, **values)  # type: ignore[arg-type]


def _check(done_after_min: int | None, outcome: str | None = None, *, open=False):
    done = None if done_after_min is None else done_after_min * 60
    return FactCheck(done_after_s=done, outcome=outcome, open=open)


def test_a_patients_figures():
    measured = [
        FactMeasurement(datetime(2025, 12, 1), 29.0, 128.0),
        FactMeasurement(datetime(2026, 1, 5, 8, 0), 30.0, None),  # on the morning: the weight
        FactMeasurement(datetime(2026, 2, 1), 31.0, 131.0),  # after the first infusion: not used
    ]
    first = _infusion(
        "a1",
        DAY,
        lots=("L1",),
        premed_classes=frozenset({"antipyretic"}),
        events=(FactEvent("flushing", delayed=False),),
        course_outcome="good",
    )
    second = _infusion(
        "a2",
        DAY + timedelta(hours=24),
        label_use="on",
        lots=("L1", "L2"),
        events=(FactEvent("headache", delayed=True),),
        checks=(
            _check(120, "no_symptoms"),
            _check(0, "not_reached"),
            _check(30, "symptoms"),
        ),
    )
    third = _infusion(
        "a3",
        DAY + timedelta(days=36),
        dose_g=15.0,
        premed_classes=frozenset({"antihistamine", "antipyretic"}),
        course_outcome="moderate",
        checks=(_check(None, open=True), _check(None)),
    )
    facts = patient_facts(PATIENT, [third, first, second], measured, course_window_h=120)
    assert facts.diagnosis == "JIA"  # the first in the list
    assert facts.boy is True
    assert facts.age_years == pytest.approx((date(2026, 1, 5) - date(2016, 3, 1)).days / 365.25)
    assert (facts.weight_kg, facts.height_cm) == (30.0, 128.0)
    assert (facts.infusions, facts.on_label, facts.off_label) == (3, 1, 2)
    assert facts.g_per_kg == pytest.approx(1.0 + 1.0 + 0.5)
    # Courses: a1 + a2 (24 h apart) = 60 g / 30 kg = 2.0; a3 alone = 0.5; the mean 1.25.
    assert facts.courses == 2
    assert facts.course_g_per_kg == pytest.approx(1.25)
    assert facts.outcomes == (1, 1, 0, 0)
    assert facts.events == 2
    t = facts.tallies
    # a1: immediate, not followed; a2: delayed (and followed); a3: nothing.
    assert t[(ALL, "")] == Tally(3, 1, 1, 1)
    assert t[(PRODUCT, "privigen")] == Tally(3, 1, 1, 1)
    assert t[(LOT, "L1")] == Tally(2, 1, 1, 1)
    assert t[(LOT, "L2")] == Tally(1, 0, 1, 1)
    assert t[(PREMED, "any")] == Tally(2, 1, 0, 0)
    assert t[(PREMED, "none")] == Tally(1, 0, 1, 1)
    assert t[(PREMED_CLASS, "antipyretic")] == Tally(2, 1, 0, 0)
    assert t[(PREMED_CLASS, "antihistamine")] == Tally(1, 0, 0, 0)
    assert t[(TERM, "flushing")] == Tally(1, 1, 0, 0)
    assert t[(TERM, "headache")] == Tally(1, 0, 0, 1)
    assert t[(SYNDROME, "any_reaction")] == Tally(2, 1, 0, 1)
    assert (SYNDROME, "aseptic_meningitis") not in t
    counts = {key: t[(CHECKS, key)].infusions for key in ("total", "done", "reached")}
    assert counts == {"total": 5, "done": 3, "reached": 2}
    assert t[(CHECKS, "not_reached")].infusions == 1
    # a3's check not done and not open: superseded; its open one is not.
    assert t[(CHECKS, "superseded")].infusions == 1
    assert {k: v.infusions for (kind, k), v in t.items() if kind == COHORT} == {
        "patients": 1,
        "boys": 1,
        "two_or_more": 1,
        "on_label": 1,
        "off_label": 2,
        "courses": 2,
        "good": 1,
        "moderate": 1,
        "with_event": 1,
        "events": 2,
    }  # counts that are 0 (poor, not recorded) are left out
    assert {k: v.infusions for (kind, k), v in t.items() if kind == LATE} == {
        "120": 1,
        "0": 1,
        "30": 1,
    }


def test_a_course_outcome_recorded_on_a_later_infusion_counts_for_the_course():
    infusions = [
        _infusion("a", DAY, course_outcome="poor"),
        _infusion("b", DAY + timedelta(hours=48), course_outcome="good"),
        _infusion("c", DAY + timedelta(days=30)),
    ]
    facts = patient_facts(PATIENT, infusions, [], course_window_h=120)
    assert facts.outcomes == (1, 0, 0, 1)  # the course's latest: good; the other none


def test_the_course_dose_divides_by_the_first_infusions_dosing_weight():
    infusions = [
        _infusion("a", DAY, dose_g=20.0, weight_kg=20.0),
        _infusion("b", DAY + timedelta(hours=24), dose_g=20.0, weight_kg=25.0),
    ]
    facts = patient_facts(PATIENT, infusions, [], course_window_h=120)
    assert facts.course_g_per_kg == pytest.approx(2.0)  # 40 g / 20 kg
    assert facts.g_per_kg == pytest.approx(1.0 + 0.8)  # each infusion by its own weight


def test_the_course_window_is_the_setting():
    infusions = [_infusion("a", DAY), _infusion("b", DAY + timedelta(hours=30))]
    assert patient_facts(PATIENT, infusions, [], course_window_h=24).courses == 2
    assert patient_facts(PATIENT, infusions, [], course_window_h=30).courses == 1


def test_a_patient_without_infusions_counts_nothing():
    facts = patient_facts(PATIENT, [], [], course_window_h=120)
    assert facts.infusions == 0 and not facts.tallies and facts.age_years is None


def test_nothing_measured_by_the_first_infusion_is_unknown():
    measured = [FactMeasurement(DAY + timedelta(minutes=1), 30.0, 130.0)]
    facts = patient_facts(PATIENT, [_infusion("a", DAY)], measured, course_window_h=120)
    assert (facts.weight_kg, facts.height_cm) == (None, None)


@pytest.mark.parametrize(
    ("diagnoses", "primary"), [(("KD", "JIA"), "KD"), (("ITP",), "ITP"), ((), "OTHER")]
)
def test_the_primary_diagnosis_is_the_first(diagnoses: tuple[str, ...], primary: str):
    assert primary_diagnosis(diagnoses) == primary


@pytest.mark.parametrize(
    ("seconds", "minutes"),
    [(0, 0), (59, 0), (60, 1), (-1, -1), (-60, -1), (-61, -2), (3 * 3600 + 30, 180)],
)
def test_lateness_is_whole_minutes_rounded_down(seconds: int, minutes: int):
    assert lateness_minutes(seconds) == minutes


@pytest.mark.parametrize(
    ("counts", "median"),
    [
        ({}, None),
        ({5: 0}, None),
        ({5: 1}, 5.0),
        ({1: 1, 3: 1}, 2.0),  # even: the mean of the two middle values
        ({0: 2, 30: 1, 120: 1}, 15.0),  # 0 0 | 30 120 -> (0 + 30) / 2
        ({-10: 1, 0: 1, 10: 1}, 0.0),
        ({7: 4}, 7.0),
        ({1: 1, 2: 1, 100: 3}, 100.0),  # 1 2 100 100 100
        ({1: 2, 2: 2}, 1.5),
    ],
)
def test_the_median_of_a_histogram(counts: dict[int, int], median: float | None):
    assert histogram_median(counts) == median


def test_tally_changes_carry_only_what_moved():
    old = {(ALL, ""): Tally(2, 1, 1, 0), (LOT, "L1"): Tally(1, 0, 0, 0)}
    new = {(ALL, ""): Tally(3, 1, 1, 0), (LOT, "L2"): Tally(1, 0, 0, 0)}
    assert tally_changes(old, new) == {
        (ALL, ""): Tally(1, 0, 0, 0),
        (LOT, "L1"): Tally(-1, 0, 0, 0),
        (LOT, "L2"): Tally(1, 0, 0, 0),
    }
    assert tally_changes(new, new) == {}
    assert sum_tallies([old, tally_changes(old, new)]) == {
        (ALL, ""): Tally(3, 1, 1, 0),
        (LOT, "L1"): Tally(0, 0, 0, 0),
        (LOT, "L2"): Tally(1, 0, 0, 0),
    }


def _bare(infusion: FactInfusion) -> FactInfusion:
    """As the report reads an infusion before the settled point: no lots, checks or the like."""
    return infusion._replace(
        lots=(), premed_classes=frozenset(), checks=(), reviewed_alerts=(), running=False
    )


def test_counting_from_the_settled_point_gives_the_same_tallies():
    infusions = [
        _infusion("a", DAY, lots=("L1",), checks=(_check(30, "no_symptoms"), _check(None))),
        _infusion("b", DAY + timedelta(days=30), lots=("L2",), checks=(_check(None, open=True),)),
        _infusion("c", DAY + timedelta(days=31), running=True, events=(FactEvent("rash", False),)),
    ]
    whole = patient_facts(PATIENT, infusions, [], course_window_h=120)
    assert whole.settled is not None
    # b has an open check: the settled point is its start; a is settled.
    assert whole.settled.before == DAY + timedelta(days=30)
    assert whole.settled.tallies[(LOT, "L1")] == Tally(1, 0, 1, 0)
    assert (LOT, "L2") not in whole.settled.tallies
    read = [_bare(i) if i.start < whole.settled.before else i for i in infusions]
    again = patient_facts(PATIENT, read, [], course_window_h=120, settled=whole.settled)
    assert again.tallies == whole.tallies
    assert (again.settled, again.recent) == (whole.settled, whole.recent)
    assert again.settled_added == {}  # nothing settled since: the stored share stays
    assert replace(again, settled_added=None) == whole


def test_with_nothing_open_the_settled_point_is_just_after_the_last_start():
    infusions = [_infusion("a", DAY, checks=(_check(0, "no_symptoms"),))]
    facts = patient_facts(PATIENT, infusions, [], course_window_h=120)
    assert facts.settled is not None
    assert facts.settled.before == DAY + timedelta(seconds=1)
    assert facts.settled.tallies[(ALL, "")] == Tally(1, 0, 1, 0)


def test_an_infusion_that_settles_is_what_the_settled_share_gains():
    first = _infusion("a", DAY, lots=("L1",), checks=(_check(None, open=True),))
    whole = patient_facts(PATIENT, [first], [], course_window_h=120)
    assert whole.settled is not None and whole.settled.before == DAY
    # The check is done: a is settled, and the share gains exactly its counts.
    done = first._replace(checks=(_check(10, "no_symptoms"),))
    later = patient_facts(PATIENT, [done], [], course_window_h=120, settled=whole.settled)
    assert later.settled is not None and later.settled.before == DAY + timedelta(seconds=1)
    assert later.settled_added is not None
    assert later.settled_added[(LOT, "L1")] == Tally(1, 0, 1, 0)
    assert later.tallies == patient_facts(PATIENT, [done], [], course_window_h=120).tallies


@pytest.mark.parametrize(
    ("start", "month"),
    [
        (datetime(2026, 1, 31, 23, 59), "2026-01"),
        (datetime(2026, 2, 1, 0, 0), "2026-02"),
        (datetime(2025, 12, 31, 23, 59), "2025-12"),
        (datetime(2026, 12, 1, 0, 0), "2026-12"),
    ],
)
def test_an_infusion_counts_in_the_month_of_its_local_start(start: datetime, month: str):
    assert month_of(start) == month
    reacted = _infusion("a1", start, events=(FactEvent("flushing", delayed=False),))
    facts = patient_facts(PATIENT, [reacted], [], course_window_h=120)
    assert {k: t for (kind, k), t in facts.tallies.items() if kind == MONTH} == {
        month: Tally(1, 1, 0, 0)
    }


@pytest.mark.parametrize(
    ("done_after_s", "step"),
    [
        (0, 0),
        (14 * 60 + 59, 0),  # 14 min 59 s: 14 minutes, the quarter hour below
        (15 * 60, 15),
        (29 * 60 + 59, 15),
        (-1, -15),  # a second early: -1 minute, below 0
        (-15 * 60, -15),
        (-15 * 60 - 1, -30),
        (26 * 3600, 1560),  # a day and two hours late
    ],
)
def test_lateness_by_month_is_kept_by_the_quarter_hour_below(done_after_s: int, step: int):
    checked = _infusion(
        "a1",
        DAY,
        checks=(FactCheck(done_after_s=done_after_s, outcome="no_symptoms", open=False),),
    )
    tallies = patient_facts(PATIENT, [checked], [], course_window_h=120).tallies
    late = {k: t.infusions for (kind, k), t in tallies.items() if kind == LATE_MONTH}
    assert late == {f"2026-01 {step}": 1}
    assert late_month_key(f"2026-01 {step}") == ("2026-01", step)
    # The whole-minute lateness of the follow-up table is kept as it was.
    assert {k for (kind, k), _ in tallies.items() if kind == LATE} == {
        str(lateness_minutes(done_after_s))
    }


def test_checks_count_in_the_month_of_their_infusion_not_of_their_due_time():
    """An infusion started on the last evening of January has its checks due in February:
    they count with January's infusions (the chart's month is the infusion's)."""
    late = _infusion("a1", datetime(2026, 1, 31, 20, 0), checks=(_check(45, "no_symptoms"),))
    tallies = patient_facts(PATIENT, [late], [], course_window_h=120).tallies
    assert {k for (kind, k), _ in tallies.items() if kind == LATE_MONTH} == {"2026-01 45"}


@pytest.mark.parametrize(
    ("counts", "median"),
    [
        ({}, None),
        ({0: 0}, None),
        ({0: 1}, 7.5),  # one check in [0, 15): the middle of its step
        ({0: 1, 30: 1, 120: 1}, 37.5),  # the middle one's step [30, 45), half way through it
        ({0: 2, 15: 2}, 15.0),  # the middle falls between the two steps
        ({-15: 1, 0: 3}, 5.0),  # 2 of 4: the first of the three in [0, 15)
        ({0: 0, 15: 1}, 22.5),  # an emptied step counts for nothing
        ({-30: 5}, -22.5),  # early checks
    ],
)
def test_the_median_of_lateness_kept_in_steps(counts: dict[int, int], median: float | None):
    assert grouped_median(counts, 15) == median
