"""The fluid an infusion gives per kg where fluid overload matters (YOUNG_CHILD, KAWASAKI_CARDIAC).

Facts only: the volume of the dose (dose / concentration) and that volume per kg of the dosing
weight, and, for a 5 % product, the volume a 10 % product in the catalogue would give (half).
No limit is invented: the paper names the risk (children under 5 are prone to fluid overload;
impaired cardiac function in Kawasaki disease), not a number of mL/kg.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from ivigmon.domain.codes import Comorbidity, Diagnosis, FactorCode
from ivigmon.domain.dosing import volume_ml
from ivigmon.domain.numbers import fmt
from ivigmon.domain.products import Product

# The factors of SPEC 4 that name fluid overload, in their order there.
FLUID_FACTORS = (FactorCode.YOUNG_CHILD, FactorCode.KAWASAKI_CARDIAC)
FIVE_PCT = 5.0
TEN_PCT = 10.0


@dataclass(frozen=True)
class Alternative:
    """The same dose of a 10 % product."""

    product_name: str
    volume_ml: float
    ml_per_kg: float


@dataclass(frozen=True)
class FluidVolume:
    """The infusion's volume and volume per kg, and why it is shown."""

    codes: tuple[FactorCode, ...]
    concentration_pct: float
    volume_ml: float
    ml_per_kg: float
    alternative: Alternative | None = None

    def text(self) -> str:
        """`Fluid (YOUNG_CHILD): 640 mL of 5 % = 40.0 mL/kg of the dosing weight; a 10 %
        product halves the volume: Flebogamma 10% DIF would give 320 mL, 20.0 mL/kg.`"""
        why = ", ".join(code.value for code in self.codes)
        text = (
            f"Fluid ({why}): {self.volume_ml:.0f} mL of {fmt(self.concentration_pct)} % ="
            f" {self.ml_per_kg:.1f} mL/kg of the dosing weight"
        )
        other = self.alternative
        if other is not None:
            text += (
                f"; a 10 % product halves the volume: {other.product_name} would give"
                f" {other.volume_ml:.0f} mL, {other.ml_per_kg:.1f} mL/kg"
            )
        return text + "."


def fluid_codes(
    patient_codes: Collection[FactorCode],
    *,
    indication: Diagnosis | None,
    comorbidities: Collection[Comorbidity],
) -> tuple[FactorCode, ...]:
    """The fluid factors of an infusion about to start: YOUNG_CHILD from the patient now;
    KAWASAKI_CARDIAC from this infusion's indication or cardiac impairment (SPEC 9: a Kawasaki
    disease that is not this infusion's indication does not count)."""
    found: list[FactorCode] = []
    if FactorCode.YOUNG_CHILD in patient_codes:
        found.append(FactorCode.YOUNG_CHILD)
    if indication is Diagnosis.KD or Comorbidity.CARDIAC_IMPAIRMENT in comorbidities:
        found.append(FactorCode.KAWASAKI_CARDIAC)
    return tuple(found)


def fluid_volume(
    product: Product,
    *,
    dose_g: float,
    weight_kg: float,
    codes: Collection[FactorCode],
    catalogue: Iterable[Product],
) -> FluidVolume | None:
    """The volume facts when a fluid factor applies (None otherwise). For a 5 % product, one
    10 % product in use is named: the same maker's first, then the first by name."""
    shown = tuple(code for code in FLUID_FACTORS if code in codes)
    if not shown or weight_kg <= 0 or dose_g <= 0:
        return None
    volume = volume_ml(dose_g, product.concentration_mg_per_ml)
    alternative: Alternative | None = None
    if product.concentration_pct == FIVE_PCT:
        other = _ten_percent(product, catalogue)
        if other is not None:
            half = volume_ml(dose_g, other.concentration_mg_per_ml)
            alternative = Alternative(_named(other), half, half / weight_kg)
    return FluidVolume(shown, product.concentration_pct, volume, volume / weight_kg, alternative)


def _ten_percent(product: Product, catalogue: Iterable[Product]) -> Product | None:
    offered = [p for p in catalogue if p.concentration_pct == TEN_PCT and not p.is_retired]
    if not offered:
        return None
    return min(offered, key=lambda p: (p.maker != product.maker, p.name.casefold(), p.id))


def _named(product: Product) -> str:
    """`Privigen 10 %`; a name that gives its strength already stays as it is."""
    return product.name if "%" in product.name else f"{product.name} 10 %"
