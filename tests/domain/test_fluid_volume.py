"""The fluid volume stated for a small child or a Kawasaki/cardiac patient: dose / concentration,
per kg of the dosing weight, and what a 10 % product in use would give instead of a 5 % one."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from ivigmon.domain.codes import Comorbidity, Diagnosis, FactorCode
from ivigmon.domain.fluid_volume import fluid_codes, fluid_volume
from ivigmon.domain.products import Product

YOUNG = (FactorCode.YOUNG_CHILD,)


def volume(products: dict[str, Product], product_id: str, codes=YOUNG, catalogue=None, **kw):
    kw.setdefault("dose_g", 32.0)
    kw.setdefault("weight_kg", 16.0)
    return fluid_volume(
        products[product_id],
        codes=codes,
        catalogue=products.values() if catalogue is None else catalogue,
        **kw,
    )


TEXTS = [
    # 32 g of 5 % = 32 000 / 50 = 640 mL, / 16 kg = 40.0 mL/kg; the same maker's 10 %: 320 mL.
    pytest.param(
        "flebogamma_dif_5",
        "Fluid (YOUNG_CHILD): 640 mL of 5 % = 40.0 mL/kg of the dosing weight; a 10 % product"
        " halves the volume: Flebogamma 10% DIF would give 320 mL, 20.0 mL/kg.",
        id="flebogamma-5",
    ),
    pytest.param(
        "gammagard_sd",
        "Fluid (YOUNG_CHILD): 640 mL of 5 % = 40.0 mL/kg of the dosing weight; a 10 % product"
        " halves the volume: Gammagard Liquid (Kiovig) 10 % would give 320 mL, 20.0 mL/kg.",
        id="takeda-5-named-with-its-strength",
    ),
    # 32 g of 10 % = 320 mL: nothing to compare with.
    pytest.param(
        "privigen",
        "Fluid (YOUNG_CHILD): 320 mL of 10 % = 20.0 mL/kg of the dosing weight.",
        id="privigen-10",
    ),
]


@pytest.mark.parametrize(("product_id", "text"), TEXTS)
def test_the_volume_is_stated_per_kg(products, product_id, text):
    shown = volume(products, product_id)
    assert shown is not None
    assert shown.text() == text


def test_a_retired_10_percent_product_is_never_named(products):
    retired = replace(products["flebogamma_dif_10"], retired_at=datetime(2026, 1, 1))
    catalogue = [*(p for p in products.values() if p.id != "flebogamma_dif_10"), retired]
    shown = volume(products, "flebogamma_dif_5", catalogue=catalogue)
    assert shown is not None and shown.alternative is not None
    # The same maker (Grifols) still has a 10 % product in use.
    assert shown.alternative.product_name == "Gamunex-C (Gammaked) 10 %"


def test_without_a_10_percent_product_in_use_none_is_named(products):
    fives = [p for p in products.values() if p.concentration_pct == 5.0]
    shown = volume(products, "octagam_5", catalogue=fives)
    assert shown is not None and shown.alternative is None
    assert "10 %" not in shown.text()


def test_another_makers_product_is_named_by_name_when_the_maker_has_none(products):
    local = replace(products["intratect_5"], id="local_5", name="Ward Ig 5%", maker="Local")
    shown = fluid_volume(
        local, dose_g=10.0, weight_kg=10.0, codes=YOUNG, catalogue=[local, *products.values()]
    )
    assert shown is not None and shown.alternative is not None
    assert (shown.alternative.product_name, shown.alternative.volume_ml) == ("Asceniv 10 %", 100.0)


@pytest.mark.parametrize(
    ("codes", "shown"),
    [
        ((), None),
        ((FactorCode.OBESITY, FactorCode.DIABETES), None),
        ((FactorCode.KAWASAKI_CARDIAC,), "Fluid (KAWASAKI_CARDIAC): "),
        (
            (FactorCode.KAWASAKI_CARDIAC, FactorCode.YOUNG_CHILD),
            "Fluid (YOUNG_CHILD, KAWASAKI_CARDIAC): ",
        ),
    ],
)
def test_only_the_fluid_factors_bring_the_statement(products, codes, shown):
    result = volume(products, "privigen", codes=codes)
    if shown is None:
        assert result is None
    else:
        assert result is not None and result.text().startswith(shown)


@pytest.mark.parametrize(
    ("patient_codes", "indication", "comorbidities", "expected"),
    [
        ((FactorCode.YOUNG_CHILD,), Diagnosis.ITP, (), (FactorCode.YOUNG_CHILD,)),
        ((), Diagnosis.KD, (), (FactorCode.KAWASAKI_CARDIAC,)),
        ((), Diagnosis.ITP, (Comorbidity.CARDIAC_IMPAIRMENT,), (FactorCode.KAWASAKI_CARDIAC,)),
        # The patient's primary diagnosis KD does not count for an infusion given for ITP.
        ((FactorCode.KAWASAKI_CARDIAC,), Diagnosis.ITP, (), ()),
        (
            (FactorCode.YOUNG_CHILD, FactorCode.OBESITY),
            Diagnosis.KD,
            (),
            (FactorCode.YOUNG_CHILD, FactorCode.KAWASAKI_CARDIAC),
        ),
        ((FactorCode.OBESITY,), None, (), ()),
    ],
)
def test_the_fluid_factors_of_an_infusion_about_to_start(
    patient_codes, indication, comorbidities, expected
):
    assert (
        fluid_codes(patient_codes, indication=indication, comorbidities=comorbidities) == expected
    )
