"""What the start form shows before anything is stored: dose figures, flags, label rates."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ivigmon.domain.codes import Diagnosis, FactorCode, Sex
from ivigmon.domain.dosing_weight import AdjustedWeight
from ivigmon.domain.models import Lot, Measurement
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


def test_the_adjusted_weight_is_offered_only_with_obesity(ctx):
    measured = datetime(2026, 3, 9, 8, 0)
    make_patient(
        ctx,
        sex=Sex.M,
        birth_date=date(2017, 9, 1),
        measurements=(Measurement(measured, weight_kg=40.0, height_cm=130.0),),
    )
    offered = start_defaults(ctx, "K-0001")
    assert FactorCode.OBESITY in offered.assessment.codes
    assert isinstance(offered.adjusted, AdjustedWeight)
    assert offered.adjusted.adjusted_kg == 32.2
    make_patient(ctx, "K-0002")  # Ada: 14.2 kg, 98 cm at 6 y is no obesity
    assert start_defaults(ctx, "K-0002").adjusted is None


def test_the_fluid_volume_follows_the_indication_and_the_product(ctx, defaults):
    # Ada (6 y, Kawasaki disease) given KD: 28 g of 5 % for 14.2 kg = 560 mL = 39.4 mL/kg.
    shown = preview(ctx, defaults, product_id="flebogamma_dif_5")
    assert shown.fluid is not None
    assert (round(shown.fluid.volume_ml), round(shown.fluid.ml_per_kg, 1)) == (560, 39.4)
    assert shown.fluid.alternative is not None
    assert shown.fluid.alternative.product_name == "Flebogamma 10% DIF"
    assert preview(ctx, defaults, indication=Diagnosis.ITP).fluid is None
    assert preview(ctx, defaults, dose_g=None).fluid is None
