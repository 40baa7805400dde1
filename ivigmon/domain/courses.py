"""Grouping a patient's infusions into courses, and course doses (SPEC section 2 and 5a)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from ivigmon.domain.models import Course, Infusion


def group_courses(infusions: Sequence[Infusion], window_h: float = 120.0) -> list[Course]:
    """An infusion joins the course begun by an earlier infusion at most `window_h` before it."""
    window = timedelta(hours=window_h)
    courses: list[list[Infusion]] = []
    for infusion in sorted(infusions, key=lambda i: i.order_key):
        if courses and infusion.start - courses[-1][0].start <= window:
            courses[-1].append(infusion)
        else:
            courses.append([infusion])
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
