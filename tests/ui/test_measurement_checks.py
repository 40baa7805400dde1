"""A body implausible for age and sex is stored only after a deliberate confirmation."""

from __future__ import annotations

import pytest

from ivigmon.services.history import load_history
from ivigmon.ui.patients_page import PatientsPage

from .conftest import outcome


def register(qtbot, ctx, events, show, weight: str, height: str):
    page = PatientsPage(ctx, events)
    show(page)
    dialog = page.register_patient()
    qtbot.keyClicks(dialog.mrn, "K-0100")
    qtbot.keyClicks(dialog.name, "Zofia Lis")
    dialog.sex.setCurrentIndex(1)  # female
    qtbot.keyClicks(dialog.birth_date, "2021-05-04")  # 4 years old
    dialog.primary.setCurrentIndex(dialog.primary.findData("KD"))
    qtbot.keyClicks(dialog.weight_edit, weight)
    qtbot.keyClicks(dialog.height_edit, height)
    return dialog


def test_150_kg_at_40_cm_for_a_4_year_old_asks_before_it_is_stored(qtbot, ctx, events, show):
    dialog = register(qtbot, ctx, events, show, "150", "40")
    assert outcome(qtbot, dialog.save()) is False
    assert dialog.body_warning.isVisible()
    text = dialog.body_warning.text()
    assert text.startswith("⚠ Warning: 150 kg and 40 cm give a BMI of 937.5")
    assert "4-year-old girl" in text
    assert dialog.body_confirm.isVisible() and not dialog.body_confirm.isChecked()

    dialog.body_confirm.setChecked(True)
    assert outcome(qtbot, dialog.save()) is True
    (measurement,) = load_history(ctx, "K-0100").patient.measurements
    assert (measurement.weight_kg, measurement.height_cm) == (150.0, 40.0)


def test_changing_the_values_takes_the_confirmation_back(qtbot, ctx, events, show):
    dialog = register(qtbot, ctx, events, show, "150", "40")
    assert outcome(qtbot, dialog.save()) is False
    dialog.body_confirm.setChecked(True)
    dialog.height_edit.clear()
    qtbot.keyClicks(dialog.height_edit, "45")  # still impossible, and not what was confirmed
    assert not dialog.body_confirm.isChecked()
    assert outcome(qtbot, dialog.save()) is False
    assert "BMI of 740.7" in dialog.body_warning.text()


@pytest.mark.parametrize(("weight", "height"), [("16", "104"), ("20", "104")])
def test_an_ordinary_or_heavy_child_is_stored_at_once(qtbot, ctx, events, show, weight, height):
    dialog = register(qtbot, ctx, events, show, weight, height)
    assert outcome(qtbot, dialog.save()) is True  # no question asked
    (measurement,) = load_history(ctx, "K-0100").patient.measurements
    assert measurement.weight_kg == float(weight)
