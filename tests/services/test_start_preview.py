"""What the start form shows before anything is stored: dose figures, flags, label rates."""

from __future__ import annotations

from datetime import date

import pytest

from ivigmon.domain.codes import Diagnosis
from ivigmon.domain.models import Lot
from ivigmon.services.bedside import start_defaults, start_preview
from tests.factories import make_patient


@pytest.fixture
def defaults(ctx):
    make_patient(ctx)
    return start_defaults(ctx, "K-0001")


def preview(ctx, defaults, **values):
    values.setdefault("product_id", "privigen")
    values.setdefault("indication", Diagnosis.KD)
    values.setdefault("weight_kg", 14.2)
    values.setdefault("dose_g", 28.0)
    return start_preview(ctx, defaults, **values)


@pytest.mark.parametrize(
    ("values", "has_label", "has_dose"),
    [
        ({"product_id": None}, False, False),
        ({"weight_kg": None}, False, False),
        ({"weight_kg": 0.0}, False, False),
        ({"dose_g": None}, True, False),
        ({"dose_g": 0.0}, True, False),
        ({}, True, True),
    ],
)
def test_each_part_appears_once_what_it_needs_is_typed(ctx, defaults, values, has_label, has_dose):
    shown = preview(ctx, defaults, **values)
    assert (shown.label is not None, shown.dose is not None) == (has_label, has_dose)


def test_the_figures_flags_and_first_step_of_a_typed_infusion(ctx, defaults):
    shown = preview(
        ctx,
        defaults,
        dose_g=40.0,  # 2.82 g/kg: above 2.5 g/kg in one infusion
        first_rate_ml_per_h=100.0,  # 11.74 mg/kg/min: above Privigen's 8
        lots=(Lot("P1", date(2026, 1, 31)),),  # expired before today (2026-03-10)
    )
    assert shown.dose is not None
    assert round(shown.dose.g_per_kg, 2) == 2.82 and round(shown.dose.volume_ml) == 400
    assert {flag.field for flag in shown.flags} == {"expiry", "dose_g"}
    assert shown.label is not None
    assert {limit.name for limit in shown.label.limits} == {"Initial rate", "Maximum"}
    assert shown.first_step is not None
    assert shown.first_step.warning.startswith("above the maximum: 11.74 mg/kg/min")
