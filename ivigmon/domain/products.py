"""IVIG products from the catalogue and their label rate limits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ivigmon.domain.codes import RateUnit


@dataclass(frozen=True)
class Product:
    """A catalogue entry; rates are in the label's own unit (`rate_unit`)."""

    id: str
    name: str
    maker: str
    concentration_pct: float
    sugar: str
    iga_ug_per_ml: str
    rate_unit: RateUnit
    initial_rate: float | None = None
    max_rate: float | None = None
    max_rate_by_indication: Mapping[str, float] = field(default_factory=dict)
    at_risk_max_rate: float | None = None
    min_age_years: float | None = None
    label_data: str = "confirmed"
    label_note: str = ""
    source: str = ""

    @property
    def concentration_mg_per_ml(self) -> float:
        """C in SPEC section 3: 50 for 5 %, 100 for 10 %."""
        return self.concentration_pct * 10.0

    @property
    def has_rate_limits(self) -> bool:
        """Whether any rate limit is in force: without one, no step of this product is checked."""
        return any(
            rate is not None for rate in (self.initial_rate, self.max_rate, self.at_risk_max_rate)
        )

    @property
    def is_sugar_stabilised(self) -> bool:
        """SPEC 5a: sucrose, maltose, sorbitol or glucose."""
        return self.sugar.strip().lower() not in ("", "none")

    def max_rate_for(self, indication: str | None) -> float | None:
        """An indication-specific maximum replaces the general one (SPEC 5a)."""
        if indication is not None and indication in self.max_rate_by_indication:
            return self.max_rate_by_indication[indication]
        return self.max_rate


def parse_rates_by_indication(text: str) -> dict[str, float]:
    """`ITP=4;CIDP=12` -> {"ITP": 4.0, "CIDP": 12.0}."""
    result: dict[str, float] = {}
    for part in (text or "").split(";"):
        part = part.strip()
        if not part:
            continue
        code, _, value = part.partition("=")
        result[code.strip()] = float(value)
    return result
