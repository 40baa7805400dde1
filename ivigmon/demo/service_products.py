"""Which catalogue product a patient gets, and the lot numbers the service's deliveries carry."""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import date, timedelta

from ivigmon.demo.service_draw import Weighted, below, chance
from ivigmon.domain.codes import Comorbidity
from ivigmon.domain.models import Lot
from ivigmon.domain.products import Product

# Relative use across the service (an assumption: most brands are on the national framework);
# the Intratect and Gammagard S/D rows of the catalogue have no label rates (local limits).
PRODUCT_USE: tuple[tuple[str, float], ...] = (
    ("privigen", 18),
    ("octagam_10", 16),
    ("gammagard_liquid", 12),
    ("intratect_10", 10),
    ("panzyga", 10),
    ("gamunex_c", 9),
    ("flebogamma_dif_10", 8),
    ("gammaplex_10", 7),
    ("octagam_5", 3),
    ("gammaplex_5", 2),
    ("flebogamma_dif_5", 2),
    ("intratect_5", 1),
    ("bivigam", 1),
    ("asceniv", 1),
)
# Anti-IgA antibodies: the lowest-IgA products (Gammagard S/D < 1 ug/mL, Privigen <= 25 ug/mL).
LOW_IGA: Weighted[str] = Weighted([("gammagard_sd", 1), ("privigen", 1)])
# Sugar-stabilised products are avoided in kidney failure and diabetes, sorbitol in fructose
# intolerance and under 2 years (labels; RCH Melbourne IVIg guideline).
SUGAR_AVOIDING = frozenset({Comorbidity.KIDNEY_FAILURE, Comorbidity.DIABETES})
# Share of maintenance courses given with another product than the previous one (supply,
# framework changes).
SWITCH_SHARE = 0.015

# Deliveries: each product gets 4 fresh lots every 28 days; a lot has 11-23 months of shelf life
# left when delivered, and a ward uses the current delivery or, now and then, the previous one.
LOT_EPOCH = date(2000, 1, 1).toordinal()
LOT_BLOCK_DAYS = 28
LOTS_PER_BLOCK = 4
SHELF_DAYS = (330, 690)
PREVIOUS_DELIVERY_SHARE = 0.2
SECOND_LOT_SHARE = 0.25  # doses of 20 g or more often take vials from two lots
SECOND_LOT_FROM_G = 20.0

LOT_PREFIX: dict[str, str] = {
    "privigen": "PV",
    "gammagard_liquid": "GL",
    "gamunex_c": "GX",
    "octagam_5": "O5",
    "octagam_10": "OC",
    "flebogamma_dif_5": "F5",
    "flebogamma_dif_10": "FD",
    "panzyga": "PZ",
    "bivigam": "BV",
    "gammaplex_5": "G5",
    "gammaplex_10": "GP",
    "asceniv": "AS",
    "intratect_5": "I5",
    "intratect_10": "IT",
    "gammagard_sd": "SD",
}


class ProductChooser:
    """Draws products for patients from the catalogue, following the labels' cautions."""

    def __init__(self, products: Mapping[str, Product]) -> None:
        self.products = products
        self._use = [(pid, w) for pid, w in PRODUCT_USE if pid in products]
        self._tables: dict[tuple[bool, bool, str], Weighted[str]] = {}
        self._indexes = {pid: number for number, pid in enumerate(sorted(products))}
        # A pure function of its key, kept because a lot is used by hundreds of infusions.
        self._lots: dict[tuple[str, int, int], Lot] = {}

    def choose(
        self,
        rng: random.Random,
        comorbidities: frozenset[Comorbidity],
        age: float,
        avoid: str = "",
    ) -> Product:
        if Comorbidity.ANTI_IGA in comorbidities:
            pid = LOW_IGA.pick(rng)
            if pid in self.products:
                return self.products[pid]
        no_sugar = bool(comorbidities & SUGAR_AVOIDING)
        no_sorbitol = age < 2 or Comorbidity.FRUCTOSE_INTOLERANCE in comorbidities
        key = (no_sugar, no_sorbitol, avoid)
        table = self._tables.get(key)
        if table is None:
            table = self._tables[key] = Weighted(
                [
                    (pid, weight)
                    for pid, weight in self._use
                    if pid != avoid
                    and not (no_sugar and self.products[pid].is_sugar_stabilised)
                    and not (no_sorbitol and self.products[pid].sugar == "sorbitol")
                    and (self.products[pid].min_age_years or 0) <= age
                ]
            )
        return self.products[table.pick(rng)]

    def lots(
        self, rng: random.Random, product: Product, day: int, dose_g: float
    ) -> tuple[Lot, ...]:
        """One lot of the delivery in use on `day` (an ordinal), or two for a large dose."""
        block = (day - LOT_EPOCH) // LOT_BLOCK_DAYS
        if chance(rng, PREVIOUS_DELIVERY_SHARE):
            block -= 1
        first = below(rng, LOTS_PER_BLOCK)
        lots = [self._lot(product, block, first)]
        if dose_g >= SECOND_LOT_FROM_G and chance(rng, SECOND_LOT_SHARE):
            lots.append(self._lot(product, block, (first + 1) % LOTS_PER_BLOCK))
        return tuple(lots)

    def _lot(self, product: Product, block: int, k: int) -> Lot:
        """The same (product, delivery, k) always gives the same lot: no state across patients."""
        key = (product.id, block, k)
        lot = self._lots.get(key)
        if lot is None:
            lot = self._lots[key] = self._new_lot(product, block, k)
        return lot

    def _new_lot(self, product: Product, block: int, k: int) -> Lot:
        prefix = LOT_PREFIX.get(product.id, product.id[:3].upper())
        index = self._indexes[product.id]
        low, high = SHELF_DAYS
        shelf = low + (block * 37 + k * 101 + index * 13) % (high - low)
        delivered = LOT_EPOCH + block * LOT_BLOCK_DAYS
        return Lot(f"{prefix}{100000 + block * 10 + k}", _month_end(delivered + shelf))


def _month_end(ordinal: int) -> date:
    day = date.fromordinal(ordinal)
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)
