"""When each patient of the national service is treated: first day, courses, every start."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime

from ivigmon.demo.arithmetic import DAYS_PER_YEAR, round_to
from ivigmon.demo.service_clock import minutes
from ivigmon.demo.service_draw import below, chance, uniform
from ivigmon.demo.service_mix import (
    AFTER_LOADING_DAYS,
    GROUPS,
    INTERVAL_JITTER_DAYS,
    KD_RETREATED,
    LATE_SESSION_EXTRA_DAYS,
    LATE_SESSION_SHARE,
    Group,
    Regimen,
)
from ivigmon.domain.codes import Diagnosis

# The number of new patients grows about 10 % a year (the national database's 2017/18 report:
# immunoglobulin use grows about 13 % a year, part of it from longer maintenance).
REFERRAL_GROWTH_PER_YEAR = 0.10

# Planned sessions start in the day unit between 08:00 and 12:00; an acute first dose starts
# when the patient is ready (09:00-16:00), a Kawasaki dose once the diagnosis is made
# (09:00-20:00), then runs 10-12 h (AHA 2017).
DAY_UNIT_OPENS = 8 * 60  # minutes after midnight
PLANNED_SLOTS = 49  # 5-minute slots from 08:00 to 12:00
ACUTE_OPENS = 9 * 60
ACUTE_SLOTS = 85  # 09:00 to 16:00
KD_SLOTS = 133  # 09:00 to 20:00
# A second Kawasaki dose starts 36-48 h after the first.
KD_RETREAT_MINUTES = (36 * 60, 48 * 60)
# Maintenance sessions above 1 g/kg are split over two days.
SPLIT_ABOVE_G_PER_KG = 1.0


@dataclass(frozen=True)
class Frame:
    """The service's time frame: history from `first_day` up to `now`, for `patients` patients."""

    now: datetime
    # Days are ordinals (`date.toordinal`): the plan adds days millions of times.
    first_day: int
    # Patients come on the service up to the day before `now`, so every patient has been
    # treated at least once.
    last_arrival: int
    patients: int


def make_frame(now: datetime, years: float, patients: int) -> Frame:
    today = now.toordinal()
    return Frame(now, today - max(1, round(years * DAYS_PER_YEAR)), today - 1, patients)


@dataclass(frozen=True, slots=True)
class PlannedDose:
    """One planned infusion: when, how many g/kg, and its place in its course."""

    start: datetime
    g_per_kg: float
    course: int
    day: int
    days: int


@dataclass(frozen=True, slots=True)
class PatientPlan:
    """A patient's group, age at the first infusion and every infusion up to `now`."""

    number: int
    group: Group
    age_first: float
    doses: tuple[PlannedDose, ...]


def plan_patient(rng: random.Random, number: int, frame: Frame) -> PatientPlan:
    """Draw the group, the age and the schedule; only doses starting at or before `now` stay."""
    group = GROUPS.pick(rng)
    band = group.ages.pick(rng)
    age_first = rng.triangular(band.low, band.high, band.mode)
    first = _arrival(rng, number, frame)
    doses = (
        _maintenance(rng, group, first, frame.now)
        if group.maintenance
        else _acute(rng, group, first, frame.now)
    )
    return PatientPlan(number, group, age_first, tuple(doses))


def _arrival(rng: random.Random, number: int, frame: Frame) -> int:
    """Patient n of N comes in the n-th N-quantile of a referral rate growing each year.

    Stratified, so that the service's history has the same shape whatever its size.
    """
    u = (number - 1 + rng.random()) / frame.patients
    span = frame.last_arrival - frame.first_day + 1
    rate = math.log1p(REFERRAL_GROWTH_PER_YEAR) / DAYS_PER_YEAR
    day = math.log1p(u * math.expm1(rate * span)) / rate
    return frame.first_day + min(span - 1, int(day))


def _at(day: int, opens: int, slot: int) -> datetime:
    return datetime.fromordinal(day) + minutes(opens + 5 * slot)


def _course(
    rng: random.Random,
    first_start: datetime,
    regimen: Regimen,
    course: int,
    now: datetime,
    doses: list[PlannedDose],
) -> bool:
    """Consecutive daily doses from `first_start`; False once a dose would start after `now`."""
    for day in range(regimen.days):
        start = (
            first_start
            if day == 0
            else _at(first_start.toordinal() + day, DAY_UNIT_OPENS, below(rng, PLANNED_SLOTS))
        )
        if start > now:
            return False
        doses.append(PlannedDose(start, regimen.g_per_kg, course, day, regimen.days))
    return True


def _acute(rng: random.Random, group: Group, first: int, now: datetime) -> list[PlannedDose]:
    doses: list[PlannedDose] = []
    day = first
    for course in range(group.courses.pick(rng)):
        regimen = group.regimens.pick(rng)
        if group.diagnosis is Diagnosis.KD:
            start = _at(day, ACUTE_OPENS, below(rng, KD_SLOTS))
        else:
            start = _at(day, ACUTE_OPENS, below(rng, ACUTE_SLOTS))
        if not _course(rng, start, regimen, course, now, doses):
            return doses
        if group.diagnosis is Diagnosis.KD and chance(rng, KD_RETREATED):
            low, high = KD_RETREAT_MINUTES
            again = start + minutes(low + 5 * below(rng, (high - low) // 5 + 1))
            _course(rng, again, regimen, course + 1, now, doses)
            return doses
        low, high = group.gap_days
        day += max(regimen.days + 1, low + below(rng, high - low + 1))
    return doses


def _weekday(day: int) -> int:
    """Day units are closed at weekends: a session due then moves to the Monday."""
    weekday = (day + 6) % 7  # date.weekday() of an ordinal: Monday 0
    return day + 7 - weekday if weekday >= 5 else day


def _maintenance(rng: random.Random, group: Group, first: int, now: datetime) -> list[PlannedDose]:
    doses: list[PlannedDose] = []
    median, spread = group.duration_years
    years = rng.lognormvariate(math.log(median), spread)
    stop = first + round(years * DAYS_PER_YEAR)
    sessions_left = 2 + below(rng, 3) if chance(rng, group.no_response) else -1
    low, high = group.dose_g_per_kg
    g_per_kg = round_to(uniform(rng, low, high), 0.05)
    session = Regimen(2, g_per_kg / 2) if g_per_kg > SPLIT_ABOVE_G_PER_KG else Regimen(1, g_per_kg)
    interval = group.interval_days.pick(rng)
    course = 0
    day = first
    loading = group.loading.pick(rng)
    if loading is not None:
        start = _at(day, ACUTE_OPENS, below(rng, ACUTE_SLOTS))
        if not _course(rng, start, loading, course, now, doses):
            return doses
        course += 1
        day += loading.days - 1 + AFTER_LOADING_DAYS
    today = now.toordinal()
    while day <= stop and sessions_left != 0:
        # The first session keeps its day, so that every patient is treated before `now`.
        day = _weekday(day) if doses else day
        if day > today:
            break
        start = _at(day, DAY_UNIT_OPENS, below(rng, PLANNED_SLOTS))
        if not _course(rng, start, session, course, now, doses):
            break
        course += 1
        sessions_left -= 1
        gap = interval + below(rng, 2 * INTERVAL_JITTER_DAYS + 1) - INTERVAL_JITTER_DAYS
        if chance(rng, LATE_SESSION_SHARE):
            extra_low, extra_high = LATE_SESSION_EXTRA_DAYS
            gap += extra_low + below(rng, extra_high - extra_low + 1)
        day += max(session.days + 1, gap)
    return doses
