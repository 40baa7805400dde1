"""The demo ward's IVIG courses: product, dose and days, the infusions they make, their outcome."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ivigmon.demo.arithmetic import (
    DAYS_PER_YEAR,
    after_minutes,
    apportion,
    round_to,
    weighted,
)
from ivigmon.demo.growth import dosing_weight, measure
from ivigmon.demo.plan import (
    HISTORY_DAYS,
    PlannedCourse,
    PlannedInfusion,
    PlannedPatient,
    Ward,
)

# Diagnoses treated by profile, in courses that may repeat (KD and ITP get one course).
CHRONIC = ("JIA", "JDM", "SV", "JSLE", "SCLE")


@dataclass(frozen=True)
class _Profile:
    """How a chronic patient is treated: courses of consecutive daily infusions."""

    share: int
    courses: tuple[int, int]
    days: tuple[int, ...]


# Paper: infusions per patient mean 2.32, median 1 (1-15); high-dose IVIG is 1-2 g/kg over
# 2-5 days; chronic patients "needed continuing therapy". Shares are apportioned exactly, so that
# with KD (always one infusion) more than half of the ward has a single infusion.
CHRONIC_PROFILES: tuple[_Profile, ...] = (
    _Profile(share=48, courses=(1, 1), days=(1,)),
    _Profile(share=24, courses=(1, 1), days=(2, 2, 3, 5)),
    _Profile(share=15, courses=(2, 4), days=(1,)),
    _Profile(share=9, courses=(2, 4), days=(2,)),
    _Profile(share=4, courses=(4, 5), days=(3,)),
)
# Labels: repeated courses every 4-8 weeks; a few longer gaps (> 8 weeks, the LONG_GAP factor).
COURSE_GAP_DAYS = (28, 56)
LONG_GAP_DAYS = (60, 120)
LONG_GAP_SHARE = 0.12

# Relative use on the ward; intratect_10 has no label rates in the catalogue (local limits).
PRODUCT_USE: tuple[tuple[str, int], ...] = (
    ("privigen", 28),
    ("octagam_10", 18),
    ("gamunex_c", 15),
    ("panzyga", 12),
    ("gammagard_liquid", 12),
    ("flebogamma_dif_10", 10),
    ("intratect_10", 5),
)
NO_RATES_PRODUCT = "intratect_10"
# Share of repeated courses given with another product than the previous one.
PRODUCT_SWITCH_SHARE = 0.15
# Comorbidities in which the sugar-stabilised products are avoided (labels).
SUGAR_AVOIDING = ("kidney_failure", "diabetes", "fructose_intolerance")
# Share of chronic patients who had IVIG elsewhere before their first course here.
PRIOR_IVIG_SHARE = 0.08

# Course outcome (paper, Table II: "good" in every group): most courses get one, mostly good.
OUTCOMES: tuple[tuple[str, int], ...] = (("good", 85), ("moderate", 12), ("poor", 3))
OUTCOME_RECORDED_SHARE = 0.85


def plan_courses(ward: Ward, people: list[PlannedPatient]) -> None:
    """Courses per patient: KD one 2 g/kg infusion, ITP 0.8-1 g/kg x1-2, chronic by profile."""
    rng = ward.rng
    chronic = [p for p in people if p.diagnosis in CHRONIC]
    shares = [(str(i), profile.share) for i, profile in enumerate(CHRONIC_PROFILES)]
    profiles = [
        CHRONIC_PROFILES[int(key)]
        for key, n in apportion(shares, len(chronic)).items()
        for _ in range(n)
    ]
    rng.shuffle(profiles)
    forced_no_rates = rng.randrange(len(people))  # one patient on a product without label rates
    chronic_profile = dict(zip((id(p) for p in chronic), profiles, strict=True))
    for index, person in enumerate(people):
        forced = index == forced_no_rates and "anti_iga" not in person.comorbidities
        product = NO_RATES_PRODUCT if forced else _pick_product(rng, person)
        if person.diagnosis == "KD":
            person.courses = [PlannedCourse(days=1, g_per_kg=2.0, product=product)]  # label: 2 g/kg
        elif person.diagnosis == "ITP":
            days = rng.choice((1, 2))  # ITP protocol: 0.8-1 g/kg on one or two days
            person.courses = [PlannedCourse(days, rng.choice((0.8, 1.0)), product)]
        else:
            person.courses = _chronic_courses(rng, person, chronic_profile[id(person)], product)


def _chronic_courses(
    rng: random.Random, person: PlannedPatient, profile: _Profile, product: str
) -> list[PlannedCourse]:
    courses: list[PlannedCourse] = []
    days = rng.choice(profile.days)
    for number in range(rng.randint(*profile.courses)):
        if number and rng.random() < PRODUCT_SWITCH_SHARE:
            product = _pick_product(rng, person, avoid=product)
        courses.append(PlannedCourse(days, _daily_g_per_kg(rng, days), product))
    return courses


def _daily_g_per_kg(rng: random.Random, days: int) -> float:
    """Paper: course dose mean 1.38 g/kg (0.32-3.25); high dose is 1-2 g/kg over 2-5 days."""
    if days == 1:
        return 2.0 if rng.random() < 0.1 else round_to(rng.uniform(0.6, 1.0), 0.05)
    if days == 2:
        return round_to(rng.uniform(0.5, 1.0), 0.05)
    if days <= 4:
        return round_to(rng.uniform(0.4, 0.7), 0.05)
    return 0.4  # 2 g/kg over 5 days


def _pick_product(rng: random.Random, person: PlannedPatient, avoid: str | None = None) -> str:
    """Sugar-stabilised products are avoided in kidney failure, diabetes, fructose intolerance
    (labels); anti-IgA antibodies get the lowest-IgA product (Privigen, <= 25 ug/mL)."""
    if "anti_iga" in person.comorbidities:
        return "privigen"
    options = [(pid, w) for pid, w in PRODUCT_USE if pid != avoid]
    if any(c in person.comorbidities for c in SUGAR_AVOIDING):
        options = [(pid, w) for pid, w in options if pid not in ("octagam_10", "flebogamma_dif_10")]
    return weighted(rng, options)


def date_courses(ward: Ward, people: list[PlannedPatient]) -> None:
    """The days of every course, counted back from the last infusion, and the birth dates."""
    rng = ward.rng
    recent = [p for p in people if p.role == "recent"]
    for rank, person in enumerate(recent):
        person.recent_rank = rank
    for person in people:
        gaps = _course_gaps(rng, len(person.courses))
        _place_courses(ward, person, _last_day(ward, person, gaps, len(recent)), gaps)


def _course_gaps(rng: random.Random, courses: int) -> list[int]:
    return [
        rng.randint(*LONG_GAP_DAYS)
        if rng.random() < LONG_GAP_SHARE
        else rng.randint(*COURSE_GAP_DAYS)
        for _ in range(courses - 1)
    ]


def _last_day(ward: Ward, person: PlannedPatient, gaps: Sequence[int], recent_count: int) -> date:
    """The day of the patient's latest infusion, by role."""
    rng = ward.rng
    if person.role == "recent":
        # Ended about 1-3 days ago, spread evenly over the recent patients.
        hours = 30 + 54 * (person.recent_rank + rng.random()) / recent_count
        return (ward.now - timedelta(hours=hours)).date()
    if person.role == "running":
        person.last_start = ward.now - timedelta(minutes=rng.randrange(90, 185, 5))
        return person.last_start.date()
    span = sum(gaps) + person.courses[-1].days
    return ward.now.date() - timedelta(days=rng.randint(5, max(5, HISTORY_DAYS - span)))


