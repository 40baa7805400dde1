"""The published figures beside the ward's come from a shipped file, each with its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from ivigmon.domain.published_rates import Measure
from ivigmon.storage.published_rates import published_rates, read_published_rates

HEADER = "measure,percent,percent_high,denominator,unit,population,source\n"


def test_the_shipped_figures_name_their_sources():
    rates = published_rates()
    assert {r.measure for r in rates} == set(Measure)  # every measure has a figure
    assert all(r.source for r in rates)
    found = {(r.measure, r.percent, r.denominator): r.source for r in rates}
    assert "Int Immunopharmacol 2014;23:442" in found[(Measure.IMMEDIATE_REACTION, 2.15, 1765)]
    assert "Arch Dis Child 2006;91:651" in found[(Measure.IMMEDIATE_REACTION, 3.5, 345)]
    assert "Arch Dis Child 2006;91:651" in found[(Measure.DELAYED_REACTION, 20.9, 345)]
    assert "Arch Dis Child 2006;91:651" in found[(Measure.DELAYED_HEADACHE, 12.8, 345)]
    assert "Transfusion 2015" in found[(Measure.ASEPTIC_MENINGITIS, 0.067, 11907)]
    assert "2000;14:287" in found[(Measure.ASEPTIC_MENINGITIS, 0.3, 1637)]
    assert "2000;14:287" in found[(Measure.RENAL_DYSFUNCTION, 0.1, 1637)]
    assert "Zuber" in found[(Measure.PATIENTS_WITH_EVENT, 0.0, 70)]
    (reviews,) = [r for r in rates if r.measure is Measure.ANY_REACTION]
    assert (reviews.percent, reviews.percent_high, reviews.denominator) == (5.0, 15.0, None)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("immediate_reaction,2.15,,1765,infusions,,\n", "line 2: the figure has no source"),
        ("fast_reaction,2.15,,1765,infusions,,a paper\n", "line 2: unknown measure"),
    ],
)
def test_a_figure_without_a_source_or_measure_is_refused(tmp_path: Path, line: str, problem):
    path = tmp_path / "published_rates.csv"
    path.write_text(HEADER + line, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        read_published_rates(path)
