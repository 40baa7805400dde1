"""Courses (SPEC section 2 and 5a): the 120 h window and the course dose."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivigmon.domain.courses import (
    course_dose_g_per_kg,
    course_numbers,
    course_of,
    group_courses,
)
from ivigmon.domain.models import Infusion

from .factories import START, make_infusion


def _at(id: str, hours: float, dose_g: float = 10.0, weight: float = 10.0) -> Infusion:
    start = START + timedelta(hours=hours)
    return make_infusion(
        id=id, start=start, end=start + timedelta(hours=6), dose_g=dose_g, dosing_weight_kg=weight
    )


def _ids(infusions: list[Infusion], window_h: float = 120.0) -> list[list[str]]:
    return [[i.id for i in c.infusions] for c in group_courses(infusions, window_h)]


COURSE_CASES = [
    pytest.param([0, 24], [["a", "b"]], id="next-day"),
    pytest.param([0, 120], [["a", "b"]], id="exactly-120h-same-course"),
    pytest.param([0, 120 + 1 / 60], [["a"], ["b"]], id="120h-1min-new-course"),
    pytest.param([0, 24, 48, 72, 96], [["a", "b", "c", "d", "e"]], id="five-daily-doses"),
    # The third is 100 h after the second, but the second does not begin a course: measured from
    # the first (200 h) it starts a new one.
    pytest.param([0, 100, 200], [["a", "b"], ["c"]], id="window-from-course-start"),
    pytest.param([0, 200, 300], [["a"], ["b", "c"]], id="new-course-has-its-own-window"),
    pytest.param([0, 0], [["a", "b"]], id="same-start"),
    pytest.param([0], [["a"]], id="single"),
]


@pytest.mark.parametrize(("hours", "expected"), COURSE_CASES)
def test_group_courses(hours: list[float], expected: list[list[str]]) -> None:
    infusions = [_at(chr(ord("a") + n), h) for n, h in enumerate(hours)]
    assert _ids(infusions) == expected
    assert _ids(list(reversed(infusions))) == expected  # order of the input does not matter


def test_window_is_a_setting() -> None:
    infusions = [_at("a", 0), _at("b", 30)]
    assert _ids(infusions, window_h=24) == [["a"], ["b"]]
    assert _ids(infusions, window_h=30) == [["a", "b"]]


def test_no_infusions_no_courses() -> None:
    assert group_courses([]) == []


@pytest.mark.parametrize(
    ("up_to", "expected"),
    [
        pytest.param("a", 1.0, id="day-1"),
        pytest.param("b", 2.0, id="day-2"),
        pytest.param(None, 2.0, id="whole-course"),
    ],
)
def test_course_dose_counts_up_to_and_including_the_infusion(
    up_to: str | None, expected: float
) -> None:
    course = course_of([_at("a", 0, 20.0, 20.0), _at("b", 24, 20.0, 20.0)], "b")
    assert course_dose_g_per_kg(course, up_to_id=up_to) == pytest.approx(expected)


def test_course_dose_uses_the_first_infusions_dosing_weight() -> None:
    # 20 g at 20 kg, then 20 g at 25 kg: 40 g / 20 kg = 2.0 g/kg (not 1.0 + 0.8 = 1.8).
    course = course_of([_at("a", 0, 20.0, 20.0), _at("b", 24, 20.0, 25.0)], "a")
    assert course.first.id == "a"
    assert course_dose_g_per_kg(course) == pytest.approx(2.0)


def test_course_of_finds_the_course_and_rejects_unknown_ids() -> None:
    infusions = [_at("a", 0), _at("b", 24), _at("c", 500)]
    assert [i.id for i in course_of(infusions, "b").infusions] == ["a", "b"]
    assert [i.id for i in course_of(infusions, "c").infusions] == ["c"]
    with pytest.raises(KeyError):
        course_of(infusions, "zzz")


@settings(max_examples=100, deadline=None)
@given(gaps=st.lists(st.integers(min_value=0, max_value=400 * 60), min_size=1, max_size=8))
def test_every_course_starts_with_its_earliest_and_spans_at_most_120h(gaps: list[int]) -> None:
    minutes = 0
    infusions = []
    for n, gap in enumerate(gaps):
        minutes += gap
        infusions.append(_at(f"i{n:02d}", minutes / 60))
    courses = group_courses(infusions)
    assert sum(len(c.infusions) for c in courses) == len(infusions)
    for course, following in zip(courses, [*courses[1:], None], strict=True):
        span = course.infusions[-1].start - course.first.start
        assert span <= timedelta(hours=120)
        if following is not None:
            assert following.first.start - course.first.start > timedelta(hours=120)


@pytest.mark.parametrize(("hours", "expected"), COURSE_CASES)
def test_course_numbers_number_the_same_courses(
    hours: list[float], expected: list[list[str]]
) -> None:
    """The report numbers courses from starts alone, by the rule group_courses uses."""
    numbers = course_numbers([START + timedelta(hours=h) for h in hours])
    assert numbers == [n for n, course in enumerate(expected) for _ in course]


def test_course_numbers_use_the_window_setting() -> None:
    starts = [START, START + timedelta(hours=30)]
    assert course_numbers(starts, window_h=24) == [0, 1]
    assert course_numbers(starts, window_h=30) == [0, 0]
    assert course_numbers([]) == []
