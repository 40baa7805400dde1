"""The product catalogue, the growth reference and the vital-sign limits the rules read."""

from __future__ import annotations

from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.products import Product
from ivigmon.domain.vital_limits import VitalLimits
from ivigmon.storage import reference_files


def shipped_products() -> list[Product]:
    """The label catalogue as shipped in `resources/` (each row with its source note)."""
    return reference_files.read_products()


def growth_reference() -> GrowthReference:
    """The CDC 2000 BMI-for-age table (read once per process)."""
    return reference_files.growth_reference()


def vital_limits() -> VitalLimits:
    """The paediatric vital-sign limits as shipped in `resources/` (read once per process)."""
    return reference_files.vital_sign_limits()
