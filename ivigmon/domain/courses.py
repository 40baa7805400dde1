"""Grouping a patient's infusions into courses, and course doses (SPEC section 2 and 5a)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from ivigmon.domain.models import Course, Infusion


def course_numbers(starts: Sequence[datetime], window_h: float = 120.0) -> list[int]:
    """The course (0, 1, ...) of each of one patient's infusions, given their starts in order
    (start, then id): an infusion joins the course begun by an earlier infusion at most
    `window_h` before it, else it begins the next one."""
    window = timedelta(hours=window_h)
    numbers: list[int] = []
    number = -1
    course_start: datetime | None = None
    for start in starts:
        if course_start is None or start - course_start > window:
            course_start = start
            number += 1
        numbers.append(number)
    return numbers


def group_courses(infusions: Sequence[Infusion], window_h: float = 120.0) -> list[Course]:
    """An infusion joins the course begun by an earlier infusion at most `window_h` before it."""
    ordered = sorted(infusions, key=lambda i: i.order_key)
    courses: list[list[Infusion]] = []
    for infusion, number in zip(
        ordered, course_numbers([i.start for i in ordered], window_h), strict=True
    ):
        if number == len(courses):
            courses.append([])
        courses[-1].append(infusion)
    return [Course(infusions=tuple(c)) for c in courses]


def course_of(infusions: Sequence[Infusion], infusion_id: str, window_h: float = 120.0) -> Course:
    for course in group_courses(infusions, window_h):
        if any(i.id == infusion_id for i in course.infusions):
            return course
    raise KeyError(infusion_id)


def course_dose_g_per_kg(course: Course, up_to_id: str | None = None) -> float:
    """Grams of the course (up to and including `up_to_id`) per kg of the first dosing weight."""
    grams = 0.0
    for infusion in course.infusions:
        grams += infusion.dose_g
        if infusion.id == up_to_id:
            break
    return grams / course.first.dosing_weight_kg
