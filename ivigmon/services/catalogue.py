"""The product catalogue and the growth reference the risk rules and forms read."""

from __future__ import annotations

from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.products import Product
from ivigmon.storage import reference_files


def shipped_products() -> list[Product]:
    """The label catalogue as shipped in `resources/` (each row with its source note)."""
    return reference_files.read_products()


def growth_reference() -> GrowthReference:
    """The CDC 2000 BMI-for-age table (read once per process)."""
    return reference_files.growth_reference()
