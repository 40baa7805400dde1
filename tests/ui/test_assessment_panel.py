"""The assessment panel: reasons, notes and the disclaimer, in the ward's words."""

from __future__ import annotations

import pytest

from ivigmon.domain.codes import RiskLevel
from ivigmon.domain.models import RiskAssessment
from ivigmon.ui.assessment_panel import AssessmentPanel


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        # Before: the factor's code, in capitals, as the command line prints it.
        (
            "OBESITY not assessed: under 2 years (no BMI-for-age reference)",
            "Note: Obesity not assessed: under 2 years (no BMI-for-age reference)",
        ),
        (
            "HEMOLYSIS_RISK not assessed: blood group unknown",
            "Note: Haemolysis risk not assessed: blood group unknown",
        ),
        (
            "RAPID_RATE not checked: Xgam has no confirmed label rates (enter local limits)",
            "Note: Rapid rate not checked: Xgam has no confirmed label rates (enter local limits)",
        ),
        # A note that names no factor stays as it is.
        (
            "fever 39.3 °C at 06:02 not counted as infection: Kawasaki disease",
            "Note: fever 39.3 °C at 06:02 not counted as infection: Kawasaki disease",
        ),
    ],
)
def test_a_note_names_the_factor_in_words(qtbot, note: str, shown: str):
    panel = AssessmentPanel("Patient now")
    qtbot.addWidget(panel)
    panel.show_assessment(RiskAssessment(level=RiskLevel.STANDARD, notes=(note,)))
    assert panel.notes.text() == shown