def _place_courses(ward: Ward, person: PlannedPatient, last_day: date, gaps: Sequence[int]) -> None:
    """Consecutive days per course, courses `gaps` days apart, the last infusion on `last_day`."""
    rng = ward.rng
    start = last_day - timedelta(days=person.courses[-1].days - 1)
    for index in range(len(person.courses) - 1, -1, -1):
        person.courses[index].first_day = start
        if index:
            start -= timedelta(days=gaps[index - 1])
    first = person.courses[0].first_day
    person.birth = first - timedelta(days=round(person.age_first * DAYS_PER_YEAR))
    if person.diagnosis in CHRONIC and rng.random() < PRIOR_IVIG_SHARE:
        person.prior_ivig = first - timedelta(days=rng.randint(21, 200))  # given elsewhere


def plan_infusions(ward: Ward, person: PlannedPatient) -> list[PlannedInfusion]:
    """One infusion a day of each course, dosed on a weight measured before the course."""
    rng = ward.rng
    planned: list[PlannedInfusion] = []
    last_height: date | None = None
    for course_no, course in enumerate(person.courses):
        last_course = course_no == len(person.courses) - 1
        starts = [
            _morning(rng, course.first_day + timedelta(days=day)) for day in range(course.days)
        ]
        if person.role == "running" and last_course and person.last_start is not None:
            starts[-1] = person.last_start
        measured_at = after_minutes(starts[0], -rng.randrange(40, 95, 5))
        with_height = last_height is None or (
            not person.sloppy_height
            and ((course.first_day - last_height).days > 180 or rng.random() < 0.3)
        )
        if with_height:
            last_height = course.first_day
        actual = measure(ward, person, measured_at, with_height)
        weight, basis = dosing_weight(ward, person, actual, course.first_day)
        for day_no, start in enumerate(starts):
            planned.append(
                PlannedInfusion(
                    patient=person,
                    course_no=course_no,
                    day_no=day_no,
                    start=start,
                    product=ward.products[course.product],
                    weight_kg=weight,
                    basis=basis,
                    dose_g=max(0.5, round_to(course.g_per_kg * weight, 0.5)),
                    running=person.role == "running" and last_course and day_no == course.days - 1,
                )
            )
    return planned


def _morning(rng: random.Random, day: date) -> datetime:
    """Infusions start between 08:00 and 10:25."""
    return datetime.combine(day, time(8, 0)) + timedelta(minutes=rng.randrange(0, 150, 5))


def course_outcomes(ward: Ward, infusions: list[PlannedInfusion]) -> None:
    """The paper's effect (good / moderate / poor) on the first infusion of finished courses."""
    courses: dict[tuple[int, int], list[PlannedInfusion]] = {}
    for infusion in infusions:
        courses.setdefault((id(infusion.patient), infusion.course_no), []).append(infusion)
    for members in courses.values():
        person = members[0].patient
        latest = members[0].course_no == len(person.courses) - 1
        if any(i.end is None for i in members) or (latest and person.role != "old"):
            continue  # still running, or too recent to judge
        if ward.rng.random() < OUTCOME_RECORDED_SHARE:
            members[0].record["course_outcome"] = weighted(ward.rng, OUTCOMES)
