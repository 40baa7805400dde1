"""Flags before a start: course dose, an old weight, an earlier severe reaction, at their edges."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from ivigmon.domain.codes import FactorCode, RiskLevel
from ivigmon.domain.models import Measurement, RiskAssessment, RiskFactor
from ivigmon.domain.start_flags import (
    course_dose_flag,
    prior_severe_flag,
    stale_weight_flag,
)
from tests.factories import infusion, patient

NOW = datetime(2026, 3, 10, 12, 0)


@pytest.mark.parametrize(
    ("age_days", "birth", "flagged"),
    [
        (30, date(2019, 4, 2), False),  # exactly the setting: still current
        (31, date(2019, 4, 2), True),
        (649, date(2019, 4, 2), True),
        (649, date(2008, 3, 11), True),  # 17 years old: a child
        (649, date(2008, 3, 10), False),  # 18 today: an adult's weight changes slowly
    ],
)
def test_a_childs_weight_older_than_the_setting_is_flagged(age_days, birth, flagged):
    child = patient(
        birth_date=birth,
        measurements=(Measurement(at=NOW - timedelta(days=age_days), weight_kg=43.7),),
    )
    flag = stale_weight_flag(child, infusion(start=NOW), now=NOW, max_age_days=30)
    assert (flag is not None) is flagged
    if flag is not None:
        assert f"is {age_days} days old" in flag.message


def test_a_child_never_weighed_is_flagged():
    flag = stale_weight_flag(patient(measurements=()), infusion(), now=NOW, max_age_days=30)
    assert flag is not None and "no weight" in flag.message


@pytest.mark.parametrize(
    ("second_g", "flagged"),
    [(7.5, False), (7.6, True)],  # 28 + 7.5 = 35.5 g for 14.2 kg = 2.5 g/kg exactly
)
def test_a_course_above_2_5_g_per_kg_is_flagged(second_g, flagged):
    first = infusion(id="inf-1", start=NOW - timedelta(days=1))
    new = infusion(id="", start=NOW, dose_g=second_g)
    flag = course_dose_flag([first], new, window_h=120)
    assert (flag is not None) is flagged
    if flag is not None:
        assert "inf-1 28 g, this infusion 7.6 g" in flag.message


def test_an_infusion_outside_the_course_window_is_not_counted():
    first = infusion(id="inf-1", start=NOW - timedelta(hours=121))
    assert course_dose_flag([first], infusion(start=NOW, dose_g=28), window_h=120) is None


def test_an_earlier_severe_reaction_is_flagged_with_its_reason():
    factor = RiskFactor(FactorCode.PRIOR_SEVERE_REACTION, "anaphylaxis grade 3", "labels")
    assessment = RiskAssessment(level=RiskLevel.HIGH, factors=(factor,))
    flag = prior_severe_flag(infusion(), assessment)
    assert flag is not None and "anaphylaxis grade 3" in flag.message
    assert prior_severe_flag(infusion(), RiskAssessment(level=RiskLevel.STANDARD)) is None
